#include <models/tenants/Tenant360.h>

#include <models/plans/AiConfigRepository.h>
#include <models/queues/QueueRepository.h>
#include <models/usage/UsageRepository.h>

#include <models/common/Gathered.h>

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace
{
QJsonObject forecastJson(const QuotaForecast& f)
{
    QJsonObject json{{QStringLiteral("month_to_date"), double(f.monthToDate)},
                     {QStringLiteral("daily_rate"), f.dailyRate},
                     {QStringLiteral("window_days"), f.windowDays},
                     {QStringLiteral("resets_in_days"), f.resetsInDays},
                     {QStringLiteral("method"), f.methodText()}};
    json.insert(QStringLiteral("included"), f.included ? QJsonValue(double(*f.included)) : QJsonValue());
    json.insert(QStringLiteral("crossed_on"),
                f.crossedOn ? QJsonValue(f.crossedOn->toString(Qt::ISODate)) : QJsonValue());
    json.insert(QStringLiteral("crosses_on"),
                f.crossesOn ? QJsonValue(f.crossesOn->toString(Qt::ISODate)) : QJsonValue());
    return json;
}

QJsonObject keyJson(const SealedKeyInfo& k)
{
    // Metadata only, as the Keys page shows it: the sealed key never leaves the platform.
    return {{QStringLiteral("provider"), k.provider},
            {QStringLiteral("label"), k.label},
            {QStringLiteral("last4"), k.last4},
            {QStringLiteral("created_at"), k.createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("created_by"), k.createdBy},
            {QStringLiteral("active"), k.isActive()}};
}

template <typename T> QJsonValue toJson(const QVector<T>& items)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(item.toJson());
    return array;
}

// A typed read turned into its JSON, the error passed on.
template <typename T, typename Convert> QFuture<Fetched<QJsonValue>> asJson(QFuture<Fetched<T>> read, Convert convert)
{
    return read.then([convert](const Fetched<T>& fetched) {
        Fetched<QJsonValue> json;
        json.error = fetched.error;
        if (fetched.ok())
            json.value = convert(fetched.value);
        return json;
    });
}
} // namespace

Tenant360::Tenant360(UsageRepository* usage,
                     ExecutionRepository* executions,
                     QueueRepository* queues,
                     AlertRepository* alerts,
                     SealedKeyRepository* keys,
                     AuditRepository* audit,
                     AiConfigRepository* aiConfig)
    : m_usage(usage)
    , m_executions(executions)
    , m_queues(queues)
    , m_alerts(alerts)
    , m_keys(keys)
    , m_audit(audit)
    , m_aiConfig(aiConfig)
{
}

bool Tenant360::has(Part part) const
{
    switch (part) {
    case Part::Month:
        return m_usage;
    case Part::Failures:
        return m_executions;
    case Part::Jobs:
        return m_queues;
    case Part::Alerts:
        return m_alerts;
    case Part::Keys:
        return m_keys;
    case Part::Audit:
        return m_audit;
    case Part::AiConfig:
        return m_aiConfig;
    }
    return false;
}

QVector<Tenant360::Section> Tenant360::sections() const
{
    const QVector<Section> all{
        {Part::Month, QStringLiteral("Month"), QStringLiteral("month"), tr("This month and the forecast")},
        {Part::Failures,
         QStringLiteral("Failures"),
         QStringLiteral("failure_groups"),
         tr("Failed executions, last %1 days").arg(kFailureDays)},
        {Part::Jobs, QStringLiteral("Jobs"), QStringLiteral("jobs_by_state"), tr("Queued work (BullMQ)")},
        {Part::Alerts, QStringLiteral("Alerts"), QStringLiteral("alerts"), tr("Open alerts")},
        {Part::Keys, QStringLiteral("Keys"), QStringLiteral("keys"), tr("Provider keys on the platform")},
        {Part::AiConfig, QStringLiteral("AiConfig"), QStringLiteral("ai_config"), tr("AI configuration")},
        {Part::Audit, QStringLiteral("Audit"), QStringLiteral("audit"), tr("Recent changes")},
    };
    QVector<Section> available;
    for (const Section& section : all)
        if (has(section.part))
            available.append(section);
    return available;
}

QFuture<Fetched<QJsonValue>> Tenant360::readJson(Part part, const QString& tenantId) const
{
    switch (part) {
    case Part::Month:
        return asJson(forecast(tenantId), [](const QuotaForecast& f) { return QJsonValue(forecastJson(f)); });
    case Part::Failures:
        return asJson(failures(tenantId), [](const QVector<ErrorGroup>& groups) { return toJson(groups); });
    case Part::Jobs:
        return asJson(jobsByState(tenantId), [](const QHash<QString, qint64>& byState) {
            QJsonObject json;
            for (auto it = byState.begin(); it != byState.end(); ++it)
                json.insert(it.key(), double(it.value()));
            return QJsonValue(json);
        });
    case Part::Alerts:
        return asJson(openAlerts(tenantId), [](const QVector<QuotaAlert>& alerts) { return toJson(alerts); });
    case Part::Keys:
        return asJson(keys(tenantId), [](const QVector<SealedKeyInfo>& keys) {
            QJsonArray array;
            for (const SealedKeyInfo& k : keys)
                array.append(keyJson(k));
            return QJsonValue(array);
        });
    case Part::Audit:
        return asJson(recentChanges(tenantId), [](const QVector<AuditEntry>& entries) { return toJson(entries); });
    case Part::AiConfig:
        return asJson(aiConfig(tenantId), [](const QJsonObject& effective) { return QJsonValue(effective); });
    }
    return refusedFuture<QJsonValue>(QStringLiteral("unknown part"));
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

QFuture<Fetched<QJsonObject>> Tenant360::aiConfig(const QString& tenantId) const
{
    return m_aiConfig->effective(tenantId);
}
