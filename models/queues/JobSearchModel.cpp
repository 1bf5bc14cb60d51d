#include <models/queues/JobSearchModel.h>

void JobSearchModel::clear()
{
    beginResetModel();
    m_jobs.clear();
    endResetModel();
}

void JobSearchModel::append(const QVector<JobSummary>& jobs)
{
    if (jobs.isEmpty())
        return;
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + jobs.size() - 1));
    m_jobs += jobs;
    endInsertRows();
}

void JobSearchModel::setNames(const QHash<QString, QString>& names)
{
    m_names = names;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, TenantColumn), index(int(m_jobs.size()) - 1, TenantColumn));
}

int JobSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobSummary& job = m_jobs.at(index.row());
    if (role == Qt::UserRole)
        return job.id;
    if (role == Qt::UserRole + 1)
        return job.queue;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case QueueColumn:
        return job.queue;
    case IdColumn:
        return job.id;
    case StateColumn:
        return job.state;
    case NameColumn:
        return job.name;
    case TenantColumn:
        if (job.tenantId.isEmpty())
            return QStringLiteral("–");
        return m_names.value(job.tenantId, job.tenantId);
    case ReasonColumn:
        return job.failedReason;
    default:
        return {};
    }
}

QVariant JobSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueueColumn:
        return tr("Queue");
    case IdColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Name");
    case TenantColumn:
        return tr("Tenant");
    case ReasonColumn:
        return tr("Failed reason");
    default:
        return {};
    }
}
