#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <net/PgSession.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestPgSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TS_REQUIRE_SERVERS(); }

    void parameterisedQueryReturnsExactNumerics()
    {
        auto pg = TestServers::adminPg();
        const PgResult result
            = TestServers::exec(pg.get(),
                                QStringLiteral("SELECT ?::numeric(20,8) + 0.1, ?::text, ?::int IS NULL"),
                                {QStringLiteral("0.2"), QStringLiteral("it's; DROP TABLE x"), QVariant()});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows.first().at(0).toString(), QStringLiteral("0.30000000")); // not 0.30000000000000004
        QCOMPARE(result.rows.first().at(1).toString(), QStringLiteral("it's; DROP TABLE x"));
        QCOMPARE(result.rows.first().at(2).toBool(), true);
        QCOMPARE(pg->state(), ConnectionState::Connected);
    }

    void nullStringBindsAsEmptyText()
    {
        auto pg = TestServers::adminPg();
        const PgResult result = TestServers::exec(pg.get(), QStringLiteral("SELECT ? = ''"), {QString()});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.scalar().toBool(), true);
    }

    void serverErrorsAreClassified()
    {
        auto pg = TestServers::adminPg();
        const PgResult missing = TestServers::exec(pg.get(), QStringLiteral("SELECT * FROM no_such_table"));
        QCOMPARE(missing.errorKind, PgErrorKind::Other);
        QCOMPARE(missing.sqlState, QStringLiteral("42P01"));
        const PgResult constraint = TestServers::exec(pg.get(), QStringLiteral("SELECT 1/0"));
        QVERIFY(!constraint.ok());
        // the session stays usable after an error
        QVERIFY(TestServers::exec(pg.get(), QStringLiteral("SELECT 1")).ok());
    }

    void transactionRollsBackOnFailure()
    {
        auto pg = TestServers::adminPg();
        QVERIFY(TestServers::exec(pg.get(), QStringLiteral("CREATE TEMP TABLE t_tx (v int)")).ok());
        auto future = pg->transaction({{QStringLiteral("INSERT INTO t_tx VALUES (1)"), {}},
                                       {QStringLiteral("INSERT INTO t_tx VALUES ('not a number')"), {}}});
        QVERIFY(awaitFuture(future));
        QVERIFY(!future.result().ok());
        QCOMPARE(TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM t_tx")).scalar().toInt(), 0);
    }

    void wrongPasswordFailsFastAndPlainly()
    {
        PgSession pg(TestServers::adminProfile().pg, QStringLiteral("definitely-wrong"));
        QSignalSpy states(&pg, &PgSession::stateChanged);
        QElapsedTimer timer;
        timer.start();
        pg.open();
        const PgResult result = TestServers::exec(&pg, QStringLiteral("SELECT 1"));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(result.errorKind, PgErrorKind::Authentication);
        QVERIFY2(result.error.contains(QLatin1String("password authentication failed")), qPrintable(result.error));
        QCOMPARE(pg.state(), ConnectionState::Failed);
    }

    void noServerMeansReconnectingNotHanging()
    {
        // A port with nothing listening: reserve one, then close it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        PgConfig config = TestServers::adminProfile().pg;
        config.port = port;
        PgSession pg(config, TestServers::adminSecrets().pgPassword);
        QElapsedTimer timer;
        timer.start();
        pg.open();
        const PgResult result = TestServers::exec(&pg, QStringLiteral("SELECT 1"));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(result.errorKind, PgErrorKind::NotConnected);
        QVERIFY2(result.error.contains(QLatin1String("not connected")), qPrintable(result.error));
        QTRY_COMPARE_WITH_TIMEOUT(pg.state(), ConnectionState::Reconnecting, 3000);
    }

    void runningQueryCanBeCancelled()
    {
        auto pg = TestServers::adminPg();
        QVERIFY(TestServers::exec(pg.get(), QStringLiteral("SELECT 1")).ok());
        QElapsedTimer timer;
        timer.start();
        auto future = pg->query(QStringLiteral("SELECT pg_sleep(20)"));
        QTest::qWait(300);
        QVERIFY(pg->cancelRunningQuery());
        QVERIFY(awaitFuture(future, 10000));
        QCOMPARE(future.result().errorKind, PgErrorKind::Cancelled);
        QVERIFY(timer.elapsed() < 5000);
    }

    // A dashboard read stops at its time limit and says why; statements that are not reads (writes,
    // actions) keep the session's own setting, before and after.
    void readsStopAtTheirTimeLimitAndOnlyReads()
    {
        auto session = TestServers::adminPg();
        session->setReadTimeoutMs(300);
        QElapsedTimer clock;
        clock.start();
        auto slow = session->read(QStringLiteral("SELECT pg_sleep(5)"));
        QVERIFY(awaitFuture(slow, 10000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(slow.result().errorKind, PgErrorKind::Cancelled);
        QVERIFY2(slow.result().error.contains(QLatin1String("statement timeout")), qPrintable(slow.result().error));
        const PgResult write = TestServers::exec(session.get(), QStringLiteral("SELECT pg_sleep(0.6), 1"));
        QVERIFY2(write.ok(), qPrintable(write.error));
        QCOMPARE(TestServers::exec(session.get(), QStringLiteral("SHOW statement_timeout")).scalar().toString(),
                 QStringLiteral("0"));
        auto quick = session->read(QStringLiteral("SELECT current_setting('statement_timeout')"));
        QVERIFY(awaitFuture(quick, 10000));
        QVERIFY2(quick.result().ok(), qPrintable(quick.result().error));
        QCOMPARE(quick.result().scalar().toString(), QStringLiteral("300ms"));
    }

    void listenNotifyDelivers()
    {
        auto listener = TestServers::adminPg();
        auto sender = TestServers::adminPg();
        QSignalSpy notifications(listener.get(), &PgSession::notification);
        listener->subscribe(QStringLiteral("ts_test_channel"));
        QVERIFY(TestServers::exec(listener.get(), QStringLiteral("SELECT 1")).ok());
        QVERIFY(TestServers::exec(
                    sender.get(), QStringLiteral("SELECT pg_notify('ts_test_channel', ?)"), {QStringLiteral("hello")})
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(notifications.size(), 1, 5000);
        QCOMPARE(notifications.first().at(0).toString(), QStringLiteral("ts_test_channel"));
        QCOMPARE(notifications.first().at(1).toString(), QStringLiteral("hello"));
    }

    void reconnectsAfterTheBackendIsKilled()
    {
        auto pg = TestServers::adminPg();
        auto admin = TestServers::adminPg();
        const int pid = TestServers::exec(pg.get(), QStringLiteral("SELECT pg_backend_pid()")).scalar().toInt();
        QVERIFY(pid > 0);
        QVERIFY(TestServers::exec(admin.get(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).ok());
        const PgResult lost = TestServers::exec(pg.get(), QStringLiteral("SELECT 1"));
        QCOMPARE(lost.errorKind, PgErrorKind::NotConnected);
        // The next request reconnects; no restart, no manual step.
        const PgResult again = TestServers::exec(pg.get(), QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.scalar().toInt() != pid);
        QTRY_COMPARE_WITH_TIMEOUT(pg->state(), ConnectionState::Connected, 2000);
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "TestPgSession.moc"
