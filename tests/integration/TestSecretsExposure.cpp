#include <MemorySearch.h>
#include <TestServers.h>
#include <app/ProfileStore.h>
#include <async/AwaitFuture.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/SecretStore.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// The real app, started the way a user starts it (a saved profile, passwords in the OS keychain), is
// connected to both servers with its own login. Then no password may appear in its command line, its
// environment, those of any process it started, its settings or anything it printed; in its memory a
// password may be only where it is needed, and a crash may not write it anywhere.
class TestSecretsExposure : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_adminRedis;
    QString m_login;
    QByteArray m_redisUser;
    QString m_pgPassword;
    QString m_redisPassword;
    QTemporaryDir m_config;
    ConnectionProfile m_profile;
    SecretStore m_secrets;

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

    // Every copy (UTF-8 or UTF-16) of the secret in the app's memory; nullopt when that cannot be read
    // (it needs CAP_SYS_PTRACE: the app is not dumpable).
    static std::optional<QList<MemorySearch::Hit>> copiesInMemory(qint64 pid, const QString& secret)
    {
        return MemorySearch::find(pid, MemorySearch::utf8AndUtf16(secret.toUtf8(), 0), 0);
    }

    bool connected(const QString& login, const QByteArray& redisUser)
    {
        return TestServers::exec(
                   m_admin.get(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"), {login})
                   .scalar()
                   .toInt()
            > 0
            && TestServers::redis(m_adminRedis.get(), {"CLIENT", "LIST"}).text.contains("user=" + redisUser + ' ');
    }

    void startApp(QProcess& app, const QString& workingDirectory = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"TS_PG_URL", "TS_PG_PASSWORD", "TS_REDIS_URL", "TS_REDIS_PASSWORD"})
            environment.remove(QString::fromLatin1(name)); // the profile and the keychain, as a user has them
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Under AddressSanitizer free() is ASan's: its fill option does what ScrubFreedMemory.cpp does.
        if (environment.contains(QStringLiteral("ASAN_OPTIONS")))
            environment.insert(QStringLiteral("ASAN_OPTIONS"),
                               environment.value(QStringLiteral("ASAN_OPTIONS"))
                                   + QStringLiteral(":max_free_fill_size=2147483647"));
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::MergedChannels);
        if (!workingDirectory.isEmpty())
            app.setWorkingDirectory(workingDirectory);
        app.setChildProcessModifier(allowCoreFiles);
        app.start(QStringLiteral(TS_APP_PATH), {});
    }

    // As a developer's shell with `ulimit -c unlimited`: the process may write a core file.
    static void allowCoreFiles()
    {
        const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &unlimited);
    }

    static QStringList coreFiles(const QString& directory)
    {
        return QDir(directory).entryList({QStringLiteral("core*")}, QDir::Files);
    }

    // Every copy of each password: the Redis one only in its SecretBuffer; the PostgreSQL one in its
    // SecretBuffer and at most once more, in libpq's SCRAM state for the open connection.
    void checkMemory(qint64 pid, const char* when)
    {
        const auto pg = copiesInMemory(pid, m_pgPassword);
        const auto redis = copiesInMemory(pid, m_redisPassword);
        if (!pg || !redis)
            QSKIP("/proc/PID/mem of a non-dumpable process needs CAP_SYS_PTRACE (CI runs as root with it)");
        const auto inBuffers = [](const QList<MemorySearch::Hit>& copies) {
            return std::count_if(
                copies.begin(), copies.end(), [](const MemorySearch::Hit& c) { return c.inDontDumpMapping; });
        };
        qInfo("%s: PostgreSQL password %d cop(ies) (%d in its SecretBuffer), Redis password %d (%d)",
              when,
              int(pg->size()),
              int(inBuffers(*pg)),
              int(redis->size()),
              int(inBuffers(*redis)));
        QCOMPARE(inBuffers(*redis), 1);
        QCOMPARE(redis->size(), 1);
        QCOMPARE(inBuffers(*pg), 1);
        QVERIFY2(pg->size() <= 2, "a PostgreSQL password copy beyond the SecretBuffer and libpq's open connection");
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_adminRedis = TestServers::adminRedis();

        m_pgPassword = TestServers::randomSecret();
        m_redisPassword = TestServers::randomSecret();
        m_login = TestServers::createLogin(
            m_admin.get(), QStringLiteral("ts_secret"), QStringLiteral("support"), m_pgPassword);
        QVERIFY(!m_login.isEmpty());
        m_redisUser = m_login.toUtf8();
        QList<QByteArray> setUser{"ACL", "SETUSER", m_redisUser, "reset", ">" + m_redisPassword.toUtf8()};
        setUser += RedisAcl::supportRules();
        QVERIFY(!TestServers::redis(m_adminRedis.get(), setUser).isError());

        // A saved profile, as File > Connect leaves it, and its passwords in the keychain.
        m_profile = TestServers::adminProfile();
        m_profile.name = QStringLiteral("secrets-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_profile.pg.user = m_login;
        m_profile.redis.user = m_login;
        {
            ProfileStore store(m_config.filePath(QStringLiteral("TenantScope/TenantScope.conf")));
            store.save(m_profile);
            store.setLastUsed(m_profile.name);
        }
        const auto wrotePg
            = m_secrets.write(SecretStore::profileKey(m_profile.name, QStringLiteral("postgres")), m_pgPassword);
        QVERIFY(awaitFuture(wrotePg) && wrotePg.result().ok());
        const auto wroteRedis
            = m_secrets.write(SecretStore::profileKey(m_profile.name, QStringLiteral("redis")), m_redisPassword);
        QVERIFY(awaitFuture(wroteRedis) && wroteRedis.result().ok());
    }

    void cleanupTestCase()
    {
        if (!m_login.isEmpty())
            TestServers::exec(m_admin.get(), QStringLiteral("DROP ROLE IF EXISTS ") + m_login); // generated name
        if (!m_redisUser.isEmpty())
            TestServers::redis(m_adminRedis.get(), {"ACL", "DELUSER", m_redisUser});
        if (!m_profile.name.isEmpty()) {
            awaitFuture(m_secrets.remove(SecretStore::profileKey(m_profile.name, QStringLiteral("postgres"))));
            awaitFuture(m_secrets.remove(SecretStore::profileKey(m_profile.name, QStringLiteral("redis"))));
        }
    }

    void theRunningAppShowsNoSecretAnywhere()
    {
        QProcess app;
        startApp(app);
        QVERIFY(app.waitForStarted(10000));

        // Connected with the keychain's passwords: the servers see the login and the Redis user.
        QVERIFY2(QTest::qWaitFor([&] { return connected(m_login, m_redisUser); }, 20000),
                 "the app did not connect with the profile and the keychain's passwords");

        int processes = 0;
        for (const qint64 pid : processTree(app.processId())) {
            ++processes;
            for (const char* what : {"cmdline", "environ"}) {
                const QByteArray text = readProc(pid, what);
                QVERIFY2(!text.contains(m_pgPassword.toUtf8()) && !text.contains(m_redisPassword.toUtf8()),
                         qPrintable(QStringLiteral("a password in /proc/%1/%2").arg(pid).arg(QLatin1String(what))));
            }
        }
        qInfo("%d process(es) of the app checked: no password in a command line or an environment", processes);

        // The first page has loaded by now; what the connect left behind was freed (and scrubbed).
        QTest::qWait(1000);
        checkMemory(app.processId(), "connected");
        if (QTest::currentTestFailed())
            return;

        // Reconnects (the servers drop the app's connections) must not leave copies behind either.
        for (int round = 0; round < 3; ++round) {
            TestServers::exec(
                m_admin.get(),
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"),
                {m_login});
            TestServers::redis(m_adminRedis.get(), {"CLIENT", "KILL", "USER", m_redisUser});
            QTest::qWait(200);
            QVERIFY2(QTest::qWaitFor([&] { return connected(m_login, m_redisUser); }, 10000),
                     "the app did not reconnect");
        }
        QTest::qWait(1000);
        checkMemory(app.processId(), "after 3 reconnects");
        if (QTest::currentTestFailed())
            return;

        // SIGTERM (a session logging out) closes the app as Quit does: a normal exit, not a kill.
        app.terminate();
        QVERIFY(app.waitForFinished(10000) || (app.kill(), app.waitForFinished(5000)));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray printed = app.readAll();
        QVERIFY(!printed.contains(m_pgPassword.toUtf8()) && !printed.contains(m_redisPassword.toUtf8()));
        QDirIterator files(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(m_pgPassword.toUtf8()) && !content.contains(m_redisPassword.toUtf8()),
                     qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0); // the settings file at least
    }

    void aCrashWritesNoCoreFileAndPrintsNoSecret()
    {
        // First the control: an ordinary process under the same limits leaves a core file here.
        QTemporaryDir directory;
        QProcess control;
        control.setWorkingDirectory(directory.path());
        control.setChildProcessModifier(allowCoreFiles);
        control.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(control.waitForStarted(5000));
        ::kill(pid_t(control.processId()), SIGSEGV);
        QVERIFY(control.waitForFinished(10000));
        if (coreFiles(directory.path()).isEmpty())
            QSKIP("this machine writes no core file into the working directory (kernel.core_pattern), so a "
                  "missing one would prove nothing");
        for (const QString& core : coreFiles(directory.path()))
            QFile::remove(directory.filePath(core));

        QProcess app;
        startApp(app, directory.path());
        QVERIFY(app.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor([&] { return connected(m_login, m_redisUser); }, 20000),
                 "the app did not connect with the profile and the keychain's passwords");
        QTest::qWait(500);
        ::kill(pid_t(app.processId()), SIGSEGV);
        QVERIFY(app.waitForFinished(10000));
        // A crash, or under AddressSanitizer its report and a failing exit.
        QVERIFY(app.exitStatus() == QProcess::CrashExit || app.exitCode() != 0);
        const QByteArray printed = app.readAll();
        QVERIFY(!printed.contains(m_pgPassword.toUtf8()) && !printed.contains(m_redisPassword.toUtf8()));
        QVERIFY2(coreFiles(directory.path()).isEmpty(), "the app left a core file");
    }
};

QTEST_GUILESS_MAIN(TestSecretsExposure)
#include "TestSecretsExposure.moc"
