#include <models/tenants/Tenant360.h>

#include <models/queues/QueueRepository.h>
#include <models/usage/UsageRepository.h>

#include <models/common/Gathered.h>

#include <memory>

Tenant360::Tenant360(UsageRepository* usage,
                     ExecutionRepository* executions,
                     QueueRepository* queues,
                     AlertRepository* alerts,
                     SealedKeyRepository* keys,
                     AuditRepository* audit)
    : m_usage(usage)
    , m_executions(executions)
    , m_queues(queues)
    , m_alerts(alerts)
    , m_keys(keys)
    , m_audit(audit)
{
}

QFuture<Fetched<QuotaForecast>> Tenant360::forecast(const QString& tenantId) const
{
    return m_usage->forecast(tenantId);
}

QFuture<Fetched<QVector<ErrorGroup>>> Tenant360::failures(const QString& tenantId) const
{
    ExecutionRepository::Filter filter;
    filter.tenantId = tenantId;
    filter.status = QStringLiteral("failed");
    filter.from = QDateTime::currentDateTimeUtc().addDays(-kFailureDays);
    return m_executions->errorGroups(filter, kFailureGroups);
}

QFuture<Fetched<QHash<QString, qint64>>> Tenant360::jobsByState(const QString& tenantId) const
{
    // Every queue's per-tenant counts (one pipelined read each), this tenant's summed by state.
    auto sum = std::make_shared<Gathered<Fetched<QHash<QString, qint64>>>>();
    auto future = sum->start();
    QueueRepository* queues = m_queues;
    m_queues->discoverQueues().then([sum, queues, tenantId](const Fetched<QStringList>& names) {
        if (!names.ok())
            sum->value.error = names.error;
        for (const QString& queue : names.value) {
            sum->expect();
            queues->tenantCounts(queue).then([sum, tenantId](const Fetched<QVector<TenantJobCounts>>& counts) {
                if (!counts.ok() && sum->value.error.isEmpty())
                    sum->value.error = counts.error;
                for (const TenantJobCounts& tenant : counts.value) {
                    if (tenant.tenantId != tenantId)
                        continue;
                    for (auto it = tenant.byState.begin(); it != tenant.byState.end(); ++it)
                        sum->value.value[it.key()] += it.value();
                }
                sum->done();
            });
        }
        sum->done();
    });
    return future;
}

QFuture<Fetched<QVector<QuotaAlert>>> Tenant360::openAlerts(const QString& tenantId) const
{
    AlertRepository::Filter filter;
    filter.tenantId = tenantId;
    filter.openOnly = true;
    return m_alerts->list(filter);
}

QFuture<Fetched<QVector<SealedKeyInfo>>> Tenant360::keys(const QString& tenantId) const
{
    return m_keys->list(tenantId);
}

QFuture<Fetched<QVector<AuditEntry>>> Tenant360::recentChanges(const QString& tenantId) const
{
    AuditRepository::Filter filter;
    filter.tenantId = tenantId;
    filter.limit = kAuditEntries;
    return m_audit->list(filter);
}
