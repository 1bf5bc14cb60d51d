#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/keys/ProviderKeys.h>
#include <net/SecretStore.h>

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

// Files under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}
} // namespace

// The real Secret Service (gnome-keyring on the private D-Bus of scripts/services), no mock. ctest runs
// each function as its own test, in the environment it needs.
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    template <typename T> Fetched<T> wait(QFuture<Fetched<T>> future)
    {
        if (!awaitFuture(future, 20000)) {
            Fetched<T> timedOut;
            timedOut.error = QStringLiteral("keychain timed out");
            return timedOut;
        }
        return future.result();
    }

    SecretResult wait(QFuture<SecretResult> future)
    {
        if (!awaitFuture(future, 20000))
            return SecretResult{SecretResult::Status::Error, {}, QStringLiteral("keychain timed out")};
        return future.result();
    }

private slots:
    void initTestCase()
    {
        // The app's config and data folders, here and empty, so the test can read every byte written there.
        QVERIFY(m_home.isValid());
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(name, (m_home.path() + u'/' + QString::fromLatin1(name)).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TenantScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tenantscope-test"));
        qInstallMessageHandler(captureLog);
    }

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
        QCOMPARE(read.text(), secret);
        QVERIFY(wait(store.remove(key)).ok());
        QCOMPARE(wait(store.read(key)).status, SecretResult::Status::NotFound);
    }

    void providerKeysRoundTripAndLeaveNoTrace()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/test (private D-Bus)");
        SecretStore secrets(QStringLiteral("TenantScopeTest"));
        const QString profile = QStringLiteral("byok-%1").arg(QDateTime::currentMSecsSinceEpoch());
        LocalKeyStore keys(&secrets, profile);
        const QString openAi = QStringLiteral("sk-proj-") + TestServers::randomSecret() + QStringLiteral("Q9z1");
        const QString custom = QStringLiteral("llm-") + TestServers::randomSecret();

        QVERIFY(!wait(keys.store(QStringLiteral("custom"), custom, QStringLiteral("not a url"))).ok());
        auto stored = wait(keys.store(QStringLiteral("openai"), openAi));
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        stored = wait(keys.store(QStringLiteral("custom"), custom, QStringLiteral("http://127.0.0.1:8000/v1")));
        QVERIFY2(stored.ok(), qPrintable(stored.error));

        const auto listed = wait(keys.list());
        QVERIFY2(listed.ok(), qPrintable(listed.error));
        QCOMPARE(listed.value.size(), 4);
        QCOMPARE(listed.value.at(0).provider, QStringLiteral("openai"));
        QVERIFY(listed.value.at(0).stored);
        QCOMPARE(listed.value.at(0).masked, QString(8, QChar(0x2022)) + QStringLiteral("Q9z1"));
        QVERIFY(!listed.value.at(1).stored);
        QCOMPARE(listed.value.at(2).baseUrl, QStringLiteral("http://127.0.0.1:8000/v1"));
        QCOMPARE(wait(keys.key(QStringLiteral("openai"))).value, openAi);

        // The keys' bytes are in no file under the app's config, data, cache or state folders, and in
        // nothing this process logged.
        QSettings().sync();
        QVERIFY(!filesContaining(m_home.path(), "127.0.0.1:8000").isEmpty()); // the search does find what is there
        for (const QString& secret : {openAi, custom}) {
            const QStringList files = filesContaining(m_home.path(), secret.toUtf8());
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u',')));
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!line.contains(secret), "a key was logged");
        }

        QVERIFY(wait(keys.remove(QStringLiteral("openai"))).ok());
        QVERIFY(wait(keys.remove(QStringLiteral("custom"))).ok());
        const auto gone = wait(keys.key(QStringLiteral("openai")));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error.contains(QLatin1String("no OpenAI key")), qPrintable(gone.error));
        QVERIFY(!wait(keys.remove(QStringLiteral("openai"))).ok());
        QVERIFY(QSettings().value(QStringLiteral("providerKeys/%1/custom/baseUrl").arg(profile)).isNull());
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

        LocalKeyStore keys(&store, QStringLiteral("x"));
        const auto provider = wait(keys.store(
            QStringLiteral("custom"), QStringLiteral("sk-not-stored-either"), QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY(!provider.ok());
        QVERIFY2(provider.error.contains(QLatin1String("keychain is not available")), qPrintable(provider.error));
        QSettings().sync();
        QVERIFY(QSettings().allKeys().isEmpty()); // not even the base URL
        QVERIFY(filesContaining(m_home.path(), "sk-not-stored-either").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
