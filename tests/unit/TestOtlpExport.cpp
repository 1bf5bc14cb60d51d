#include <models/executions/OtlpExport.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

// An execution as OTLP JSON: ids, parents, times, the GenAI attributes of LLM nodes, failures as error
// status and exception events, our own fields under tenantscope.*.
class TestOtlpExport : public QObject
{
    Q_OBJECT

private:
    static QJsonObject attributes(const QJsonObject& span)
    {
        QJsonObject flat;
        for (const QJsonValue& attribute : span.value(QStringLiteral("attributes")).toArray())
            flat.insert(attribute[QStringLiteral("key")].toString(), attribute[QStringLiteral("value")]);
        return flat;
    }

private slots:
    void anExecutionBecomesOneTrace()
    {
        ExecutionDetail run;
        run.summary.id = QStringLiteral("0b0e6f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        run.summary.tenantId = QStringLiteral("dd79af9f-27e3-261e-9867-e80db826f866");
        run.summary.workflow = QStringLiteral("Resume screening");
        run.summary.status = QStringLiteral("failed");
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
        llm.startedAt = run.summary.startedAt;
        llm.finishedAt = llm.startedAt.addMSecs(1500);
        llm.output = QStringLiteral(R"({"content":"Here","finish_reason":"stop"})");
        ExecutionNode failed = llm;
        failed.seq = 2;
        failed.key = QStringLiteral("llm_2");
        failed.status = QStringLiteral("failed");
        failed.model = QStringLiteral("claude-sonnet-4");
        failed.output.clear();
        failed.errorCode = QStringLiteral("429");
        failed.errorMessage = QStringLiteral("rate limited");
        run.nodes = {llm, failed};

        const QJsonObject otlp = OtlpExport::traces(run,
                                                    {{QStringLiteral("gpt-4.1-mini"), QStringLiteral("openai")},
                                                     {QStringLiteral("claude-sonnet-4"), QStringLiteral("anthropic")}});
        const QJsonArray spans
            = otlp[QStringLiteral("resourceSpans")][0][QStringLiteral("scopeSpans")][0][QStringLiteral("spans")]
                  .toArray();
        QCOMPARE(spans.size(), 3);
        static const QRegularExpression traceHex(QStringLiteral("^[0-9a-f]{32}$"));
        static const QRegularExpression spanHex(QStringLiteral("^[0-9a-f]{16}$"));
        QSet<QString> ids;
        const QString root = spans.at(0)[QStringLiteral("spanId")].toString();
        for (const QJsonValue& span : spans) {
            QVERIFY(traceHex.match(span[QStringLiteral("traceId")].toString()).hasMatch());
            QVERIFY(spanHex.match(span[QStringLiteral("spanId")].toString()).hasMatch());
            ids.insert(span[QStringLiteral("spanId")].toString());
        }
        QCOMPARE(ids.size(), 3);
        QVERIFY(!spans.at(0).toObject().contains(QStringLiteral("parentSpanId")));
        QCOMPARE(spans.at(1)[QStringLiteral("parentSpanId")].toString(), root);
        QCOMPARE(spans.at(1)[QStringLiteral("startTimeUnixNano")].toString(),
                 QString::number(llm.startedAt.toMSecsSinceEpoch()) + QStringLiteral("000000"));

        const QJsonObject chat = attributes(spans.at(1).toObject());
        QCOMPARE(chat[QStringLiteral("gen_ai.operation.name")][QStringLiteral("stringValue")].toString(),
                 QStringLiteral("chat"));
        QCOMPARE(chat[QStringLiteral("gen_ai.provider.name")][QStringLiteral("stringValue")].toString(),
                 QStringLiteral("openai"));
        QCOMPARE(chat[QStringLiteral("gen_ai.request.model")][QStringLiteral("stringValue")].toString(),
                 QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(chat[QStringLiteral("gen_ai.usage.input_tokens")][QStringLiteral("intValue")].toString(),
                 QStringLiteral("1141"));
        QCOMPARE(chat[QStringLiteral("gen_ai.usage.output_tokens")][QStringLiteral("intValue")].toString(),
                 QStringLiteral("1041"));
        QCOMPARE(chat[QStringLiteral("gen_ai.response.finish_reasons")][QStringLiteral("arrayValue")]
                     [QStringLiteral("values")][0][QStringLiteral("stringValue")]
                         .toString(),
                 QStringLiteral("stop"));
        QCOMPARE(chat[QStringLiteral("tenantscope.node.key")][QStringLiteral("stringValue")].toString(),
                 QStringLiteral("llm_1"));
        QCOMPARE(spans.at(1)[QStringLiteral("status")][QStringLiteral("code")].toInt(), 1);

        const QJsonObject error = spans.at(2).toObject();
        QCOMPARE(error[QStringLiteral("status")][QStringLiteral("code")].toInt(), 2);
        QCOMPARE(error[QStringLiteral("status")][QStringLiteral("message")].toString(), QStringLiteral("rate limited"));
        const QJsonObject event = error[QStringLiteral("events")][0].toObject();
        QCOMPARE(event[QStringLiteral("name")].toString(), QStringLiteral("exception"));
        QCOMPARE(attributes(event)[QStringLiteral("exception.type")][QStringLiteral("stringValue")].toString(),
                 QStringLiteral("429"));
        QCOMPARE(
            attributes(spans.at(0).toObject())[QStringLiteral("tenantscope.tenant.id")][QStringLiteral("stringValue")]
                .toString(),
            run.summary.tenantId);
    }
};

QTEST_GUILESS_MAIN(TestOtlpExport)
#include "TestOtlpExport.moc"
