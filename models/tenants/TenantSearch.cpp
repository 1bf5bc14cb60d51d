#include <models/tenants/TenantSearch.h>

#include <async/Guarded.h>
#include <models/tenants/TenantRepository.h>

TenantSearch::TenantSearch(TenantRepository* tenants, QObject* parent)
    : QObject(parent)
    , m_tenants(tenants)
{
}

void TenantSearch::search(const QString& term, int limit)
{
    TenantRepository::Page page;
    page.search = term;
    page.limit = limit;
    const quint64 generation = ++m_generation;
    deliver(m_tenants->list(page), this, [this, generation](const Fetched<QVector<TenantSummary>>& tenants) {
        if (generation == m_generation)
            emit found(tenants);
    });
}
