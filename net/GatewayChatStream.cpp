#include <net/GatewayChatStream.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

GatewayChatStream::GatewayChatStream(ChatRequest request, QString token, QObject* parent)
    : ChatStream(parent)
    , m_request(std::move(request))
    , m_token(std::move(token))
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_socket, &QWebSocket::connected, this, &GatewayChatStream::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &GatewayChatStream::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &GatewayChatStream::onDisconnected);
}

GatewayChatStream::~GatewayChatStream()
{
    m_socket.disconnect(this);
    m_socket.abort();
    m_token.fill(u'\0');
}

QJsonObject GatewayChatStream::chatMessage(const ChatRequest& request, const QString& requestId)
{
    QJsonArray messages;
    for (const ChatMessage& message : request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    QJsonObject chat{{QStringLiteral("type"), QStringLiteral("chat")},
                     {QStringLiteral("id"), requestId},
                     {QStringLiteral("tenant"), request.tenantId},
                     {QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("max_tokens"), request.maxTokens}};
    if (!request.system.isEmpty())
        chat.insert(QStringLiteral("system"), request.system);
    if (request.temperature)
        chat.insert(QStringLiteral("temperature"), *request.temperature);
    return chat;
}

void GatewayChatStream::start()
{
    m_running = true;
    m_socket.open(m_request.baseUrl);
}

void GatewayChatStream::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("cancel")},
                                                    {QStringLiteral("id"), m_requestId}})
                              .toJson(QJsonDocument::Compact)));
    m_socket.disconnect(this);
    m_socket.close();
    emit finished(QStringLiteral("stopped"));
}

void GatewayChatStream::onConnected()
{
    const QJsonObject auth{{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), m_token}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
}

void GatewayChatStream::onMessage(const QString& text)
{
    QJsonParseError error{};
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        fail(tr("The gateway sent something that is not JSON (%1).").arg(text.left(200)));
        return;
    }
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ready")) {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(chatMessage(m_request, m_requestId)).toJson(QJsonDocument::Compact)));
        return;
    }
    // Messages about another request on a shared connection are not ours.
    if (message.contains(QStringLiteral("id")) && message.value(QStringLiteral("id")).toString() != m_requestId)
        return;
    if (type == QLatin1String("delta")) {
        appendText(message.value(QStringLiteral("text")).toString());
    } else if (type == QLatin1String("usage")) {
        const auto count = [&message](const char* key) -> std::optional<qint64> {
            const QJsonValue v = message.value(QLatin1String(key));
            return v.isDouble() && v.toDouble() >= 0 ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
        };
        setUsage(count("prompt_tokens"), count("completion_tokens"));
    } else if (type == QLatin1String("done")) {
        m_done = true;
        m_running = false;
        m_socket.disconnect(this);
        m_socket.close();
        emit finished(message.value(QStringLiteral("finish_reason")).toString());
    } else if (type == QLatin1String("error")) {
        const QString code = message.value(QStringLiteral("code")).toString();
        const int retryAfter = message.value(QStringLiteral("retry_after")).toInt(-1);
        QString advice;
        if (code == QLatin1String("unauthorized"))
            advice = tr("The gateway refused the token: check the key on the Keys page.");
        else if (code == QLatin1String("rate_limited") || code == QLatin1String("quota_exceeded"))
            advice = retryAfter > 0 ? tr("The tenant is limited now: try again in %n second(s).", nullptr, retryAfter)
                                    : tr("The tenant is over its quota: see its plan and alerts.");
        else if (code == QLatin1String("model_not_allowed"))
            advice = tr("The tenant's plan does not allow this model.");
        else
            advice = tr("The gateway stopped with an error.");
        fail(QStringLiteral("%1 (%2: %3)").arg(advice, code, message.value(QStringLiteral("message")).toString()),
             retryAfter);
    }
}

void GatewayChatStream::onDisconnected()
{
    if (!m_running || m_done)
        return;
    fail(tr("The gateway connection closed before the answer was complete (%1).")
             .arg(m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason()));
}

void GatewayChatStream::fail(const QString& message, int retryAfterSeconds)
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.close();
    emit failed(message, 0, retryAfterSeconds);
}
