#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <net/PgSession.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

namespace
{
// The same statement through Qt's QPSQL driver, which PgSession used before it sent statements itself:
// what its callers were written against.
QVector<QVariantList> throughQpsql(const QString& sql, const QVariantList& params)
{
    const ConnectionProfile profile = TestServers::adminProfile();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("qpsql-reference"));
    db.setHostName(profile.pg.host);
    db.setPort(profile.pg.port);
    db.setDatabaseName(profile.pg.database);
    db.setUserName(profile.pg.user);
    QString optionError;
    db.setConnectOptions(profile.pg.connectOptions(&optionError));
    db.setPassword(QString::fromUtf8(TestServers::adminSecrets().pgPassword->view()));
    QVector<QVariantList> rows;
    if (!db.open())
        qFatal("QPSQL: %s", qPrintable(db.lastError().text()));
    {
        QSqlQuery query(db);
        query.setNumericalPrecisionPolicy(QSql::HighPrecision);
        query.prepare(sql);
        for (const QVariant& param : params)
            query.addBindValue(param);
        if (!query.exec())
            qFatal("QPSQL: %s", qPrintable(query.lastError().text()));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            rows << row;
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("qpsql-reference"));
    return rows;
}

QString shown(const QVariant& value)
{
    return QStringLiteral("%1(%2%3)")
        .arg(QString::fromLatin1(value.metaType().name()),
             value.isNull() ? QStringLiteral("null") : value.toString(),
             value.metaType().id() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                            : QString());
}
} // namespace

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

    // PgSession sends statements through libpq itself (one round trip); every type comes back as the
    // QPSQL driver gave it, and every kind of bound value reaches the server as QPSQL bound it.
    void valuesAndParametersMatchTheQtDriver()
    {
        const QString sql = QStringLiteral(
            "SELECT true, false, 42::int2, 7::int4, 9000000000::int8, 12.345::numeric(10,3), 1.5::float4, "
            "2.25::float8, 'NaN'::float8, '-Infinity'::float8, '2026-12-03'::date, '13:14:15.678'::time, "
            "'2026-12-03 13:14:15.678'::timestamp, '2026-12-03 13:14:15.678+05'::timestamptz, "
            "'\\x00ff41'::bytea, '3f1c2d4e-0000-4000-8000-00000000abcd'::uuid, '{\"a\": [1, 2]}'::jsonb, "
            "ARRAY[1, 2], 'h\u00e9llo ?'::text, NULL::int, NULL::int8, NULL::numeric, NULL::date, "
            "NULL::timestamptz, NULL::text, NULL::bytea, NULL::bool, pg_sleep(0), "
            "'?' || ?::text, ?::int, ?::bigint, ?::numeric * 2, ?::date, ?::timestamptz, ?::timestamp, ?::bool, "
            "?::bytea, ?::float8, ?::int IS NULL, ?::time, ? || '\"?\"', ?::int8 + 1");
        const QVariantList params{QStringLiteral("a'b?\"c\\"),
                                  5,
                                  qint64(9000000000),
                                  QStringLiteral("1.25"),
                                  QDate(2026, 2, 28),
                                  QDateTime(QDate(2026, 12, 3), QTime(23, 59, 58, 125), Qt::OffsetFromUTC, 3600),
                                  QDateTime(QDate(2026, 12, 3), QTime(1, 2, 3, 4), Qt::UTC),
                                  false,
                                  QByteArray("\0\xff'\\", 4),
                                  0.1,
                                  QVariant(),
                                  QTime(7, 8, 9, 10),
                                  QStringLiteral("x ? y"),
                                  -1};
        const QVector<QVariantList> expected = throughQpsql(sql, params);
        auto pg = TestServers::adminPg();
        const PgResult ours = TestServers::exec(pg.get(), sql, params);
        QVERIFY2(ours.ok(), qPrintable(ours.error));
        QCOMPARE(ours.rows.size(), 1);
        QCOMPARE(ours.rows.first().size(), expected.first().size());
        for (int i = 0; i < expected.first().size(); ++i) {
            const QVariant& want = expected.first().at(i);
            const QVariant& got = ours.rows.first().at(i);
            QVERIFY2(shown(got) == shown(want),
                     qPrintable(QStringLiteral("column %1: %2, QPSQL gave %3").arg(i).arg(shown(got), shown(want))));
        }
        // Spot checks, so that both cannot be wrong the same way.
        QCOMPARE(ours.rows.first().at(5).toString(), QStringLiteral("12.345"));
        QCOMPARE(ours.rows.first().at(28).toString(), QStringLiteral("?a'b?\"c\\"));
        QCOMPARE(ours.rows.first().at(31).toString(), QStringLiteral("2.50"));
        QCOMPARE(ours.rows.first().at(36).toByteArray(), QByteArray("\0\xff'\\", 4));
        QCOMPARE(ours.rows.first().at(33).toDateTime(), QDateTime(QDate(2026, 12, 3), QTime(22, 59, 58, 125), Qt::UTC));
        QCOMPARE(ours.rows.first().at(41).toLongLong(), 0);
        QCOMPARE(ours.columns.size(), ours.rows.first().size());
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
