#include <models/executions/TraceModel.h>

#include <models/common/Decimal.h>
#include <models/executions/ExecutionListModel.h>

#include <QColor>
#include <QLocale>

void TraceModel::clear()
{
    setTrace({});
}

void TraceModel::setTrace(const ExecutionDetail& detail)
{
    beginResetModel();
    m_trace = detail;
    m_offsetMs.clear();
    m_durationMs.clear();
    m_failedRow = -1;
    m_totalTokens = 0;
    m_totalCost = QStringLiteral("0");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_origin = QDateTime();
    QDateTime end;
    for (const ExecutionNode& node : m_trace.nodes) {
        if (node.startedAt.isValid() && (!m_origin.isValid() || node.startedAt < m_origin))
            m_origin = node.startedAt;
        const QDateTime nodeEnd
            = node.finishedAt.isValid() ? node.finishedAt : (node.startedAt.isValid() ? now : QDateTime());
        if (nodeEnd.isValid() && (!end.isValid() || nodeEnd > end))
            end = nodeEnd;
    }
    m_spanMs = m_origin.isValid() && end.isValid() ? qMax<qint64>(1, m_origin.msecsTo(end)) : 1;
    qint64 costUnits = 0;
    bool unitsExact = true;
    m_offsetMs.reserve(m_trace.nodes.size());
    m_durationMs.reserve(m_trace.nodes.size());
    for (int i = 0; i < m_trace.nodes.size(); ++i) {
        const ExecutionNode& node = m_trace.nodes.at(i);
        const qint64 offset = node.startedAt.isValid() && m_origin.isValid() ? m_origin.msecsTo(node.startedAt) : -1;
        const QDateTime nodeEnd = node.finishedAt.isValid() ? node.finishedAt : now;
        m_offsetMs.append(offset);
        m_durationMs.append(node.startedAt.isValid() ? qMax<qint64>(0, node.startedAt.msecsTo(nodeEnd)) : -1);
        m_totalTokens += node.promptTokens + node.completionTokens;
        // Fixed-point sums (exact for numeric(18, 8)); decimal text only if a value does not fit.
        qint64 units = 0;
        if (unitsExact && Decimal::toUnits(node.costUsd, &units))
            costUnits += units;
        else
            unitsExact = false;
        if (m_failedRow < 0 && node.status == QLatin1String("failed"))
            m_failedRow = i;
    }
    if (unitsExact) {
        m_totalCost = Decimal::fromUnits(costUnits);
    } else {
        for (const ExecutionNode& node : m_trace.nodes)
            m_totalCost = Decimal::add(m_totalCost, node.costUsd);
    }
    endResetModel();
}

const ExecutionNode* TraceModel::node(int row) const
{
    return row >= 0 && row < m_trace.nodes.size() ? &m_trace.nodes.at(row) : nullptr;
}

bool TraceModel::isRestoredCheckpoint(int row) const
{
    const ExecutionNode* n = node(row);
    return n && m_trace.summary.resumeFrom > 0 && n->seq < m_trace.summary.resumeFrom;
}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_trace.nodes.size());
}

int TraceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    const ExecutionNode* n = node(index.row());
    if (!n)
        return {};
    const int row = index.row();
    switch (role) {
    case OffsetFractionRole:
        return m_offsetMs.at(row) < 0 ? QVariant() : QVariant(double(m_offsetMs.at(row)) / double(m_spanMs));
    case WidthFractionRole:
        return m_durationMs.at(row) < 0 ? QVariant() : QVariant(double(m_durationMs.at(row)) / double(m_spanMs));
    case StatusRole:
        return n->status;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(ExecutionListModel::statusColor(n->status)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TimelineColumn && m_offsetMs.at(row) >= 0)
            return tr("starts at +%1 ms, runs %2 ms").arg(m_offsetMs.at(row)).arg(m_durationMs.at(row));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return n->seq;
    case NodeColumn:
        // An imported OTLP trace nests spans; a workflow's nodes have depth 0.
        return n->depth > 0 ? QString(qMin(n->depth, 16) * 2, u' ') + n->key : n->key;
    case TypeColumn:
        return n->model.isEmpty() ? n->type : QStringLiteral("%1 · %2").arg(n->type, n->model);
    case StatusColumn:
        if (isRestoredCheckpoint(row))
            return tr("%1 (checkpoint)").arg(n->status);
        return n->willRetry ? tr("%1, will retry").arg(n->status) : n->status;
    case DurationColumn:
        return m_durationMs.at(row) < 0 ? QString() : ExecutionListModel::durationText(n->startedAt, n->finishedAt);
    case TokensColumn:
        return QLocale().toString(n->promptTokens + n->completionTokens);
    case CostColumn:
        return Decimal::formatMoney(n->costUsd, 4);
    case AttemptColumn:
        return n->attempt;
    }
    return {};
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case NodeColumn:
        return tr("Node");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case TimelineColumn:
        return tr("Timeline");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case AttemptColumn:
        return tr("Attempt");
    }
    return {};
}
