#include <models/tenants/TenantDetailController.h>

#include <async/Guarded.h>
#include <models/tenants/TenantRepository.h>

TenantDetailController::TenantDetailController(TenantRepository* tenants, QObject* parent)
    : QObject(parent)
    , m_tenants(tenants)
{
}

void TenantDetailController::loadDetail(const QString& tenantId)
{
    const quint64 generation = ++m_generation;
    deliver(m_tenants->detail(tenantId), this, [this, generation](const Fetched<TenantDetail>& detail) {
        if (generation == m_generation)
            emit detailLoaded(detail);
    });
}

void TenantDetailController::loadLive(const QString& tenantId)
{
    const quint64 generation = m_generation;
    deliver(m_tenants->liveState(tenantId), this, [this, generation](const TenantLiveState& live) {
        if (generation == m_generation)
            emit liveLoaded(live);
    });
}
