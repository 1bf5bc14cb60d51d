#pragma once

#include <models/common/JsonDiff.h>
#include <models/executions/ExecutionRepository.h>

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

// One node of two compared executions: the same node (by name, and by its place among the nodes of that
// name) in each run, or in one run only.
struct NodeComparison
{
    int left = -1; // index into the first run's nodes; -1: not in it
    int right = -1;
    QString key;
    QString type;
    QString leftStatus;
    QString rightStatus;
    std::optional<qint64> leftDurationMs; // none: not started or not finished
    std::optional<qint64> rightDurationMs;
    qint64 leftTokens = 0;
    qint64 rightTokens = 0;
    QString leftCostUsd = QStringLiteral("0");
    QString rightCostUsd = QStringLiteral("0");
    bool inputDiffers = false; // the texts differ; what differs is JsonDiff's (asked per node)
    bool outputDiffers = false;

    bool inBoth() const { return left >= 0 && right >= 0; }
    bool statusChanged() const { return inBoth() && leftStatus != rightStatus; }
    // Anything a person would look at: added, removed, another status, other input or output.
    bool differs() const { return !inBoth() || statusChanged() || inputDiffers || outputDiffers; }
    QString costDeltaUsd() const; // right minus left
    QJsonObject toJson() const;
};

// Two executions side by side: totals of both runs and their nodes aligned.
struct ExecutionComparison
{
    ExecutionSummary left;
    ExecutionSummary right;
    QVector<NodeComparison> nodes;
    qint64 leftTokens = 0;
    qint64 rightTokens = 0;
    QString leftCostUsd = QStringLiteral("0");
    QString rightCostUsd = QStringLiteral("0");
    std::optional<qint64> leftDurationMs;
    std::optional<qint64> rightDurationMs;
    int added = 0; // nodes only in the second run
    int removed = 0; // only in the first
    int changed = 0; // in both, with another status, input or output

    // With each differing node's input and output diff (`diffLimit` changes each) when asked.
    QJsonObject toJson(const ExecutionDetail& first, const ExecutionDetail& second, bool withDiffs) const;
};

// Compares two executions (a failed run and its retry, two runs of a workflow, a node before and after a
// plan change): nodes aligned by name and, among nodes of one name, by position; linear in the nodes, so
// a 10,000-node trace compares in milliseconds. Input and output diffs are made per node on demand.
class ExecutionCompare
{
public:
    static ExecutionComparison compare(const ExecutionDetail& first, const ExecutionDetail& second);
    static JsonDiff
    inputDiff(const ExecutionDetail& first, const ExecutionDetail& second, const NodeComparison& node, int limit = 500);
    static JsonDiff outputDiff(const ExecutionDetail& first,
                               const ExecutionDetail& second,
                               const NodeComparison& node,
                               int limit = 500);
    static std::optional<qint64> durationMs(const QDateTime& started, const QDateTime& finished);
};
