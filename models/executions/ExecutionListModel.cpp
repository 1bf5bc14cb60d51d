#include <models/common/DisplayText.h>
#include <models/executions/ExecutionListModel.h>

#include <models/common/Decimal.h>

#include <QColor>
#include <QLocale>

QString ExecutionListModel::durationText(const QDateTime& start, const QDateTime& end)
{
    if (!start.isValid())
        return {};
    const qint64 ms = start.msecsTo(end.isValid() ? end : QDateTime::currentDateTimeUtc());
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QColor ExecutionListModel::statusColor(const QString& status)
{
    if (status == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("running"))
        return QColor(0x15, 0x65, 0xc0);
    if (status == QLatin1String("queued"))
        return QColor(0x6d, 0x6d, 0x6d);
    if (status == QLatin1String("cancelled"))
        return QColor(0xb2, 0x6a, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

void ExecutionListModel::setRows(const QVector<ExecutionSummary>& rows, bool hasMore)
{
    beginResetModel();
    m_rows = rows;
    m_ids.clear();
    for (const ExecutionSummary& row : rows)
        m_ids.insert(row.id);
    m_hasMore = hasMore;
    m_loadingMore = false;
    endResetModel();
}

void ExecutionListModel::appendRows(const QVector<ExecutionSummary>& rows, bool hasMore)
{
    m_loadingMore = false;
    m_hasMore = hasMore;
    // A live insert may already hold some of these.
    QVector<ExecutionSummary> fresh;
    for (const ExecutionSummary& row : rows)
        if (!m_ids.contains(row.id))
            fresh.append(row);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows += fresh;
    for (const ExecutionSummary& row : fresh)
        m_ids.insert(row.id);
    endInsertRows();
}

int ExecutionListModel::rowOf(const QString& id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int ExecutionListModel::mergeLive(const QVector<ExecutionSummary>& rows)
{
    int inserted = 0;
    for (const ExecutionSummary& row : rows) {
        const int existing = rowOf(row.id);
        if (existing >= 0) {
            m_rows[existing] = row;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            continue;
        }
        // Newest first: the place of the first row older than this one (by the exact server cursor).
        const auto newer = [&row](const ExecutionSummary& shown) {
            return shown.cursor > row.cursor || (shown.cursor == row.cursor && shown.id > row.id);
        };
        int at = 0;
        while (at < m_rows.size() && newer(m_rows.at(at)))
            ++at;
        if (at == m_rows.size() && m_hasMore)
            continue; // older than what is loaded: it arrives with its page
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        m_ids.insert(row.id);
        endInsertRows();
        ++inserted;
    }
    return inserted;
}

bool ExecutionListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loadingMore && !m_rows.isEmpty();
}

void ExecutionListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loadingMore = true;
    emit moreRequested(m_rows.constLast().cursor, m_rows.constLast().id);
}

int ExecutionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExecutionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExecutionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ExecutionSummary& e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == StatusRole)
        return e.status;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return statusColor(e.status);
    if (role == Qt::TextAlignmentRole
        && (index.column() == TokensColumn || index.column() == CostColumn || index.column() == DurationColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !e.errorMessage.isEmpty())
        return plainToolTip(e.errorMessage.left(2000));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CreatedColumn:
        return QLocale().toString(e.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case StatusColumn:
        return e.retryOf.isEmpty() ? e.status : tr("%1 (retry)").arg(e.status);
    case TenantColumn:
        return e.tenantName;
    case WorkflowColumn:
        return e.workflow;
    case DurationColumn:
        return durationText(e.startedAt, e.finishedAt);
    case TokensColumn:
        return QLocale().toString(e.totalTokens);
    case CostColumn:
        return Decimal::formatMoney(e.costUsd, 4);
    case ErrorColumn:
        return e.errorCode.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(e.errorCode, e.errorMessage.left(200));
    }
    return {};
}

QVariant ExecutionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case TenantColumn:
        return tr("Tenant");
    case WorkflowColumn:
        return tr("Workflow");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}
