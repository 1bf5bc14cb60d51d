#include <models/playground/ChatSession.h>

#include <models/playground/KeyTransport.h>

#include <net/GatewayChatStream.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace
{
QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

std::optional<qint64> numberOf(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

QString providerName(const QString& id)
{
    if (id == QLatin1String("openai"))
        return QStringLiteral("OpenAI-compatible");
    if (id == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (id == QLatin1String("platform"))
        return QStringLiteral("platform gateway");
    return id;
}
} // namespace

QJsonObject ChatTurn::toJson() const
{
    QJsonObject object{{QStringLiteral("role"), role},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (role == QLatin1String("assistant")) {
        object.insert(QStringLiteral("provider"), provider);
        object.insert(QStringLiteral("model"), model);
        object.insert(QStringLiteral("prompt_tokens"), optionalNumber(promptTokens));
        object.insert(QStringLiteral("completion_tokens"), optionalNumber(completionTokens));
        object.insert(QStringLiteral("cost_usd"), costUsd ? QJsonValue(*costUsd) : QJsonValue());
        object.insert(QStringLiteral("ttft_ms"), ttftMs >= 0 ? QJsonValue(ttftMs) : QJsonValue());
        object.insert(QStringLiteral("tokens_per_second"),
                      tokensPerSecond >= 0 ? QJsonValue(tokensPerSecond) : QJsonValue());
        object.insert(QStringLiteral("finish_reason"),
                      finishReason.isEmpty() ? QJsonValue() : QJsonValue(finishReason));
        object.insert(QStringLiteral("stopped"), stopped);
        object.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error));
    }
    if (recorded)
        object.insert(QStringLiteral("recorded"), true);
    return object;
}

ChatTurn ChatTurn::fromJson(const QJsonObject& object)
{
    ChatTurn turn;
    turn.role = object.value(QStringLiteral("role")).toString();
    turn.content = object.value(QStringLiteral("content")).toString();
    turn.recorded = object.value(QStringLiteral("recorded")).toBool();
    turn.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    turn.provider = object.value(QStringLiteral("provider")).toString();
    turn.model = object.value(QStringLiteral("model")).toString();
    turn.promptTokens = numberOf(object.value(QStringLiteral("prompt_tokens")));
    turn.completionTokens = numberOf(object.value(QStringLiteral("completion_tokens")));
    if (object.value(QStringLiteral("cost_usd")).isDouble())
        turn.costUsd = object.value(QStringLiteral("cost_usd")).toDouble();
    turn.ttftMs = object.value(QStringLiteral("ttft_ms")).toDouble(-1);
    turn.tokensPerSecond = object.value(QStringLiteral("tokens_per_second")).toDouble(-1);
    turn.finishReason = object.value(QStringLiteral("finish_reason")).toString();
    turn.stopped = object.value(QStringLiteral("stopped")).toBool();
    turn.error = object.value(QStringLiteral("error")).toString();
    return turn;
}

QString ChatSettings::providerId(ChatRequest::Provider provider)
{
    switch (provider) {
    case ChatRequest::Provider::OpenAi:
        return QStringLiteral("openai");
    case ChatRequest::Provider::Anthropic:
        return QStringLiteral("anthropic");
    case ChatRequest::Provider::Platform:
        return QStringLiteral("platform");
    }
    return {};
}

std::optional<ChatRequest::Provider> ChatSettings::providerFromId(const QString& id)
{
    if (id == QLatin1String("openai"))
        return ChatRequest::Provider::OpenAi;
    if (id == QLatin1String("anthropic"))
        return ChatRequest::Provider::Anthropic;
    if (id == QLatin1String("platform"))
        return ChatRequest::Provider::Platform;
    return std::nullopt;
}

ChatSession::ChatSession(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

ChatSession::~ChatSession()
{
    if (m_stream)
        m_stream->disconnect(this);
}

QString ChatSession::refusal(const QString& key) const
{
    if (isStreaming())
        return tr("An answer is still streaming: stop it first.");
    if (m_settings.model.trimmed().isEmpty())
        return tr("Choose a model.");
    if (m_settings.provider == ChatRequest::Provider::Platform
        && (m_settings.tenantId.isEmpty() || m_settings.baseUrl.isEmpty()))
        return tr("The platform gateway needs a tenant and the gateway's URL (ws:// or wss://).");
    // A key goes in clear text to another machine only when the profile allows it; never with a URL
    // that carries a credential itself.
    const KeyTransport::Verdict transport = KeyTransport::check(target(), m_settings.unencryptedKeysAllowed);
    if (transport.carriesCredential || (!key.isEmpty() && !transport.mayCarryKey))
        return transport.problem;
    return {};
}

bool ChatSession::send(const QString& text, QString key, QString* error)
{
    if (!isStreaming() && text.trimmed().isEmpty()) {
        *error = tr("Type a message first.");
        return false;
    }
    *error = refusal(key);
    if (!error->isEmpty()) {
        key.fill(u'\0');
        return false;
    }

    ChatRequest request;
    request.provider = m_settings.provider;
    request.baseUrl = m_settings.baseUrl;
    request.model = m_settings.model.trimmed();
    request.system = m_settings.system;
    request.maxTokens = m_settings.maxTokens;
    request.temperature = m_settings.temperature;
    request.tenantId = m_settings.tenantId;
    for (const ChatTurn& turn : std::as_const(m_turns))
        if (!turn.content.isEmpty() && !turn.recorded)
            request.messages.append({turn.role, turn.content});
    request.messages.append({QStringLiteral("user"), text});

    ChatTurn user;
    user.role = QStringLiteral("user");
    user.content = text;
    user.at = QDateTime::currentDateTimeUtc();
    m_turns.append(user);
    emit turnAdded(int(m_turns.size()) - 1);
    startAnswer(request, key);
    return true;
}

bool ChatSession::replay(const RecordedCall& call, QString key, QString* error)
{
    *error = refusal(key);
    if (!error->isEmpty()) {
        key.fill(u'\0');
        return false;
    }
    clear();
    ChatRequest request;
    request.provider = m_settings.provider;
    request.baseUrl = m_settings.baseUrl;
    request.model = m_settings.model.trimmed();
    request.maxTokens = call.maxTokens.value_or(m_settings.maxTokens);
    request.temperature = call.temperature ? call.temperature : m_settings.temperature;
    request.tenantId = m_settings.tenantId;
    if (m_settings.provider == ChatRequest::Provider::Platform) {
        // The gateway takes text turns: the recorded ones as a person reads them, the system text apart.
        for (const QJsonValue& value : call.messages) {
            const QString role = value[QStringLiteral("role")].toString();
            const QString text = value[QStringLiteral("content")].toString();
            if (role == QLatin1String("system"))
                request.system += (request.system.isEmpty() ? QString() : QStringLiteral("\n\n")) + text;
        }
        for (const RecordedCall::Line& line : call.transcript())
            if (line.role != QLatin1String("system"))
                request.messages.append(
                    {line.role == QLatin1String("assistant") ? QStringLiteral("assistant") : QStringLiteral("user"),
                     line.text});
    } else {
        request.recordedMessages = call.messages;
        request.tools = call.tools;
        request.extraParameters = call.extraParameters;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RecordedCall::Line& line : call.transcript()) {
        ChatTurn turn;
        turn.role = line.role;
        turn.content = line.text;
        turn.at = now;
        turn.recorded = true;
        m_turns.append(turn);
        emit turnAdded(int(m_turns.size()) - 1);
    }
    startAnswer(request, key);
    return true;
}

void ChatSession::startAnswer(const ChatRequest& request, QString key)
{
    ChatTurn answer;
    answer.role = QStringLiteral("assistant");
    answer.provider = ChatSettings::providerId(m_settings.provider);
    answer.model = request.model;
    answer.at = QDateTime::currentDateTimeUtc();
    answer.streaming = true;
    m_turns.append(answer);
    emit turnAdded(int(m_turns.size()) - 1);

    ChatStream* stream = nullptr;
    if (m_settings.provider == ChatRequest::Provider::Platform)
        stream = new GatewayChatStream(request, key, this);
    else
        stream = new HttpChatStream(m_network, request, key, this);
    key.fill(u'\0');
    m_stream = stream;
    connect(stream, &ChatStream::delta, this, &ChatSession::onDelta);
    connect(stream, &ChatStream::usage, this, &ChatSession::onUsage);
    connect(stream, &ChatStream::finished, this, [this](const QString& reason) { onEnded(reason, {}); });
    connect(stream, &ChatStream::failed, this, [this](const QString& message, int status, int retryAfter) {
        onEnded({}, message, status, retryAfter);
    });
    m_firstTokenMs = -1;
    m_clock.start();
    stream->start();
}

void ChatSession::stop()
{
    if (!m_stream)
        return;
    ChatStream* stream = m_stream;
    stream->disconnect(this);
    stream->stop();
    m_turns.last().stopped = true;
    onEnded(QStringLiteral("stopped"), {});
}

void ChatSession::onDelta(const QString& text)
{
    ChatTurn& turn = m_turns.last();
    if (m_firstTokenMs < 0) {
        m_firstTokenMs = m_clock.elapsed();
        turn.ttftMs = double(m_clock.nsecsElapsed()) / 1e6;
    }
    turn.content += text;
    ++turn.chunks;
    updateRate();
    const int index = int(m_turns.size()) - 1;
    emit delta(index, text);
    emit statsChanged(index);
}

void ChatSession::onUsage(qint64 prompt, qint64 completion)
{
    ChatTurn& turn = m_turns.last();
    turn.promptTokens = prompt;
    turn.completionTokens = completion;
    turn.costUsd = m_prices.cost(turn.model, prompt, completion);
    updateRate();
    emit statsChanged(int(m_turns.size()) - 1);
}

void ChatSession::updateRate()
{
    ChatTurn& turn = m_turns.last();
    const double seconds = double(m_clock.elapsed() - m_firstTokenMs) / 1000.0;
    const qint64 tokens = turn.completionTokens.value_or(turn.chunks);
    // After the first token; below 50 ms the figure is noise.
    if (m_firstTokenMs >= 0 && seconds >= 0.05)
        turn.tokensPerSecond = double(tokens) / seconds;
}

void ChatSession::onEnded(const QString& finishReason, const QString& error, int httpStatus, int retryAfter)
{
    if (m_turns.isEmpty() || !m_turns.last().streaming)
        return;
    ChatTurn& turn = m_turns.last();
    turn.streaming = false;
    turn.finishReason = finishReason;
    turn.error = error;
    if (!error.isEmpty() && !turn.content.isEmpty())
        turn.error += u' ' + tr("The partial answer is kept.");
    turn.httpStatus = httpStatus;
    turn.retryAfterSeconds = retryAfter;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    const int index = int(m_turns.size()) - 1;
    emit statsChanged(index);
    emit turnFinished(index);
}

void ChatSession::clear()
{
    if (isStreaming())
        stop();
    m_turns.clear();
}

QUrl ChatSession::target() const
{
    return m_settings.baseUrl.isEmpty() ? ChatRequest::defaultBaseUrl(m_settings.provider) : m_settings.baseUrl;
}

QString ChatSession::transportWarning() const
{
    return KeyTransport::warning(target(), m_settings.unencryptedKeysAllowed);
}

QString ChatSession::toMarkdown() const
{
    QString out = QStringLiteral("# %1\n\n").arg(tr("Playground conversation"));
    out += QStringLiteral("- %1: %2\n")
               .arg(tr("Provider"), providerName(ChatSettings::providerId(m_settings.provider)));
    out += QStringLiteral("- %1: %2\n").arg(tr("Model"), m_settings.model);
    if (!m_settings.baseUrl.isEmpty())
        out += QStringLiteral("- %1: %2\n").arg(tr("Base URL"), KeyTransport::writable(m_settings.baseUrl));
    if (!m_settings.tenantId.isEmpty())
        out += QStringLiteral("- %1: %2 (%3)\n").arg(tr("Tenant"), m_settings.tenantName, m_settings.tenantId);
    if (!m_settings.system.isEmpty())
        out += QStringLiteral("\n## %1\n\n%2\n").arg(tr("System prompt"), m_settings.system);
    for (const ChatTurn& turn : m_turns) {
        const bool user = turn.role == QLatin1String("user");
        out += QStringLiteral("\n## %1\n\n").arg(user ? tr("User") : tr("Assistant (%1)").arg(turn.model));
        out += turn.content + u'\n';
        if (!user) {
            QStringList facts;
            if (turn.ttftMs >= 0)
                facts << tr("first token %1 ms").arg(qRound(turn.ttftMs));
            if (turn.tokensPerSecond >= 0)
                facts << tr("%1 tokens/s").arg(turn.tokensPerSecond, 0, 'f', 1);
            if (turn.promptTokens)
                facts << tr("%1 prompt + %2 completion tokens")
                             .arg(*turn.promptTokens)
                             .arg(turn.completionTokens.value_or(0));
            if (turn.costUsd)
                facts << QStringLiteral("$%1").arg(*turn.costUsd, 0, 'f', 6);
            if (turn.stopped)
                facts << tr("stopped");
            if (!turn.error.isEmpty())
                facts << tr("ended early: %1").arg(turn.error);
            if (!facts.isEmpty())
                out += QStringLiteral("\n*%1*\n").arg(facts.join(QStringLiteral(" · ")));
        }
    }
    return out;
}

QJsonObject ChatSession::toJson() const
{
    QJsonArray turns;
    for (const ChatTurn& turn : m_turns)
        turns.append(turn.toJson());
    return {
        {QStringLiteral("format"), QStringLiteral("tenantscope.conversation")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("provider"), ChatSettings::providerId(m_settings.provider)},
        {QStringLiteral("base_url"),
         m_settings.baseUrl.isEmpty() ? QJsonValue() : QJsonValue(KeyTransport::writable(m_settings.baseUrl))},
        {QStringLiteral("model"), m_settings.model},
        {QStringLiteral("system"), m_settings.system},
        {QStringLiteral("tenant_id"), m_settings.tenantId.isEmpty() ? QJsonValue() : QJsonValue(m_settings.tenantId)},
        {QStringLiteral("tenant_name"),
         m_settings.tenantName.isEmpty() ? QJsonValue() : QJsonValue(m_settings.tenantName)},
        {QStringLiteral("max_tokens"), m_settings.maxTokens},
        {QStringLiteral("temperature"), m_settings.temperature ? QJsonValue(*m_settings.temperature) : QJsonValue()},
        {QStringLiteral("turns"), turns}};
}

bool ChatSession::load(const QJsonObject& conversation, QString* error)
{
    if (conversation.value(QStringLiteral("format")).toString() != QLatin1String("tenantscope.conversation")
        || conversation.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("This is not a TenantScope conversation (format tenantscope.conversation, version 1).");
        return false;
    }
    const auto provider = ChatSettings::providerFromId(conversation.value(QStringLiteral("provider")).toString());
    if (!provider) {
        *error = tr("The conversation names an unknown provider.");
        return false;
    }
    QVector<ChatTurn> turns;
    for (const QJsonValue& value : conversation.value(QStringLiteral("turns")).toArray()) {
        ChatTurn turn = ChatTurn::fromJson(value.toObject());
        if (turn.role != QLatin1String("user") && turn.role != QLatin1String("assistant")) {
            *error = tr("A turn has no role (user or assistant).");
            return false;
        }
        turns.append(turn);
    }
    if (isStreaming())
        stop();
    ChatSettings settings;
    settings.provider = *provider;
    settings.baseUrl = QUrl(conversation.value(QStringLiteral("base_url")).toString());
    settings.model = conversation.value(QStringLiteral("model")).toString();
    settings.system = conversation.value(QStringLiteral("system")).toString();
    settings.tenantId = conversation.value(QStringLiteral("tenant_id")).toString();
    settings.tenantName = conversation.value(QStringLiteral("tenant_name")).toString();
    settings.maxTokens = conversation.value(QStringLiteral("max_tokens")).toInt(1024);
    if (conversation.value(QStringLiteral("temperature")).isDouble())
        settings.temperature = conversation.value(QStringLiteral("temperature")).toDouble();
    m_settings = settings;
    m_turns = turns;
    return true;
}
