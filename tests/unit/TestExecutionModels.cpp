#include <models/common/Decimal.h>
#include <models/common/JsonTreeModel.h>
#include <models/executions/ExecutionListModel.h>
#include <models/executions/TraceModel.h>
#include <models/queues/QueueRepository.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

// The item models behind the Executions and Queues pages, without servers.
class TestExecutionModels : public QObject
{
    Q_OBJECT

    static ExecutionSummary
    summary(const QString& id, const QString& cursor, const QString& status = QStringLiteral("succeeded"))
    {
        ExecutionSummary e;
        e.id = id;
        e.cursor = cursor;
        e.status = status;
        return e;
    }

private slots:
    void jsonTreeShowsObjectsArraysAndScalars()
    {
        JsonTreeModel model;
        QVERIFY(model.setJsonText(QStringLiteral("{\"a\": [1, 2, {\"b\": null}], \"s\": \"line\\nnext\"}")));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 2);
        const QModelIndex a = model.index(0, 0, root);
        QCOMPARE(a.data().toString(), QStringLiteral("a"));
        QCOMPARE(model.rowCount(a), 3);
        QCOMPARE(model.index(2, JsonTreeModel::TypeColumn, a).data().toString(), QStringLiteral("object"));
        QCOMPARE(model.parent(model.index(2, 0, a)), a);
        // Control characters are shown, not obeyed.
        QVERIFY(model.index(1, JsonTreeModel::ValueColumn, root).data().toString().contains(QStringLiteral("⏎")));
        QCOMPARE(model.jsonText(model.index(1, 0, a)), QStringLiteral("2"));
        QVERIFY(model.jsonText().contains(QLatin1String("\"b\": null")));
        QVERIFY(model.setJsonText(QStringLiteral("42")));
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("42"));
    }

    void jsonTreeRefusesWhatIsNotJson()
    {
        JsonTreeModel model;
        QString problem;
        QVERIFY(!model.setJsonText(QStringLiteral("{\"unterminated\": "), &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(model.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.setJsonText(QStringLiteral("1] , [2")));
        QVERIFY(!model.setJsonText(QString::fromUtf8("\xff\xfe not utf-8")));
        // No value at all parses without a parser error: the refusal still says why (found by
        // fuzz_node_json; the page said "Not valid JSON (no error occurred)").
        for (const char* text : {"", "  ", "\n"}) {
            problem.clear();
            QVERIFY(!model.setJsonText(QString::fromLatin1(text), &problem));
            QCOMPARE(problem, QStringLiteral("not exactly one JSON value"));
        }
    }

    void jsonTreeOpensLargeDocumentsLazily()
    {
        QString big = QStringLiteral("[");
        for (int i = 0; i < 200000; ++i)
            big += QStringLiteral("{\"i\": %1, \"t\": \"some text\"},").arg(i);
        big.chop(1);
        big += u']';
        JsonTreeModel model;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(model.setJsonText(big));
        QCOMPARE(model.rowCount(model.index(0, 0)), 200000);
        QCOMPARE(model.rowCount(model.index(199999, 0, model.index(0, 0))), 2);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QString cell = model.index(0, JsonTreeModel::ValueColumn).data().toString();
        QVERIFY(cell.contains(QLatin1String("200,000")) || cell.contains(QLatin1String("200000")));
    }

    void liveRowsMergeInOrder()
    {
        ExecutionListModel model;
        model.setRows({summary(QStringLiteral("c"), QStringLiteral("2026-11-23 10:00:03")),
                       summary(QStringLiteral("b"), QStringLiteral("2026-11-23 10:00:02")),
                       summary(QStringLiteral("a"), QStringLiteral("2026-11-23 10:00:01"))},
                      true);
        // New on top, a change in place, one older than everything loaded left for its page.
        const int inserted = model.mergeLive(
            {summary(QStringLiteral("d"), QStringLiteral("2026-11-23 10:00:04")),
             summary(QStringLiteral("b"), QStringLiteral("2026-11-23 10:00:02"), QStringLiteral("cancelled")),
             summary(QStringLiteral("z"), QStringLiteral("2026-11-23 09:00:00"))});
        QCOMPARE(inserted, 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rows().at(0).id, QStringLiteral("d"));
        QCOMPARE(model.rows().at(2).status, QStringLiteral("cancelled"));
        QCOMPARE(model.rowOf(QStringLiteral("z")), -1);
        // A page that overlaps the live inserts adds only what is new.
        model.appendRows({summary(QStringLiteral("a"), QStringLiteral("2026-11-23 10:00:01")),
                          summary(QStringLiteral("z"), QStringLiteral("2026-11-23 09:00:00"))},
                         false);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
    }

    void traceFractionsAndTotals()
    {
        ExecutionDetail detail;
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 4; ++i) {
            ExecutionNode node;
            node.seq = i + 1;
            node.status = i == 2 ? QStringLiteral("failed") : QStringLiteral("succeeded");
            node.startedAt = t0.addMSecs(i * 1000);
            node.finishedAt = t0.addMSecs(i * 1000 + 500);
            node.promptTokens = 10;
            node.completionTokens = 5;
            node.costUsd = QStringLiteral("0.00012345");
            detail.nodes.append(node);
        }
        TraceModel model;
        model.setTrace(detail);
        QCOMPARE(model.failedRow(), 2);
        QCOMPARE(model.spanMs(), 3500);
        QCOMPARE(model.totalTokens(), 60);
        QCOMPARE(Decimal::compare(model.totalCost(), QStringLiteral("0.0004938")), 0);
        QCOMPARE(model.index(1, 0).data(TraceModel::OffsetFractionRole).toDouble(), 1000.0 / 3500.0);
        QCOMPARE(model.index(1, 0).data(TraceModel::WidthFractionRole).toDouble(), 500.0 / 3500.0);
    }

    void tenThousandNodeTraceBuildsFast()
    {
        ExecutionDetail detail;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 10000; ++i) {
            ExecutionNode node;
            node.seq = i + 1;
            node.status = QStringLiteral("succeeded");
            node.startedAt = t0.addMSecs(i * 10);
            node.finishedAt = t0.addMSecs(i * 10 + 8);
            node.costUsd = QStringLiteral("0.00000100");
            detail.nodes.append(node);
        }
        TraceModel model;
        QElapsedTimer timer;
        timer.start();
        model.setTrace(detail);
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(Decimal::compare(model.totalCost(), QStringLiteral("0.01")), 0);
        QCOMPARE(model.rowCount(), 10000);
    }

    void jobDataWithoutATenantHasNone()
    {
        QCOMPARE(QueueRepository::tenantOf("{\"tenantId\":\"abc\"}"), QStringLiteral("abc"));
        QCOMPARE(QueueRepository::tenantOf("{\"tenantId\":42}"), QString());
        QCOMPARE(QueueRepository::tenantOf("[1,2]"), QString());
        QCOMPARE(QueueRepository::tenantOf("not json"), QString());
        QCOMPARE(QueueRepository::tenantOf(QByteArray()), QString());
        QVERIFY(!QueueRepository::validateQueueName(QStringLiteral("a:b")).isEmpty());
        QVERIFY(!QueueRepository::validateQueueName(QStringLiteral("runs*")).isEmpty());
        QVERIFY(QueueRepository::validateQueueName(QStringLiteral("workflow-runs")).isEmpty());
        QVERIFY(!QueueRepository::validateJobId(QStringLiteral("1 2")).isEmpty());
    }

    // A job hash decodes to what the list and the CLI show: whole-number fields printed exactly (they
    // went out as doubles, 9007199254740993 printed as 9007199254740992), the reason's first line in the
    // summary, a non-JSON stack kept as one entry.
    void jobHashDecodesExactly()
    {
        const QHash<QByteArray, QByteArray> hash{{"delay", "9007199254740993"},
                                                 {"priority", "-9223372036854775808"},
                                                 {"failedReason", "first line\nsecond"},
                                                 {"stacktrace", "not a JSON array"},
                                                 {"timestamp", "1700000000000"},
                                                 {"data", "{\"tenantId\":\"t1\"}"}};
        const JobDetail job
            = BullJob::detail(QStringLiteral("q"), QStringLiteral("7"), QStringLiteral("failed"), false, hash);
        const QByteArray printed = QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(printed.contains("\"delay_ms\":9007199254740993"), printed.constData());
        QVERIFY2(printed.contains("\"priority\":-9223372036854775808"), printed.constData());
        QCOMPARE(job.summary.failedReason, QStringLiteral("first line"));
        QCOMPARE(job.failedReason, QStringLiteral("first line\nsecond"));
        QCOMPARE(job.stacktrace, QStringList{QStringLiteral("not a JSON array")});
        QCOMPARE(job.summary.tenantId, QStringLiteral("t1"));
        QCOMPARE(job.summary.createdAt.toMSecsSinceEpoch(), 1700000000000);
    }
};

QTEST_GUILESS_MAIN(TestExecutionModels)
#include "TestExecutionModels.moc"
