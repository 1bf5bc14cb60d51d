#include <net/AnthropicFormat.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace
{
// OpenAI content: a string, or a list of parts of which the text parts are kept.
QJsonArray textBlocks(const QJsonValue& content)
{
    QJsonArray blocks;
    if (content.isString()) {
        if (!content.toString().isEmpty())
            blocks.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), content}});
        return blocks;
    }
    for (const QJsonValue& part : content.toArray())
        if (part[QStringLiteral("type")].toString() == QLatin1String("text"))
            blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("text"), part[QStringLiteral("text")].toString()}});
    return blocks;
}

// A tool call's arguments are JSON text; Anthropic's input is the object itself.
QJsonObject toolInput(const QString& arguments)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(arguments.toUtf8());
    return parsed.isObject() ? parsed.object() : QJsonObject{{QStringLiteral("arguments"), arguments}};
}
} // namespace

AnthropicConversation anthropicFromOpenAiChat(const QJsonArray& messages, const QJsonArray& tools)
{
    AnthropicConversation out;
    QStringList system;
    QJsonArray pendingResults; // tool results waiting to be one user message
    const auto flushResults = [&] {
        if (pendingResults.isEmpty())
            return;
        out.messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), pendingResults}});
        pendingResults = QJsonArray();
    };
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        if (role == QLatin1String("system") || role == QLatin1String("developer")) {
            const QString text = openAiContentText(message.value(QStringLiteral("content")));
            if (!text.isEmpty())
                system << text;
            continue;
        }
        if (role == QLatin1String("tool")) {
            const QJsonValue content = message.value(QStringLiteral("content"));
            pendingResults.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("tool_result")},
                {QStringLiteral("tool_use_id"), message.value(QStringLiteral("tool_call_id")).toString()},
                {QStringLiteral("content"), content.isString() ? content.toString() : openAiContentText(content)}});
            continue;
        }
        flushResults();
        QJsonArray blocks = textBlocks(message.value(QStringLiteral("content")));
        if (role == QLatin1String("assistant"))
            for (const QJsonValue& call : message.value(QStringLiteral("tool_calls")).toArray()) {
                const QJsonObject function = call[QStringLiteral("function")].toObject();
                blocks.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("tool_use")},
                    {QStringLiteral("id"), call[QStringLiteral("id")].toString()},
                    {QStringLiteral("name"), function.value(QStringLiteral("name")).toString()},
                    {QStringLiteral("input"), toolInput(function.value(QStringLiteral("arguments")).toString())}});
            }
        if (blocks.isEmpty())
            continue; // Anthropic refuses empty content
        const bool onlyText
            = blocks.size() == 1 && blocks.first()[QStringLiteral("type")].toString() == QLatin1String("text");
        out.messages.append(QJsonObject{
            {QStringLiteral("role"),
             role == QLatin1String("assistant") ? QStringLiteral("assistant") : QStringLiteral("user")},
            {QStringLiteral("content"), onlyText ? blocks.first()[QStringLiteral("text")] : QJsonValue(blocks)}});
    }
    flushResults();
    out.system = system.join(QStringLiteral("\n\n"));
    for (const QJsonValue& tool : tools) {
        const QJsonObject function = tool[QStringLiteral("function")].toObject();
        if (function.isEmpty())
            continue;
        QJsonObject converted{{QStringLiteral("name"), function.value(QStringLiteral("name"))},
                              {QStringLiteral("input_schema"),
                               function.value(QStringLiteral("parameters")).isObject()
                                   ? function.value(QStringLiteral("parameters"))
                                   : QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}})}};
        if (function.contains(QStringLiteral("description")))
            converted.insert(QStringLiteral("description"), function.value(QStringLiteral("description")));
        out.tools.append(converted);
    }
    return out;
}

QString openAiContentText(const QJsonValue& content)
{
    QStringList texts;
    for (const QJsonValue& block : textBlocks(content))
        texts << block[QStringLiteral("text")].toString();
    return texts.join(u'\n');
}
