#pragma once

#include <models/common/Fetched.h>
#include <models/tenants/Tenant.h>

#include <QObject>

class TenantRepository;

// The tenant detail pane's reads, off the widget: the tenant's row and its live counters, answered by
// signals while they belong to the tenant asked for last.
class TenantDetailController : public QObject
{
    Q_OBJECT

public:
    explicit TenantDetailController(TenantRepository* tenants, QObject* parent = nullptr);

    void loadDetail(const QString& tenantId);
    void loadLive(const QString& tenantId);

signals:
    void detailLoaded(const Fetched<TenantDetail>& detail);
    void liveLoaded(const TenantLiveState& live);

private:
    TenantRepository* m_tenants;
    quint64 m_generation = 0;
};
