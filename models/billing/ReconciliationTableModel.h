#pragma once

#include <models/operations/BillingOperations.h>

#include <QAbstractTableModel>

// The Reconciliation page's table: one tenant of the month per row, what PostgreSQL metered, what the
// platform reported and what Stripe holds side by side, and the drift in units, percent and money.
// EditRole holds exact values (the CSV), Qt::UserRole numbers to sort by.
class ReconciliationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TenantColumn,
        PlanColumn,
        MeteredColumn,
        ExpectedColumn,
        ReportedColumn,
        StripeColumn,
        DriftUnitsColumn,
        DriftPercentColumn,
        DriftUsdColumn,
        DifferencesColumn,
        InvoiceColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReconciliation(const BillingReconciliation& reconciliation);
    const BillingReconciliation& reconciliation() const { return m_reconciliation; }
    const TenantReconciliation* tenantAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Unreported day ×2, Rounding": the kinds of a tenant's differences, for the table and its filter.
    static QString differenceSummary(const TenantReconciliation& tenant);
    // 1,234 or 12.5: whole units without decimals, the meter's fractions with up to two.
    static QString units(double value);

private:
    QVariant display(const TenantReconciliation& tenant, int column) const;
    QVariant exact(const TenantReconciliation& tenant, int column) const;
    static QVariant sortKey(const TenantReconciliation& tenant, int column);

    BillingReconciliation m_reconciliation;
};
