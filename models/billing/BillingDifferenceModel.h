#pragma once

#include <models/billing/BillingReconciler.h>

#include <QAbstractTableModel>

// One tenant's differences on the Reconciliation page: what kind, which day, how many tokens and units,
// whether a re-send would fix it, and the reconciler's explanation.
class BillingDifferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        DayColumn,
        TokensColumn,
        UnitsColumn,
        ResendColumn,
        DetailColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTenant(const TenantReconciliation& tenant);
    void clear();
    const BillingDifference* differenceAt(int row) const;
    const TenantReconciliation& tenant() const { return m_tenant; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TenantReconciliation m_tenant;
};
