#pragma once

#include <optional>

#include <models/common/Fetched.h>
#include <models/tenants/QuotaForecast.h>
#include <models/usage/Usage.h>

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QStringList>

class PgSession;
class RedisClient;
struct RedisReply;

// The Usage page's numbers: history from the PostgreSQL rollups (sized to each question), today
// reconciled with the gateways' live Redis counters. One tenant's queries name the tenant explicitly;
// row-level security decides on top whether the login may see it.
class UsageRepository
{
public:
    UsageRepository(PgSession* pg, RedisClient* redis);

    QFuture<Fetched<UsageSeries>> series(const UsageQuery& query, QDate todayUtc = QDate()) const;
    // Month-to-date, the last week and the forecast of crossing the included tokens.
    QFuture<Fetched<QuotaForecast>> forecast(const QString& tenantId, QDate todayUtc = QDate()) const;

    struct LiveTotals
    {
        bool available = false;
        QString error;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        qint64 requests = 0;
        QString costUsd = QStringLiteral("0");
        int counted = 0; // hashes that had traffic
    };
    // Today's gateway counters, summed over the given tenants in one pipelined round trip.
    QFuture<LiveTotals> liveToday(const QStringList& tenantIds, QDate todayUtc) const;
    // Today's gateway counters of every tenant: the platform's day counter when the gateways keep it,
    // every tenant's otherwise.
    QFuture<LiveTotals> allTenantsLiveToday(QDate todayUtc) const;

private:
    QFuture<Fetched<UsageSeries>> history(const UsageQuery& query) const;
    // Today's live counters beyond what PostgreSQL has attributed, as one more point of the series.
    struct TodayRemainder
    {
        bool merged = false;
        QString error;
        std::optional<UsagePoint> point;
    };
    QFuture<TodayRemainder> todayRemainder(const UsageQuery& query, QDate today) const;
    QFuture<QStringList> allTenantIds() const;
    static LiveTotals sumCounters(const QList<RedisReply>& replies);

    PgSession* m_pg;
    RedisClient* m_redis;
    // Every tenant's id, for reading all live counters; tenants come and go rarely, so the list is
    // reused for a minute instead of fetched on every refresh.
    static constexpr qint64 kTenantListTtlMs = 60000;
    mutable QMutex m_tenantsMutex;
    mutable QStringList m_allTenants;
    mutable QElapsedTimer m_allTenantsAge;
};
