#include <async/AwaitFuture.h>
#include <net/ChatStream.h>
#include <net/KeyCheck.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <ProviderPeer.h>

class TestChatStream : public QObject
{
    Q_OBJECT

    static QByteArray sseHead()
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
    }

    static QByteArray openAiChunk(const QString& text)
    {
        return "data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
            + text.toUtf8() + "\"},\"finish_reason\":null}]}\n\n";
    }

    QNetworkAccessManager m_network;

private slots:
    void baseUrlsFromTheEnvironmentAsTheSdksRead()
    {
        QCOMPARE(ChatRequest::defaultBaseUrl(ChatRequest::Provider::OpenAi),
                 QUrl(QStringLiteral("https://api.openai.com/v1")));
        qputenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1");
        qputenv("ANTHROPIC_BASE_URL", " http://127.0.0.1:8 ");
        const QUrl openAi = ChatRequest::defaultBaseUrl(ChatRequest::Provider::OpenAi);
        const QUrl anthropic = ChatRequest::defaultBaseUrl(ChatRequest::Provider::Anthropic);
        qunsetenv("OPENAI_BASE_URL");
        qunsetenv("ANTHROPIC_BASE_URL");
        QCOMPARE(openAi, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QCOMPARE(anthropic, QUrl(QStringLiteral("http://127.0.0.1:8")));
        QCOMPARE(ChatRequest::defaultBaseUrl(ChatRequest::Provider::Anthropic),
                 QUrl(QStringLiteral("https://api.anthropic.com")));
    }

    void keyCheckAsksForTheModelList()
    {
        ProviderPeer peer;
        peer.answer({{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
                      "{\"data\":[]}",
                      0}});
        auto ok = checkProviderKey(
            &m_network, ChatRequest::Provider::OpenAi, peer.url(QStringLiteral("/v1")), QStringLiteral("sk-test-1111"));
        QVERIFY(awaitFuture(ok, 10000));
        QVERIFY2(ok.result().accepted, qPrintable(ok.result().message));
        QVERIFY2(peer.requestHead.startsWith("GET /v1/models HTTP/1.1"), peer.requestHead.constData());
        QVERIFY(peer.requestHead.contains("Authorization: Bearer sk-test-1111"));

        ProviderPeer anthropic;
        const QByteArray refusal
            = R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})";
        anthropic.answer({{"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                               + QByteArray::number(refusal.size()) + "\r\n\r\n" + refusal,
                           0}});
        auto refused = checkProviderKey(
            &m_network, ChatRequest::Provider::Anthropic, anthropic.url(), QStringLiteral("sk-ant-bad"));
        QVERIFY(awaitFuture(refused, 10000));
        QVERIFY(!refused.result().accepted);
        QCOMPARE(refused.result().httpStatus, 401);
        QVERIFY2(refused.result().message.contains(QLatin1String("invalid x-api-key")),
                 qPrintable(refused.result().message));
        QVERIFY2(anthropic.requestHead.startsWith("GET /v1/models?limit=1 HTTP/1.1"),
                 anthropic.requestHead.constData());
        QVERIFY(anthropic.requestHead.contains("x-api-key: sk-ant-bad"));
        QVERIFY(anthropic.requestHead.contains("anthropic-version: 2023-06-01"));
    }

    void openAiStreamsTokenByToken()
    {
        ProviderPeer peer;
        const QByteArray tail = "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                                "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3}}\n\n"
                                "data: [DONE]\n\n";
        // Pieces that cut lines and a CRLF-free stream in awkward places, with pauses between.
        const QByteArray body = openAiChunk(QStringLiteral("Hel")) + openAiChunk(QStringLiteral("lo"))
            + openAiChunk(QStringLiteral(" you")) + tail;
        peer.answer({{sseHead(), 0}, {body.left(37), 20}, {body.mid(37, 90), 20}, {body.mid(127), 20}});
        ChatRequest request;
        request.baseUrl = peer.url(QStringLiteral("/v1"));
        request.model = QStringLiteral("gpt-4o-mini");
        request.system = QStringLiteral("Be brief.");
        request.messages = {{QStringLiteral("user"), QStringLiteral("Say hello")}};
        HttpChatStream stream(&m_network, request, QStringLiteral("sk-test-0000"));
        QSignalSpy deltas(&stream, &ChatStream::delta);
        QSignalSpy finished(&stream, &ChatStream::finished);
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(finished.wait(10000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QCOMPARE(stream.text(), QStringLiteral("Hello you"));
        QCOMPARE(deltas.size(), 3);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stop"));
        QCOMPARE(stream.promptTokens(), 12);
        QCOMPARE(stream.completionTokens(), 3);
        // The request as OpenAI documents it.
        QVERIFY(peer.requestHead.startsWith("POST /v1/chat/completions HTTP/1.1"));
        QVERIFY(peer.requestHead.contains("Authorization: Bearer sk-test-0000"));
        const QJsonObject sent = QJsonDocument::fromJson(peer.requestBody).object();
        QCOMPARE(sent.value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(
            sent.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool(),
            true);
        QCOMPARE(sent.value(QStringLiteral("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("system"));
        QVERIFY(!stream.requestBody().contains("sk-test")); // the key is a header, never in the body
    }

    void anthropicHeadersAndEvents()
    {
        ProviderPeer peer;
        peer.answer(
            {{sseHead(), 0},
             {"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":7,"
              "\"output_tokens\":1}}}\n\nevent: ping\ndata: {\"type\":\"ping\"}\n\n",
              10},
             {"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
              "\"text_delta\",\"text\":\"Hi!\"}}\n\nevent: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":"
              "{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":2}}\n\nevent: message_stop\ndata: "
              "{\"type\":\"message_stop\"}\n\n",
              10}});
        ChatRequest request;
        request.provider = ChatRequest::Provider::Anthropic;
        request.baseUrl = peer.url();
        request.model = QStringLiteral("claude-3-5-haiku");
        request.system = QStringLiteral("Be brief.");
        request.messages = {{QStringLiteral("user"), QStringLiteral("Hi")}};
        HttpChatStream stream(&m_network, request, QStringLiteral("sk-ant-test"));
        QSignalSpy finished(&stream, &ChatStream::finished);
        stream.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stream.text(), QStringLiteral("Hi!"));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("end_turn"));
        QCOMPARE(stream.promptTokens(), 7);
        QCOMPARE(stream.completionTokens(), 2);
        QVERIFY(peer.requestHead.startsWith("POST /v1/messages HTTP/1.1"));
        QVERIFY(peer.requestHead.contains("x-api-key: sk-ant-test"));
        QVERIFY(peer.requestHead.contains("anthropic-version: 2023-06-01"));
        QCOMPARE(QJsonDocument::fromJson(peer.requestBody).object().value(QStringLiteral("system")).toString(),
                 QStringLiteral("Be brief."));
    }

    void httpErrorsSayWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("said");
        QTest::newRow("401") << QByteArray(
            "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
            "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}")
                             << 401 << -1 << QStringLiteral("key was refused");
        QTest::newRow("429") << QByteArray(
            "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 20\r\nContent-Type: application/json\r\n"
            "Connection: close\r\n\r\n{\"error\":{\"message\":\"Rate limit reached\"}}")
                             << 429 << 20 << QStringLiteral("try again in 20 second");
        QTest::newRow("529") << QByteArray(
            "HTTP/1.1 529 Overloaded\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")
                             << 529 << -1 << QStringLiteral("failed on its side");
    }

    void httpErrorsSayWhatToDo()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(QString, said);
        ProviderPeer peer;
        peer.answer({{response, 0}});
        ChatRequest request;
        request.baseUrl = peer.url(QStringLiteral("/v1"));
        request.model = QStringLiteral("m");
        request.messages = {{QStringLiteral("user"), QStringLiteral("x")}};
        HttpChatStream stream(&m_network, request, QStringLiteral("k"));
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toInt(), status);
        QCOMPARE(failed.first().at(2).toInt(), retryAfter);
        QVERIFY2(failed.first().at(0).toString().contains(said), qPrintable(failed.first().at(0).toString()));
    }

    void stopKeepsThePartialAnswer()
    {
        ProviderPeer peer;
        peer.answer(
            {{sseHead(), 0}, {openAiChunk(QStringLiteral("Part")), 10}, {openAiChunk(QStringLiteral("ial")), 10}},
            true); // then nothing: a slow model
        ChatRequest request;
        request.baseUrl = peer.url(QStringLiteral("/v1"));
        request.model = QStringLiteral("m");
        request.messages = {{QStringLiteral("user"), QStringLiteral("x")}};
        HttpChatStream stream(&m_network, request, QStringLiteral("k"));
        QSignalSpy deltas(&stream, &ChatStream::delta);
        QSignalSpy finished(&stream, &ChatStream::finished);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 2, 10000);
        stream.stop();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stopped"));
        QCOMPARE(stream.text(), QStringLiteral("Partial"));
        QVERIFY(!stream.isRunning());
    }

    void aStreamCutShortIsSaidAndKept()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {openAiChunk(QStringLiteral("Half an ans")), 10}}); // then the connection closes
        ChatRequest request;
        request.baseUrl = peer.url(QStringLiteral("/v1"));
        request.model = QStringLiteral("m");
        request.messages = {{QStringLiteral("user"), QStringLiteral("x")}};
        HttpChatStream stream(&m_network, request, QStringLiteral("k"));
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("ended before the answer was complete")));
        QCOMPARE(stream.text(), QStringLiteral("Half an ans"));
    }

    void anErrorEventMidStream()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0},
                     {openAiChunk(QStringLiteral("So far"))
                          + "data: {\"error\":{\"message\":\"Rate limit reached\",\"type\":"
                            "\"requests\"}}\n\n",
                      10}});
        ChatRequest request;
        request.baseUrl = peer.url(QStringLiteral("/v1"));
        request.model = QStringLiteral("m");
        request.messages = {{QStringLiteral("user"), QStringLiteral("x")}};
        HttpChatStream stream(&m_network, request, QStringLiteral("k"));
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("Rate limit reached")),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(stream.text(), QStringLiteral("So far"));
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "TestChatStream.moc"
