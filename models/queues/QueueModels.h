#pragma once

#include <models/queues/QueueRepository.h>

#include <QAbstractTableModel>

// The states the Queues page shows as columns, in order.
namespace QueueColumns
{
const QStringList& states(); // wait, active, delayed, prioritized, completed, failed
QString stateTitle(const QString& state);
} // namespace QueueColumns

// One row per queue with its job counts by state.
class QueueCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(const QVector<QueueCounts>& counts);
    const QVector<QueueCounts>& counts() const { return m_counts; }
    int rowOf(const QString& queue) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<QueueCounts> m_counts;
};

// One row per tenant (from job data's tenantId) with its job counts by state, in one queue.
class TenantJobCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(const QVector<TenantJobCounts>& counts);
    const QVector<TenantJobCounts>& counts() const { return m_counts; }
    void setNames(const QHash<QString, QString>& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<TenantJobCounts> m_counts;
    QHash<QString, QString> m_names;
};

// The jobs of one queue in one state, a page at a time as the view scrolls (fetchMore).
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        TenantColumn,
        CreatedColumn,
        FinishedColumn,
        AttemptsColumn,
        ReasonColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setJobs(const QVector<JobSummary>& jobs, bool hasMore);
    void appendJobs(const QVector<JobSummary>& jobs, bool hasMore);
    const QVector<JobSummary>& jobs() const { return m_jobs; }
    void setNames(const QHash<QString, QString>& names);
    void setLoadingMore(bool loading) { m_loadingMore = loading; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int kPageSize = 200;

signals:
    void moreRequested(int offset);

private:
    QVector<JobSummary> m_jobs;
    QHash<QString, QString> m_names; // tenant id -> name
    bool m_hasMore = false;
    bool m_loadingMore = false;
};
