#pragma once

#include <models/costs/CostRepository.h>

#include <QAbstractTableModel>

// The Costs page's table: one row per group; tenant rows add revenue and margin, and a negative margin
// stands out. Long lists (10k tenants) arrive in pages as the view scrolls (fetchMore).
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

    void setRows(const QVector<CostRow>& rows, CostGrouping grouping, bool hasMore = false);
    void appendRows(const QVector<CostRow>& rows, bool hasMore);
    void setLoadingMore(bool loading) { m_loadingMore = loading; }
    bool hasMore() const { return m_hasMore; }
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    const QVector<CostRow>& rows() const { return m_rows; }
    CostGrouping grouping() const { return m_grouping; }
    bool hasMargins() const { return m_grouping == CostGrouping::Tenant; }

    static constexpr int kPageSize = 500;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<CostRow> m_rows;
    CostGrouping m_grouping = CostGrouping::Tenant;
    bool m_hasMore = false;
    bool m_loadingMore = false;

signals:
    // The view scrolled near the end of what is loaded: the page fetches the next page.
    void moreRequested(int offset);
};
