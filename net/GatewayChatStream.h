#pragma once

#include <net/ChatStream.h>

#include <QWebSocket>

// An answer from the platform's own gateway over WebSocket, in the small JSON protocol of
// docs/gateway-protocol.md: auth, then one chat request; delta, usage, done or error messages back;
// cancel to stop. The gateway applies the tenant's configuration and limits.
class GatewayChatStream : public ChatStream
{
    Q_OBJECT

public:
    GatewayChatStream(ChatRequest request, QString token, QObject* parent = nullptr);
    ~GatewayChatStream() override;

    void start() override;
    void stop() override;
    bool isRunning() const override { return m_running; }

    static QJsonObject chatMessage(const ChatRequest& request, const QString& requestId);

private:
    void onConnected();
    void onMessage(const QString& text);
    void onDisconnected();
    void fail(const QString& message, int retryAfterSeconds = -1);

    ChatRequest m_request;
    QString m_token;
    QString m_requestId;
    QWebSocket m_socket;
    bool m_running = false;
    bool m_done = false;
};
