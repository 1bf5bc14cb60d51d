#include <models/queues/QueueModels.h>

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace QueueColumns
{
const QStringList& states()
{
    static const QStringList shown{QStringLiteral("wait"),
                                   QStringLiteral("active"),
                                   QStringLiteral("delayed"),
                                   QStringLiteral("prioritized"),
                                   QStringLiteral("completed"),
                                   QStringLiteral("failed")};
    return shown;
}

QString stateTitle(const QString& state)
{
    if (state == QLatin1String("wait"))
        return QCoreApplication::translate("QueueColumns", "Waiting");
    if (state == QLatin1String("active"))
        return QCoreApplication::translate("QueueColumns", "Active");
    if (state == QLatin1String("delayed"))
        return QCoreApplication::translate("QueueColumns", "Delayed");
    if (state == QLatin1String("prioritized"))
        return QCoreApplication::translate("QueueColumns", "Prioritized");
    if (state == QLatin1String("completed"))
        return QCoreApplication::translate("QueueColumns", "Completed");
    if (state == QLatin1String("failed"))
        return QCoreApplication::translate("QueueColumns", "Failed");
    if (state == QLatin1String("paused"))
        return QCoreApplication::translate("QueueColumns", "Paused");
    if (state == QLatin1String("waiting-children"))
        return QCoreApplication::translate("QueueColumns", "Waiting for children");
    return state;
}
} // namespace QueueColumns

void QueueCountsModel::setCounts(const QVector<QueueCounts>& counts)
{
    // Same queues: update in place so the selection survives a live refresh.
    bool sameQueues = counts.size() == m_counts.size();
    for (qsizetype i = 0; sameQueues && i < counts.size(); ++i)
        sameQueues = counts.at(i).queue == m_counts.at(i).queue;
    if (sameQueues) {
        m_counts = counts;
        if (!m_counts.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_counts.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

int QueueCountsModel::rowOf(const QString& queue) const
{
    for (int i = 0; i < m_counts.size(); ++i)
        if (m_counts.at(i).queue == queue)
            return i;
    return -1;
}

int QueueCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int QueueCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(QueueColumns::states().size()) + 1;
}

QVariant QueueCountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const QueueCounts& c = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() > 0
        && QueueColumns::states().at(index.column() - 1) == QLatin1String("failed")
        && c.count(QStringLiteral("failed")) > 0)
        return QColor(0xc6, 0x28, 0x28);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == 0)
        return c.paused ? tr("%1 (paused)").arg(c.queue) : c.queue;
    return QLocale().toString(c.count(QueueColumns::states().at(index.column() - 1)));
}

QVariant QueueCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Queue") : QueueColumns::stateTitle(QueueColumns::states().value(section - 1));
}

void TenantJobCountsModel::setCounts(const QVector<TenantJobCounts>& counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

void TenantJobCountsModel::setNames(const QHash<QString, QString>& names)
{
    m_names.insert(names);
    if (!m_counts.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_counts.size()) - 1, 0));
}

int TenantJobCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int TenantJobCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(QueueColumns::states().size()) + 1;
}

QVariant TenantJobCountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const TenantJobCounts& c = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return c.tenantId;
    if (role == Qt::ToolTipRole && index.column() == 0)
        return c.tenantId;
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == 0)
        return c.tenantId.isEmpty() ? tr("(no tenant in job data)") : m_names.value(c.tenantId, c.tenantId);
    return QLocale().toString(c.byState.value(QueueColumns::states().at(index.column() - 1)));
}

QVariant TenantJobCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Tenant") : QueueColumns::stateTitle(QueueColumns::states().value(section - 1));
}

void JobListModel::setJobs(const QVector<JobSummary>& jobs, bool hasMore)
{
    beginResetModel();
    m_jobs = jobs;
    m_hasMore = hasMore;
    m_loadingMore = false;
    endResetModel();
}

void JobListModel::appendJobs(const QVector<JobSummary>& jobs, bool hasMore)
{
    m_loadingMore = false;
    m_hasMore = hasMore;
    if (jobs.isEmpty())
        return;
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + jobs.size() - 1));
    m_jobs += jobs;
    endInsertRows();
}

bool JobListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loadingMore;
}

void JobListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loadingMore = true;
    emit moreRequested(int(m_jobs.size()));
}

void JobListModel::setNames(const QHash<QString, QString>& names)
{
    m_names.insert(names);
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, TenantColumn), index(int(m_jobs.size()) - 1, TenantColumn));
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobSummary& job = m_jobs.at(index.row());
    if (role == Qt::UserRole)
        return job.id;
    if (role != Qt::DisplayRole)
        return {};
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    };
    switch (index.column()) {
    case IdColumn:
        return job.id;
    case NameColumn:
        return job.name;
    case TenantColumn:
        return m_names.value(job.tenantId, job.tenantId);
    case CreatedColumn:
        return when(job.createdAt);
    case FinishedColumn:
        return when(job.finishedAt);
    case AttemptsColumn:
        return job.attemptsMade;
    case ReasonColumn:
        return job.failedReason;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Job");
    case NameColumn:
        return tr("Name");
    case TenantColumn:
        return tr("Tenant");
    case CreatedColumn:
        return tr("Created");
    case FinishedColumn:
        return tr("Finished");
    case AttemptsColumn:
        return tr("Attempts");
    case ReasonColumn:
        return tr("Failed reason");
    }
    return {};
}
