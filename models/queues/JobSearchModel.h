#pragma once

#include <models/queues/BullJob.h>

#include <QAbstractTableModel>
#include <QHash>

// The jobs a search found, across queues, in the order they were found (appended while it runs).
class JobSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QueueColumn,
        IdColumn,
        StateColumn,
        NameColumn,
        TenantColumn,
        ReasonColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const QVector<JobSummary>& jobs);
    const QVector<JobSummary>& jobs() const { return m_jobs; }
    void setNames(const QHash<QString, QString>& names);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<JobSummary> m_jobs;
    QHash<QString, QString> m_names; // tenant id -> name
};
