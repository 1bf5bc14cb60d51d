// Measures what the Tenants page asks of the servers, each against a baseline measured in the same run,
// and prints one JSON line per measurement.
#include <AwaitFuture.h>
#include <PgSession.h>
#include <RedisClient.h>
#include <RedisKeys.h>
#include <TenantRepository.h>
#include <TestServers.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace
{
struct Stats
{
    double p50 = 0;
    double p95 = 0;
    int runs = 0;
};

Stats measure(int runs, const std::function<void()>& once)
{
    once(); // warm-up: plans cached, pages in memory
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        once();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<int>(ms.size() - 1, int(ms.size() * 0.95))), runs};
}

void report(const QString& name,
            const Stats& ours,
            const QString& baselineName,
            const Stats& baseline,
            const QJsonObject& extra = {})
{
    QJsonObject line{{QStringLiteral("bench"), name},
                     {QStringLiteral("p50_ms"), ours.p50},
                     {QStringLiteral("p95_ms"), ours.p95},
                     {QStringLiteral("runs"), ours.runs},
                     {QStringLiteral("baseline"), baselineName},
                     {QStringLiteral("baseline_p50_ms"), baseline.p50},
                     {QStringLiteral("baseline_p95_ms"), baseline.p95},
                     {QStringLiteral("ratio_to_baseline_p50"), ours.p50 / std::max(baseline.p50, 1e-9)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        line.insert(it.key(), it.value());
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString why;
    if (!TestServers::available(&why)) {
        QTextStream(stderr) << why << Qt::endl;
        return 1;
    }
    auto pg = TestServers::adminPg();
    auto redis = TestServers::adminRedis();
    TenantRepository repository(pg.get(), redis.get());
    const qint64 tenantCount
        = TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM tenants")).scalar().toLongLong();
    const qint64 eventCount
        = TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM usage_events")).scalar().toLongLong();
    const QJsonObject data{{QStringLiteral("tenants"), double(tenantCount)},
                           {QStringLiteral("usage_events"), double(eventCount)}};
    const int runs = 50;

    const auto list = [&](const TenantRepository::Page& page) {
        auto future = repository.list(page);
        awaitFuture(future);
    };
    // The page a user sees after scrolling 90 % of the way down: keyset vs OFFSET.
    const qint64 deep = tenantCount * 9 / 10;
    const PgResult cursor = TestServers::exec(
        pg.get(),
        QStringLiteral("SELECT name, id::text FROM tenants ORDER BY lower(name), id OFFSET ? LIMIT 1"),
        {deep});
    TenantRepository::Page deepPage;
    deepPage.afterName = cursor.value(0, QStringLiteral("name")).toString();
    deepPage.afterId = cursor.value(0, QStringLiteral("id")).toString();
    deepPage.limit = 101;
    const Stats keyset = measure(runs, [&] { list(deepPage); });
    const Stats offset = measure(runs, [&] {
        TestServers::exec(pg.get(),
                          QStringLiteral("SELECT t.id, t.name, coalesce(m.cost_usd, 0) FROM tenants t "
                                         "JOIN tenant_effective_limits el ON el.tenant_id = t.id "
                                         "LEFT JOIN usage_monthly m ON m.tenant_id = t.id AND m.month = "
                                         "date_trunc('month', now() AT TIME ZONE 'UTC')::date "
                                         "ORDER BY lower(t.name), t.id OFFSET ? LIMIT 101"),
                          {deep});
    });
    report(QStringLiteral("tenants.deep_page_keyset"), keyset, QStringLiteral("offset_paging"), offset, data);

    TenantRepository::Page first;
    first.limit = 101;
    TenantRepository::Page search;
    search.search = QStringLiteral("cloud");
    search.limit = 101;
    const Stats firstPage = measure(runs, [&] { list(first); });
    const Stats searched = measure(runs, [&] { list(search); });
    const Stats bare = measure(runs, [&] { TestServers::exec(pg.get(), QStringLiteral("SELECT 1")); });
    report(QStringLiteral("tenants.first_page"), firstPage, QStringLiteral("round_trip_select_1"), bare, data);
    report(QStringLiteral("tenants.search_as_you_type"), searched, QStringLiteral("round_trip_select_1"), bare, data);

    const QString someTenant = cursor.value(0, QStringLiteral("id")).toString();
    const Stats detail = measure(runs, [&] {
        auto future = repository.detail(someTenant);
        awaitFuture(future);
    });
    report(QStringLiteral("tenants.detail"), detail, QStringLiteral("round_trip_select_1"), bare, data);

    // Live counters of every tenant: one pipelined batch vs one round trip per tenant.
    const PgResult ids = TestServers::exec(pg.get(), QStringLiteral("SELECT id::text FROM tenants"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<RedisCommand> reads;
    for (const auto& row : ids.rows)
        reads.append(
            {"HGETALL", RedisKeys::usageMonthly(row.first().toString(), QDate(today.year(), today.month(), 1))});
    const Stats pipelined = measure(10, [&] {
        auto future = redis->pipeline(reads);
        awaitFuture(future);
    });
    const Stats oneByOne = measure(3, [&] {
        for (const auto& command : reads) {
            auto future = redis->command(command);
            awaitFuture(future);
        }
    });
    report(QStringLiteral("redis.live_counters_all_tenants"),
           pipelined,
           QStringLiteral("one_round_trip_per_tenant"),
           oneByOne,
           data);
    return 0;
}
