#include <TestServers.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QTest>

// TLS against the private servers, which scripts/services starts with a private CA: PostgreSQL with
// ssl = on, Redis with a TLS port. The server certificate names "localhost" only, so 127.0.0.1 is a host
// name mismatch; "other-ca.pem" is an unrelated CA. Verification is on unless the profile turns it off.
class TestTls : public QObject
{
    Q_OBJECT

private:
    QString m_tlsDir;
    int m_redisTlsPort = 0;

    QString ca() const { return m_tlsDir + QStringLiteral("/ca.pem"); }
    QString otherCa() const { return m_tlsDir + QStringLiteral("/other-ca.pem"); }

    static PgConfig pgTo(const QString& host, const QString& sslMode, const QString& rootCert)
    {
        PgConfig config = TestServers::adminProfile().pg;
        config.host = host;
        config.sslMode = sslMode;
        config.sslRootCert = rootCert;
        return config;
    }

    // Waits until the session is connected or has given up for good.
    static ConnectionState settle(PgSession& session)
    {
        (void)QTest::qWaitFor(
            [&] { return session.state() == ConnectionState::Connected || session.state() == ConnectionState::Failed; },
            10000);
        return session.state();
    }

    RedisConfig redisTo(const QString& host, const QString& caFile, bool verify) const
    {
        RedisConfig config = TestServers::adminProfile().redis;
        config.host = host;
        config.port = m_redisTlsPort;
        config.tls = true;
        config.caFile = caFile;
        config.verifyPeer = verify;
        return config;
    }

    static ConnectionState settle(RedisClient& client)
    {
        (void)QTest::qWaitFor(
            [&] { return client.state() == ConnectionState::Connected || client.state() == ConnectionState::Failed; },
            10000);
        return client.state();
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_tlsDir = qEnvironmentVariable("TS_TEST_TLS_DIR");
        m_redisTlsPort = qEnvironmentVariableIntValue("TS_TEST_REDIS_TLS_PORT");
        QVERIFY2(!m_tlsDir.isEmpty() && m_redisTlsPort > 0,
                 "scripts/services env gives TS_TEST_TLS_DIR and TS_TEST_REDIS_TLS_PORT");
    }

    void postgresVerifyFullWithThePrivateCa()
    {
        PgSession session(pgTo(QStringLiteral("localhost"), QStringLiteral("verify-full"), ca()),
                          TestServers::adminSecrets().pgPassword);
        session.open();
        QCOMPARE(settle(session), ConnectionState::Connected);
        const PgResult ssl = TestServers::exec(
            &session, QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY2(ssl.ok(), qPrintable(ssl.error));
        QCOMPARE(ssl.rows.first().at(0).toBool(), true);
        qInfo("PostgreSQL over %s, certificate and host name verified", qPrintable(ssl.rows.first().at(1).toString()));
    }

    void postgresRefusesAnUnknownCa()
    {
        PgSession session(pgTo(QStringLiteral("localhost"), QStringLiteral("verify-full"), otherCa()),
                          TestServers::adminSecrets().pgPassword);
        session.open();
        QCOMPARE(settle(session), ConnectionState::Failed); // for good: retrying cannot fix a certificate
        QVERIFY2(session.stateMessage().contains(QLatin1String("certificate verify failed")),
                 qPrintable(session.stateMessage()));
    }

    void postgresRefusesAHostNameMismatch()
    {
        PgSession session(pgTo(QStringLiteral("127.0.0.1"), QStringLiteral("verify-full"), ca()),
                          TestServers::adminSecrets().pgPassword);
        session.open();
        QCOMPARE(settle(session), ConnectionState::Failed);
        QVERIFY2(session.stateMessage().contains(QLatin1String("does not match host name")),
                 qPrintable(session.stateMessage()));
    }

    void postgresWithoutVerificationIsAnExplicitChoice()
    {
        // sslmode=require: encrypted, the certificate unchecked (the wrong CA does not matter), and the
        // profile says so (transportWarnings, shown in the status bar) for hosts off this machine.
        PgSession session(pgTo(QStringLiteral("127.0.0.1"), QStringLiteral("require"), {}),
                          TestServers::adminSecrets().pgPassword);
        session.open();
        QCOMPARE(settle(session), ConnectionState::Connected);
        QCOMPARE(TestServers::exec(&session, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                     .scalar()
                     .toBool(),
                 true);
        // The default for a host other than this machine is verify-full.
        PgConfig remote;
        remote.host = QStringLiteral("db.example.com");
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("verify-full"));
    }

    void redisOverTlsWithThePrivateCa()
    {
        RedisClient client(redisTo(QStringLiteral("localhost"), ca(), true), TestServers::adminSecrets().redisPassword);
        client.connectToServer();
        QCOMPARE(settle(client), ConnectionState::Connected);
        const RedisReply pong = TestServers::redis(&client, {"PING"});
        QCOMPARE(pong.text, QByteArray("PONG"));
        // The server sees a TLS connection (INFO's connection list is not per client; CLIENT INFO is).
        const RedisReply info = TestServers::redis(&client, {"CLIENT", "INFO"});
        QVERIFY2(info.text.contains("laddr=") && info.text.contains(QByteArray::number(m_redisTlsPort)),
                 info.text.constData());
    }

    void redisRefusesAnUnknownCa()
    {
        RedisClient client(redisTo(QStringLiteral("localhost"), otherCa(), true),
                           TestServers::adminSecrets().redisPassword);
        client.connectToServer();
        QCOMPARE(settle(client), ConnectionState::Failed);
        QVERIFY2(client.stateMessage().contains(QLatin1String("certificate")), qPrintable(client.stateMessage()));
        QVERIFY(TestServers::redis(&client, {"PING"}).isError()); // nothing was sent in the clear either
    }

    void redisRefusesAHostNameMismatch()
    {
        RedisClient client(redisTo(QStringLiteral("127.0.0.1"), ca(), true), TestServers::adminSecrets().redisPassword);
        client.connectToServer();
        QCOMPARE(settle(client), ConnectionState::Failed);
        QVERIFY2(client.stateMessage().contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(client.stateMessage()));
    }

    void redisWithoutVerificationIsAnExplicitChoice()
    {
        RedisClient client(redisTo(QStringLiteral("127.0.0.1"), otherCa(), false),
                           TestServers::adminSecrets().redisPassword);
        client.connectToServer();
        QVERIFY2(settle(client) == ConnectionState::Connected, qPrintable(client.stateMessage()));
        QCOMPARE(TestServers::redis(&client, {"PING"}).text, QByteArray("PONG"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
