#pragma once

#include <QByteArray>

// Pieces of an OpenAI Chat Completions stream as the API documents it, for the tests' provider peers: the
// HTTP head, a content delta chunk, and the end (finish_reason, the usage chunk of
// stream_options.include_usage, [DONE]).
namespace OpenAiSse
{
inline QByteArray head()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
}

// `text` goes into a JSON string as it is: escape quotes and backslashes yourself.
inline QByteArray chunk(const QByteArray& text)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n";
}

inline QByteArray tail(int promptTokens, int completionTokens)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
           "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":"
        + QByteArray::number(promptTokens) + ",\"completion_tokens\":" + QByteArray::number(completionTokens)
        + "}}\n\ndata: [DONE]\n\n";
}
} // namespace OpenAiSse
