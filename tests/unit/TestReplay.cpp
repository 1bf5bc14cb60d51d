#include <models/common/TextDiff.h>
#include <models/playground/RecordedCall.h>
#include <net/AnthropicFormat.h>
#include <net/ChatStream.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

// Replaying a recorded LLM call: the node's chat request read exactly (messages with tool calls and tool
// results, tools, model, parameters, the recorded answer), a node that recorded no chat request refused
// plainly, the request body each provider gets (OpenAI: the recorded messages as they were; Anthropic:
// converted by its documented format), and the word diff of the two answers.
class TestReplay : public QObject
{
    Q_OBJECT

private:
    static const QString& toolCallInput()
    {
        // Plain (not raw) string literals: moc does not read raw strings with quotes escaped inside them.
        static const QString input = QString::fromUtf8(
            "{\"model\":\"gpt-4o-mini\",\"temperature\":0.2,\"max_tokens\":800,\"top_p\":0.9,\"stop\":[\"END\"],\"seed"
            "\":7,\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"search_kb\",\"description\":\"Search the k"
            "nowledge base\",\"parameters\":{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},\"req"
            "uired\":[\"query\"]}}}],\"messages\":[{\"role\":\"system\",\"content\":\"Follow the tenant instruction"
            "s.\"},{\"role\":\"user\",\"content\":\"What is our refund policy?\"},{\"role\":\"assistant\",\"content\":"
            "null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"search_kb\","
            "\"argume"
            "nts\":\"{\\\"query\\\":\\\"refund "
            "policy\\\"}\"}},{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\""
            ":\"search_kb\",\"arguments\":\"{\\\"query\\\":\\\"receipt\\\"}\"}}]},{\"role\":\"tool\",\"tool_call_id\":"
            "\"call"
            "_1\",\"content\":\"Refunds within 30 days.\"},{\"role\":\"tool\",\"tool_call_id\":\"call_2\",\"content\":"
            "\"A receipt is needed.\"}]}");
        return input;
    }

    static ExecutionNode llmNode(const QString& input, const QString& output)
    {
        ExecutionNode node;
        node.seq = 5;
        node.key = QStringLiteral("llm_5");
        node.type = QStringLiteral("llm");
        node.model = QStringLiteral("gpt-4o-mini");
        node.status = QStringLiteral("succeeded");
        node.input = input;
        node.output = output;
        node.promptTokens = 1200;
        node.completionTokens = 80;
        node.costUsd = QStringLiteral("0.00022800");
        return node;
    }

    static ExecutionSummary run()
    {
        ExecutionSummary summary;
        summary.id = QStringLiteral("0b0e6f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        summary.tenantId = QStringLiteral("dd79af9f-27e3-261e-9867-e80db826f866");
        summary.tenantName = QStringLiteral("Acme");
        return summary;
    }

    static QJsonObject body(ChatRequest::Provider provider, const RecordedCall& call)
    {
        ChatRequest request;
        request.provider = provider;
        request.model = call.model;
        request.maxTokens = call.maxTokens.value_or(1024);
        request.temperature = call.temperature;
        request.recordedMessages = call.messages;
        request.tools = call.tools;
        request.extraParameters = call.extraParameters;
        QNetworkAccessManager network;
        HttpChatStream stream(&network, request, QString());
        return QJsonDocument::fromJson(stream.requestBody()).object();
    }

private slots:
    void aChatRequestIsReadExactly()
    {
        const Fetched<RecordedCall> read = RecordedCall::fromNode(
            run(),
            llmNode(toolCallInput(),
                    QStringLiteral("{\"content\":\"Refunds are accepted.\",\"finish_reason\":\"stop\"}")));
        QVERIFY2(read.ok(), qPrintable(read.error));
        const RecordedCall& call = read.value;
        const QJsonObject recorded = QJsonDocument::fromJson(toolCallInput().toUtf8()).object();
        QCOMPARE(call.messages, recorded.value(QStringLiteral("messages")).toArray());
        QCOMPARE(call.tools, recorded.value(QStringLiteral("tools")).toArray());
        QCOMPARE(call.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(call.temperature, std::optional<double>(0.2));
        QCOMPARE(call.maxTokens, std::optional<int>(800));
        QCOMPARE(call.extraParameters,
                 (QJsonObject{{QStringLiteral("top_p"), 0.9},
                              {QStringLiteral("stop"), QJsonArray{QStringLiteral("END")}},
                              {QStringLiteral("seed"), 7}}));
        QCOMPARE(call.toolCallCount(), 2);
        QCOMPARE(call.tenantId, run().tenantId);
        QCOMPARE(call.executionId, run().id);
        QCOMPARE(call.recordedAnswer, QStringLiteral("Refunds are accepted."));
        QCOMPARE(call.recordedCostUsd, QStringLiteral("0.00022800"));
        const QVector<RecordedCall::Line> lines = call.transcript();
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(2).role, QStringLiteral("assistant"));
        QVERIFY2(lines.at(2).text.contains(QStringLiteral("search_kb({\"query\":\"refund policy\"})")),
                 qPrintable(lines.at(2).text));
        QCOMPARE(lines.at(4).role, QStringLiteral("tool"));
        QVERIFY(lines.at(4).text.contains(QStringLiteral("Refunds within 30 days.")));
    }

    void recordedAnswersOfEachShapeAreRead_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("answer");
        QTest::newRow("platform") << "{\"content\":\"Hi there\"}"
                                  << "Hi there";
        QTest::newRow("openai") << "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Hi there\"}}]}"
                                << "Hi there";
        QTest::newRow("anthropic")
            << "{\"content\":[{\"type\":\"text\",\"text\":\"Hi \"},{\"type\":\"text\",\"text\":\"there\"}]}"
            << "Hi there";
        QTest::newRow("failed") << ""
                                << "";
    }

    void recordedAnswersOfEachShapeAreRead()
    {
        QFETCH(QString, output);
        QFETCH(QString, answer);
        const Fetched<RecordedCall> read = RecordedCall::fromNode(run(), llmNode(toolCallInput(), output));
        QVERIFY(read.ok());
        QCOMPARE(read.value.recordedAnswer, answer);
    }

    void aNodeThatRecordedNoChatRequestSaysSo_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("said");
        QTest::newRow("a prompt") << "{\"prompt\":\"Summarize\"}"
                                  << "did not record a chat request";
        QTest::newRow("no input") << ""
                                  << "did not record a chat request";
        QTest::newRow("not JSON") << "Summarize this"
                                  << "did not record a chat request";
        QTest::newRow("empty messages") << "{\"messages\":[]}"
                                        << "did not record a chat request";
        QTest::newRow("a message without a role") << "{\"messages\":[{\"content\":\"hi\"}]}"
                                                  << "not all chat messages";
    }

    void aNodeThatRecordedNoChatRequestSaysSo()
    {
        QFETCH(QString, input);
        QFETCH(QString, said);
        const Fetched<RecordedCall> read = RecordedCall::fromNode(run(), llmNode(input, {}));
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(said), qPrintable(read.error));
        QVERIFY(read.error.contains(QStringLiteral("llm_5")));
    }

    void openAiGetsTheRecordedMessagesAsTheyWere()
    {
        const RecordedCall call = RecordedCall::fromNode(run(), llmNode(toolCallInput(), {})).value;
        const QJsonObject sent = body(ChatRequest::Provider::OpenAi, call);
        QCOMPARE(sent.value(QStringLiteral("messages")).toArray(), call.messages);
        QCOMPARE(sent.value(QStringLiteral("tools")).toArray(), call.tools);
        QCOMPARE(sent.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(sent.value(QStringLiteral("temperature")).toDouble(), 0.2);
        QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 800);
        QCOMPARE(sent.value(QStringLiteral("top_p")).toDouble(), 0.9);
        QCOMPARE(sent.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(sent.value(QStringLiteral("stop")).toArray(), QJsonArray{QStringLiteral("END")});
        QCOMPARE(sent.value(QStringLiteral("stream")).toBool(), true);
        QVERIFY(sent.value(QStringLiteral("stream_options"))[QStringLiteral("include_usage")].toBool());
    }

    void anthropicGetsThemInItsOwnFormat()
    {
        const RecordedCall call = RecordedCall::fromNode(run(), llmNode(toolCallInput(), {})).value;
        const QJsonObject sent = body(ChatRequest::Provider::Anthropic, call);
        QCOMPARE(sent.value(QStringLiteral("system")).toString(), QStringLiteral("Follow the tenant instructions."));
        const QJsonArray messages = sent.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3); // user, assistant's two tool_use, one user with both results
        QCOMPARE(messages.at(0)[QStringLiteral("content")].toString(), QStringLiteral("What is our refund policy?"));
        const QJsonArray uses = messages.at(1)[QStringLiteral("content")].toArray();
        QCOMPARE(messages.at(1)[QStringLiteral("role")].toString(), QStringLiteral("assistant"));
        QCOMPARE(uses.size(), 2);
        QCOMPARE(uses.at(0)[QStringLiteral("type")].toString(), QStringLiteral("tool_use"));
        QCOMPARE(uses.at(0)[QStringLiteral("id")].toString(), QStringLiteral("call_1"));
        QCOMPARE(uses.at(0)[QStringLiteral("name")].toString(), QStringLiteral("search_kb"));
        QCOMPARE(uses.at(0)[QStringLiteral("input")].toObject(),
                 (QJsonObject{{QStringLiteral("query"), QStringLiteral("refund policy")}}));
        const QJsonArray results = messages.at(2)[QStringLiteral("content")].toArray();
        QCOMPARE(messages.at(2)[QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1)[QStringLiteral("type")].toString(), QStringLiteral("tool_result"));
        QCOMPARE(results.at(1)[QStringLiteral("tool_use_id")].toString(), QStringLiteral("call_2"));
        QCOMPARE(results.at(1)[QStringLiteral("content")].toString(), QStringLiteral("A receipt is needed."));
        const QJsonObject tool = sent.value(QStringLiteral("tools")).toArray().first().toObject();
        QCOMPARE(tool.value(QStringLiteral("name")).toString(), QStringLiteral("search_kb"));
        QCOMPARE(tool.value(QStringLiteral("input_schema"))[QStringLiteral("required")].toArray(),
                 QJsonArray{QStringLiteral("query")});
        QCOMPARE(sent.value(QStringLiteral("stop_sequences")).toArray(), QJsonArray{QStringLiteral("END")});
        QCOMPARE(sent.value(QStringLiteral("top_p")).toDouble(), 0.9);
        QVERIFY(!sent.contains(QStringLiteral("seed"))); // not an Anthropic parameter
        QVERIFY(!sent.contains(QStringLiteral("stream_options")));
    }

    void answersAreDiffedWordByWord()
    {
        const QString recorded = QStringLiteral("Refunds are accepted within 30 days.");
        const QString fresh = QStringLiteral("Refunds are accepted within 14 days, with a receipt.");
        const TextDiff diff = TextDiff::between(recorded, fresh);
        QString first;
        QString second;
        for (const TextDiff::Part& part : diff.parts) {
            if (part.kind != TextDiff::Kind::Added)
                first += part.text;
            if (part.kind != TextDiff::Kind::Removed)
                second += part.text;
        }
        QCOMPARE(first, recorded);
        QCOMPARE(second, fresh);
        QCOMPARE(diff.removedWords, 2); // "30 " "days."
        QCOMPARE(diff.addedWords, 5); // "14 " "days, " "with " "a " "receipt."
        QVERIFY(!diff.same());
        QVERIFY(TextDiff::between(recorded, recorded).same());
        const QString html = TextDiff::between(QStringLiteral("<b>x</b>"), QStringLiteral("<i>y</i>")).toHtml();
        QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;")) && !html.contains(QStringLiteral("<b>")), qPrintable(html));
    }

    void longAnswersAreDiffedByLine()
    {
        QString recorded;
        QString fresh;
        for (int i = 0; i < 800; ++i) {
            recorded += QStringLiteral("line %1 of the answer\n").arg(i);
            fresh += QStringLiteral("line %1 of the %2\n")
                         .arg(i)
                         .arg(i % 100 == 0 ? QStringLiteral("reply") : QStringLiteral("answer"));
        }
        const TextDiff diff = TextDiff::between(recorded, fresh);
        QVERIFY(diff.byLine);
        QCOMPARE(diff.removedWords, 8); // lines here
        QCOMPARE(diff.addedWords, 8);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "TestReplay.moc"
