#pragma once

#include <QJsonArray>
#include <QString>

// A chat recorded in OpenAI's Chat Completions format (what the platform stores for an LLM node), in
// Anthropic's Messages format, following each API's documentation:
// - system (and developer) messages become the top-level `system` text;
// - an assistant message's tool_calls become `tool_use` content blocks (id, name, input parsed from the
//   arguments' JSON text), after its text if it has any;
// - `tool` messages become `tool_result` blocks (tool_use_id, content) of one user message, consecutive
//   results together, as Anthropic wants every result of an assistant turn in the next user turn;
// - text content parts stay text blocks; tools become {name, description, input_schema}.
struct AnthropicConversation
{
    QString system;
    QJsonArray messages;
    QJsonArray tools;
};

AnthropicConversation anthropicFromOpenAiChat(const QJsonArray& messages, const QJsonArray& tools);

// The text of an OpenAI message's content: the string, or its text parts one per line.
QString openAiContentText(const QJsonValue& content);
