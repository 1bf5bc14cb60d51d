#pragma once

#include <models/executions/ExecutionRepository.h>

#include <QAbstractTableModel>
#include <QSet>

// The Executions page's list: newest first, one keyset page at a time as the view scrolls (fetchMore),
// kept live by merging re-read rows (mergeLive): changed rows update in place, new ones appear on top.
class ExecutionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CreatedColumn,
        StatusColumn,
        TenantColumn,
        WorkflowColumn,
        DurationColumn,
        TokensColumn,
        CostColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QVector<ExecutionSummary>& rows, bool hasMore);
    void appendRows(const QVector<ExecutionSummary>& rows, bool hasMore);
    // Rows re-read after a live notice: known ids are replaced, unknown ones newer than the oldest shown
    // are inserted in order. Returns how many rows were new.
    int mergeLive(const QVector<ExecutionSummary>& rows);
    void setLoadingMore(bool loading) { m_loadingMore = loading; }
    bool hasMore() const { return m_hasMore; }
    const QVector<ExecutionSummary>& rows() const { return m_rows; }
    int rowOf(const QString& id) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString durationText(const QDateTime& start, const QDateTime& end);
    static QColor statusColor(const QString& status);

signals:
    // The view scrolled near the end: the page fetches the page after this row.
    void moreRequested(const QString& beforeCursor, const QString& beforeId);

private:
    QVector<ExecutionSummary> m_rows;
    QSet<QString> m_ids; // membership without a scan of 200k rows
    bool m_hasMore = false;
    bool m_loadingMore = false;
};
