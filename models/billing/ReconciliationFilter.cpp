#include <models/billing/ReconciliationFilter.h>

#include <models/billing/ReconciliationTableModel.h>

ReconciliationFilter::ReconciliationFilter(ReconciliationTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(Qt::UserRole);
}

void ReconciliationFilter::setDriftOnly(bool driftOnly)
{
    if (driftOnly == m_driftOnly)
        return;
    m_driftOnly = driftOnly;
    invalidateFilter();
}

void ReconciliationFilter::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

const TenantReconciliation* ReconciliationFilter::tenantAt(int shownRow) const
{
    if (shownRow < 0 || shownRow >= rowCount())
        return nullptr;
    return m_source->tenantAt(mapToSource(index(shownRow, 0)).row());
}

bool ReconciliationFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const TenantReconciliation* tenant = m_source->tenantAt(sourceRow);
    if (!tenant)
        return false;
    // A tenant Stripe could not be read for may drift: it stays in the drift-only view.
    if (m_driftOnly && tenant->stripeRead() && !tenant->hasDrift())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString& field :
         {tenant->account.tenantName, tenant->account.tenantId, tenant->account.customerId, tenant->account.planId})
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
