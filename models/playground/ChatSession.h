#pragma once

#include <models/playground/Playground.h>
#include <models/playground/RecordedCall.h>

#include <net/ChatStream.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

struct ChatTurn
{
    QString role; // "user" or "assistant"
    QString content;
    QString provider; // assistant turns: who answered, with which model
    QString model;
    QDateTime at;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<double> costUsd;
    double ttftMs = -1; // time to first token
    double tokensPerSecond = -1;
    int chunks = 0; // text deltas received: a live token count until the provider reports usage
    QString finishReason;
    QString error; // why the answer ended early; the partial answer stays in content
    int httpStatus = 0; // of a failed answer, when the provider sent one
    int retryAfterSeconds = -1; // a 429's Retry-After (or the gateway's retry_after)
    bool streaming = false;
    bool stopped = false;
    bool recorded = false; // a message of a recorded call being replayed (any role, shown as recorded)

    QJsonObject toJson() const;
    static ChatTurn fromJson(const QJsonObject& object);
};

struct ChatSettings
{
    ChatRequest::Provider provider = ChatRequest::Provider::OpenAi;
    QUrl baseUrl; // empty: the provider's public API
    QString model;
    QString system;
    QString tenantId;
    QString tenantName;
    int maxTokens = 1024;
    std::optional<double> temperature; // empty: the provider's default
    bool unencryptedKeysAllowed = false; // the profile's choice: keys over http:// or ws:// to other machines

    static QString providerId(ChatRequest::Provider provider); // "openai", "anthropic", "platform"
    static std::optional<ChatRequest::Provider> providerFromId(const QString& id);
};

// One playground conversation: the history, the answer streaming now, and its live figures (time to first
// token, tokens per second, usage, cost at the price table). The key is used for one request and never
// kept here, so nothing saved or exported can contain it.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    explicit ChatSession(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ChatSession() override;

    void setSettings(const ChatSettings& settings) { m_settings = settings; }
    const ChatSettings& settings() const { return m_settings; }
    void setPrices(const PriceTable& prices) { m_prices = prices; }

    // Appends the user's message and starts the answer; false (and why) when it cannot start.
    bool send(const QString& text, QString key, QString* error);
    // Starts a new conversation with a recorded call's exact messages, tools and parameters (the model and
    // provider are the settings'), and streams the new answer; false (and why) when it cannot start.
    bool replay(const RecordedCall& call, QString key, QString* error);
    void stop();
    bool isStreaming() const { return m_stream != nullptr; }
    const QVector<ChatTurn>& turns() const { return m_turns; }
    void clear();

    // Said while the key would go unencrypted to another machine (allowed by the profile); else empty.
    QString transportWarning() const;
    QUrl target() const; // the base URL requests go to

    QString toMarkdown() const;
    QJsonObject toJson() const;
    bool load(const QJsonObject& conversation, QString* error);

signals:
    void turnAdded(int index);
    void delta(int index, const QString& text);
    void statsChanged(int index);
    void turnFinished(int index);

private:
    QString refusal(const QString& key) const; // why no request may start now; empty: it may
    void startAnswer(const ChatRequest& request, QString key);
    void onDelta(const QString& text);
    void onUsage(qint64 prompt, qint64 completion);
    void onEnded(const QString& finishReason, const QString& error, int httpStatus = 0, int retryAfter = -1);
    void updateRate();

    QNetworkAccessManager* m_network;
    ChatSettings m_settings;
    PriceTable m_prices;
    QVector<ChatTurn> m_turns;
    QPointer<ChatStream> m_stream;
    QElapsedTimer m_clock;
    qint64 m_firstTokenMs = -1;
};
