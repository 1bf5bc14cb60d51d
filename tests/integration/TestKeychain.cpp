#include <AwaitFuture.h>
#include <SecretStore.h>
#include <TestServers.h>

#include <QTest>

// The real Secret Service (gnome-keyring on the private D-Bus of scripts/services), no mock. ctest runs
// each function as its own test, in the environment it needs.
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    SecretResult wait(QFuture<SecretResult> future)
    {
        if (!awaitFuture(future, 20000))
            return SecretResult{SecretResult::Status::Error, {}, QStringLiteral("keychain timed out")};
        return future.result();
    }

private slots:
    void roundTrip()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/test (private D-Bus)");
        SecretStore store(QStringLiteral("TenantScopeTest"));
        const QString key = SecretStore::profileKey(QStringLiteral("test-%1").arg(QDateTime::currentMSecsSinceEpoch()),
                                                    QStringLiteral("postgres"));
        const QString secret = TestServers::randomSecret();
        const SecretResult written = wait(store.write(key, secret));
        QVERIFY2(written.ok(), qPrintable(written.error));
        const SecretResult read = wait(store.read(key));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value, secret);
        QVERIFY(wait(store.remove(key)).ok());
        QCOMPARE(wait(store.read(key)).status, SecretResult::Status::NotFound);
    }

    void unavailableKeychainIsAClearError()
    {
        // ctest runs this function alone, with DBUS_SESSION_BUS_ADDRESS pointing at nothing.
        QVERIFY2(qEnvironmentVariableIsSet("TS_EXPECT_NO_KEYCHAIN"), "run as test_keychain_unavailable");
        SecretStore store(QStringLiteral("TenantScopeTest"));
        const SecretResult written
            = wait(store.write(QStringLiteral("profile/x/postgres"), QStringLiteral("not-stored")));
        QCOMPARE(written.status, SecretResult::Status::Unavailable);
        QVERIFY2(written.error.contains(QLatin1String("keychain is not available")), qPrintable(written.error));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
