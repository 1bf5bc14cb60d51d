#pragma once

#include <net/JsonFields.h>
#include <net/SseParser.h>

#include <QString>
#include <QVector>

#include <optional>

// What a provider's streaming answer says, one piece at a time.
struct ChatStreamEvent
{
    enum class Kind
    {
        Text, // more of the answer
        Usage, // token counts (final chunk for OpenAI; message_start/message_delta for Anthropic)
        Done, // the answer is complete
        Error, // the provider reported an error inside the stream
    };
    Kind kind = Kind::Text;
    QString text; // Text: the delta; Error: the provider's message
    QString errorType; // Error: e.g. "overloaded_error", "rate_limit_exceeded"
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    QString finishReason; // Done: "stop", "length", "end_turn", "max_tokens", ...
};

// Turns a provider's text/event-stream bytes into ChatStreamEvents, following the provider's documented
// wire format. Bytes may arrive split anywhere; malformed JSON in an event is an Error event, never a crash.
class ChatStreamDecoder
{
public:
    virtual ~ChatStreamDecoder() = default;
    QVector<ChatStreamEvent> feed(QByteArrayView bytes);
    bool finished() const { return m_finished; }
    bool failed() const { return m_sse.failed(); }
    QString sseError() const { return m_sse.error(); }

protected:
    virtual void decode(const SseEvent& event, QVector<ChatStreamEvent>* out) = 0;
    bool m_finished = false;

private:
    SseParser m_sse;
};

// OpenAI chat completions with "stream": true (and any compatible server: vLLM, Ollama, llama.cpp,
// LiteLLM): `data: {chunk}` events whose choices[0].delta.content is the text, finish_reason on the last
// choice chunk, usage in a final chunk with empty choices (stream_options.include_usage), `data: [DONE]`.
class OpenAiStreamDecoder : public ChatStreamDecoder
{
protected:
    void decode(const SseEvent& event, QVector<ChatStreamEvent>* out) override;

private:
    QString m_finishReason;
    JsonFields m_fields{"choices.0.delta.content",
                        "choices.0.finish_reason",
                        "usage",
                        "usage.prompt_tokens",
                        "usage.completion_tokens",
                        "error"};
};

// Anthropic Messages streaming: message_start (usage.input_tokens), content_block_start,
// content_block_delta (text_delta), content_block_stop, message_delta (stop_reason, usage.output_tokens),
// message_stop, ping, and error events.
class AnthropicStreamDecoder : public ChatStreamDecoder
{
protected:
    void decode(const SseEvent& event, QVector<ChatStreamEvent>* out) override;

private:
    QString m_stopReason;
};
