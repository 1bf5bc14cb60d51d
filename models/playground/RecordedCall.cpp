#include <models/playground/RecordedCall.h>

#include <models/common/JsonText.h>
#include <net/AnthropicFormat.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace
{
// The answer's text in what the platform recorded: its own {"content"}, an OpenAI completion
// (choices[0].message.content) or an Anthropic message (text content blocks).
QString answerText(const QJsonObject& output)
{
    if (output.value(QStringLiteral("content")).isString())
        return output.value(QStringLiteral("content")).toString();
    const QJsonArray choices = output.value(QStringLiteral("choices")).toArray();
    if (!choices.isEmpty())
        return openAiContentText(choices.first()[QStringLiteral("message")][QStringLiteral("content")]);
    QStringList texts;
    for (const QJsonValue& block : output.value(QStringLiteral("content")).toArray())
        if (block[QStringLiteral("type")].toString() == QLatin1String("text"))
            texts << block[QStringLiteral("text")].toString();
    return texts.join(QString());
}
} // namespace

Fetched<RecordedCall> RecordedCall::fromNode(const ExecutionSummary& run, const ExecutionNode& node)
{
    Fetched<RecordedCall> fetched;
    QJsonParseError error{};
    const QJsonDocument input = QJsonDocument::fromJson(node.input.toUtf8(), &error);
    const QJsonObject request = input.object();
    const QJsonValue messages = request.value(QStringLiteral("messages"));
    if (node.input.trimmed().isEmpty() || error.error != QJsonParseError::NoError || !input.isObject()
        || !messages.isArray() || messages.toArray().isEmpty()) {
        fetched.error = tr("Node %1 (%2) did not record a chat request: its input has no \"messages\" list, so it "
                           "cannot be sent again in the Playground.")
                            .arg(node.key, node.type);
        return fetched;
    }
    for (const QJsonValue& message : messages.toArray())
        if (!message.isObject() || !message[QStringLiteral("role")].isString()) {
            fetched.error = tr("Node %1's recorded messages are not all chat messages (each needs a \"role\"): it "
                               "cannot be sent again as it was.")
                                .arg(node.key);
            return fetched;
        }
    RecordedCall& call = fetched.value;
    call.executionId = run.id;
    call.tenantId = run.tenantId;
    call.tenantName = run.tenantName;
    call.nodeKey = node.key;
    call.seq = node.seq;
    call.model = request.value(QStringLiteral("model")).toString(node.model);
    if (call.model.isEmpty())
        call.model = node.model;
    call.messages = messages.toArray();
    call.tools = request.value(QStringLiteral("tools")).toArray();
    if (request.value(QStringLiteral("temperature")).isDouble())
        call.temperature = request.value(QStringLiteral("temperature")).toDouble();
    for (const char* key : {"max_tokens", "max_completion_tokens"})
        if (request.value(QLatin1String(key)).isDouble())
            call.maxTokens = request.value(QLatin1String(key)).toInt();
    static const QStringList sentOtherwise{QStringLiteral("model"),
                                           QStringLiteral("messages"),
                                           QStringLiteral("tools"),
                                           QStringLiteral("temperature"),
                                           QStringLiteral("max_tokens"),
                                           QStringLiteral("max_completion_tokens"),
                                           QStringLiteral("stream"),
                                           QStringLiteral("stream_options")};
    for (auto it = request.begin(); it != request.end(); ++it)
        if (!sentOtherwise.contains(it.key()))
            call.extraParameters.insert(it.key(), it.value());
    call.recordedStatus = node.status;
    call.recordedAnswer = answerText(QJsonDocument::fromJson(node.output.toUtf8()).object());
    call.recordedError = node.errorMessage;
    call.recordedPromptTokens = node.promptTokens;
    call.recordedCompletionTokens = node.completionTokens;
    call.recordedCostUsd = node.costUsd;
    return fetched;
}

QVector<RecordedCall::Line> RecordedCall::transcript() const
{
    QVector<Line> lines;
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        const QString text = openAiContentText(message.value(QStringLiteral("content")));
        if (role == QLatin1String("tool")) {
            lines.append(
                {role, tr("Result of %1: %2").arg(message.value(QStringLiteral("tool_call_id")).toString(), text)});
            continue;
        }
        if (!text.isEmpty())
            lines.append({role, text});
        for (const QJsonValue& call : message.value(QStringLiteral("tool_calls")).toArray())
            lines.append({role,
                          tr("Calls %1(%2) as %3")
                              .arg(call[QStringLiteral("function")][QStringLiteral("name")].toString(),
                                   jsonValueText(call[QStringLiteral("function")][QStringLiteral("arguments")]),
                                   call[QStringLiteral("id")].toString())});
    }
    return lines;
}

int RecordedCall::toolCallCount() const
{
    int count = 0;
    for (const QJsonValue& message : messages)
        count += int(message[QStringLiteral("tool_calls")].toArray().size());
    return count;
}
