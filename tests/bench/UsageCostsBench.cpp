// The Usage and Costs pages: each page query against the same question answered from the raw events
// table (the baseline), and LTTB downsampling of 1M points against plain stride decimation.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/costs/CostRepository.h>
#include <models/usage/Downsampler.h>
#include <models/usage/UsageRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include "BenchSupport.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>

int runUsageCostsBench()
{
    using namespace Bench;
    auto pg = TestServers::adminPg();
    auto redis = TestServers::adminRedis();
    UsageRepository usage(pg.get(), redis.get());
    CostRepository costs(pg.get());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate month(today.year(), today.month(), 1);
    const QString monthText = month.toString(Qt::ISODate);
    const qint64 events
        = TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM usage_events")).scalar().toLongLong();
    const QJsonObject data{{QStringLiteral("usage_events"), double(events)}};
    const QString heaviest
        = TestServers::exec(pg.get(),
                            QStringLiteral("SELECT tenant_id::text FROM usage_monthly ORDER BY requests DESC LIMIT 1"))
              .scalar()
              .toString();
    const int runs = 40;
    const int baselineRuns = 5;
    const auto raw = [&](const QString& sql, const QVariantList& params) {
        const PgResult result = TestServers::exec(pg.get(), sql, params);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
    };

    // One tenant's 90 days by day (its busiest tenant).
    const UsageQuery ninetyDays{heaviest, today.addDays(-89), today, UsageResolution::Day};
    const Stats ours90 = measure(runs, [&] {
        auto f = usage.series(ninetyDays);
        awaitFuture(f);
    });
    const Stats raw90 = measure(baselineRuns, [&] {
        raw(QStringLiteral("SELECT (ts AT TIME ZONE 'UTC')::date, model, sum(prompt_tokens), sum(completion_tokens), "
                           "count(*), sum(cost_usd) "
                           "FROM usage_events WHERE tenant_id = ?::uuid AND ts >= ?::date::timestamp AT TIME ZONE "
                           "'UTC' GROUP BY 1, 2"),
            {heaviest, ninetyDays.from.toString(Qt::ISODate)});
    });
    report(QStringLiteral("usage.tenant_90_days_by_day"), ours90, QStringLiteral("raw_events"), raw90, data);

    // All tenants' month, by tenant (with revenue and margin): what the Costs page asks (its first page
    // of 500 rows, more as the table scrolls, and the month's totals), and every row as the CLI reads it.
    const Stats oursTenants = measure(runs, [&] {
        auto f = costs.breakdown(month, CostGrouping::Tenant, 501);
        awaitFuture(f);
    });
    const Stats oursTotals = measure(runs, [&] {
        auto f = costs.totals(month);
        awaitFuture(f);
    });
    const Stats oursAllRows = measure(runs, [&] {
        auto f = costs.breakdown(month, CostGrouping::Tenant);
        awaitFuture(f);
    });
    const Stats rawTenants = measure(baselineRuns, [&] {
        raw(QStringLiteral("SELECT tenant_id, sum(prompt_tokens + completion_tokens), sum(cost_usd) FROM usage_events "
                           "WHERE ts >= ?::date::timestamp AT TIME ZONE 'UTC' GROUP BY 1"),
            {monthText});
    });
    report(QStringLiteral("costs.month_by_tenant_page"), oursTenants, QStringLiteral("raw_events"), rawTenants, data);
    report(
        QStringLiteral("costs.month_totals_all_tenants"), oursTotals, QStringLiteral("raw_events"), rawTenants, data);
    report(
        QStringLiteral("costs.month_by_tenant_all_rows"), oursAllRows, QStringLiteral("raw_events"), rawTenants, data);

    // Costs by model for a month.
    const Stats oursModels = measure(runs, [&] {
        auto f = costs.breakdown(month, CostGrouping::Model);
        awaitFuture(f);
    });
    const Stats rawModels = measure(baselineRuns, [&] {
        raw(QStringLiteral("SELECT model, sum(cost_usd) FROM usage_events WHERE ts >= ?::date::timestamp AT TIME ZONE "
                           "'UTC' GROUP BY 1"),
            {monthText});
    });
    report(QStringLiteral("costs.month_by_model"), oursModels, QStringLiteral("raw_events"), rawModels, data);

    // Top 100 tenants by cost.
    const Stats oursTop = measure(runs, [&] {
        auto f = costs.breakdown(month, CostGrouping::Tenant, 100);
        awaitFuture(f);
    });
    const Stats rawTop = measure(baselineRuns, [&] {
        raw(QStringLiteral(
                "SELECT tenant_id, sum(cost_usd) FROM usage_events WHERE ts >= ?::date::timestamp AT TIME ZONE 'UTC' "
                "GROUP BY 1 ORDER BY 2 DESC LIMIT 100"),
            {monthText});
    });
    report(QStringLiteral("costs.top_100_tenants"), oursTop, QStringLiteral("raw_events"), rawTop, data);

    // All tenants, 90 days by day, live-reconciled (the Usage page's "all tenants" view).
    const UsageQuery allNinety{QString(), today.addDays(-89), today, UsageResolution::Day};
    const Stats oursAll = measure(runs, [&] {
        auto f = usage.series(allNinety);
        awaitFuture(f);
    });
    const Stats rawAll = measure(baselineRuns, [&] {
        raw(QStringLiteral("SELECT (ts AT TIME ZONE 'UTC')::date, model, sum(prompt_tokens + completion_tokens), "
                           "count(*), sum(cost_usd) "
                           "FROM usage_events WHERE ts >= ?::date::timestamp AT TIME ZONE 'UTC' GROUP BY 1, 2"),
            {allNinety.from.toString(Qt::ISODate)});
    });
    report(QStringLiteral("usage.all_tenants_90_days_by_day"), oursAll, QStringLiteral("raw_events"), rawAll, data);

    // Downsampling 1M points to 2,000.
    QVector<QPointF> points;
    points.reserve(1000000);
    QRandomGenerator random(7);
    for (int i = 0; i < 1000000; ++i)
        points << QPointF(i, std::sin(i / 5000.0) * 1000 + random.bounded(100.0));
    const Stats lttb = measure(20, [&] {
        const auto out = Downsampler::lttb(points, 2000);
        if (out.size() != 2000)
            qFatal("wrong size");
    });
    const Stats stride = measure(20, [&] {
        QVector<QPointF> out;
        out.reserve(2000);
        for (int i = 0; i < points.size(); i += 500)
            out << points[i];
    });
    report(QStringLiteral("downsample.lttb_1M_to_2000"),
           lttb,
           QStringLiteral("stride_decimation"),
           stride,
           {{QStringLiteral("points"), 1000000}});
    return 0;
}
