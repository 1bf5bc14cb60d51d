#pragma once

#include <models/common/Fetched.h>
#include <models/executions/ExecutionRepository.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// An execution's LLM call as the platform recorded it, ready to be sent again from the Playground: the
// exact messages (tool calls and tool results included), the tools, the model and the parameters, the
// tenant, and what came back then (the answer, tokens, cost) to set beside the new answer.
//
// The platform records a call as an OpenAI Chat Completions request ({"model", "messages", "tools",
// "temperature", "max_tokens", ...}); a node whose input has no "messages" list is not a chat request,
// and fromNode() says so plainly.
struct RecordedCall
{
    Q_DECLARE_TR_FUNCTIONS(RecordedCall)

public:
    QString executionId;
    QString tenantId;
    QString tenantName;
    QString nodeKey;
    int seq = 0;
    QString model;
    QJsonArray messages;
    QJsonArray tools;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QJsonObject extraParameters; // every other request field as recorded (top_p, stop, seed, ...)
    // What came back then.
    QString recordedStatus;
    QString recordedAnswer; // the answer's text; empty when the call failed
    QString recordedError;
    qint64 recordedPromptTokens = 0;
    qint64 recordedCompletionTokens = 0;
    QString recordedCostUsd;

    static Fetched<RecordedCall> fromNode(const ExecutionSummary& run, const ExecutionNode& node);
    // The recorded messages as a person reads them, tool calls and results spelled out.
    struct Line
    {
        QString role; // system, user, assistant, tool
        QString text;
    };
    QVector<Line> transcript() const;
    int toolCallCount() const;
};
