#include "CostRepository.h"

#include <PgSession.h>

#include <QCoreApplication>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("CostRepository", text);
}

QString firstOfMonth(QDate month)
{
    return QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
}

// Columns: key, label, detail, requests, tokens, cost, byok cost, platform cost[, revenue, margin]
QString sqlFor(CostGrouping grouping, bool fromTenantRows)
{
    switch (grouping) {
    case CostGrouping::Tenant:
        return QStringLiteral(
            "SELECT t.id::text, t.name, g.plan_id, coalesce(m.requests, 0)::bigint, g.tokens, "
            "coalesce(m.cost_usd, 0)::text, g.byok_cost_usd::text, g.platform_cost_usd::text, g.revenue_usd::text, "
            "g.margin_usd::text "
            "FROM tenant_margins(?::date) g JOIN tenants t ON t.id = g.tenant_id "
            "LEFT JOIN usage_monthly m ON m.tenant_id = g.tenant_id AND m.month = ?::date "
            "ORDER BY coalesce(m.cost_usd, 0) DESC, t.id LIMIT ?");
    case CostGrouping::Model:
        // Staff read the cross-tenant summary; a tenant admin (no grant on it) gets its own rows from
        // usage_daily, which row-level security filters.
        return fromTenantRows
            ? QStringLiteral("SELECT model, model, min(provider), sum(requests)::bigint, sum(prompt_tokens + "
                             "completion_tokens)::bigint, "
                             "sum(cost_usd)::text, coalesce(sum(cost_usd) FILTER (WHERE byok), 0)::text, "
                             "coalesce(sum(cost_usd) FILTER (WHERE NOT byok), 0)::text FROM usage_daily "
                             "WHERE day >= ?::date AND day < (?::date + interval '1 month')::date "
                             "GROUP BY model ORDER BY sum(cost_usd) DESC LIMIT ?")
            : QStringLiteral(
                "SELECT model, model, min(provider), sum(requests)::bigint, sum(prompt_tokens + "
                "completion_tokens)::bigint, "
                "sum(cost_usd)::text, coalesce(sum(cost_usd) FILTER (WHERE byok), 0)::text, "
                "coalesce(sum(cost_usd) FILTER (WHERE NOT byok), 0)::text FROM usage_monthly_model "
                "WHERE month = ?::date AND ?::date IS NOT NULL GROUP BY model ORDER BY sum(cost_usd) DESC LIMIT ?");
    case CostGrouping::Provider:
        return fromTenantRows
            ? QStringLiteral(
                "SELECT provider, provider, '', sum(requests)::bigint, sum(prompt_tokens + completion_tokens)::bigint, "
                "sum(cost_usd)::text, coalesce(sum(cost_usd) FILTER (WHERE byok), 0)::text, "
                "coalesce(sum(cost_usd) FILTER (WHERE NOT byok), 0)::text FROM usage_daily "
                "WHERE day >= ?::date AND day < (?::date + interval '1 month')::date "
                "GROUP BY provider ORDER BY sum(cost_usd) DESC LIMIT ?")
            : QStringLiteral(
                "SELECT provider, provider, '', sum(requests)::bigint, sum(prompt_tokens + completion_tokens)::bigint, "
                "sum(cost_usd)::text, coalesce(sum(cost_usd) FILTER (WHERE byok), 0)::text, "
                "coalesce(sum(cost_usd) FILTER (WHERE NOT byok), 0)::text FROM usage_monthly_model "
                "WHERE month = ?::date AND ?::date IS NOT NULL GROUP BY provider ORDER BY sum(cost_usd) DESC LIMIT ?");
    case CostGrouping::Day:
        return QStringLiteral("SELECT day::text, day::text, '', sum(requests)::bigint, sum(prompt_tokens + "
                              "completion_tokens)::bigint, "
                              "sum(cost_usd)::text, coalesce(sum(cost_usd) FILTER (WHERE byok), 0)::text, "
                              "coalesce(sum(cost_usd) FILTER (WHERE NOT byok), 0)::text FROM %1 "
                              "WHERE day >= ?::date AND day < (?::date + interval '1 month')::date "
                              "GROUP BY day ORDER BY day LIMIT ?")
            .arg(fromTenantRows ? QStringLiteral("usage_daily") : QStringLiteral("usage_daily_model"));
    }
    return {};
}

QString permissionAware(const PgResult& result)
{
    if (result.errorKind == PgErrorKind::Permission)
        return tr("Not permitted: the server refused this read for your login (%1).").arg(result.error);
    return result.error;
}

Fetched<QVector<CostRow>> rowsFrom(const PgResult& result, CostGrouping grouping)
{
    Fetched<QVector<CostRow>> fetched;
    if (!result.ok()) {
        fetched.error = permissionAware(result);
        return fetched;
    }
    fetched.value.reserve(result.rows.size());
    for (const QVariantList& row : result.rows) {
        CostRow cost;
        cost.key = row.at(0).toString();
        cost.label = row.at(1).toString();
        cost.detail = row.at(2).toString();
        cost.requests = row.at(3).toLongLong();
        cost.tokens = row.at(4).toLongLong();
        cost.costUsd = row.at(5).toString();
        cost.byokCostUsd = row.at(6).toString();
        cost.platformCostUsd = row.at(7).toString();
        if (grouping == CostGrouping::Tenant) {
            cost.revenueUsd = row.at(8).toString();
            cost.marginUsd = row.at(9).toString();
        }
        fetched.value.append(cost);
    }
    return fetched;
}
} // namespace

QJsonObject CostRow::toJson(CostGrouping grouping) const
{
    QJsonObject json{{CostRepository::groupingName(grouping), key},
                     {QStringLiteral("requests"), double(requests)},
                     {QStringLiteral("tokens"), double(tokens)},
                     {QStringLiteral("cost_usd"), costUsd},
                     {QStringLiteral("byok_cost_usd"), byokCostUsd},
                     {QStringLiteral("platform_cost_usd"), platformCostUsd}};
    if (grouping == CostGrouping::Tenant) {
        json.insert(QStringLiteral("name"), label);
        json.insert(QStringLiteral("plan"), detail);
    }
    if (grouping == CostGrouping::Model)
        json.insert(QStringLiteral("provider"), detail);
    if (revenueUsd)
        json.insert(QStringLiteral("revenue_usd"), *revenueUsd);
    if (marginUsd)
        json.insert(QStringLiteral("margin_usd"), *marginUsd);
    return json;
}

QJsonObject CostTotals::toJson() const
{
    return {{QStringLiteral("revenue_usd"), revenueUsd},
            {QStringLiteral("platform_cost_usd"), platformCostUsd},
            {QStringLiteral("byok_cost_usd"), byokCostUsd},
            {QStringLiteral("margin_usd"), marginUsd},
            {QStringLiteral("tenants"), tenants},
            {QStringLiteral("negative_margin_tenants"), negativeMarginTenants}};
}

CostRepository::CostRepository(PgSession* pg)
    : m_pg(pg)
{
}

std::optional<CostGrouping> CostRepository::groupingFromName(const QString& name)
{
    if (name == QLatin1String("tenant"))
        return CostGrouping::Tenant;
    if (name == QLatin1String("model"))
        return CostGrouping::Model;
    if (name == QLatin1String("provider"))
        return CostGrouping::Provider;
    if (name == QLatin1String("day"))
        return CostGrouping::Day;
    return std::nullopt;
}

QString CostRepository::groupingName(CostGrouping grouping)
{
    switch (grouping) {
    case CostGrouping::Tenant:
        return QStringLiteral("tenant");
    case CostGrouping::Model:
        return QStringLiteral("model");
    case CostGrouping::Provider:
        return QStringLiteral("provider");
    case CostGrouping::Day:
        return QStringLiteral("day");
    }
    return {};
}

QFuture<Fetched<QVector<CostRow>>> CostRepository::breakdown(QDate month, CostGrouping grouping, int limit) const
{
    const QString first = firstOfMonth(month);
    const QVariantList params{first, first, limit > 0 ? limit : 1000000};
    return m_pg->query(sqlFor(grouping, false), params)
        .then(m_pg,
              [this, grouping, params](const PgResult& result) {
                  // A tenant admin may not read the cross-tenant summaries: answer from its own rows instead.
                  if (result.errorKind == PgErrorKind::Permission && grouping != CostGrouping::Tenant)
                      return m_pg->query(sqlFor(grouping, true), params).then([grouping](const PgResult& own) {
                          return rowsFrom(own, grouping);
                      });
                  return QtFuture::makeReadyFuture(rowsFrom(result, grouping));
              })
        .unwrap();
}

QFuture<Fetched<CostTotals>> CostRepository::totals(QDate month) const
{
    return m_pg
        ->query(
            QStringLiteral("SELECT coalesce(sum(revenue_usd), 0)::text, coalesce(sum(platform_cost_usd), 0)::text, "
                           "coalesce(sum(byok_cost_usd), 0)::text, coalesce(sum(margin_usd), 0)::text, count(*)::int, "
                           "count(*) FILTER (WHERE margin_usd < 0)::int FROM tenant_margins(?::date)"),
            {firstOfMonth(month)})
        .then([](const PgResult& result) {
            Fetched<CostTotals> fetched;
            if (!result.ok()) {
                fetched.error = permissionAware(result);
                return fetched;
            }
            const QVariantList& row = result.rows.first();
            fetched.value.revenueUsd = row.at(0).toString();
            fetched.value.platformCostUsd = row.at(1).toString();
            fetched.value.byokCostUsd = row.at(2).toString();
            fetched.value.marginUsd = row.at(3).toString();
            fetched.value.tenants = row.at(4).toInt();
            fetched.value.negativeMarginTenants = row.at(5).toInt();
            return fetched;
        });
}
