#pragma once

#include "CostRepository.h"

#include <QAbstractTableModel>

// The Costs page's table: one row per group; tenant rows add revenue and margin, and a negative margin
// stands out.
class CostTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        GroupColumn,
        DetailColumn,
        RequestsColumn,
        TokensColumn,
        CostColumn,
        PlatformCostColumn,
        ByokCostColumn,
        RevenueColumn,
        MarginColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QVector<CostRow>& rows, CostGrouping grouping);
    const QVector<CostRow>& rows() const { return m_rows; }
    CostGrouping grouping() const { return m_grouping; }
    bool hasMargins() const { return m_grouping == CostGrouping::Tenant; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<CostRow> m_rows;
    CostGrouping m_grouping = CostGrouping::Tenant;
};
