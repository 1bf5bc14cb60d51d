#pragma once

#include <models/executions/ExecutionCompare.h>

#include <QAbstractTableModel>

// The nodes of two compared executions, one row per aligned node: what changed (only in one run, another
// status, other input or output), the status, duration, tokens of each run and the cost difference.
// "Only differences" hides the nodes that are the same in both.
class CompareTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NodeColumn,
        ChangeColumn,
        StatusColumn,
        DurationColumn,
        TokensColumn,
        CostColumn,
        ColumnCount
    };

    explicit CompareTableModel(QObject* parent = nullptr);

    void setComparison(const ExecutionComparison& comparison);
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    const ExecutionComparison& comparison() const { return m_comparison; }
    const NodeComparison* nodeAt(int row) const;
    // The row of the first node that differs (the one to look at first), or -1.
    int firstDifferingRow() const;

    // What differs in a row, in words for people: only in one run, or status / input / output; "tokens only"
    // when just the usage differs; "same".
    static QString changeText(const NodeComparison& node);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();

    ExecutionComparison m_comparison;
    QVector<int> m_rows; // shown row -> m_comparison.nodes
    bool m_onlyDifferences = false;
};
