#include <net/ChatStreamDecoder.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
ChatStreamEvent malformed(const QString& what)
{
    ChatStreamEvent e;
    e.kind = ChatStreamEvent::Kind::Error;
    e.errorType = QStringLiteral("malformed_stream");
    e.text
        = QCoreApplication::translate("ChatStreamDecoder", "The provider sent something that is not valid JSON (%1).")
              .arg(what.left(200));
    return e;
}

bool parseObject(const QByteArray& data, QJsonObject* object)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

std::optional<qint64> count(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (!v.isDouble() || v.toDouble() < 0)
        return std::nullopt;
    return qint64(v.toDouble());
}
} // namespace

QVector<ChatStreamEvent> ChatStreamDecoder::feed(QByteArrayView bytes)
{
    QVector<ChatStreamEvent> out;
    for (const SseEvent& event : m_sse.feed(bytes))
        decode(event, &out);
    return out;
}

void OpenAiStreamDecoder::decode(const SseEvent& event, QVector<ChatStreamEvent>* out)
{
    if (event.data == "[DONE]") {
        ChatStreamEvent done;
        done.kind = ChatStreamEvent::Kind::Done;
        done.finishReason = m_finishReason;
        out->append(done);
        m_finished = true;
        return;
    }
    // The common chunk on the fast path; anything with an error object goes through QJsonDocument.
    enum Field
    {
        Content,
        FinishReason,
        Usage,
        PromptTokens,
        CompletionTokens,
        ErrorField,
    };
    if (!m_fields.parse(event.data)) {
        out->append(malformed(event.text()));
        return;
    }
    // An error object in the stream (servers such as vLLM and LiteLLM send one before closing).
    if (m_fields.at(ErrorField).kind != JsonFields::Kind::Missing) {
        QJsonObject chunk;
        parseObject(event.data, &chunk);
        const QJsonObject error = chunk.value(QStringLiteral("error")).toObject();
        ChatStreamEvent e;
        e.kind = ChatStreamEvent::Kind::Error;
        e.errorType = error.value(QStringLiteral("type")).toString(error.value(QStringLiteral("code")).toString());
        e.text = error.value(QStringLiteral("message")).toString(QString::fromUtf8(QJsonDocument(error).toJson()));
        out->append(e);
        return;
    }
    const JsonFields::Value& content = m_fields.at(Content);
    if (content.kind == JsonFields::Kind::String && !content.string.isEmpty()) {
        ChatStreamEvent e;
        e.text = content.string;
        out->append(e);
    }
    if (m_fields.at(FinishReason).kind == JsonFields::Kind::String)
        m_finishReason = m_fields.at(FinishReason).string;
    if (m_fields.at(Usage).kind == JsonFields::Kind::Object) {
        auto tokens = [this](int field) -> std::optional<qint64> {
            const JsonFields::Value& v = m_fields.at(field);
            if (v.kind != JsonFields::Kind::Number || v.number < 0)
                return std::nullopt;
            return qint64(v.number);
        };
        ChatStreamEvent e;
        e.kind = ChatStreamEvent::Kind::Usage;
        e.promptTokens = tokens(PromptTokens);
        e.completionTokens = tokens(CompletionTokens);
        out->append(e);
    }
}

void AnthropicStreamDecoder::decode(const SseEvent& event, QVector<ChatStreamEvent>* out)
{
    if (event.type == QLatin1String("ping"))
        return;
    QJsonObject body;
    if (!parseObject(event.data, &body)) {
        out->append(malformed(event.text()));
        return;
    }
    const QString type
        = event.type != QLatin1String("message") ? event.type : body.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("message_start")) {
        const QJsonObject usage
            = body.value(QStringLiteral("message")).toObject().value(QStringLiteral("usage")).toObject();
        ChatStreamEvent e;
        e.kind = ChatStreamEvent::Kind::Usage;
        e.promptTokens = count(usage, QStringLiteral("input_tokens"));
        e.completionTokens = count(usage, QStringLiteral("output_tokens"));
        out->append(e);
    } else if (type == QLatin1String("content_block_delta")) {
        const QJsonObject delta = body.value(QStringLiteral("delta")).toObject();
        if (delta.value(QStringLiteral("type")).toString() == QLatin1String("text_delta")) {
            ChatStreamEvent e;
            e.text = delta.value(QStringLiteral("text")).toString();
            if (!e.text.isEmpty())
                out->append(e);
        }
    } else if (type == QLatin1String("message_delta")) {
        const QJsonValue reason = body.value(QStringLiteral("delta")).toObject().value(QStringLiteral("stop_reason"));
        if (reason.isString())
            m_stopReason = reason.toString();
        const QJsonObject usage = body.value(QStringLiteral("usage")).toObject();
        if (!usage.isEmpty()) {
            ChatStreamEvent e;
            e.kind = ChatStreamEvent::Kind::Usage;
            e.completionTokens = count(usage, QStringLiteral("output_tokens"));
            out->append(e);
        }
    } else if (type == QLatin1String("message_stop")) {
        ChatStreamEvent done;
        done.kind = ChatStreamEvent::Kind::Done;
        done.finishReason = m_stopReason;
        out->append(done);
        m_finished = true;
    } else if (type == QLatin1String("error")) {
        const QJsonObject error = body.value(QStringLiteral("error")).toObject();
        ChatStreamEvent e;
        e.kind = ChatStreamEvent::Kind::Error;
        e.errorType = error.value(QStringLiteral("type")).toString();
        e.text = error.value(QStringLiteral("message")).toString();
        out->append(e);
    }
    // content_block_start, content_block_stop and unknown events carry nothing to show.
}
