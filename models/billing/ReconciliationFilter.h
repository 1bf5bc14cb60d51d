#pragma once

#include <QSortFilterProxyModel>

class ReconciliationTableModel;
struct TenantReconciliation;

// What the Reconciliation page shows of its table: tenants with drift only (or all), those whose name, id
// or Stripe customer contain the filter text, sorted by the model's sort keys (drift by its size).
class ReconciliationFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReconciliationFilter(ReconciliationTableModel* source, QObject* parent = nullptr);

    void setDriftOnly(bool driftOnly);
    bool driftOnly() const { return m_driftOnly; }
    void setText(const QString& text);
    // The tenant of a row as shown (sorted and filtered); nullptr past the end.
    const TenantReconciliation* tenantAt(int shownRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ReconciliationTableModel* m_source;
    bool m_driftOnly = false;
    QString m_text;
};
