#include <MemorySearch.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/SecretBuffer.h>
#include <net/SecretStore.h>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// A password's whole life in one process, as the app lives it: written to the keychain and read back
// (Secret Service over D-Bus), used to log in to PostgreSQL and Redis, and let go. Links the same
// scrub-on-free as the app. The process's memory is searched after each step; the test never holds the
// password itself, only a masked copy to compare with, so that every copy found is one the code left.
class TestSecretMemory : public QObject
{
    Q_OBJECT

    static constexpr char kMask = 0x5a;

    struct Found
    {
        int total = 0;
        int inSecretBuffers = 0; // in mappings left out of core dumps (VmFlags dd): SecretBuffers
    };

    // Every copy (UTF-8 or UTF-16) of the masked secret in this process's readable memory.
    static Found search(const QByteArray& masked)
    {
        const auto hits = MemorySearch::find(0, MemorySearch::utf8AndUtf16(masked, kMask), kMask);
        if (!hits)
            return {-1, -1};
        Found found;
        for (const MemorySearch::Hit& hit : *hits) {
            ++found.total;
            found.inSecretBuffers += hit.inDontDumpMapping ? 1 : 0;
        }
        return found;
    }

    // A random password made straight into its SecretBuffer; *masked gets the masked copy.
    static Secret newPassword(QByteArray* masked)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        QByteArray plain(28, '\0');
        masked->resize(plain.size());
        for (qsizetype i = 0; i < plain.size(); ++i) {
            plain[i] = alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)];
            (*masked)[i] = char(plain.at(i) ^ kMask);
        }
        return SecretBuffer::take(plain);
    }

    static QString asString(const Secret& secret) { return QString::fromUtf8(secret->view()); }

    void report(const char* step, const Found& pg, const Found& redis)
    {
        qInfo("%s: PostgreSQL password %d cop(ies) (%d in a SecretBuffer), Redis password %d (%d)",
              step,
              pg.total,
              pg.inSecretBuffers,
              redis.total,
              redis.inSecretBuffers);
    }

private slots:
    void initTestCase() { TS_REQUIRE_SERVERS(); }

    void aPasswordLeavesNothingBehind()
    {
        QByteArray pgMasked;
        QByteArray redisMasked;
        Secret pgPassword = newPassword(&pgMasked);
        Secret redisPassword = newPassword(&redisMasked);
        if (search(pgMasked).total < 0)
            QFAIL("/proc/self/mem cannot be read");
        const QString profile = QStringLiteral("memory-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QString login;
        QByteArray redisUser;
        {
            // The logins, made by admin connections that are closed again.
            auto admin = TestServers::adminPg();
            login = TestServers::createLogin(
                admin.get(), QStringLiteral("ts_mem"), QStringLiteral("support"), asString(pgPassword));
            QVERIFY(!login.isEmpty());
            redisUser = login.toUtf8();
            auto adminRedis = TestServers::adminRedis();
            QList<QByteArray> setUser{
                "ACL", "SETUSER", redisUser, "reset", '>' + QByteArray(redisPassword->data(), redisPassword->size())};
            setUser += RedisAcl::supportRules();
            QVERIFY(!TestServers::redis(adminRedis.get(), setUser).isError());
        }
        const auto cleanUp = qScopeGuard([&] {
            auto admin = TestServers::adminPg();
            TestServers::exec(admin.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login); // generated name
            auto adminRedis = TestServers::adminRedis();
            TestServers::redis(adminRedis.get(), {"ACL", "DELUSER", redisUser});
        });
        Found pg = search(pgMasked);
        Found redis = search(redisMasked);
        report("logins made", pg, redis);
        QCOMPARE(pg.total, 1);
        QCOMPARE(pg.inSecretBuffers, 1);
        QCOMPARE(redis.total, 1);
        QCOMPARE(redis.inSecretBuffers, 1);

        // Through the keychain and back: the passwords now come only from what it returns.
        {
            SecretStore store;
            const QString pgKey = SecretStore::profileKey(profile, QStringLiteral("postgres"));
            const QString redisKey = SecretStore::profileKey(profile, QStringLiteral("redis"));
            QVERIFY(awaitFuture(store.write(pgKey, asString(pgPassword))));
            QVERIFY(awaitFuture(store.write(redisKey, asString(redisPassword))));
            pgPassword.reset();
            redisPassword.reset();
            auto readPg = store.read(pgKey);
            auto readRedis = store.read(redisKey);
            QVERIFY(awaitFuture(readPg) && readPg.result().ok());
            QVERIFY(awaitFuture(readRedis) && readRedis.result().ok());
            pgPassword = readPg.result().secret;
            redisPassword = readRedis.result().secret;
            readPg = {};
            readRedis = {};
            QVERIFY(awaitFuture(store.remove(pgKey)));
            QVERIFY(awaitFuture(store.remove(redisKey)));
        }
        QTest::qWait(100); // the keychain's finished jobs are deleted later
        pg = search(pgMasked);
        redis = search(redisMasked);
        report("through the keychain", pg, redis);
        QCOMPARE(pg.total, 1);
        QCOMPARE(redis.total, 1);

        // Logged in and used.
        {
            ConnectionProfile config = TestServers::adminProfile();
            config.pg.user = login;
            config.redis.user = login;
            PgSession session(config.pg, pgPassword);
            RedisClient client(config.redis, redisPassword);
            session.open();
            client.connectToServer();
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(client.state(), ConnectionState::Connected, 10000);
            QVERIFY(TestServers::exec(&session, QStringLiteral("SELECT count(*) FROM tenants")).ok());
            QVERIFY(!TestServers::redis(&client, {"PING"}).isError());
            QTest::qWait(100);
            pg = search(pgMasked);
            redis = search(redisMasked);
            report("connected", pg, redis);
            QCOMPARE(pg.inSecretBuffers, 1);
            QVERIFY2(pg.total <= 2, "a copy beyond the SecretBuffer and libpq's open connection");
            QCOMPARE(redis.inSecretBuffers, 1);
            QCOMPARE(redis.total, 1);
        }
        // Closed, and the profile let go of its passwords.
        pgPassword.reset();
        redisPassword.reset();
        QTest::qWait(100); // the worker thread's last objects are deleted later
        pg = search(pgMasked);
        redis = search(redisMasked);
        report("closed", pg, redis);
        QCOMPARE(pg.total, 0);
        QCOMPARE(redis.total, 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "TestSecretMemory.moc"
