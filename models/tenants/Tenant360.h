#pragma once

#include <models/alerts/Alerts.h>
#include <models/common/Fetched.h>
#include <models/executions/ExecutionRepository.h>
#include <models/keys/ProviderKeys.h>
#include <models/plans/AuditRepository.h>
#include <models/tenants/QuotaForecast.h>

#include <QFuture>
#include <QHash>

class QueueRepository;
class UsageRepository;

// The parts of the tenant 360 that come from beyond the tenant's own row, each read on its own (a
// part that fails or is not permitted says so without hiding the others), through the same
// repositories as the full pages and so under the same row-level security and ACLs.
class Tenant360
{
public:
    Tenant360(UsageRepository* usage,
              ExecutionRepository* executions,
              QueueRepository* queues,
              AlertRepository* alerts,
              SealedKeyRepository* keys,
              AuditRepository* audit);

    static constexpr int kFailureDays = 7;
    static constexpr int kFailureGroups = 5;
    static constexpr int kAuditEntries = 8;

    // Month to date against the included tokens, and the day the tenant crosses them at its pace.
    QFuture<Fetched<QuotaForecast>> forecast(const QString& tenantId) const;
    // Failed executions of the last kFailureDays, grouped by cause, largest first.
    QFuture<Fetched<QVector<ErrorGroup>>> failures(const QString& tenantId) const;
    // The tenant's BullMQ jobs by state, summed over every queue.
    QFuture<Fetched<QHash<QString, qint64>>> jobsByState(const QString& tenantId) const;
    QFuture<Fetched<QVector<QuotaAlert>>> openAlerts(const QString& tenantId) const;
    QFuture<Fetched<QVector<SealedKeyInfo>>> keys(const QString& tenantId) const;
    QFuture<Fetched<QVector<AuditEntry>>> recentChanges(const QString& tenantId) const;

    bool hasUsage() const { return m_usage; }
    bool hasExecutions() const { return m_executions; }
    bool hasQueues() const { return m_queues; }
    bool hasAlerts() const { return m_alerts; }
    bool hasKeys() const { return m_keys; }
    bool hasAudit() const { return m_audit; }

private:
    UsageRepository* m_usage;
    ExecutionRepository* m_executions;
    QueueRepository* m_queues;
    AlertRepository* m_alerts;
    SealedKeyRepository* m_keys;
    AuditRepository* m_audit;
};
