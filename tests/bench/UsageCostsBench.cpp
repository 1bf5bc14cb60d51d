// The Usage and Costs pages: each page query against the same question answered from the raw events
// table (the baseline) and from a per-tenant daily rollup (LiteLLM's design), and LTTB downsampling of 1M
// points against plain stride decimation.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/costs/CostRepository.h>
#include <models/platform/RedisKeys.h>
#include <models/usage/Downsampler.h>
#include <models/usage/UsageRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include "BenchSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
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
    // (Minutes at --size xlarge: the raw-events baselines and this count get the time they need.)
    constexpr int kLongMs = 1800000;
    const qint64 events = TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM usage_events"), {}, kLongMs)
                              .scalar()
                              .toLongLong();
    const QJsonObject data{{QStringLiteral("usage_events"), double(events)}};
    const QString heaviest
        = TestServers::exec(pg.get(),
                            QStringLiteral("SELECT tenant_id::text FROM usage_monthly ORDER BY requests DESC LIMIT 1"))
              .scalar()
              .toString();
    const int runs = 40;
    const int baselineRuns = events > 50000000 ? 2 : 5; // a raw scan of 100M events takes a minute
    const auto raw = [&](const QString& sql, const QVariantList& params) {
        const PgResult result = TestServers::exec(pg.get(), sql, params, kLongMs);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
    };

    // On a production primary autovacuum keeps up with the rollup refresh's updates; this bench's own
    // refresh step (rollups.refresh_today) does thousands back to back, so a second run would start on
    // the dead rows the first one left. The summaries are vacuumed first, as autovacuum would have.
    raw(QStringLiteral("VACUUM (ANALYZE) usage_monthly, usage_monthly_model, usage_daily, usage_daily_model"), {});

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
    // With the platform's counter of the day (contract v1.6) today's live part is one read; without it, every
    // tenant's counter. Both are measured: the second with the counter set aside for the measurement.
    const QByteArray platformKey = RedisKeys::usagePlatformDaily(today);
    const RedisReply platformCounter = TestServers::redis(redis.get(), {"HGETALL", platformKey});
    const bool kept = !platformCounter.elements.isEmpty();
    QJsonObject allData = data;
    allData.insert(QStringLiteral("platform_counter"), kept);
    report(QStringLiteral("usage.all_tenants_90_days_by_day"), oursAll, QStringLiteral("raw_events"), rawAll, allData);
    if (kept) {
        TestServers::redis(redis.get(), {"DEL", platformKey});
        UsageRepository swept(pg.get(), redis.get());
        auto warm = swept.series(allNinety); // reads the list of tenants, reused for a minute as in the app
        awaitFuture(warm);
        const Stats oursSwept = measure(runs, [&] {
            auto f = swept.series(allNinety);
            awaitFuture(f);
        });
        QList<QByteArray> restore{"HSET", platformKey};
        for (const RedisReply& element : platformCounter.elements)
            restore << element.text;
        TestServers::redis(redis.get(), restore);
        report(QStringLiteral("usage.all_tenants_90_days_by_day.platform_counter"),
               oursAll,
               QStringLiteral("every_tenants_counter"),
               oursSwept,
               data);
    }

    // The second baseline, a peer's design: LiteLLM keeps one rollup, spend per user or team per day (per
    // model, provider and key: its DailyUserSpend and DailyTeamSpend tables) and answers the cross-tenant
    // questions by summing it. usage_daily is that table here (per tenant, day, model, provider and BYOK).
    // The same questions, without the margins (LiteLLM has no plans to price against).
    // Each question over this month's rows of the daily rollup; %1 is where the month's condition goes.
    const auto monthOfDaily = [&](const QString& sql) {
        const QString inMonth
            = sql.arg(QStringLiteral("day >= ?::date AND day < (?::date + interval '1 month')::date"));
        return measure(runs, [&] { raw(inMonth, {monthText, monthText}); });
    };
    const Stats dailyTenants = monthOfDaily(
        QStringLiteral("SELECT tenant_id, sum(requests), sum(prompt_tokens + completion_tokens), sum(cost_usd), "
                       "sum(cost_usd) FILTER (WHERE byok) FROM usage_daily WHERE %1 GROUP BY 1 ORDER BY 4 DESC"));
    const Stats dailyTotals = monthOfDaily(
        QStringLiteral("SELECT sum(cost_usd), sum(cost_usd) FILTER (WHERE byok), count(DISTINCT tenant_id) "
                       "FROM usage_daily WHERE %1"));
    const Stats dailyTop = monthOfDaily(QStringLiteral(
        "SELECT tenant_id, sum(cost_usd) FROM usage_daily WHERE %1 GROUP BY 1 ORDER BY 2 DESC LIMIT 100"));
    const Stats dailyModels = monthOfDaily(
        QStringLiteral("SELECT model, min(provider), sum(cost_usd) FROM usage_daily WHERE %1 GROUP BY 1"));
    const Stats dailyAll = measure(runs, [&] {
        raw(QStringLiteral("SELECT day, model, sum(prompt_tokens + completion_tokens), sum(requests), sum(cost_usd) "
                           "FROM usage_daily WHERE day >= ?::date GROUP BY 1, 2"),
            {allNinety.from.toString(Qt::ISODate)});
    });
    const QString litellm = QStringLiteral("per_tenant_daily_rollup_litellm");
    report(QStringLiteral("costs.month_by_tenant_all_rows.vs_daily_rollup"), oursAllRows, litellm, dailyTenants, data);
    report(QStringLiteral("costs.month_totals_all_tenants.vs_daily_rollup"), oursTotals, litellm, dailyTotals, data);
    report(QStringLiteral("costs.top_100_tenants.vs_daily_rollup"), oursTop, litellm, dailyTop, data);
    report(QStringLiteral("costs.month_by_model.vs_daily_rollup"), oursModels, litellm, dailyModels, data);
    report(QStringLiteral("usage.all_tenants_90_days_by_day.vs_daily_rollup"), oursAll, litellm, dailyAll, data);

    // The platform's periodic rollup refresh for today: folding in what arrived since the last run
    // (apply_usage_events, migration 012) against recomputing today from the events (what
    // refresh_usage_rollups(today, today) does, and what the refresh cost before). The new traffic is
    // 5 minutes' worth ("every few minutes") at today's rate so far (at least 1,000 events), inserted as the
    // gateways do, in statements of 100 events.
    const qint64 todayEvents
        = TestServers::exec(pg.get(),
                            QStringLiteral("SELECT count(*) FROM usage_events WHERE ts >= ?::date::timestamp AT TIME "
                                           "ZONE 'UTC'"),
                            {today.toString(Qt::ISODate)})
              .scalar()
              .toLongLong();
    const double minutesToday = std::max(1.0, QTime(0, 0).secsTo(QDateTime::currentDateTimeUtc().time()) / 60.0);
    constexpr double kWindowMinutes = 5;
    const int batch = std::max(1000, int(double(todayEvents) / minutesToday * kWindowMinutes));
    const auto arrive = [&] {
        for (int done = 0; done < batch; done += 100) {
            raw(QStringLiteral(
                    "INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, completion_tokens, "
                    "cost_usd, byok) SELECT t.id, now() - random() * interval '5 minutes', 'gpt-4o-mini', 'openai', "
                    "100 + (random() * 2000)::int, 20 + (random() * 500)::int, round((random() * 0.01)::numeric, 8), "
                    "false FROM (SELECT id FROM tenants ORDER BY random() LIMIT ?) t"),
                {std::min(100, batch - done)});
        }
    };
    raw(QStringLiteral("SELECT apply_usage_events()"), {}); // whatever was pending before this run
    // On a production primary that runs the refresh every few minutes, today's rollup rows of the active
    // tenants stay in memory; here the raw-events baselines above have just read the whole events table
    // (20 GB at xlarge) through the page cache. The first refresh is measured as it comes (reported as
    // first_cold_ms); then today's rows of every tenant are read once, by key, as the periodic refresh
    // would have kept them, and the next ten are the figure.
    QVector<double> applyMs;
    double firstColdMs = 0;
    for (int i = 0; i < 11; ++i) {
        arrive();
        QElapsedTimer timer;
        timer.start();
        raw(QStringLiteral("SELECT apply_usage_events()"), {});
        if (i == 0) {
            firstColdMs = double(timer.nsecsElapsed()) / 1e6;
            raw(QStringLiteral("SELECT count(d.requests), count(m.requests) FROM tenants t "
                               "LEFT JOIN LATERAL (SELECT sum(requests) AS requests FROM usage_daily x "
                               "WHERE x.tenant_id = t.id AND x.day = ?::date) d ON true "
                               "LEFT JOIN LATERAL (SELECT requests FROM usage_monthly y WHERE y.tenant_id = t.id "
                               "AND y.month = ?::date) m ON true"),
                {today.toString(Qt::ISODate), monthText});
        } else {
            applyMs << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    std::sort(applyMs.begin(), applyMs.end());
    const Stats incremental{applyMs.at(applyMs.size() / 2), applyMs.last(), int(applyMs.size())};
    const Stats recompute = measure(3, [&] {
        raw(QStringLiteral("SELECT refresh_usage_rollups(?::date, ?::date)"),
            {today.toString(Qt::ISODate), today.toString(Qt::ISODate)});
    });
    report(QStringLiteral("rollups.refresh_today"),
           incremental,
           QStringLiteral("recompute_today_from_events"),
           recompute,
           {{QStringLiteral("usage_events"), double(events)},
            {QStringLiteral("events_today"), double(todayEvents)},
            {QStringLiteral("new_events_per_refresh"), batch},
            {QStringLiteral("first_cold_ms"), firstColdMs},
            {QStringLiteral("window_minutes"), kWindowMinutes},
            {QStringLiteral("target_ms"), 1000}});

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
