#include "ChatStreamDecoder.h"

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

bool parseObject(const QString& data, QJsonObject* object)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &error);
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
    if (event.data == QLatin1String("[DONE]")) {
        ChatStreamEvent done;
        done.kind = ChatStreamEvent::Kind::Done;
        done.finishReason = m_finishReason;
        out->append(done);
        m_finished = true;
        return;
    }
    QJsonObject chunk;
    if (!parseObject(event.data, &chunk)) {
        out->append(malformed(event.data));
        return;
    }
    // An error object in the stream (servers such as vLLM and LiteLLM send one before closing).
    if (chunk.contains(QStringLiteral("error"))) {
        const QJsonObject error = chunk.value(QStringLiteral("error")).toObject();
        ChatStreamEvent e;
        e.kind = ChatStreamEvent::Kind::Error;
        e.errorType = error.value(QStringLiteral("type")).toString(error.value(QStringLiteral("code")).toString());
        e.text = error.value(QStringLiteral("message")).toString(QString::fromUtf8(QJsonDocument(error).toJson()));
        out->append(e);
        return;
    }
    const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QString text
            = choice.value(QStringLiteral("delta")).toObject().value(QStringLiteral("content")).toString();
        if (!text.isEmpty()) {
            ChatStreamEvent e;
            e.text = text;
            out->append(e);
        }
        const QJsonValue reason = choice.value(QStringLiteral("finish_reason"));
        if (reason.isString())
            m_finishReason = reason.toString();
    }
    const QJsonValue usage = chunk.value(QStringLiteral("usage"));
    if (usage.isObject()) {
        ChatStreamEvent e;
        e.kind = ChatStreamEvent::Kind::Usage;
        e.promptTokens = count(usage.toObject(), QStringLiteral("prompt_tokens"));
        e.completionTokens = count(usage.toObject(), QStringLiteral("completion_tokens"));
        out->append(e);
    }
}

void AnthropicStreamDecoder::decode(const SseEvent& event, QVector<ChatStreamEvent>* out)
{
    if (event.type == QLatin1String("ping"))
        return;
    QJsonObject body;
    if (!parseObject(event.data, &body)) {
        out->append(malformed(event.data));
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
