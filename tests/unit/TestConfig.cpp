#include <models/common/Validation.h>
#include <models/platform/ConnectionProfile.h>
#include <net/PgConfig.h>
#include <net/RedisConfig.h>

#include <QTest>

class TestConfig : public QObject
{
    Q_OBJECT

private slots:
    void parsesPostgresUrl()
    {
        QString error;
        const PgConfig config = PgConfig::fromUrl(
            QStringLiteral(
                "postgresql://support@db.example.com:6432/platform?sslmode=verify-ca&sslrootcert=/etc/ca.pem"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(config.host, QStringLiteral("db.example.com"));
        QCOMPARE(config.port, 6432);
        QCOMPARE(config.database, QStringLiteral("platform"));
        QCOMPARE(config.user, QStringLiteral("support"));
        QCOMPARE(config.sslMode, QStringLiteral("verify-ca"));
        QCOMPARE(config.sslRootCert, QStringLiteral("/etc/ca.pem"));
    }

    void refusesPasswordInUrl()
    {
        QString error;
        PgConfig::fromUrl(QStringLiteral("postgresql://u:secret@localhost/db"), &error);
        QVERIFY(error.contains(QLatin1String("must not contain a password")));
        error.clear();
        RedisConfig::fromUrl(QStringLiteral("redis://u:secret@localhost:6379/0"), &error);
        QVERIFY(error.contains(QLatin1String("must not contain a password")));
    }

    void refusesOtherSchemes()
    {
        QString error;
        PgConfig::fromUrl(QStringLiteral("mysql://u@localhost/db"), &error);
        QVERIFY(!error.isEmpty());
    }

    void verifiesTlsOffThisMachine()
    {
        PgConfig remote;
        remote.host = QStringLiteral("db.example.com");
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("verify-full"));
        PgConfig local;
        local.host = QStringLiteral("127.0.0.1");
        QCOMPARE(local.effectiveSslMode(), QStringLiteral("prefer"));
        local.host = QStringLiteral("::1");
        QVERIFY(local.isLoopback());
        local.host = QStringLiteral("10.0.0.5");
        QVERIFY(!local.isLoopback());
    }

    void rejectsUnsafeOptions()
    {
        PgConfig config;
        QString error;
        config.sslMode = QStringLiteral("sometimes");
        QVERIFY(config.connectOptions(&error).isEmpty());
        QVERIFY(error.contains(QLatin1String("Unknown sslmode")));
        error.clear();
        config.sslMode = QStringLiteral("verify-full");
        config.sslRootCert = QStringLiteral("/tmp/a;sslmode=disable");
        QVERIFY(config.connectOptions(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        // Regression: libpq's conninfo parser starts a new option at any whitespace, and reads quotes and
        // backslashes as syntax; a tab or line break let a URL's sslrootcert add "host=elsewhere".
        for (const QString& path : {QStringLiteral("/tmp/a\thost=evil.example.com"),
                                    QStringLiteral("/tmp/a\nsslmode=disable"),
                                    QStringLiteral("/tmp/'a b'"),
                                    QStringLiteral("/tmp/a\\ b")}) {
            error.clear();
            config.sslRootCert = path;
            QVERIFY2(config.connectOptions(&error).isEmpty(), qPrintable(path));
            QVERIFY(!error.isEmpty());
        }
        // Through the URL too, percent-encoded.
        PgConfig::fromUrl(QStringLiteral("postgresql://u@db.example.com/p?sslrootcert=/ca.pem%09host=evil"), &error);
        QVERIFY(error.contains(QLatin1String("must not contain")));
    }

    // Regression (found by fuzz_connection_urls): a database name with a space printed as a URL that its
    // own parser refused, so the round trip lost the profile's database.
    void urlsSurviveTheirRoundTrip()
    {
        QString error;
        const PgConfig pg = PgConfig::fromUrl(QStringLiteral("postgres://res:/my%20db%25"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg.database, QStringLiteral("my db%"));
        const PgConfig again = PgConfig::fromUrl(pg.toUrl(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.database, pg.database);
        const RedisConfig redis = RedisConfig::fromUrl(QStringLiteral("rediss://us%20er@cache:6380/1"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RedisConfig redisAgain = RedisConfig::fromUrl(redis.toUrl(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(redisAgain.user, redis.user);
    }

    // Regression (found by fuzz_connection_urls in CI): a CA path holding "%12" or "+" came back from
    // toUrl as another path, because a decoded value was handed to QUrlQuery, which reads "%12" as an
    // escape; the profile would then have pointed at another certificate file.
    void queryValuesSurviveTheirRoundTrip()
    {
        QString error;
        const PgConfig pg
            = PgConfig::fromUrl(QStringLiteral("postgresql://db?sslrootcert=/ca/a+b%2512&x%26y=1"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg.sslRootCert, QStringLiteral("/ca/a+b%12"));
        const PgConfig again = PgConfig::fromUrl(pg.toUrl(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.sslRootCert, pg.sslRootCert);

        PgConfig amp = pg;
        amp.sslRootCert = QStringLiteral("/ca/r&d=1#x%zz");
        QCOMPARE(PgConfig::fromUrl(amp.toUrl(), &error).sslRootCert, amp.sslRootCert);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const RedisConfig redis
            = RedisConfig::fromUrl(QStringLiteral("rediss://cache:6380/0?cacert=/ca/%2541+b"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(redis.caFile, QStringLiteral("/ca/%41+b"));
        const RedisConfig redisAgain = RedisConfig::fromUrl(redis.toUrl(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(redisAgain.caFile, redis.caFile);
    }

    // QUrl leaves a percent-encoded noncharacter encoded, so a CA path or database holding U+FFFE came
    // back from toUrl as another path (found by fuzz_connection_urls in CI): such URLs are refused.
    void nonCharactersAreRefused()
    {
        const QString nonCharacter = QString(QChar(0xFFFE));
        const QString fourByte = QString::fromUcs4(U"\U000FFFFF");
        for (const QString& url : {QStringLiteral("postgresql://db?sslrootcert=/ca/a") + nonCharacter,
                                   QStringLiteral("postgresql://db/tenant") + fourByte}) {
            QString error;
            PgConfig::fromUrl(url, &error);
            QVERIFY2(error.contains(QLatin1String("noncharacter")), qPrintable(url + u' ' + error));
        }
        QString error;
        RedisConfig::fromUrl(QStringLiteral("rediss://cache/0?cacert=/ca") + fourByte, &error);
        QVERIFY2(error.contains(QLatin1String("noncharacter")), qPrintable(error));
        // Other text outside ASCII is fine, and survives the round trip.
        error.clear();
        const PgConfig pg
            = PgConfig::fromUrl(QStringLiteral("postgresql://db/m\u00fcnchen?sslrootcert=/ca/\u00e9t\u00e9"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const PgConfig again = PgConfig::fromUrl(pg.toUrl(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.database, pg.database);
        QCOMPARE(again.sslRootCert, pg.sslRootCert);
    }

    // Off this machine, Redis goes over TLS unless the profile explicitly allows plain TCP; what a
    // profile chose not to verify is said (the status bar shows it).
    void plainRedisToAnotherMachineIsAnExplicitChoice()
    {
        QString error;
        RedisConfig::fromUrl(QStringLiteral("redis://cache.internal:6379/0"), &error);
        QVERIFY2(error.contains(QLatin1String("rediss://")), qPrintable(error));
        error.clear();
        const RedisConfig allowed
            = RedisConfig::fromUrl(QStringLiteral("redis://cache.internal:6379/0?plaintext=allowed"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(allowed.allowPlaintext);
        QCOMPARE(RedisConfig::fromUrl(allowed.toUrl(), &error).allowPlaintext, true);
        QVERIFY(RedisConfig::fromUrl(QStringLiteral("redis://127.0.0.1:6379/0"), &error).transportProblem().isEmpty());
        QVERIFY(RedisConfig::fromUrl(QStringLiteral("rediss://cache.internal/0"), &error).transportProblem().isEmpty());

        ConnectionProfile profile;
        profile.name = QStringLiteral("prod");
        profile.pg.host = QStringLiteral("db.internal");
        profile.pg.user = QStringLiteral("support_ana");
        profile.pg.database = QStringLiteral("platform");
        profile.redis.host = QStringLiteral("cache.internal");
        QVERIFY(!profile.isValid(&error));
        QVERIFY2(error.contains(QLatin1String("Use TLS")) && error.contains(QLatin1String("Allow an unencrypted")),
                 qPrintable(error));

        // Verified everywhere: no warning. Each opt-out: one warning, naming it.
        profile.redis.tls = true;
        QVERIFY(profile.isValid(&error));
        QCOMPARE(transportWarnings(profile.pg, profile.redis), QStringList());
        profile.pg.sslMode = QStringLiteral("require");
        profile.redis.verifyPeer = false;
        const QStringList warnings = transportWarnings(profile.pg, profile.redis);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).contains(QLatin1String("sslmode=require")), qPrintable(warnings.at(0)));
        QVERIFY2(warnings.at(1).contains(QLatin1String("certificate")), qPrintable(warnings.at(1)));
        profile.redis.tls = false;
        profile.redis.allowPlaintext = true;
        QVERIFY(transportWarnings(profile.pg, profile.redis).at(1).contains(QLatin1String("unencrypted")));
        // This machine: nothing to warn about.
        profile.pg.host = QStringLiteral("localhost");
        profile.redis.host = QStringLiteral("127.0.0.1");
        QCOMPARE(transportWarnings(profile.pg, profile.redis), QStringList());
    }

    void parsesRedisUrl()
    {
        QString error;
        const RedisConfig config
            = RedisConfig::fromUrl(QStringLiteral("rediss://finance@cache.internal:6380/2?cacert=/ca.pem"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(config.tls);
        QCOMPARE(config.user, QStringLiteral("finance"));
        QCOMPARE(config.port, 6380);
        QCOMPARE(config.database, 2);
        QCOMPARE(config.caFile, QStringLiteral("/ca.pem"));
        QVERIFY(config.verifyPeer);
        RedisConfig::fromUrl(QStringLiteral("redis://localhost/abc"), &error);
        QVERIFY(error.contains(QLatin1String("number")));
    }

    void profileValidation()
    {
        ConnectionProfile profile;
        QString error;
        QVERIFY(!profile.isValid(&error));
        profile.name = QStringLiteral("prod");
        profile.pg.user = QStringLiteral("support");
        QVERIFY2(profile.isValid(&error), qPrintable(error));
        profile.pg.port = 70000;
        QVERIFY(!profile.isValid(&error));
        profile.pg.port = 5432;
        QCOMPARE(profile.queuePrefix, QStringLiteral("bull"));
        profile.queuePrefix = QStringLiteral("my app");
        QVERIFY(!profile.isValid(&error));
        QVERIFY(error.contains(QLatin1String("BullMQ prefix")));
        profile.queuePrefix = QStringLiteral("{platform}:bull");
        QVERIFY2(profile.isValid(&error), qPrintable(error));
        // The Stripe key travels to the Stripe API address: https, or plain http to this machine only.
        profile.stripeApiBase = QStringLiteral("http://stripe-proxy.internal");
        QVERIFY(!profile.isValid(&error));
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
        profile.stripeApiBase = QStringLiteral("http://127.0.0.1:12111");
        QVERIFY2(profile.isValid(&error), qPrintable(error));
        profile.stripeApiBase = QStringLiteral("https://stripe-proxy.internal");
        QVERIFY2(profile.isValid(&error), qPrintable(error));
    }

    void uuidValidation()
    {
        QVERIFY(Validation::isUuid(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(Validation::isUuid(QStringLiteral("7D00224C-313E-6160-8318-75CD9A300AEA")));
        QVERIFY(!Validation::isUuid(QStringLiteral("7d00224c313e6160831875cd9a300aea")));
        QVERIFY(!Validation::isUuid(QStringLiteral("x'; DROP TABLE tenants; --")));
        QVERIFY(!Validation::isUuid(QStringLiteral(" 7d00224c-313e-6160-8318-75cd9a300aea")));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "TestConfig.moc"
