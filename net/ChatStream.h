#pragma once

#include <optional>

#include <net/ChatStreamDecoder.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

struct ChatMessage
{
    QString role; // "user" or "assistant"
    QString content;
};

struct ChatRequest
{
    enum class Provider
    {
        OpenAi, // and any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LiteLLM)
        Anthropic,
        Platform, // the platform's own gateway over WebSocket (docs/gateway-protocol.md)
    };
    Provider provider = Provider::OpenAi;
    QUrl baseUrl; // empty: the provider's public API
    QString model;
    QString system;
    QVector<ChatMessage> messages;
    int maxTokens = 1024;
    std::optional<double> temperature; // empty: the provider's (or gateway's) default
    QString tenantId; // Platform: the tenant whose configuration and limits apply
    // A recorded call sent again as it was (an execution's LLM node, in OpenAI's Chat Completions format):
    // when set, these messages go instead of `system` and `messages`, with the recorded tools and other
    // parameters (top_p, stop, seed, ...); Anthropic gets them in its own format (AnthropicFormat).
    QJsonArray recordedMessages;
    QJsonArray tools;
    QJsonObject extraParameters;

    // The provider's public endpoint, or OPENAI_BASE_URL / ANTHROPIC_BASE_URL when set (as the SDKs).
    static QUrl defaultBaseUrl(Provider provider);
};

// The provider's own words from an error body ({"error": {"message": ...}}), or the start of the body.
QString providerErrorMessage(const QByteArray& body);

// One streamed answer: token by token as it arrives, the usage and why it ended. Stop keeps what
// arrived. Errors end in failed() with what to do; the partial answer stays in text().
class ChatStream : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    QString text() const { return m_text; }
    std::optional<qint64> promptTokens() const { return m_prompt; }
    std::optional<qint64> completionTokens() const { return m_completion; }

signals:
    void delta(const QString& text);
    void usage(qint64 promptTokens, qint64 completionTokens);
    void finished(const QString& finishReason);
    void failed(const QString& message, int httpStatus, int retryAfterSeconds);

protected:
    void appendText(const QString& text);
    void setUsage(std::optional<qint64> prompt, std::optional<qint64> completion);

private:
    QString m_text;
    std::optional<qint64> m_prompt;
    std::optional<qint64> m_completion;
};

// The OpenAI-compatible and Anthropic answers over HTTP, in each provider's documented format.
// HTTP errors (401, 429 with Retry-After, 5xx), an error event mid-stream and a stream cut short end in
// failed() with what to do.
class HttpChatStream : public ChatStream
{
    Q_OBJECT

public:
    HttpChatStream(QNetworkAccessManager* network, ChatRequest request, QString apiKey, QObject* parent = nullptr);
    ~HttpChatStream() override;

    void start() override;
    void stop() override;
    bool isRunning() const override { return m_reply != nullptr; }

    // The request body as sent; no key in it.
    QByteArray requestBody() const;

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString& message, int httpStatus = 0, int retryAfterSeconds = -1);

    QNetworkAccessManager* m_network;
    ChatRequest m_request;
    QString m_apiKey;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<ChatStreamDecoder> m_decoder;
    QByteArray m_errorBody;
    bool m_done = false;
};
