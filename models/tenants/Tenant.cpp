#include <models/tenants/Tenant.h>

#include <QJsonArray>

namespace
{
QJsonValue limitJson(const std::optional<qint64>& value)
{
    // JSON null is the contract's "unlimited".
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject TenantSummary::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("slug"), slug},
            {QStringLiteral("name"), name},
            {QStringLiteral("plan"), planId},
            {QStringLiteral("status"), status},
            {QStringLiteral("tokens_month"), double(tokensThisMonth)},
            {QStringLiteral("included_tokens"), limitJson(includedTokens)},
            {QStringLiteral("cost_usd_month"), costThisMonth}};
}

QJsonObject EffectiveLimits::toJson() const
{
    QJsonObject json{{QStringLiteral("included_tokens"), limitJson(includedTokens)},
                     {QStringLiteral("max_concurrent"), limitJson(maxConcurrent)},
                     {QStringLiteral("requests_per_minute"), limitJson(requestsPerMinute)},
                     {QStringLiteral("tokens_per_minute"), limitJson(tokensPerMinute)},
                     {QStringLiteral("monthly_runs"), limitJson(monthlyRuns)},
                     {QStringLiteral("allowed_models"), QJsonArray::fromStringList(allowedModels)},
                     {QStringLiteral("has_override"), hasOverride}};
    if (hasOverride) {
        json.insert(QStringLiteral("override_reason"), overrideReason);
        json.insert(QStringLiteral("override_expires_at"),
                    overrideExpiresAt.isValid() ? QJsonValue(overrideExpiresAt.toUTC().toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null));
    }
    return json;
}

QJsonObject TenantDetail::toJson() const
{
    QJsonObject json = summary.toJson();
    json.insert(QStringLiteral("plan_name"), planName);
    json.insert(QStringLiteral("base_price"), basePrice);
    json.insert(QStringLiteral("overage_per_1k"), overagePer1k);
    json.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate));
    json.insert(QStringLiteral("default_model"), defaultModel);
    json.insert(QStringLiteral("requests_month"), double(requestsThisMonth));
    json.insert(QStringLiteral("open_alerts"), openAlerts);
    json.insert(QStringLiteral("limits"), limits.toJson());
    return json;
}

QJsonObject TenantLiveState::toJson() const
{
    if (!available)
        return {{QStringLiteral("available"), false}, {QStringLiteral("error"), error}};
    QJsonObject json{{QStringLiteral("available"), true},
                     {QStringLiteral("requests_last_60s"), double(requestsInWindow)},
                     {QStringLiteral("tokens_last_60s"), double(tokensInWindow)},
                     {QStringLiteral("concurrent"), double(concurrent)},
                     {QStringLiteral("quota_exceeded"), quotaExceeded}};
    if (liveTokensThisMonth) {
        json.insert(QStringLiteral("live_tokens_month"), double(*liveTokensThisMonth));
        json.insert(QStringLiteral("live_cost_usd_month"), liveCostThisMonth);
    }
    return json;
}
