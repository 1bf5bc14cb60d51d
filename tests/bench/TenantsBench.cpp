// The Tenants page: what it asks of the servers, each against a baseline measured in the same run.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/platform/RedisKeys.h>
#include <models/tenants/TenantRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>

int runTenantsBench()
{
    using namespace Bench;
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
