#include <net/ChatStream.h>

#include <net/AnthropicFormat.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

QString providerErrorMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isObject() && error.toObject().contains(QStringLiteral("message")))
        return error.toObject().value(QStringLiteral("message")).toString();
    if (error.isString())
        return error.toString();
    return QString::fromUtf8(body.left(300)).trimmed();
}

void ChatStream::appendText(const QString& text)
{
    m_text += text;
    emit delta(text);
}

void ChatStream::setUsage(std::optional<qint64> prompt, std::optional<qint64> completion)
{
    if (prompt)
        m_prompt = prompt;
    if (completion)
        m_completion = completion;
    emit usage(m_prompt.value_or(0), m_completion.value_or(0));
}

QUrl ChatRequest::defaultBaseUrl(Provider provider)
{
    // As the official SDKs do: OPENAI_BASE_URL / ANTHROPIC_BASE_URL replace the public endpoint (a proxy,
    // a local model server) wherever no base URL was given.
    const bool anthropic = provider == Provider::Anthropic;
    const QString fromEnvironment
        = qEnvironmentVariable(anthropic ? "ANTHROPIC_BASE_URL" : "OPENAI_BASE_URL").trimmed();
    if (!fromEnvironment.isEmpty())
        return QUrl(fromEnvironment);
    return anthropic ? QUrl(QStringLiteral("https://api.anthropic.com"))
                     : QUrl(QStringLiteral("https://api.openai.com/v1"));
}

HttpChatStream::HttpChatStream(QNetworkAccessManager* network, ChatRequest request, QString apiKey, QObject* parent)
    : ChatStream(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_apiKey(std::move(apiKey))
{
    if (m_request.provider == ChatRequest::Provider::Anthropic)
        m_decoder = std::make_unique<AnthropicStreamDecoder>();
    else
        m_decoder = std::make_unique<OpenAiStreamDecoder>();
}

HttpChatStream::~HttpChatStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_apiKey.fill(u'\0'); // the key does not outlive the request in this object's memory
}

namespace
{
// The body of a recorded call sent again: its messages, tools and parameters as recorded.
QJsonObject recordedBody(const ChatRequest& request)
{
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("max_tokens"), request.maxTokens}};
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.provider == ChatRequest::Provider::Anthropic) {
        const AnthropicConversation chat = anthropicFromOpenAiChat(request.recordedMessages, request.tools);
        body.insert(QStringLiteral("messages"), chat.messages);
        if (!chat.system.isEmpty())
            body.insert(QStringLiteral("system"), chat.system);
        if (!chat.tools.isEmpty())
            body.insert(QStringLiteral("tools"), chat.tools);
        const QJsonObject& extra = request.extraParameters;
        if (extra.value(QStringLiteral("top_p")).isDouble())
            body.insert(QStringLiteral("top_p"), extra.value(QStringLiteral("top_p")));
        const QJsonValue stop = extra.value(QStringLiteral("stop"));
        if (stop.isString())
            body.insert(QStringLiteral("stop_sequences"), QJsonArray{stop});
        else if (stop.isArray())
            body.insert(QStringLiteral("stop_sequences"), stop);
        return body;
    }
    body.insert(QStringLiteral("messages"), request.recordedMessages);
    if (!request.tools.isEmpty())
        body.insert(QStringLiteral("tools"), request.tools);
    for (auto it = request.extraParameters.begin(); it != request.extraParameters.end(); ++it)
        if (!body.contains(it.key()))
            body.insert(it.key(), it.value());
    body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    return body;
}
} // namespace

QByteArray HttpChatStream::requestBody() const
{
    if (!m_request.recordedMessages.isEmpty())
        return QJsonDocument(recordedBody(m_request)).toJson(QJsonDocument::Compact);
    QJsonArray messages;
    if (m_request.provider == ChatRequest::Provider::OpenAi && !m_request.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), m_request.system}});
    for (const ChatMessage& message : m_request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), message.role}, {QStringLiteral("content"), message.content}});
    QJsonObject body{{QStringLiteral("model"), m_request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), true},
                     {QStringLiteral("max_tokens"), m_request.maxTokens}};
    if (m_request.temperature)
        body.insert(QStringLiteral("temperature"), *m_request.temperature);
    if (m_request.provider == ChatRequest::Provider::Anthropic) {
        if (!m_request.system.isEmpty())
            body.insert(QStringLiteral("system"), m_request.system);
    } else {
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void HttpChatStream::start()
{
    QUrl base = m_request.baseUrl.isEmpty() ? ChatRequest::defaultBaseUrl(m_request.provider) : m_request.baseUrl;
    QString path = base.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    path += m_request.provider == ChatRequest::Provider::Anthropic ? QStringLiteral("/v1/messages")
                                                                   : QStringLiteral("/chat/completions");
    base.setPath(path);
    QNetworkRequest request(base);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    if (m_request.provider == ChatRequest::Provider::Anthropic) {
        request.setRawHeader("x-api-key", m_apiKey.toUtf8());
        request.setRawHeader("anthropic-version", "2023-06-01");
    } else if (!m_apiKey.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    }
    request.setTransferTimeout(120000);
    m_reply = m_network->post(request, requestBody());
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpChatStream::onFinished);
}

void HttpChatStream::stop()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    emit finished(QStringLiteral("stopped")); // what arrived is kept in text()
}

void HttpChatStream::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status >= 400) {
        m_errorBody += bytes.left(65536 - m_errorBody.size());
        return;
    }
    for (const ChatStreamEvent& event : m_decoder->feed(bytes)) {
        switch (event.kind) {
        case ChatStreamEvent::Kind::Text:
            appendText(event.text);
            break;
        case ChatStreamEvent::Kind::Usage:
            setUsage(event.promptTokens, event.completionTokens);
            break;
        case ChatStreamEvent::Kind::Done:
            m_done = true;
            emit finished(event.finishReason);
            break;
        case ChatStreamEvent::Kind::Error:
            fail(tr("The provider stopped with an error: %1 (%2).").arg(event.text, event.errorType));
            return;
        }
    }
    if (m_decoder->failed())
        fail(m_decoder->sseError());
}

void HttpChatStream::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        m_errorBody += reply->readAll();
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        const QString said = providerErrorMessage(m_errorBody);
        QString advice;
        if (status == 401 || status == 403)
            advice = tr("The key was refused: check it on the Keys page, or use another key.");
        else if (status == 429)
            advice = ok ? tr("Rate limited: try again in %n second(s).", nullptr, retryAfter)
                        : tr("Rate limited: wait a moment and try again.");
        else if (status >= 500)
            advice = tr("The provider failed on its side: try again later.");
        else
            advice = tr("The request was refused.");
        fail(QStringLiteral("%1 (HTTP %2: %3)").arg(advice).arg(status).arg(said), status, ok ? retryAfter : -1);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The connection failed: %1.").arg(reply->errorString()), status);
        return;
    }
    onReadyRead(); // anything left
    if (!m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_done)
        fail(tr("The stream ended before the answer was complete."));
}

void HttpChatStream::fail(const QString& message, int httpStatus, int retryAfterSeconds)
{
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit failed(message, httpStatus, retryAfterSeconds);
}
