#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/operations/TraceOperations.h>
#include <net/PgSession.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The OpenTelemetry JavaScript SDK from npm (@opentelemetry/sdk-trace-base and the OTLP JSON serializer of
// @opentelemetry/otlp-transformer, in Node) on both sides of TenantScope's OTLP JSON: a trace its tracer
// made and its serializer wrote opens in our reader span for span, and a demo execution TenantScope
// exported reads back into the SDK's spans and serializes again to the same fields (a tampered export is
// caught, so the comparison is live).
class TestOtlpInterop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<PgSession> m_admin;
    QTemporaryDir m_dir;

    struct NodeRun
    {
        int exitCode = -1;
        QJsonObject summary;
        QByteArray errors;
    };

    static NodeRun node(const QString& mode, const QString& path)
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.start(QStringLiteral(TS_NODE), {QStringLiteral("otlp_interop.mjs"), mode, path});
        if (!node.waitForFinished(60000))
            node.kill();
        NodeRun run;
        run.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
        run.summary = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
        run.errors = node.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
        m_admin = TestServers::adminPg();
        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_services->connectAll();
    }

    void aTraceTheSdkWroteOpensSpanForSpan()
    {
        const QString path = m_dir.filePath(QStringLiteral("sdk.json"));
        const NodeRun made = node(QStringLiteral("produce"), path);
        QVERIFY2(made.exitCode == 0, made.errors.constData());
        const QJsonArray written = made.summary.value(QStringLiteral("spans")).toArray();
        QCOMPARE(written.size(), 5);

        auto future = TraceOperations::openOtlp(path);
        QVERIFY(awaitFuture(future, 30000));
        QVERIFY2(future.result().ok(), qPrintable(future.result().error));
        const OtlpTraceFile& file = future.result().value;
        QVERIFY2(file.warnings.isEmpty(), qPrintable(file.warnings.join(u'\n')));
        QCOMPARE(file.services, QStringList{QStringLiteral("otel-js-agent")});
        QCOMPARE(file.traces.size(), 1);
        const ExecutionDetail& trace = file.traces.first();
        QCOMPARE(trace.summary.id, made.summary.value(QStringLiteral("traceId")).toString());
        QCOMPARE(trace.summary.workflow, QStringLiteral("POST /agent"));
        QCOMPARE(trace.summary.status, QStringLiteral("failed"));
        QCOMPARE(trace.summary.totalTokens, qint64(1141 + 1041 + 120));

        // Every span the SDK wrote, each under its parent: depth from the SDK's own parent ids.
        QHash<QString, QString> parentOf;
        QHash<QString, QString> nameOf;
        for (const QJsonValue& span : written) {
            parentOf.insert(span[QStringLiteral("spanId")].toString(), span[QStringLiteral("parentSpanId")].toString());
            nameOf.insert(span[QStringLiteral("spanId")].toString(), span[QStringLiteral("name")].toString());
        }
        QHash<QString, int> depthByName;
        for (auto it = parentOf.begin(); it != parentOf.end(); ++it) {
            int depth = 0;
            for (QString up = it.value(); !up.isEmpty(); up = parentOf.value(up))
                ++depth;
            depthByName.insert(nameOf.value(it.key()), depth);
        }
        QCOMPARE(trace.nodes.size(), written.size());
        QSet<QString> seen;
        for (const ExecutionNode& n : trace.nodes) {
            QVERIFY2(depthByName.contains(n.key), qPrintable(n.key));
            QCOMPARE(n.depth, depthByName.value(n.key));
            seen.insert(n.key);
        }
        QCOMPARE(seen.size(), written.size());
        QCOMPARE(trace.nodes.first().key, QStringLiteral("POST /agent"));
        QCOMPARE(trace.nodes.at(1).key, QStringLiteral("agent step"));

        for (const ExecutionNode& n : trace.nodes) {
            if (n.key == QLatin1String("chat gpt-4.1-mini")) {
                QCOMPARE(n.type, QStringLiteral("llm"));
                QCOMPARE(n.model, QStringLiteral("gpt-4.1-mini"));
                QCOMPARE(n.promptTokens, qint64(1141));
                QCOMPARE(n.completionTokens, qint64(1041));
                QCOMPARE(n.status, QStringLiteral("succeeded"));
            } else if (n.key == QLatin1String("chat claude-sonnet-4")) {
                QCOMPARE(n.status, QStringLiteral("failed"));
                QCOMPARE(n.errorCode, QStringLiteral("OverloadedError"));
                QCOMPARE(n.errorMessage, QStringLiteral("529 overloaded"));
                QVERIFY2(n.errorStack.contains(QStringLiteral("otlp_interop.mjs")), qPrintable(n.errorStack));
            } else if (n.key == QLatin1String("POST /agent")) {
                QCOMPARE(n.type, QStringLiteral("server"));
                QVERIFY2(n.input.contains(QStringLiteral("\"http.request.method\":\"POST\"")), qPrintable(n.input));
            }
        }
    }

    void ourExportReadsBackThroughTheSdk()
    {
        // A failed demo run with LLM calls: status, errors and gen_ai.* all in play.
        const PgResult picked = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT e.id::text FROM executions e WHERE e.status = 'failed' AND "
                           "(SELECT count(*) FROM execution_nodes n WHERE n.execution_id = e.id AND n.model IS NOT "
                           "NULL) >= 2 ORDER BY e.created_at DESC LIMIT 1"));
        QVERIFY2(picked.ok() && !picked.rows.isEmpty(), qPrintable(picked.error));
        const QString id = picked.scalar().toString();
        const QString path = m_dir.filePath(QStringLiteral("ours.json"));
        auto exported = m_services->traces()->exportOtlp(id, path);
        QVERIFY(awaitFuture(exported, 60000));
        QVERIFY2(exported.result().ok(), qPrintable(exported.result().error));
        const OtlpWritten& written = exported.result().value;
        QVERIFY(written.llmSpans >= 2);

        const NodeRun read = node(QStringLiteral("readback"), path);
        qInfo("OpenTelemetry JS SDK: %s", QJsonDocument(read.summary).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(read.exitCode == 0, read.errors.constData());
        QCOMPARE(read.summary.value(QStringLiteral("mismatched")).toInt(-1), 0);
        QCOMPARE(read.summary.value(QStringLiteral("spans")).toInt(), written.spans);
        QCOMPARE(read.summary.value(QStringLiteral("llmSpans")).toInt(), written.llmSpans);
        const QJsonObject genAi = read.summary.value(QStringLiteral("genAi")).toObject();
        for (const char* key : {"gen_ai.operation.name",
                                "gen_ai.provider.name",
                                "gen_ai.request.model",
                                "gen_ai.usage.input_tokens",
                                "gen_ai.usage.output_tokens"})
            QVERIFY2(genAi.contains(QLatin1String(key)), key);
        // The failed node: an error status with the exception event, as the SDK's recordException writes it.
        bool exceptionSeen = false;
        for (const QJsonValue& failed : read.summary.value(QStringLiteral("failed")).toArray())
            exceptionSeen |= failed[QStringLiteral("events")].toArray().contains(QStringLiteral("exception"));
        QVERIFY(exceptionSeen);

        // Our reader gives the run back too.
        const Fetched<OtlpTraceFile> back = OtlpTraceFile::readNow(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.value.traces.first().summary.id, id);
        QCOMPARE(back.value.spans, written.spans);
        QCOMPARE(back.value.traces.first().nodes.size() + 1, written.spans); // the run's own span is the run

        // A field name the SDK's OTLP JSON does not have is caught: the comparison is live.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("\"parentSpanId\""));
        bytes.replace("\"parentSpanId\"", "\"parentSpanID\"");
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const NodeRun caught = node(QStringLiteral("readback"), tampered);
        QCOMPARE(caught.exitCode, 1);
        QVERIFY(caught.summary.value(QStringLiteral("mismatched")).toInt() > 0);
    }
};

QTEST_MAIN(TestOtlpInterop)
#include "TestOtlpInterop.moc"
