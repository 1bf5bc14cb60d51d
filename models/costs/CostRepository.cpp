#include <models/costs/CostRepository.h>

#include <models/common/ReadError.h>

#include <net/PgSession.h>

#include <QCoreApplication>

namespace
{
QString firstOfMonth(QDate month)
{
    return QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
}

// Columns: key, label, detail, requests, tokens, cost, byok cost, platform cost[, revenue, margin]
const QString kMoney = QStringLiteral(
    "sum(requests)::bigint, sum(prompt_tokens + completion_tokens)::bigint, sum(cost_usd)::text, "
    "coalesce(sum(cost_usd) FILTER (WHERE byok), 0)::text, coalesce(sum(cost_usd) FILTER (WHERE NOT byok), 0)::text");

// Staff read the cross-tenant summaries; a tenant admin (no grant on them) gets the same groups from its
// own usage_daily rows, which row-level security filters.
PgQuery queryFor(CostGrouping grouping, bool fromTenantRows, const QString& month, int limit, int offset)
{
    const QVariant rows = limit > 0 ? QVariant(limit) : QVariant(1000000);
    if (grouping == CostGrouping::Tenant)
        return {QStringLiteral(
                    "SELECT tenant_id::text, name, plan_id, requests, tokens, cost_usd::text, byok_cost_usd::text, "
                    "platform_cost_usd::text, revenue_usd::text, margin_usd::text "
                    "FROM tenant_margins(?::date, ?::int) OFFSET ? LIMIT ?"),
                {month, limit > 0 ? QVariant(offset + limit) : QVariant(), offset, rows}};
    const QString key = grouping == CostGrouping::Model ? QStringLiteral("model, model, min(provider)")
        : grouping == CostGrouping::Provider            ? QStringLiteral("provider, provider, ''")
                                                        : QStringLiteral("day::text, day::text, ''");
    const QString group = grouping == CostGrouping::Model ? QStringLiteral("model")
        : grouping == CostGrouping::Provider              ? QStringLiteral("provider")
                                                          : QStringLiteral("day");
    const QString order = grouping == CostGrouping::Day ? QStringLiteral("day") : QStringLiteral("sum(cost_usd) DESC");
    // Days come from the daily tables; model and provider from the monthly summary when it may be read.
    // Only these fixed identifiers are put into the text; every value is bound.
    const bool monthly = !fromTenantRows && grouping != CostGrouping::Day;
    const QString table = fromTenantRows ? QStringLiteral("usage_daily")
        : monthly                        ? QStringLiteral("usage_monthly_model")
                                         : QStringLiteral("usage_daily_model");
    const QString where = monthly ? QStringLiteral("month = ?::date")
                                  : QStringLiteral("day >= ?::date AND day < (?::date + interval '1 month')::date");
    QVariantList params{month};
    if (!monthly)
        params << month;
    params << offset << rows;
    return {QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 GROUP BY %5 ORDER BY %6 OFFSET ? LIMIT ?")
                .arg(key, kMoney, table, where, group, order),
            params};
}

Fetched<QVector<CostRow>> rowsFrom(const PgResult& result, CostGrouping grouping)
{
    Fetched<QVector<CostRow>> fetched;
    fetched.freshness = Freshness::of(result);
    if (!result.ok()) {
        fetched.error = readError(result);
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

QFuture<Fetched<QVector<CostRow>>>
CostRepository::breakdown(QDate month, CostGrouping grouping, int limit, int offset) const
{
    const QString first = firstOfMonth(month);
    const PgQuery staff = queryFor(grouping, false, first, limit, offset);
    // No context object: the rows are converted on the PostgreSQL worker thread that delivered them,
    // never on the GUI thread (10,000 tenants take tens of milliseconds). PgSession::query may be
    // called from any thread.
    PgSession* pg = m_pg;
    return m_pg->read(staff.sql, staff.params)
        .then([pg, grouping, first, limit, offset](const PgResult& result) {
            // A tenant admin may not read the cross-tenant summaries: answer from its own rows instead.
            if (result.errorKind == PgErrorKind::Permission && grouping != CostGrouping::Tenant) {
                const PgQuery own = queryFor(grouping, true, first, limit, offset);
                return pg->read(own.sql, own.params).then([grouping](const PgResult& ownRows) {
                    return rowsFrom(ownRows, grouping);
                });
            }
            return QtFuture::makeReadyFuture(rowsFrom(result, grouping));
        })
        .unwrap();
}

QFuture<Fetched<CostTotals>> CostRepository::totals(QDate month) const
{
    return m_pg
        ->query(
            QStringLiteral("SELECT revenue_usd::text, platform_cost_usd::text, byok_cost_usd::text, margin_usd::text, "
                           "tenants, negative_margin_tenants FROM tenant_margin_totals(?::date)"),
            {firstOfMonth(month)})
        .then([](const PgResult& result) {
            Fetched<CostTotals> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
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
