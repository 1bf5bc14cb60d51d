#pragma once

#include <models/plans/AuditRepository.h>

#include <QAbstractTableModel>

// The audit log as a table (who, when, what, before, after, why), newest first, more rows as the view
// scrolls; exported as shown with CsvWriter.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        ActorColumn,
        ActionColumn,
        ObjectColumn,
        TenantColumn,
        BeforeColumn,
        AfterColumn,
        ReasonColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QVector<AuditEntry>& entries, bool hasMore);
    void appendEntries(const QVector<AuditEntry>& entries, bool hasMore);
    const QVector<AuditEntry>& entries() const { return m_entries; }
    void setLoadingMore(bool loading) { m_loadingMore = loading; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void moreRequested(qint64 beforeId);

private:
    QVector<AuditEntry> m_entries;
    bool m_hasMore = false;
    bool m_loadingMore = false;
};
