#include <models/common/DisplayText.h>
#include <models/plans/AuditTableModel.h>

#include <QLocale>

void AuditTableModel::setEntries(const QVector<AuditEntry>& entries, bool hasMore)
{
    beginResetModel();
    m_entries = entries;
    m_hasMore = hasMore;
    m_loadingMore = false;
    endResetModel();
}

void AuditTableModel::appendEntries(const QVector<AuditEntry>& entries, bool hasMore)
{
    m_loadingMore = false;
    m_hasMore = hasMore;
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries += entries;
    endInsertRows();
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loadingMore && !m_entries.isEmpty();
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loadingMore = true;
    emit moreRequested(m_entries.constLast().id);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == BeforeColumn || index.column() == AfterColumn))
        return plainToolTip((index.column() == BeforeColumn ? e.before : e.after).left(4000));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return role == Qt::EditRole ? e.at.toUTC().toString(Qt::ISODateWithMs)
                                    : QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return e.action;
    case ObjectColumn:
        return QStringLiteral("%1 %2").arg(e.objectType, e.objectId);
    case TenantColumn:
        return e.tenantId;
    case BeforeColumn:
        return role == Qt::EditRole ? e.before : e.before.left(200);
    case AfterColumn:
        return role == Qt::EditRole ? e.after : e.after.left(200);
    case ReasonColumn:
        return e.reason;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case TenantColumn:
        return tr("Tenant");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}
