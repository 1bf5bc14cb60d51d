#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/common/Freshness.h>
#include <models/common/ReadError.h>
#include <models/common/TenantScope.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/StandbyMonitor.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Reads on the hot standby of scripts/services start --replica (pg_basebackup, streaming): where each
// read goes, the lag as the servers report it, a primary named as a standby, a standby past its lag bound
// (replay paused on the server) and a standby stopped under the pages; then the CLI through the standby
// and the Redis Cluster together.
class TestStandby : public QObject
{
    Q_OBJECT

    PgConfig m_standbyConfig;

    static PgResult read(PgSession* session, const QString& sql)
    {
        auto future = session->read(sql);
        return awaitFuture(future, 30000) ? future.result()
                                          : PgResult::failure(PgErrorKind::Other, QStringLiteral("timeout"));
    }

    static bool services(const QStringList& args, const QProcessEnvironment& environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral("bash"), QStringList{QStringLiteral(TS_SOURCE_DIR "/scripts/services")} + args);
        process.waitForFinished(60000);
        if (process.exitCode() != 0)
            qWarning(
                "scripts/services %s: %s", qPrintable(args.join(u' ')), process.readAllStandardError().constData());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static bool waitFor(StandbyMonitor& monitor, StandbyMonitor::Health health, int timeoutMs = 15000)
    {
        QElapsedTimer waited;
        waited.start();
        while (monitor.health() != health && waited.elapsed() < timeoutMs) {
            monitor.measureNow();
            QTest::qWait(100);
        }
        return monitor.health() == health;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        const QString url = qEnvironmentVariable("TS_PG_REPLICA_URL");
        if (url.isEmpty())
            QFAIL("TS_PG_REPLICA_URL is not set: start the servers with scripts/services start --replica");
        QString error;
        m_standbyConfig = PgConfig::fromUrl(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readsGoToTheStandbyAndEverythingElseToThePrimary()
    {
        auto primary = TestServers::adminPg();
        PgSession standby(m_standbyConfig, TestServers::adminSecrets().pgPassword);
        standby.open();
        StandbyMonitor monitor(primary.get(), &standby);
        primary->setStandby(&monitor);
        monitor.start(500);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready));
        const PgResult fromStandby = read(primary.get(), QStringLiteral("SELECT pg_is_in_recovery()"));
        QVERIFY2(fromStandby.ok(), qPrintable(fromStandby.error));
        QCOMPARE(fromStandby.scalar().toBool(), true);
        QCOMPARE(fromStandby.readFrom, QStringLiteral("standby"));
        QCOMPARE(monitor.health(), StandbyMonitor::Health::Ready);
        QVERIFY(monitor.lagSeconds() < monitor.lagBoundSeconds());
        QVERIFY(monitor.asOf().isValid());
        QVERIFY2(monitor.describe().contains(QLatin1String("behind")), qPrintable(monitor.describe()));
        // Statements that are not dashboard reads (writes, actions, read-your-writes) stay on the primary.
        QCOMPARE(TestServers::exec(primary.get(), QStringLiteral("SELECT pg_is_in_recovery()")).scalar().toBool(),
                 false);
        // What the primary commits, the standby shows shortly after.
        TestServers::exec(primary.get(), QStringLiteral("CREATE TABLE IF NOT EXISTS ts_standby_probe (n int)"));
        TestServers::exec(primary.get(), QStringLiteral("INSERT INTO ts_standby_probe VALUES (42)"));
        QTRY_COMPARE_WITH_TIMEOUT(
            read(primary.get(), QStringLiteral("SELECT count(*) FROM ts_standby_probe WHERE n = 42")).scalar().toInt(),
            1,
            5000);
        TestServers::exec(primary.get(), QStringLiteral("DROP TABLE ts_standby_probe"));
        primary->setStandby(nullptr);
    }

    // A read served by the standby has its time limit too, shows as a running query, and Cancel stops it.
    void standbyReadsHaveATimeLimitAndCanBeCancelled()
    {
        auto primary = TestServers::adminPg();
        auto redis = TestServers::adminRedis();
        PgSession standby(m_standbyConfig, TestServers::adminSecrets().pgPassword);
        standby.open();
        standby.setReadTimeoutMs(400);
        StandbyMonitor monitor(primary.get(), &standby);
        primary->setStandby(&monitor);
        monitor.start(500);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready));
        ConnectionStatus status(primary.get(), redis.get());
        QSignalSpy busy(&status, &ConnectionStatus::postgresBusyChanged);

        const PgResult limited = read(primary.get(), QStringLiteral("SELECT pg_sleep(5)"));
        QCOMPARE(limited.readFrom, QStringLiteral("standby"));
        QCOMPARE(limited.errorKind, PgErrorKind::Cancelled);
        QVERIFY2(readError(limited).contains(QLatin1String("time limit")), qPrintable(readError(limited)));

        standby.setReadTimeoutMs(0);
        QElapsedTimer clock;
        clock.start();
        auto running = primary->read(QStringLiteral("SELECT pg_sleep(20)"));
        QTRY_VERIFY_WITH_TIMEOUT(status.postgresBusy(), 5000);
        QTest::qWait(300); // the statement is on the server
        status.cancelPostgresQuery();
        QVERIFY(awaitFuture(running, 10000));
        QCOMPARE(running.result().errorKind, PgErrorKind::Cancelled);
        QVERIFY(clock.elapsed() < 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!status.postgresBusy(), 5000);
        QVERIFY(busy.count() >= 2); // busy, then idle
        primary->setStandby(nullptr);
    }

    // The "not permitted" check of a tenant-filtered read runs on the primary, the read on the standby:
    // with the primary busy, the standby answers first, and the refusal must still be there (a CI run
    // once showed a tenant admin an empty executions list for another tenant instead).
    void anUnseenTenantIsRefusedEvenWhenTheStandbyAnswersFirst()
    {
        auto primary = TestServers::adminPg();
        PgSession standby(m_standbyConfig, TestServers::adminSecrets().pgPassword);
        standby.open();
        StandbyMonitor monitor(primary.get(), &standby);
        primary->setStandby(&monitor);
        monitor.start(500);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready));
        const QString noSuchTenant = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto busy = primary->query(QStringLiteral("SELECT pg_sleep(0.8)")); // the check queues behind it
        QElapsedTimer clock;
        clock.start();
        qint64 readAnsweredMs = -1;
        auto refused = refuseUnseenTenant<int>(primary.get(), noSuchTenant, [&] {
            return primary->read(QStringLiteral("SELECT 1")).then([&](const PgResult& result) {
                readAnsweredMs = clock.elapsed();
                Fetched<int> fetched;
                fetched.value = result.scalar().toInt();
                fetched.freshness = Freshness::of(result);
                return fetched;
            });
        });
        QVERIFY(awaitFuture(refused, 10000));
        QVERIFY(awaitFuture(busy, 10000));
        QVERIFY2(readAnsweredMs >= 0 && readAnsweredMs < 500,
                 qPrintable(QStringLiteral("the standby answered after %1 ms").arg(readAnsweredMs)));
        QCOMPARE(refused.result().value, 0);
        QVERIFY2(refused.result().error.contains(QLatin1String("Not permitted")), qPrintable(refused.result().error));
        // A tenant the login sees is not refused, and keeps what the standby read.
        const QString seen = TestServers::exec(primary.get(), QStringLiteral("SELECT id::text FROM tenants LIMIT 1"))
                                 .scalar()
                                 .toString();
        auto allowed = refuseUnseenTenant<int>(primary.get(), seen, [&] {
            return primary->read(QStringLiteral("SELECT 7")).then([](const PgResult& result) {
                Fetched<int> fetched;
                fetched.value = result.scalar().toInt();
                return fetched;
            });
        });
        QVERIFY(awaitFuture(allowed, 10000));
        QVERIFY2(allowed.result().ok(), qPrintable(allowed.result().error));
        QCOMPARE(allowed.result().value, 7);
        primary->setStandby(nullptr);
    }

    void aPrimaryNamedAsTheStandbyIsNeverUsed()
    {
        auto primary = TestServers::adminPg();
        auto notAStandby = TestServers::adminPg(); // the primary again, as a profile might name it
        StandbyMonitor monitor(primary.get(), notAStandby.get());
        primary->setStandby(&monitor);
        monitor.start(500);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::NotAStandby));
        const PgResult result = read(primary.get(), QStringLiteral("SELECT pg_is_in_recovery()"));
        QVERIFY2(monitor.describe().contains(QLatin1String("is not a standby")), qPrintable(monitor.describe()));
        QVERIFY(result.readFrom.isEmpty());
        QCOMPARE(result.scalar().toBool(), false);
        primary->setStandby(nullptr);
    }

    // Past its bound the standby still answers (the load it is there to take), flagged as past the bound,
    // and the offer of the primary is made; taken, reads go to the primary until the standby catches up.
    void pastTheLagBoundThePrimaryIsOfferedAndTaken()
    {
        auto primary = TestServers::adminPg();
        PgSession standby(m_standbyConfig, TestServers::adminSecrets().pgPassword);
        standby.open();
        StandbyMonitor monitor(primary.get(), &standby);
        monitor.setLagBoundSeconds(1);
        primary->setStandby(&monitor);
        monitor.start(200);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready));
        // The standby stops replaying (as a long query on it or a slow disk would make it) while the
        // primary writes on.
        QVERIFY(TestServers::exec(&standby, QStringLiteral("SELECT pg_wal_replay_pause()")).ok());
        TestServers::exec(primary.get(), QStringLiteral("CREATE TABLE IF NOT EXISTS ts_lag_probe (n int)"));
        TestServers::exec(primary.get(), QStringLiteral("INSERT INTO ts_lag_probe SELECT generate_series(1, 1000)"));
        QTest::qWait(1500);
        const bool behind = waitFor(monitor, StandbyMonitor::Health::Behind);
        const qint64 bytes = monitor.lagBytes();
        const QString said = monitor.describe();
        auto redis = TestServers::adminRedis();
        ConnectionStatus status(primary.get(), redis.get());
        const bool offered = status.standbyOffersPrimary();
        const PgResult stale = read(primary.get(), QStringLiteral("SELECT to_regclass('ts_lag_probe') IS NOT NULL"));
        status.readFromPrimaryWhileBehind();
        const bool offeredAfter = status.standbyOffersPrimary();
        const QString saidAfter = monitor.describe();
        const PgResult result = read(primary.get(), QStringLiteral("SELECT count(*) FROM ts_lag_probe"));
        TestServers::exec(&standby, QStringLiteral("SELECT pg_wal_replay_resume()"));
        QVERIFY2(behind, qPrintable(said));
        QVERIFY(bytes > 0);
        QVERIFY2(said.contains(QLatin1String("past the bound of 1 s")), qPrintable(said));
        QVERIFY(offered);
        // The standby answered with what it had replayed: the table created since is not there yet.
        QCOMPARE(stale.readFrom, QStringLiteral("standby"));
        QVERIFY(stale.standbyPastBound);
        QCOMPARE(stale.scalar().toBool(), false);
        QVERIFY2(Freshness::of(stale).text().contains(QLatin1String("past its lag bound")),
                 qPrintable(Freshness::of(stale).text()));
        QVERIFY(!offeredAfter);
        QVERIFY2(saidAfter.contains(QLatin1String("reading from the primary")), qPrintable(saidAfter));
        QVERIFY(result.readFrom.isEmpty()); // the primary answered, with today's figure
        QCOMPARE(result.scalar().toInt(), 1000);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready));
        QVERIFY(!monitor.primaryWhileBehind()); // caught up: next time, the offer again
        TestServers::exec(primary.get(), QStringLiteral("DROP TABLE ts_lag_probe"));
        primary->setStandby(nullptr);
    }

    void aStoppedStandbyFallsBackToThePrimaryAndSaysSo()
    {
        auto primary = TestServers::adminPg();
        PgSession standby(m_standbyConfig, TestServers::adminSecrets().pgPassword);
        standby.open();
        StandbyMonitor monitor(primary.get(), &standby);
        primary->setStandby(&monitor);
        monitor.start(200);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready));
        QVERIFY(services({QStringLiteral("fault"), QStringLiteral("replica"), QStringLiteral("fast")}));
        // The read in flight when the standby goes is answered by the primary.
        const PgResult result = read(primary.get(), QStringLiteral("SELECT pg_is_in_recovery()"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.scalar().toBool(), false);
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Down));
        QVERIFY2(monitor.describe().contains(QLatin1String("reading from the primary")),
                 qPrintable(monitor.describe()));
        QVERIFY(services({QStringLiteral("revive"), QStringLiteral("replica")}));
        QVERIFY(waitFor(monitor, StandbyMonitor::Health::Ready, 30000));
        QCOMPARE(read(primary.get(), QStringLiteral("SELECT pg_is_in_recovery()")).readFrom, QStringLiteral("standby"));
        primary->setStandby(nullptr);
    }

    // A shell with PGPASSWORD exported for some other server: the standby started from it still logs in to
    // the primary with its own password file and streams (libpq prefers the variable to the file).
    void aStandbyStartedFromAShellWithPgPasswordStillStreams()
    {
        QVERIFY(services({QStringLiteral("fault"), QStringLiteral("replica"), QStringLiteral("fast")}));
        QProcessEnvironment shell = QProcessEnvironment::systemEnvironment();
        shell.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("the-password-of-another-server"));
        QVERIFY(services({QStringLiteral("revive"), QStringLiteral("replica")}, shell));
        auto primary = TestServers::adminPg();
        PgSession standby(m_standbyConfig, TestServers::adminSecrets().pgPassword);
        standby.open();
        TestServers::exec(primary.get(), QStringLiteral("CREATE TABLE IF NOT EXISTS ts_pgpassword_probe (n int)"));
        TestServers::exec(primary.get(), QStringLiteral("INSERT INTO ts_pgpassword_probe VALUES (7)"));
        QTRY_COMPARE_WITH_TIMEOUT(
            TestServers::exec(&standby, QStringLiteral("SELECT count(*) FROM ts_pgpassword_probe WHERE n = 7"))
                .scalar()
                .toInt(),
            1,
            15000);
        TestServers::exec(primary.get(), QStringLiteral("DROP TABLE ts_pgpassword_probe"));
    }

    // The issue's own check: tenants list, jobs list and costs through the Redis Cluster and the standby.
    void cliRunsThroughTheClusterAndTheStandby()
    {
        const QString clusterUrl = qEnvironmentVariable("TS_REDIS_CLUSTER_URL");
        if (clusterUrl.isEmpty())
            QFAIL("TS_REDIS_CLUSTER_URL is not set: start the servers with scripts/services start --cluster");
        QString error;
        RedisClient cluster(RedisConfig::fromUrl(clusterUrl, &error), TestServers::adminSecrets().redisPassword);
        cluster.connectToServer();
        // A queue as BullMQ keeps it, on the cluster under {bull}.
        auto written = cluster.pipeline({{"HSET", "{bull}:cli-check:meta", "version", "bullmq:6.7.0"},
                                         {"DEL", "{bull}:cli-check:wait"},
                                         {"LPUSH", "{bull}:cli-check:wait", "1", "2"}});
        QVERIFY(awaitFuture(written));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TS_REDIS_URL"), clusterUrl);
        env.insert(QStringLiteral("TS_BULL_PREFIX"), QStringLiteral("{bull}"));
        const auto cli = [&env](const QStringList& args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(TS_CLI_PATH), args);
            process.waitForFinished(60000);
            return std::make_pair(process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()));
        };
        const auto tenants = cli({QStringLiteral("tenants"),
                                  QStringLiteral("list"),
                                  QStringLiteral("--limit"),
                                  QStringLiteral("3"),
                                  QStringLiteral("--json")});
        QCOMPARE(tenants.first, 0);
        QCOMPARE(tenants.second.array().size(), 3);
        const auto jobs = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jobs.first, 0);
        bool found = false;
        for (const QJsonValue& queue : jobs.second.array()) {
            if (queue[QStringLiteral("queue")].toString() == QLatin1String("cli-check")) {
                found = true;
                QCOMPARE(queue[QStringLiteral("counts")][QStringLiteral("wait")].toInt(), 2);
            }
        }
        QVERIFY(found);
        const auto costs = cli({QStringLiteral("costs"),
                                QStringLiteral("--month"),
                                QDate::currentDate().toString(QStringLiteral("yyyy-MM")),
                                QStringLiteral("--json")});
        QCOMPARE(costs.first, 0);
        QVERIFY(!costs.second.isNull());
        awaitFuture(cluster.pipeline({{"DEL", "{bull}:cli-check:meta"}, {"DEL", "{bull}:cli-check:wait"}}));
    }
};

QTEST_GUILESS_MAIN(TestStandby)
#include "TestStandby.moc"
