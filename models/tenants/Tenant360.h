#pragma once

#include <models/alerts/Alerts.h>
#include <models/common/Fetched.h>
#include <models/executions/ExecutionRepository.h>
#include <models/keys/ProviderKeys.h>
#include <models/plans/AuditRepository.h>
#include <models/tenants/QuotaForecast.h>

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonValue>

class AiConfigRepository;
class QueueRepository;
class UsageRepository;

// The parts of the tenant 360 that come from beyond the tenant's own row, each read on its own (a
// part that fails or is not permitted says so without hiding the others), through the same
// repositories as the full pages and so under the same row-level security and ACLs.
class Tenant360
{
    Q_DECLARE_TR_FUNCTIONS(Tenant360)
public:
    enum class Part
    {
        Month,
        Failures,
        Jobs,
        Alerts,
        Keys,
        Audit,
        AiConfig,
    };
    // One part as the 360 shows it and a support snapshot stores it.
    struct Section
    {
        Part part;
        QString name; // "Month": stable, for object names and tests
        QString key; // "month": the part's key in a snapshot file
        QString title; // "This month and the forecast"
    };

    Tenant360(UsageRepository* usage,
              ExecutionRepository* executions,
              QueueRepository* queues,
              AlertRepository* alerts,
              SealedKeyRepository* keys,
              AuditRepository* audit,
              AiConfigRepository* aiConfig = nullptr);

    // The one list of parts: those this connection has, in the order the 360 shows them and the snapshot
    // reads them. Both walk this list; neither keeps its own.
    QVector<Section> sections() const;
    // A part as JSON (what a snapshot keeps, before redaction).
    QFuture<Fetched<QJsonValue>> readJson(Part part, const QString& tenantId) const;

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
    // The configuration the tenant's AI calls get now: its overrides over the global defaults, and its flags.
    QFuture<Fetched<QJsonObject>> aiConfig(const QString& tenantId) const;

private:
    bool has(Part part) const;

    UsageRepository* m_usage;
    ExecutionRepository* m_executions;
    QueueRepository* m_queues;
    AlertRepository* m_alerts;
    SealedKeyRepository* m_keys;
    AuditRepository* m_audit;
    AiConfigRepository* m_aiConfig;
};
