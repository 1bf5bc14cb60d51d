#pragma once

#include <models/executions/ExecutionRepository.h>

#include <QAbstractTableModel>

// One execution's nodes as a waterfall: each row knows where it starts and how long it runs as a
// fraction of the whole execution, for the timeline column's delegate. Built once per trace in O(n);
// the view paints only the rows on screen, so 10,000 nodes scroll like 10.
class TraceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        NodeColumn,
        TypeColumn,
        StatusColumn,
        TimelineColumn,
        DurationColumn,
        TokensColumn,
        CostColumn,
        AttemptColumn,
        ColumnCount
    };
    enum Role
    {
        OffsetFractionRole = Qt::UserRole + 1, // where the bar starts, 0..1 of the execution's span
        WidthFractionRole, // how long it runs, 0..1
        StatusRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTrace(const ExecutionDetail& detail);
    void clear();
    const ExecutionDetail& trace() const { return m_trace; }
    const ExecutionNode* node(int row) const;
    int failedRow() const { return m_failedRow; } // -1: none failed
    qint64 spanMs() const { return m_spanMs; }
    qint64 totalTokens() const { return m_totalTokens; }
    QString totalCost() const { return m_totalCost; }
    bool isRestoredCheckpoint(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ExecutionDetail m_trace;
    QVector<qint64> m_offsetMs; // per node, from the trace's first start
    QVector<qint64> m_durationMs;
    QDateTime m_origin;
    qint64 m_spanMs = 0;
    qint64 m_totalTokens = 0;
    QString m_totalCost = QStringLiteral("0");
    int m_failedRow = -1;
};
