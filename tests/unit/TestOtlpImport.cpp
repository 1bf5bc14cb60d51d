#include <models/executions/OtlpExport.h>
#include <models/executions/OtlpImport.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// OTLP JSON read into the waterfall: our own export comes back as it was; another producer's nested spans
// become nodes with their depth, GenAI attributes and errors; bad files are refused with the reason, and
// broken parent links are said, never crash.
class TestOtlpImport : public QObject
{
    Q_OBJECT

private:
    static ExecutionDetail failedRun()
    {
        ExecutionDetail run;
        run.summary.id = QStringLiteral("0b0e6f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        run.summary.tenantId = QStringLiteral("dd79af9f-27e3-261e-9867-e80db826f866");
        run.summary.tenantName = QStringLiteral("Acme");
        run.summary.workflow = QStringLiteral("Resume screening");
        run.summary.status = QStringLiteral("failed");
        run.summary.costUsd = QStringLiteral("0.012500");
        run.summary.startedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        run.summary.finishedAt = run.summary.startedAt.addSecs(3);
        ExecutionNode llm;
        llm.seq = 1;
        llm.key = QStringLiteral("llm_1");
        llm.type = QStringLiteral("llm");
        llm.status = QStringLiteral("succeeded");
        llm.model = QStringLiteral("gpt-4.1-mini");
        llm.promptTokens = 1141;
        llm.completionTokens = 1041;
        llm.costUsd = QStringLiteral("0.012500");
        llm.startedAt = run.summary.startedAt;
        llm.finishedAt = llm.startedAt.addMSecs(1500);
        llm.input = QStringLiteral(R"({"messages":[{"content":"Hi","role":"user"}],"model":"gpt-4.1-mini"})");
        llm.output = QStringLiteral(R"({"content":"Here","finish_reason":"stop"})");
        ExecutionNode failed = llm;
        failed.seq = 2;
        failed.key = QStringLiteral("http_2");
        failed.type = QStringLiteral("http");
        failed.model.clear();
        failed.promptTokens = failed.completionTokens = 0;
        failed.costUsd = QStringLiteral("0");
        failed.status = QStringLiteral("failed");
        failed.attempt = 3;
        failed.startedAt = llm.finishedAt;
        failed.finishedAt = failed.startedAt.addMSecs(700);
        failed.output.clear();
        failed.errorCode = QStringLiteral("HTTP_502");
        failed.errorMessage = QStringLiteral("bad gateway");
        failed.errorStack = QStringLiteral("at fetch (http.ts:12)");
        run.nodes = {llm, failed};
        return run;
    }

    static QJsonObject value(const QJsonValue& plain)
    {
        if (plain.isDouble())
            return {{QStringLiteral("intValue"), QString::number(qint64(plain.toDouble()))}};
        return {{QStringLiteral("stringValue"), plain.toString()}};
    }

    static QJsonObject span(const QString& trace,
                            const QString& id,
                            const QString& parent,
                            const QString& name,
                            qint64 startMs,
                            qint64 endMs,
                            const QJsonObject& attributes = {})
    {
        QJsonArray list;
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            list.append(QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), value(it.value())}});
        QJsonObject json{{QStringLiteral("traceId"), trace},
                         {QStringLiteral("spanId"), id},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("kind"), 1},
                         {QStringLiteral("startTimeUnixNano"), QString::number(startMs * 1000000)},
                         {QStringLiteral("endTimeUnixNano"), QString::number(endMs * 1000000)},
                         {QStringLiteral("attributes"), list}};
        if (!parent.isEmpty())
            json.insert(QStringLiteral("parentSpanId"), parent);
        return json;
    }

    static QByteArray request(const QJsonArray& spans)
    {
        const QJsonObject resource{
            {QStringLiteral("attributes"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("service.name")},
                                    {QStringLiteral("value"), value(QStringLiteral("agent-runtime"))}}}}};
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("resourceSpans"),
                                QJsonArray{QJsonObject{{QStringLiteral("resource"), resource},
                                                       {QStringLiteral("scopeSpans"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("spans"), spans}}}}}}}})
            .toJson(QJsonDocument::Compact);
    }

    static const QString& trace()
    {
        static const QString id = QStringLiteral("5b8efff798038103d269b633813fc60c");
        return id;
    }

private slots:
    void ourExportComesBackAsItWas()
    {
        const ExecutionDetail run = failedRun();
        const QByteArray file = QJsonDocument(OtlpExport::traces(run, {})).toJson();
        const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(file);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value.traces.size(), 1);
        QVERIFY(read.value.warnings.isEmpty());
        QCOMPARE(read.value.services, QStringList{QStringLiteral("tenantscope-export")});
        const ExecutionDetail& back = read.value.traces.first();
        QCOMPARE(back.summary.id, run.summary.id);
        QCOMPARE(back.summary.tenantId, run.summary.tenantId);
        QCOMPARE(back.summary.tenantName, run.summary.tenantName);
        QCOMPARE(back.summary.workflow, run.summary.workflow);
        QCOMPARE(back.summary.status, run.summary.status);
        QCOMPARE(back.summary.costUsd, run.summary.costUsd);
        QCOMPARE(back.summary.startedAt, run.summary.startedAt);
        QCOMPARE(back.summary.finishedAt, run.summary.finishedAt);
        QCOMPARE(back.summary.totalTokens, qint64(1141 + 1041));
        QCOMPARE(back.summary.errorCode, QStringLiteral("HTTP_502"));
        QCOMPARE(back.nodes.size(), run.nodes.size());
        for (int i = 0; i < run.nodes.size(); ++i) {
            const ExecutionNode& want = run.nodes.at(i);
            const ExecutionNode& got = back.nodes.at(i);
            QCOMPARE(got.seq, want.seq);
            QCOMPARE(got.depth, 0);
            QCOMPARE(got.key, want.key);
            QCOMPARE(got.type, want.type);
            QCOMPARE(got.status, want.status);
            QCOMPARE(got.attempt, want.attempt);
            QCOMPARE(got.model, want.model);
            QCOMPARE(got.promptTokens, want.promptTokens);
            QCOMPARE(got.completionTokens, want.completionTokens);
            QCOMPARE(got.costUsd, want.costUsd);
            QCOMPARE(got.startedAt, want.startedAt);
            QCOMPARE(got.finishedAt, want.finishedAt);
            QCOMPARE(got.input, want.input);
            QCOMPARE(got.output, want.output);
            QCOMPARE(got.errorCode, want.errorCode);
            QCOMPARE(got.errorMessage, want.errorMessage);
            QCOMPARE(got.errorStack, want.errorStack);
        }
    }

    void anotherProducersSpansNestInTimeOrder()
    {
        // Written out of order on purpose: the reader orders by parent, then start time.
        QJsonObject failing = span(trace(),
                                   QStringLiteral("00000000000000c2"),
                                   QStringLiteral("00000000000000b1"),
                                   QStringLiteral("chat claude-sonnet-4"),
                                   1300,
                                   1900,
                                   {{QStringLiteral("gen_ai.operation.name"), QStringLiteral("chat")},
                                    {QStringLiteral("gen_ai.request.model"), QStringLiteral("claude-sonnet-4")},
                                    {QStringLiteral("gen_ai.usage.input_tokens"), 120},
                                    {QStringLiteral("gen_ai.usage.output_tokens"), 0}});
        failing.insert(
            QStringLiteral("status"),
            QJsonObject{{QStringLiteral("code"), 2}, {QStringLiteral("message"), QStringLiteral("overloaded")}});
        failing.insert(
            QStringLiteral("events"),
            QJsonArray{QJsonObject{
                {QStringLiteral("name"), QStringLiteral("exception")},
                {QStringLiteral("attributes"),
                 QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("exception.type")},
                                        {QStringLiteral("value"), value(QStringLiteral("OverloadedError"))}},
                            QJsonObject{{QStringLiteral("key"), QStringLiteral("exception.message")},
                                        {QStringLiteral("value"), value(QStringLiteral("529 overloaded"))}}}}}});
        const QJsonArray spans{
            failing,
            span(trace(),
                 QStringLiteral("00000000000000c1"),
                 QStringLiteral("00000000000000b1"),
                 QStringLiteral("retrieve"),
                 1100,
                 1250,
                 {{QStringLiteral("db.system"), QStringLiteral("postgresql")}}),
            span(trace(), QStringLiteral("00000000000000a1"), {}, QStringLiteral("POST /agent"), 1000, 2000),
            span(trace(),
                 QStringLiteral("00000000000000b1"),
                 QStringLiteral("00000000000000a1"),
                 QStringLiteral("agent step"),
                 1050,
                 1950)};
        const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(request(spans));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.value.warnings.isEmpty());
        QCOMPARE(read.value.spans, 4);
        QCOMPARE(read.value.services, QStringList{QStringLiteral("agent-runtime")});
        const ExecutionDetail& run = read.value.traces.first();
        QCOMPARE(run.summary.id, trace());
        QCOMPARE(run.summary.workflow, QStringLiteral("POST /agent"));
        QCOMPARE(run.summary.status, QStringLiteral("failed"));
        QCOMPARE(run.summary.errorMessage, QStringLiteral("529 overloaded"));
        QCOMPARE(run.summary.startedAt.toMSecsSinceEpoch(), qint64(1000));
        QCOMPARE(run.summary.finishedAt.toMSecsSinceEpoch(), qint64(2000));
        QStringList keys;
        QList<int> depths;
        for (const ExecutionNode& node : run.nodes) {
            keys << node.key;
            depths << node.depth;
        }
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("POST /agent"),
                              QStringLiteral("agent step"),
                              QStringLiteral("retrieve"),
                              QStringLiteral("chat claude-sonnet-4")}));
        QCOMPARE(depths, (QList<int>{0, 1, 2, 2}));
        const ExecutionNode& chat = run.nodes.at(3);
        QCOMPARE(chat.seq, 4);
        QCOMPARE(chat.type, QStringLiteral("llm"));
        QCOMPARE(chat.model, QStringLiteral("claude-sonnet-4"));
        QCOMPARE(chat.promptTokens, qint64(120));
        QCOMPARE(chat.status, QStringLiteral("failed"));
        QCOMPARE(chat.errorCode, QStringLiteral("OverloadedError"));
        QCOMPARE(chat.errorMessage, QStringLiteral("529 overloaded"));
        QCOMPARE(run.nodes.at(2).type, QStringLiteral("internal"));
        QVERIFY2(run.nodes.at(2).input.contains(QStringLiteral("\"db.system\":\"postgresql\"")),
                 qPrintable(run.nodes.at(2).input)); // a foreign span's attributes are what it shows
    }

    void base64IdsAndJsonLinesAreRead()
    {
        // Protobuf's own JSON mapping writes ids as base64; the Collector's file exporter writes one
        // request per line.
        const QString trace64 = QString::fromLatin1(QByteArray::fromHex(trace().toLatin1()).toBase64());
        const QString span64 = QString::fromLatin1(QByteArray::fromHex("00000000000000a1").toBase64());
        const QByteArray lines = request({span(trace64, span64, {}, QStringLiteral("first"), 10, 20)}) + '\n'
            + request({span(trace(),
                            QStringLiteral("00000000000000a2"),
                            QStringLiteral("00000000000000a1"),
                            QStringLiteral("second"),
                            12,
                            18)})
            + '\n';
        const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(lines);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value.traces.size(), 1);
        QCOMPARE(read.value.traces.first().summary.id, trace());
        QCOMPARE(read.value.traces.first().nodes.size(), 2);
        QCOMPARE(read.value.traces.first().nodes.at(1).depth, 1);
    }

    void badFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"resourceSpans\": [") << QStringLiteral("not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("a JSON array") << QByteArray("[1,2]") << QStringLiteral("not OTLP traces");
        QTest::newRow("another JSON") << QByteArray(R"({"name":"x"})") << QStringLiteral("no \"resourceSpans\"");
        QTest::newRow("logs") << QByteArray(R"({"resourceLogs":[]})") << QStringLiteral("OTLP logs");
        QTest::newRow("metrics") << QByteArray(R"({"resourceMetrics":[]})") << QStringLiteral("OTLP metrics");
        QTest::newRow("a snapshot") << QByteArray(R"({"format":"tenantscope-support-snapshot"})")
                                    << QStringLiteral("\"tenantscope-support-snapshot\" file");
        QTest::newRow("no span") << QByteArray(R"({"resourceSpans":[{"scopeSpans":[{"spans":[]}]}]})")
                                 << QStringLiteral("holds no span");
        QTest::newRow("a bad second line")
            << (request({span(trace(), QStringLiteral("00000000000000a1"), {}, QStringLiteral("x"), 1, 2)})
                + "\n{oops\n")
            << QStringLiteral("Line 2");
        QTest::newRow("only invalid ids")
            << request({span(QStringLiteral("xyz"), QStringLiteral("00000000000000a1"), {}, QStringLiteral("x"), 1, 2)})
            << QStringLiteral("not a valid id");
        QTest::newRow("a cycle") << request({span(trace(),
                                                  QStringLiteral("00000000000000a1"),
                                                  QStringLiteral("00000000000000a2"),
                                                  QStringLiteral("x"),
                                                  1,
                                                  2),
                                             span(trace(),
                                                  QStringLiteral("00000000000000a2"),
                                                  QStringLiteral("00000000000000a1"),
                                                  QStringLiteral("y"),
                                                  1,
                                                  2)})
                                 << QStringLiteral("form a cycle");
    }

    void badFilesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(file);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(reason), qPrintable(read.error));
    }

    void aTooLargeFileIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(OtlpTraceFile::kMaxFileBytes + 1)); // sparse: nothing is written
        file.close();
        auto future = OtlpTraceFile::read(path);
        future.waitForFinished();
        QVERIFY(!future.result().ok());
        QVERIFY2(future.result().error.contains(QStringLiteral("up to 64 MB")), qPrintable(future.result().error));
        QVERIFY(!OtlpTraceFile::fromBytes(QByteArray(OtlpTraceFile::kMaxFileBytes + 1, ' ')).ok());
        auto missing = OtlpTraceFile::read(dir.filePath(QStringLiteral("absent.json")));
        missing.waitForFinished();
        QVERIFY2(missing.result().error.contains(QStringLiteral("not a file")), qPrintable(missing.result().error));
    }

    void brokenLinksAreSaidAndTheRestIsShown()
    {
        const QString other = QStringLiteral("00000000000000000000000000000001");
        const QJsonArray spans{
            span(trace(), QStringLiteral("00000000000000a1"), {}, QStringLiteral("root"), 1, 10),
            span(trace(),
                 QStringLiteral("00000000000000a2"),
                 QStringLiteral("00000000000000ff"),
                 QStringLiteral("orphan"),
                 2,
                 3),
            span(trace(), QStringLiteral("00000000000000a1"), {}, QStringLiteral("duplicate"), 1, 10),
            span(other,
                 QStringLiteral("00000000000000b1"),
                 QStringLiteral("00000000000000b2"),
                 QStringLiteral("c1"),
                 1,
                 2),
            span(other,
                 QStringLiteral("00000000000000b2"),
                 QStringLiteral("00000000000000b1"),
                 QStringLiteral("c2"),
                 1,
                 2),
            span(trace(), QStringLiteral("not-an-id"), {}, QStringLiteral("bad id"), 1, 2)};
        const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(request(spans));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value.traces.size(), 1);
        QCOMPARE(read.value.spans, 2);
        const QString warnings = read.value.warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("1 span(s) name a parent the file does not hold")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("appears twice")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("Trace %1 was left out").arg(other)), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("\"bad id\" was left out")), qPrintable(warnings));
        QCOMPARE(read.value.traces.first().nodes.at(1).key, QStringLiteral("orphan"));
        QCOMPARE(read.value.traces.first().nodes.at(1).depth, 0);
    }

    void aDeepChainIsReadWithoutRecursion()
    {
        // 100,000 spans each the child of the one before: no stack is deep enough for a recursive walk.
        constexpr int kSpans = 100000;
        QJsonArray spans;
        for (int i = 0; i < kSpans; ++i)
            spans.append(span(trace(),
                              QStringLiteral("%1").arg(i + 1, 16, 16, QLatin1Char('0')),
                              i == 0 ? QString() : QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('0')),
                              QStringLiteral("step"),
                              1000 + i,
                              1000 + i + 1));
        const QByteArray file = request(spans);
        QElapsedTimer timer;
        timer.start();
        const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(file);
        const qint64 ms = timer.elapsed();
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value.spans, kSpans);
        QCOMPARE(read.value.traces.first().nodes.last().depth, kSpans - 1);
        qInfo("read %d nested spans (%lld bytes) in %lld ms", kSpans, qint64(file.size()), ms);
    }
};

QTEST_GUILESS_MAIN(TestOtlpImport)
#include "TestOtlpImport.moc"
