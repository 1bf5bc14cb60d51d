#include <models/executions/ExecutionCompare.h>

#include <models/common/Decimal.h>

#include <QHash>
#include <QJsonArray>

namespace
{
// The k-th node named `key` in a run: how nodes of one name are paired across two runs.
using Occurrence = QPair<QString, int>;

QVector<Occurrence> occurrences(const QVector<ExecutionNode>& nodes)
{
    QHash<QString, int> seen;
    QVector<Occurrence> result;
    result.reserve(nodes.size());
    for (const ExecutionNode& node : nodes)
        result.append({node.key, seen[node.key]++});
    return result;
}

QJsonValue optionalMs(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(double(*ms)) : QJsonValue();
}

QJsonArray changesJson(const JsonDiff& diff)
{
    QJsonArray changes;
    for (const JsonChange& change : diff.changes)
        changes.append(QJsonObject{{QStringLiteral("kind"), JsonChange::kindName(change.kind)},
                                   {QStringLiteral("path"), change.path},
                                   {QStringLiteral("before"), change.before},
                                   {QStringLiteral("after"), change.after}});
    return changes;
}
} // namespace

std::optional<qint64> ExecutionCompare::durationMs(const QDateTime& started, const QDateTime& finished)
{
    if (!started.isValid() || !finished.isValid())
        return std::nullopt;
    return started.msecsTo(finished);
}

QString NodeComparison::costDeltaUsd() const
{
    return Decimal::subtract(rightCostUsd, leftCostUsd);
}

QJsonObject NodeComparison::toJson() const
{
    const auto side = [](int index,
                         const QString& status,
                         const std::optional<qint64>& ms,
                         qint64 tokens,
                         const QString& cost) -> QJsonValue {
        if (index < 0)
            return QJsonValue();
        return QJsonObject{{QStringLiteral("status"), status},
                           {QStringLiteral("duration_ms"), optionalMs(ms)},
                           {QStringLiteral("tokens"), double(tokens)},
                           {QStringLiteral("cost_usd"), cost}};
    };
    return {{QStringLiteral("key"), key},
            {QStringLiteral("type"), type},
            {QStringLiteral("change"),
             !inBoth() ? (left < 0 ? QStringLiteral("added") : QStringLiteral("removed"))
                       : (differs() ? QStringLiteral("changed") : QStringLiteral("same"))},
            {QStringLiteral("first"), side(left, leftStatus, leftDurationMs, leftTokens, leftCostUsd)},
            {QStringLiteral("second"), side(right, rightStatus, rightDurationMs, rightTokens, rightCostUsd)},
            {QStringLiteral("status_changed"), statusChanged()},
            {QStringLiteral("input_differs"), inputDiffers},
            {QStringLiteral("output_differs"), outputDiffers},
            {QStringLiteral("cost_delta_usd"), inBoth() ? QJsonValue(costDeltaUsd()) : QJsonValue()}};
}

QJsonObject
ExecutionComparison::toJson(const ExecutionDetail& first, const ExecutionDetail& second, bool withDiffs) const
{
    QJsonArray rows;
    for (const NodeComparison& node : nodes) {
        QJsonObject row = node.toJson();
        if (withDiffs && node.inBoth()) {
            if (node.inputDiffers) {
                const JsonDiff diff = ExecutionCompare::inputDiff(first, second, node);
                row.insert(QStringLiteral("input_changes"), changesJson(diff));
                row.insert(QStringLiteral("input_changes_truncated"), diff.truncated);
            }
            if (node.outputDiffers) {
                const JsonDiff diff = ExecutionCompare::outputDiff(first, second, node);
                row.insert(QStringLiteral("output_changes"), changesJson(diff));
                row.insert(QStringLiteral("output_changes_truncated"), diff.truncated);
            }
        }
        rows.append(row);
    }
    const auto totals
        = [](const ExecutionSummary& run, qint64 tokens, const QString& cost, const std::optional<qint64>& ms) {
              return QJsonObject{{QStringLiteral("id"), run.id},
                                 {QStringLiteral("tenant_id"), run.tenantId},
                                 {QStringLiteral("workflow"), run.workflow},
                                 {QStringLiteral("status"), run.status},
                                 {QStringLiteral("duration_ms"), optionalMs(ms)},
                                 {QStringLiteral("tokens"), double(tokens)},
                                 {QStringLiteral("cost_usd"), cost}};
          };
    return {{QStringLiteral("first"), totals(left, leftTokens, leftCostUsd, leftDurationMs)},
            {QStringLiteral("second"), totals(right, rightTokens, rightCostUsd, rightDurationMs)},
            {QStringLiteral("added"), added},
            {QStringLiteral("removed"), removed},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("cost_delta_usd"), Decimal::subtract(rightCostUsd, leftCostUsd)},
            {QStringLiteral("nodes"), rows}};
}

ExecutionComparison ExecutionCompare::compare(const ExecutionDetail& first, const ExecutionDetail& second)
{
    ExecutionComparison result;
    result.left = first.summary;
    result.right = second.summary;
    result.leftDurationMs = durationMs(first.summary.startedAt, first.summary.finishedAt);
    result.rightDurationMs = durationMs(second.summary.startedAt, second.summary.finishedAt);
    const QVector<ExecutionNode>& a = first.nodes;
    const QVector<ExecutionNode>& b = second.nodes;
    const QVector<Occurrence> inA = occurrences(a);
    const QVector<Occurrence> inB = occurrences(b);
    QHash<Occurrence, int> whereInB;
    whereInB.reserve(b.size());
    for (int j = 0; j < b.size(); ++j)
        whereInB.insert(inB.at(j), j);
    QVector<int> partnerOfA(a.size(), -1);
    QVector<int> partnerOfB(b.size(), -1);
    for (int i = 0; i < a.size(); ++i) {
        const int j = whereInB.value(inA.at(i), -1);
        partnerOfA[i] = j;
        if (j >= 0)
            partnerOfB[j] = i;
    }

    const auto row = [&](int i, int j) {
        NodeComparison node;
        node.left = i;
        node.right = j;
        const ExecutionNode& any = i >= 0 ? a.at(i) : b.at(j);
        node.key = any.key;
        node.type = any.type;
        if (i >= 0) {
            const ExecutionNode& n = a.at(i);
            node.leftStatus = n.status;
            node.leftDurationMs = durationMs(n.startedAt, n.finishedAt);
            node.leftTokens = n.promptTokens + n.completionTokens;
            node.leftCostUsd = n.costUsd;
            result.leftTokens += node.leftTokens;
            result.leftCostUsd = Decimal::add(result.leftCostUsd, n.costUsd);
        }
        if (j >= 0) {
            const ExecutionNode& n = b.at(j);
            node.rightStatus = n.status;
            node.rightDurationMs = durationMs(n.startedAt, n.finishedAt);
            node.rightTokens = n.promptTokens + n.completionTokens;
            node.rightCostUsd = n.costUsd;
            result.rightTokens += node.rightTokens;
            result.rightCostUsd = Decimal::add(result.rightCostUsd, n.costUsd);
        }
        if (node.inBoth()) {
            node.inputDiffers = a.at(i).input != b.at(j).input;
            node.outputDiffers = a.at(i).output != b.at(j).output;
            result.changed += node.differs() ? 1 : 0;
        } else {
            (i >= 0 ? result.removed : result.added) += 1;
        }
        result.nodes.append(node);
    };

    // In the first run's order; a node only in the second run comes where the second run has it, after
    // the nodes before it there. A pair whose order differs between the runs is shown at the first's place.
    result.nodes.reserve(qMax(a.size(), b.size()));
    QVector<bool> shownB(b.size(), false);
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
        if (j < b.size() && shownB.at(j)) {
            ++j;
        } else if (j < b.size() && partnerOfB.at(j) < 0) {
            row(-1, j);
            shownB[j++] = true;
        } else if (i < a.size()) {
            const int partner = partnerOfA.at(i);
            row(i, partner);
            if (partner >= 0)
                shownB[partner] = true;
            ++i;
        } else {
            ++j; // paired with a node of the first run already shown
        }
    }
    return result;
}

JsonDiff ExecutionCompare::inputDiff(const ExecutionDetail& first,
                                     const ExecutionDetail& second,
                                     const NodeComparison& node,
                                     int limit)
{
    if (!node.inBoth())
        return {};
    return JsonDiff::betweenTexts(first.nodes.at(node.left).input, second.nodes.at(node.right).input, limit);
}

JsonDiff ExecutionCompare::outputDiff(const ExecutionDetail& first,
                                      const ExecutionDetail& second,
                                      const NodeComparison& node,
                                      int limit)
{
    if (!node.inBoth())
        return {};
    return JsonDiff::betweenTexts(first.nodes.at(node.left).output, second.nodes.at(node.right).output, limit);
}
