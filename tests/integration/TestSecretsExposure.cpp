#include <AwaitFuture.h>
#include <PgSession.h>
#include <ProfileStore.h>
#include <RedisClient.h>
#include <RedisKeys.h>
#include <SecretStore.h>
#include <TestServers.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real app, started the way a user starts it (a saved profile, passwords in the OS keychain), is
// connected to both servers with its own login; then no password may appear in its command line, its
// environment, those of any process it started, its settings or anything it printed.
class TestSecretsExposure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_adminRedis;
    QString m_login;
    QByteArray m_redisUser;

    static QByteArray readProc(qint64 pid, const char* what)
    {
        QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The process and every process under it (by parent pid), from /proc.
    static QList<qint64> processTree(qint64 root)
    {
        QList<qint64> tree{root};
        bool grew = true;
        while (grew) {
            grew = false;
            QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
            while (it.hasNext()) {
                bool numeric = false;
                const qint64 pid = QFileInfo(it.next()).fileName().toLongLong(&numeric);
                if (!numeric || tree.contains(pid))
                    continue;
                const QByteArray stat = readProc(pid, "stat");
                // "pid (name) state ppid ...": the name may hold spaces, so read after the last ')'.
                const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
                if (fields.size() > 1 && tree.contains(fields.at(1).toLongLong())) {
                    tree << pid;
                    grew = true;
                }
            }
        }
        return tree;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_adminRedis = TestServers::adminRedis();
    }

    void cleanupTestCase()
    {
        if (!m_login.isEmpty())
            TestServers::exec(m_admin.get(), QStringLiteral("DROP ROLE IF EXISTS ") + m_login); // generated name
        if (!m_redisUser.isEmpty())
            TestServers::redis(m_adminRedis.get(), {"ACL", "DELUSER", m_redisUser});
    }

    void theRunningAppShowsNoSecretAnywhere()
    {
        const QString pgPassword = TestServers::randomSecret();
        const QString redisPassword = TestServers::randomSecret();
        m_login = TestServers::createLogin(
            m_admin.get(), QStringLiteral("ts_secret"), QStringLiteral("support"), pgPassword);
        QVERIFY(!m_login.isEmpty());
        m_redisUser = m_login.toUtf8();
        QList<QByteArray> setUser{"ACL", "SETUSER", m_redisUser, "reset", ">" + redisPassword.toUtf8()};
        setUser += RedisAcl::supportRules();
        QVERIFY(!TestServers::redis(m_adminRedis.get(), setUser).isError());

        // A saved profile, as File > Connect leaves it, and its passwords in the keychain.
        QTemporaryDir config;
        ConnectionProfile profile = TestServers::adminProfile();
        profile.name = QStringLiteral("secrets-%1").arg(QDateTime::currentMSecsSinceEpoch());
        profile.pg.user = m_login;
        profile.redis.user = m_login;
        {
            ProfileStore store(config.filePath(QStringLiteral("TenantScope/TenantScope.conf")));
            store.save(profile);
            store.setLastUsed(profile.name);
        }
        SecretStore secrets;
        const auto wrotePg
            = secrets.write(SecretStore::profileKey(profile.name, QStringLiteral("postgres")), pgPassword);
        QVERIFY(awaitFuture(wrotePg) && wrotePg.result().ok());
        const auto wroteRedis
            = secrets.write(SecretStore::profileKey(profile.name, QStringLiteral("redis")), redisPassword);
        QVERIFY(awaitFuture(wroteRedis) && wroteRedis.result().ok());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"TS_PG_URL", "TS_PG_PASSWORD", "TS_REDIS_URL", "TS_REDIS_PASSWORD"})
            environment.remove(QString::fromLatin1(name)); // the profile and the keychain, as a user has them
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess app;
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(TS_APP_PATH), {});
        QVERIFY(app.waitForStarted(10000));

        // Connected with the keychain's passwords: the servers see the login and the Redis user.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return TestServers::exec(m_admin.get(),
                                                  QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                                 "usename = ?"),
                                                  {m_login})
                                    .scalar()
                                    .toInt()
                             > 0
                             && TestServers::redis(m_adminRedis.get(), {"CLIENT", "LIST"})
                                    .text.contains("user=" + m_redisUser + ' ');
                     },
                     20000),
                 "the app did not connect with the profile and the keychain's passwords");

        int processes = 0;
        for (const qint64 pid : processTree(app.processId())) {
            ++processes;
            for (const char* what : {"cmdline", "environ"}) {
                const QByteArray text = readProc(pid, what);
                QVERIFY2(!text.contains(pgPassword.toUtf8()) && !text.contains(redisPassword.toUtf8()),
                         qPrintable(QStringLiteral("a password in /proc/%1/%2").arg(pid).arg(QLatin1String(what))));
            }
        }
        qInfo("%d process(es) of the app checked: no password in a command line or an environment", processes);

        app.terminate();
        QVERIFY(app.waitForFinished(10000) || (app.kill(), app.waitForFinished(5000)));
        const QByteArray printed = app.readAll();
        QVERIFY(!printed.contains(pgPassword.toUtf8()) && !printed.contains(redisPassword.toUtf8()));
        QDirIterator files(config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(pgPassword.toUtf8()) && !content.contains(redisPassword.toUtf8()),
                     qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0); // the settings file at least
        secrets.remove(SecretStore::profileKey(profile.name, QStringLiteral("postgres")));
        secrets.remove(SecretStore::profileKey(profile.name, QStringLiteral("redis")));
    }
};

QTEST_GUILESS_MAIN(TestSecretsExposure)
#include "TestSecretsExposure.moc"
