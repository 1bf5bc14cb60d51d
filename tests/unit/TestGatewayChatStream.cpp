#include <net/GatewayChatStream.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

// The platform gateway's WebSocket protocol (docs/gateway-protocol.md) against a local QWebSocketServer
// peer that plays the gateway: auth, chat, deltas, usage, done; errors; cancel on Stop; a dropped socket.
class GatewayPeer : public QObject
{
    Q_OBJECT

public:
    enum class Script
    {
        Answer, // ready, then three deltas, usage, done
        RefuseToken,
        RateLimited,
        HangAfterFirstDelta, // then waits (for a cancel)
        DropAfterFirstDelta,
    };

    explicit GatewayPeer(Script script)
        : m_server(QStringLiteral("test gateway"), QWebSocketServer::NonSecureMode)
        , m_script(script)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket* socket = m_server.nextPendingConnection();
            socket->setParent(this); // the server does not own its sockets: the peer does
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& text) {
                onMessage(socket, text);
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/chat").arg(m_server.serverPort())); }
    QList<QJsonObject> received;

private:
    void send(QWebSocket* socket, const QJsonObject& message)
    {
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    void onMessage(QWebSocket* socket, const QString& text)
    {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        received << message;
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("auth")) {
            if (m_script == Script::RefuseToken) {
                send(socket,
                     {{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), QStringLiteral("unauthorized")},
                      {QStringLiteral("message"), QStringLiteral("unknown token")}});
                socket->close();
                return;
            }
            send(socket, {{QStringLiteral("type"), QStringLiteral("ready")}});
            return;
        }
        if (type != QLatin1String("chat"))
            return;
        const QString id = message.value(QStringLiteral("id")).toString();
        if (m_script == Script::RateLimited) {
            send(socket,
                 {{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("code"), QStringLiteral("rate_limited")},
                  {QStringLiteral("message"), QStringLiteral("60 requests per minute")},
                  {QStringLiteral("retry_after"), 12}});
            return;
        }
        // Someone else's request on the connection must be ignored by the client.
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("delta")},
              {QStringLiteral("id"), QStringLiteral("other")},
              {QStringLiteral("text"), QStringLiteral("NOT OURS")}});
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("delta")},
              {QStringLiteral("id"), id},
              {QStringLiteral("text"), QStringLiteral("Hel")}});
        if (m_script == Script::HangAfterFirstDelta)
            return;
        if (m_script == Script::DropAfterFirstDelta) {
            // Cut the connection once the delta is on its way (abort drops what is not yet written).
            QTimer::singleShot(100, socket, [socket] { socket->abort(); });
            return;
        }
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("delta")},
              {QStringLiteral("id"), id},
              {QStringLiteral("text"), QStringLiteral("lo ")}});
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("delta")},
              {QStringLiteral("id"), id},
              {QStringLiteral("text"), QString::fromUtf8("wörld")}});
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("usage")},
              {QStringLiteral("id"), id},
              {QStringLiteral("prompt_tokens"), 11},
              {QStringLiteral("completion_tokens"), 3}});
        send(socket,
             {{QStringLiteral("type"), QStringLiteral("done")},
              {QStringLiteral("id"), id},
              {QStringLiteral("finish_reason"), QStringLiteral("stop")}});
    }

    QWebSocketServer m_server;
    Script m_script;
};

class TestGatewayChatStream : public QObject
{
    Q_OBJECT

    static ChatRequest request(const QUrl& url)
    {
        ChatRequest r;
        r.provider = ChatRequest::Provider::Platform;
        r.baseUrl = url;
        r.model = QStringLiteral("gpt-4o-mini");
        r.tenantId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        r.system = QStringLiteral("Follow the tenant instructions.");
        r.messages = {{QStringLiteral("user"), QStringLiteral("Hello?")}};
        return r;
    }

private slots:
    void answersTokenByToken()
    {
        GatewayPeer peer(GatewayPeer::Script::Answer);
        GatewayChatStream stream(request(peer.url()), QStringLiteral("gw-token"));
        QSignalSpy finished(&stream, &ChatStream::finished);
        QSignalSpy deltas(&stream, &ChatStream::delta);
        stream.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stream.text(), QString::fromUtf8("Hello wörld"));
        QCOMPARE(deltas.size(), 3);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stop"));
        QCOMPARE(stream.promptTokens(), 11);
        QCOMPARE(stream.completionTokens(), 3);
        QCOMPARE(peer.received.size(), 2);
        QCOMPARE(peer.received.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("auth"));
        QCOMPARE(peer.received.at(0).value(QStringLiteral("token")).toString(), QStringLiteral("gw-token"));
        const QJsonObject chat = peer.received.at(1);
        QCOMPARE(chat.value(QStringLiteral("type")).toString(), QStringLiteral("chat"));
        QCOMPARE(chat.value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("11111111-2222-4333-8444-555555555555"));
        QCOMPARE(chat.value(QStringLiteral("messages")).toArray().size(), 1);
        QVERIFY(!chat.contains(QStringLiteral("token"))); // the token is sent once, in auth
    }

    void refusalsSayWhatToDo()
    {
        {
            GatewayPeer peer(GatewayPeer::Script::RefuseToken);
            GatewayChatStream stream(request(peer.url()), QStringLiteral("bad"));
            QSignalSpy failed(&stream, &ChatStream::failed);
            stream.start();
            QVERIFY(failed.wait(10000));
            QVERIFY(failed.first().at(0).toString().contains(QLatin1String("refused the token")));
        }
        {
            GatewayPeer peer(GatewayPeer::Script::RateLimited);
            GatewayChatStream stream(request(peer.url()), QStringLiteral("ok"));
            QSignalSpy failed(&stream, &ChatStream::failed);
            stream.start();
            QVERIFY(failed.wait(10000));
            QCOMPARE(failed.first().at(2).toInt(), 12);
            QVERIFY(failed.first().at(0).toString().contains(QLatin1String("12 second")));
        }
    }

    void stopSendsCancelAndKeepsTheText()
    {
        GatewayPeer peer(GatewayPeer::Script::HangAfterFirstDelta);
        GatewayChatStream stream(request(peer.url()), QStringLiteral("ok"));
        QSignalSpy deltas(&stream, &ChatStream::delta);
        stream.start();
        QVERIFY(deltas.wait(10000));
        stream.stop();
        QCOMPARE(stream.text(), QStringLiteral("Hel"));
        QTRY_VERIFY_WITH_TIMEOUT(!peer.received.isEmpty()
                                     && peer.received.constLast().value(QStringLiteral("type")).toString()
                                         == QLatin1String("cancel"),
                                 5000);
        QVERIFY(!stream.isRunning());
    }

    void aDroppedConnectionIsSaidAndKept()
    {
        GatewayPeer peer(GatewayPeer::Script::DropAfterFirstDelta);
        GatewayChatStream stream(request(peer.url()), QStringLiteral("ok"));
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("closed before the answer was complete")));
        QCOMPARE(stream.text(), QStringLiteral("Hel"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayChatStream)
#include "TestGatewayChatStream.moc"
