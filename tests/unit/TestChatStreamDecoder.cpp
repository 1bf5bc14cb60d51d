#include <net/ChatStreamDecoder.h>

#include <QTest>

#include <memory>

// Provider streams byte for byte as their documentation shows them, decoded whole and split in two at
// every byte boundary: the answer, the usage and the finish reason must always be the same.
class TestChatStreamDecoder : public QObject
{
    Q_OBJECT

    struct Decoded
    {
        QString text;
        std::optional<qint64> prompt;
        std::optional<qint64> completion;
        QString finish;
        bool done = false;
        QStringList errors;
    };

    template <typename Decoder> static Decoded decode(const QByteArray& stream, qsizetype cut)
    {
        Decoder decoder;
        QVector<ChatStreamEvent> events = decoder.feed(QByteArrayView(stream).first(cut));
        events += decoder.feed(QByteArrayView(stream).sliced(cut));
        Decoded d;
        for (const ChatStreamEvent& e : events) {
            switch (e.kind) {
            case ChatStreamEvent::Kind::Text:
                d.text += e.text;
                break;
            case ChatStreamEvent::Kind::Usage:
                if (e.promptTokens)
                    d.prompt = e.promptTokens;
                if (e.completionTokens)
                    d.completion = e.completionTokens;
                break;
            case ChatStreamEvent::Kind::Done:
                d.done = true;
                d.finish = e.finishReason;
                break;
            case ChatStreamEvent::Kind::Error:
                d.errors << e.errorType + u':' + e.text;
                break;
            }
        }
        return d;
    }

    template <typename Decoder> static void everySplit(const QByteArray& stream, const Decoded& expected)
    {
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            const Decoded d = decode<Decoder>(stream, cut);
            QVERIFY2(d.text == expected.text, qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(d.text)));
            QVERIFY2(d.prompt == expected.prompt && d.completion == expected.completion,
                     qPrintable(QString::number(cut)));
            QVERIFY2(d.done == expected.done && d.finish == expected.finish, qPrintable(QString::number(cut)));
            QVERIFY2(d.errors == expected.errors, qPrintable(d.errors.join(u'|')));
        }
    }

private slots:
    void openAiChunksWithUsage()
    {
        // As OpenAI documents the chat.completion.chunk stream with stream_options.include_usage.
        const QByteArray stream
            = "data: "
              "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-"
              "mini\","
              "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
              "\"content\":\"\"},"
              "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
              "data: "
              "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-"
              "mini\","
              "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"},"
              "\"logprobs\":null,"
              "\"finish_reason\":null}],\"usage\":null}\n\n"
              "data: "
              "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-"
              "mini\","
              "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" there, "
              "gr\\u00fc\\u00dfe\"},"
              "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n"
              "data: "
              "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-"
              "mini\","
              "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,"
              "\"finish_reason\":\"stop\"}],\"usage\":null}\n\n"
              "data: "
              "{\"id\":\"chatcmpl-123\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,\"model\":\"gpt-4o-"
              "mini\","
              "\"system_fingerprint\":\"fp_44709d6fcb\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_"
              "tokens\":4,"
              "\"total_tokens\":13}}\n\n"
              "data: [DONE]\n\n";
        Decoded expected;
        expected.text = QString::fromUtf8("Hello there, grüße");
        expected.prompt = 9;
        expected.completion = 4;
        expected.done = true;
        expected.finish = QStringLiteral("stop");
        everySplit<OpenAiStreamDecoder>(stream, expected);
        // CRLF line ends (some proxies) change nothing.
        QByteArray crlf = stream;
        crlf.replace("\n", "\r\n");
        everySplit<OpenAiStreamDecoder>(crlf, expected);
    }

    void openAiCompatibleErrorMidStream()
    {
        const QByteArray stream
            = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Par\"}}]}\n\n"
              "data: {\"error\":{\"message\":\"Rate limit reached for gpt-4o\",\"type\":\"requests\","
              "\"code\":\"rate_limit_exceeded\"}}\n\n";
        Decoded expected;
        expected.text = QStringLiteral("Par");
        expected.errors << QStringLiteral("requests:Rate limit reached for gpt-4o");
        everySplit<OpenAiStreamDecoder>(stream, expected);
    }

    void anthropicMessagesStream()
    {
        // As Anthropic documents the Messages streaming events, ping included.
        const QByteArray stream
            = "event: message_start\n"
              "data: {\"type\": \"message_start\", \"message\": {\"id\": \"msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY\", "
              "\"type\": "
              "\"message\", \"role\": \"assistant\", \"content\": [], \"model\": \"claude-3-5-sonnet-20241022\", "
              "\"stop_reason\": "
              "null, \"stop_sequence\": null, \"usage\": {\"input_tokens\": 25, \"output_tokens\": 1}}}\n\n"
              "event: content_block_start\n"
              "data: {\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", "
              "\"text\": \"\"}}\n\n"
              "event: ping\n"
              "data: {\"type\": \"ping\"}\n\n"
              "event: content_block_delta\n"
              "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": "
              "\"Hello\"}}\n\n"
              "event: content_block_delta\n"
              "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": "
              "\"!\"}}\n\n"
              "event: content_block_stop\n"
              "data: {\"type\": \"content_block_stop\", \"index\": 0}\n\n"
              "event: message_delta\n"
              "data: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"end_turn\", \"stop_sequence\":null}, "
              "\"usage\": "
              "{\"output_tokens\": 15}}\n\n"
              "event: message_stop\n"
              "data: {\"type\": \"message_stop\"}\n\n";
        Decoded expected;
        expected.text = QStringLiteral("Hello!");
        expected.prompt = 25;
        expected.completion = 15;
        expected.done = true;
        expected.finish = QStringLiteral("end_turn");
        everySplit<AnthropicStreamDecoder>(stream, expected);
    }

    void anthropicErrorEvent()
    {
        const QByteArray stream
            = "event: content_block_delta\n"
              "data: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", "
              "\"text\": \"Partial\"}}\n\n"
              "event: error\n"
              "data: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": "
              "\"Overloaded\"}}\n\n";
        Decoded expected;
        expected.text = QStringLiteral("Partial"); // kept: the Stop/failure never wipes what arrived
        expected.errors << QStringLiteral("overloaded_error:Overloaded");
        everySplit<AnthropicStreamDecoder>(stream, expected);
    }

    void malformedJsonIsAnErrorNotACrash()
    {
        OpenAiStreamDecoder openai;
        const auto a = openai.feed("data: {\"choices\": [\n\n");
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().kind, ChatStreamEvent::Kind::Error);
        QCOMPARE(a.first().errorType, QStringLiteral("malformed_stream"));
        AnthropicStreamDecoder anthropic;
        const auto b = anthropic.feed("event: content_block_delta\ndata: not json\n\n");
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().kind, ChatStreamEvent::Kind::Error);
    }
};

QTEST_GUILESS_MAIN(TestChatStreamDecoder)
#include "TestChatStreamDecoder.moc"
