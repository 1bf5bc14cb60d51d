#include <PgSession.h>
#include <TestServers.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Our BullMQ key layout, checked by BullMQ itself: the demo queue read through the real npm package
// must show the states, counts and job fields that PostgreSQL says it should.
class TestBullmqInterop : public QObject
{
    Q_OBJECT

private slots:
    void bullmqReadsOurQueue()
    {
        TS_REQUIRE_SERVERS();
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.start(QStringLiteral(TS_NODE), {QStringLiteral("check_demo_queue.mjs"), QStringLiteral("workflow-runs")});
        QVERIFY(node.waitForFinished(60000));
        const QByteArray err = node.readAllStandardError();
        QVERIFY2(node.exitCode() == 0, err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QVERIFY2(!seen.isEmpty(), err.constData());

        auto pg = TestServers::adminPg();
        const PgResult expected = TestServers::exec(
            pg.get(),
            QStringLiteral("SELECT count(*) FILTER (WHERE status = 'queued' AND job_id::bigint % 3 <> 0), "
                           "count(*) FILTER (WHERE status = 'queued' AND job_id::bigint % 3 = 0), "
                           "count(*) FILTER (WHERE status = 'running'), "
                           "count(*) FILTER (WHERE status = 'failed' AND created_at > now() - interval '7 days') FROM "
                           "executions"));
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        const QJsonObject counts = seen.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("wait")).toInteger(), expected.rows.first().at(0).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("delayed")).toInteger(), expected.rows.first().at(1).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("active")).toInteger(), expected.rows.first().at(2).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("failed")).toInteger(), expected.rows.first().at(3).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("completed")).toInteger(), 100);

        const QJsonObject failed = seen.value(QStringLiteral("failed")).toObject();
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("attemptsMade")).toInt(), 3);
        QVERIFY(!failed.value(QStringLiteral("failedReason")).toString().isEmpty());
        QVERIFY(failed.value(QStringLiteral("stacktraceEntries")).toInt() >= 1);
        QVERIFY(failed.value(QStringLiteral("finishedOn")).toDouble() > 0);
        // The job's tenant and execution are the ones PostgreSQL has for that job id.
        const PgResult execution = TestServers::exec(
            pg.get(),
            QStringLiteral("SELECT tenant_id::text, id::text, error_message FROM executions WHERE job_id = ?"),
            {failed.value(QStringLiteral("id")).toString()});
        QCOMPARE(execution.rows.size(), 1);
        QCOMPARE(failed.value(QStringLiteral("tenantId")).toString(), execution.rows.first().at(0).toString());
        QCOMPARE(failed.value(QStringLiteral("executionId")).toString(), execution.rows.first().at(1).toString());
        QCOMPARE(failed.value(QStringLiteral("failedReason")).toString(), execution.rows.first().at(2).toString());

        QCOMPARE(seen.value(QStringLiteral("waiting")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(seen.value(QStringLiteral("active")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        const QJsonObject delayed = seen.value(QStringLiteral("delayed")).toObject();
        QCOMPARE(delayed.value(QStringLiteral("state")).toString(), QStringLiteral("delayed"));
        QVERIFY(delayed.value(QStringLiteral("delay")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBullmqInterop)
#include "TestBullmqInterop.moc"
