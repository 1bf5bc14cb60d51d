#pragma once

#include "ChatStreamDecoder.h"

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
    };
    Provider provider = Provider::OpenAi;
    QUrl baseUrl; // empty: the provider's public API
    QString model;
    QString system;
    QVector<ChatMessage> messages;
    int maxTokens = 1024;

    static QUrl defaultBaseUrl(Provider provider);
};

// One streamed answer over HTTP: the request in the provider's documented format, the answer token by
// token as it arrives, the usage and why it ended. Stop keeps what arrived. HTTP errors (401, 429 with
// Retry-After, 5xx), an error event mid-stream and a stream cut short end in failed() with what to do;
// the partial answer stays in text().
class ChatStream : public QObject
{
    Q_OBJECT

public:
    ChatStream(QNetworkAccessManager* network, ChatRequest request, QString apiKey, QObject* parent = nullptr);
    ~ChatStream() override;

    void start();
    void stop();
    bool isRunning() const { return m_reply != nullptr; }
    QString text() const { return m_text; }
    std::optional<qint64> promptTokens() const { return m_prompt; }
    std::optional<qint64> completionTokens() const { return m_completion; }

    // The request body as sent (for tests and the "copy as curl" of a later version); no key in it.
    QByteArray requestBody() const;

signals:
    void delta(const QString& text);
    void usage(qint64 promptTokens, qint64 completionTokens);
    void finished(const QString& finishReason);
    void failed(const QString& message, int httpStatus, int retryAfterSeconds);

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
    QString m_text;
    std::optional<qint64> m_prompt;
    std::optional<qint64> m_completion;
    bool m_done = false;
    bool m_stopped = false;
};
