#include <models/usage/UsageRepository.h>

#include <models/common/Decimal.h>
#include <models/common/Validation.h>
#include <models/platform/RedisKeys.h>

#include <models/common/ReadError.h>

#include <async/Guarded.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QCoreApplication>

#include <cstdlib>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("UsageRepository", text);
}

QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}

// Bucket expressions per resolution over a table with a `day` column, and over the raw events.
QString dayBucket(UsageResolution resolution)
{
    return resolution == UsageResolution::Month ? QStringLiteral("date_trunc('month', day)::timestamp")
                                                : QStringLiteral("day::timestamp");
}

const QString kSums = QStringLiteral(
    "sum(prompt_tokens)::bigint, sum(completion_tokens)::bigint, sum(requests)::bigint, sum(cost_usd)::text");

QString sqlFor(const UsageQuery& query)
{
    const bool oneTenant = !query.tenantId.isEmpty();
    const QString bucketText = QStringLiteral("to_char(b, 'YYYY-MM-DD\"T\"HH24:MI:SS')");
    if (query.resolution == UsageResolution::Hour) {
        if (oneTenant) // the events table is current to the second; hours come from it directly
            return QStringLiteral(
                       "SELECT %1, model, sum(prompt_tokens)::bigint, sum(completion_tokens)::bigint, "
                       "count(*)::bigint, sum(cost_usd)::text FROM ("
                       " SELECT date_trunc('hour', ts AT TIME ZONE 'UTC') AS b, * FROM usage_events"
                       " WHERE tenant_id = ?::uuid AND ts >= ?::date::timestamp AT TIME ZONE 'UTC'"
                       " AND ts < (?::date + 1)::timestamp AT TIME ZONE 'UTC') e GROUP BY b, model ORDER BY b, model")
                .arg(bucketText);
        return QStringLiteral("SELECT %1, model, %2 FROM (SELECT hour AS b, * FROM usage_hourly_model"
                              " WHERE hour >= ?::date::timestamp AND hour < (?::date + 1)::timestamp) h"
                              " GROUP BY b, model ORDER BY b, model")
            .arg(bucketText, kSums);
    }
    if (oneTenant)
        return QStringLiteral("SELECT %1, model, %2 FROM (SELECT %3 AS b, * FROM usage_daily"
                              " WHERE tenant_id = ?::uuid AND day BETWEEN ?::date AND ?::date) d"
                              " GROUP BY b, model ORDER BY b, model")
            .arg(bucketText, kSums, dayBucket(query.resolution));
    return QStringLiteral("SELECT %1, model, %2 FROM (SELECT %3 AS b, * FROM usage_daily_model"
                          " WHERE day BETWEEN ?::date AND ?::date) d GROUP BY b, model ORDER BY b, model")
        .arg(bucketText, kSums, dayBucket(query.resolution));
}

// What a request still in flight gets when its connection (profile) was closed meanwhile.
Fetched<UsageSeries> closedConnection()
{
    Fetched<UsageSeries> closed;
    closed.error = QCoreApplication::translate("UsageRepository", "The connection was closed.");
    return closed;
}

// "YYYY-MM-DDTHH:MM:SS" in UTC, read as UTC directly: QDateTime::fromString() reads it as local time
// first, and the time zone lookup behind that cost more than the rest of a 90-day series.
QDateTime utcBucket(const QString& text)
{
    const auto number = [&text](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    if (text.size() < 19)
        return {};
    return QDateTime(
        QDate(number(0, 4), number(5, 2), number(8, 2)), QTime(number(11, 2), number(14, 2), number(17, 2)), Qt::UTC);
}

QDateTime bucketStart(QDate day, UsageResolution resolution)
{
    const QDate date = resolution == UsageResolution::Month ? QDate(day.year(), day.month(), 1) : day;
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}
} // namespace

UsageRepository::UsageRepository(PgSession* pg, RedisClient* redis)
    : m_pg(pg)
    , m_redis(redis)
{
}

QFuture<Fetched<UsageSeries>> UsageRepository::history(const UsageQuery& query) const
{
    QVariantList params;
    if (!query.tenantId.isEmpty())
        params << query.tenantId;
    params << query.from.toString(Qt::ISODate) << query.to.toString(Qt::ISODate);
    const bool oneTenant = !query.tenantId.isEmpty();
    QList<QFuture<PgResult>> reads{m_pg->read(sqlFor(query), params)};
    if (oneTenant)
        reads << m_pg->read(
            QStringLiteral("SELECT included_tokens FROM tenant_effective_limits WHERE tenant_id = ?::uuid"),
            {query.tenantId});
    return QtFuture::whenAll(reads.begin(), reads.end()).then([oneTenant, query](const QList<QFuture<PgResult>>& done) {
        const PgResult rows = done.at(0).result();
        const PgResult limitRow = oneTenant ? done.at(1).result() : PgResult();
        Fetched<UsageSeries> fetched;
        fetched.freshness = Freshness::of(rows);
        if (!rows.ok()) {
            fetched.error = readError(rows);
            return fetched;
        }
        if (oneTenant && limitRow.ok() && limitRow.rows.isEmpty()) {
            fetched.error
                = tr("Tenant %1 was not found, or your login is not permitted to see it.").arg(query.tenantId);
            return fetched;
        }
        if (oneTenant && limitRow.ok() && !limitRow.scalar().isNull())
            fetched.value.includedTokens = limitRow.scalar().toLongLong();
        fetched.value.points.reserve(rows.rows.size());
        for (const QVariantList& row : rows.rows) {
            UsagePoint point;
            point.bucket = utcBucket(row.at(0).toString());
            point.model = row.at(1).toString();
            point.promptTokens = row.at(2).toLongLong();
            point.completionTokens = row.at(3).toLongLong();
            point.requests = row.at(4).toLongLong();
            point.costUsd = row.at(5).toString();
            fetched.value.points.append(point);
        }
        return fetched;
    });
}

QFuture<Fetched<UsageSeries>> UsageRepository::series(const UsageQuery& query, QDate todayUtc) const
{
    const QString invalid = query.validate();
    if (!invalid.isEmpty() || (!query.tenantId.isEmpty() && !Validation::isUuid(query.tenantId))) {
        Fetched<UsageSeries> refused;
        refused.error = invalid.isEmpty() ? tr("\"%1\" is not a tenant id (a UUID).").arg(query.tenantId) : invalid;
        return QtFuture::makeReadyFuture(refused);
    }
    const QDate today = todayUtc.isValid() ? todayUtc : utcToday();
    const bool includesToday = query.from <= today && today <= query.to;
    // Hourly tenant series read the live events table already; everything else reconciles today.
    const bool reconcile = includesToday && !(query.resolution == UsageResolution::Hour && !query.tenantId.isEmpty());
    if (!reconcile)
        return history(query);
    // The history, what PostgreSQL has attributed for today and the gateways' live counters are all
    // asked for at once: the page waits for the slowest of them, not for their sum.
    QFuture<TodayRemainder> remainder = todayRemainder(query, today);
    return history(query)
        .then(QCoreApplication::instance(),
              [remainder](const Fetched<UsageSeries>& fetched) mutable {
                  if (!fetched.ok())
                      return QtFuture::makeReadyFuture(fetched);
                  return remainder.then([fetched](const TodayRemainder& part) {
                      Fetched<UsageSeries> merged = fetched;
                      merged.value.liveMerged = part.merged;
                      merged.value.liveError = part.error;
                      if (part.point)
                          merged.value.points.append(*part.point);
                      return merged;
                  });
              })
        .unwrap();
}

QFuture<UsageRepository::TodayRemainder> UsageRepository::todayRemainder(const UsageQuery& query, QDate today) const
{
    // What PostgreSQL has attributed for today, and the gateways' counters, asked for at once.
    const bool oneTenant = !query.tenantId.isEmpty();
    const QString sql = oneTenant
        ? QStringLiteral("SELECT coalesce(sum(prompt_tokens), 0)::bigint, coalesce(sum(completion_tokens), 0)::bigint, "
                         "coalesce(sum(requests), 0)::bigint, coalesce(sum(cost_usd), 0)::text FROM usage_daily "
                         "WHERE tenant_id = ?::uuid AND day = ?::date")
        : QStringLiteral("SELECT coalesce(sum(prompt_tokens), 0)::bigint, coalesce(sum(completion_tokens), 0)::bigint, "
                         "coalesce(sum(requests), 0)::bigint, coalesce(sum(cost_usd), 0)::text FROM usage_daily_model "
                         "WHERE day = ?::date");
    const QVariantList params = oneTenant ? QVariantList{query.tenantId, today.toString(Qt::ISODate)}
                                          : QVariantList{today.toString(Qt::ISODate)};
    QFuture<LiveTotals> counters = oneTenant ? liveToday({query.tenantId}, today) : allTenantsLiveToday(today);
    return m_pg->read(sql, params)
        .then([counters](const PgResult& attributed) mutable {
            return counters.then([attributed](const LiveTotals& totals) { return std::make_pair(attributed, totals); });
        })
        .unwrap()
        .then([query, today](const std::pair<PgResult, LiveTotals>& both) {
            TodayRemainder part;
            const auto& [attributed, live] = both;
            if (!attributed.ok()) {
                part.error = readError(attributed);
                return part;
            }
            if (!live.available) {
                part.error = live.error;
                return part;
            }
            const QVariantList& row = attributed.rows.first();
            UsagePoint remainder;
            remainder.bucket = bucketStart(today, query.resolution);
            remainder.model = kLiveRemainder;
            remainder.promptTokens = live.promptTokens - row.at(0).toLongLong();
            remainder.completionTokens = live.completionTokens - row.at(1).toLongLong();
            remainder.requests = live.requests - row.at(2).toLongLong();
            remainder.costUsd = Decimal::subtract(live.costUsd, row.at(3).toString());
            part.merged = true;
            // Only what the gateways counted beyond PostgreSQL is added; a counter behind PostgreSQL
            // (expired, or reset) never takes numbers away.
            if (remainder.promptTokens > 0 || remainder.completionTokens > 0 || remainder.requests > 0) {
                remainder.promptTokens = std::max<qint64>(0, remainder.promptTokens);
                remainder.completionTokens = std::max<qint64>(0, remainder.completionTokens);
                remainder.requests = std::max<qint64>(0, remainder.requests);
                if (Decimal::compare(remainder.costUsd, QStringLiteral("0")) < 0)
                    remainder.costUsd = QStringLiteral("0");
                // Hour resolution for all tenants: the live part goes to the current hour.
                if (query.resolution == UsageResolution::Hour) {
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    remainder.bucket = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
                }
                part.point = remainder;
            }
            return part;
        });
}

QFuture<UsageRepository::LiveTotals> UsageRepository::allTenantsLiveToday(QDate todayUtc) const
{
    // The platform's own counter of the day when its gateways keep one: one read, whatever the number of
    // tenants. Without it, every tenant's counter (the list of tenants is reused for a minute).
    const QByteArray key = RedisKeys::usagePlatformDaily(todayUtc);
    // What either step answers once the Redis client is gone.
    const auto closed = [] {
        LiveTotals none;
        none.error = closedConnection().error;
        return QtFuture::makeReadyFuture(none);
    };
    return m_redis->pipeline({{"HMGET", key, "prompt_tokens", "completion_tokens", "requests", "cost_usd"}})
        .then(QCoreApplication::instance(),
              guardedOr(m_redis,
                        closed,
                        [this, todayUtc, closed](const QList<RedisReply>& replies) {
                            LiveTotals platform = sumCounters(replies);
                            if (!platform.available || platform.counted > 0)
                                return QtFuture::makeReadyFuture(platform);
                            return allTenantIds()
                                .then(QCoreApplication::instance(),
                                      guardedOr(m_redis,
                                                closed,
                                                [this, todayUtc](const QStringList& tenants) {
                                                    return liveToday(tenants, todayUtc);
                                                }))
                                .unwrap();
                        }))
        .unwrap();
}

QFuture<QStringList> UsageRepository::allTenantIds() const
{
    {
        QMutexLocker lock(&m_tenantsMutex);
        if (m_allTenantsAge.isValid() && m_allTenantsAge.elapsed() < kTenantListTtlMs)
            return QtFuture::makeReadyFuture(m_allTenants);
    }
    // (Kept while the Redis client lives, as every continuation of this repository that touches it.)
    return m_pg->read(QStringLiteral("SELECT string_agg(id::text, ',') FROM tenants"))
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_redis,
                  [] { return QStringList(); },
                  [this](const PgResult& listed) {
                      if (!listed.ok())
                          return QStringList(); // the attributed read reports the database's error
                      const QStringList tenants = listed.scalar().toString().split(u',', Qt::SkipEmptyParts);
                      QMutexLocker lock(&m_tenantsMutex);
                      m_allTenants = tenants;
                      m_allTenantsAge.start();
                      return tenants;
                  }));
}

UsageRepository::LiveTotals UsageRepository::sumCounters(const QList<RedisReply>& replies)
{
    LiveTotals totals;
    qint64 costUnits = 0;
    for (const RedisReply& reply : replies) {
        if (reply.isError()) {
            totals.error = reply.text.startsWith("NOPERM")
                ? tr("Not permitted to read the live counters.")
                : tr("Live counters unavailable: %1").arg(QString::fromUtf8(reply.text));
            return totals;
        }
        if (reply.elements.size() != 4 || reply.elements.at(0).isNil())
            continue; // no traffic today
        ++totals.counted;
        totals.promptTokens += reply.elements.at(0).toInteger();
        totals.completionTokens += reply.elements.at(1).toInteger();
        totals.requests += reply.elements.at(2).toInteger();
        // Fixed-point sums for speed (10k tenants per refresh); exact text sums for anything else.
        const QByteArray& cost = reply.elements.at(3).text;
        qint64 units = 0;
        if (Decimal::toUnits(QByteArrayView(cost), &units) && std::abs(costUnits) < (qint64(1) << 60)
            && std::abs(units) < (qint64(1) << 60))
            costUnits += units;
        else if (Decimal::isValid(QString::fromUtf8(cost)))
            totals.costUsd = Decimal::add(totals.costUsd, QString::fromUtf8(cost));
    }
    totals.costUsd = Decimal::add(totals.costUsd, Decimal::fromUnits(costUnits));
    totals.available = true;
    return totals;
}

QFuture<UsageRepository::LiveTotals> UsageRepository::liveToday(const QStringList& tenantIds, QDate todayUtc) const
{
    // The same words in every command share one buffer (a literal would be copied 10,000 times).
    const QByteArray hmget("HMGET"), promptField("prompt_tokens"), completionField("completion_tokens"),
        requestsField("requests"), costField("cost_usd");
    QList<RedisCommand> reads;
    reads.reserve(tenantIds.size());
    for (const QByteArray& key : RedisKeys::usageDailyKeys(tenantIds, todayUtc))
        reads.append({hmget, key, promptField, completionField, requestsField, costField});
    if (reads.isEmpty()) {
        LiveTotals none;
        none.available = true;
        return QtFuture::makeReadyFuture(none);
    }
    return m_redis->pipeline(reads).then(&UsageRepository::sumCounters);
}

QFuture<Fetched<QuotaForecast>> UsageRepository::forecast(const QString& tenantId, QDate todayUtc) const
{
    const QDate today = todayUtc.isValid() ? todayUtc : utcToday();
    UsageQuery query;
    query.tenantId = tenantId;
    query.from = std::min(QDate(today.year(), today.month(), 1), today.addDays(-7));
    query.to = today;
    query.resolution = UsageResolution::Day;
    return series(query, today).then([today, query](const Fetched<UsageSeries>& fetched) {
        Fetched<QuotaForecast> out;
        if (!fetched.ok()) {
            out.error = fetched.error;
            return out;
        }
        QMap<QDate, qint64> perDay;
        for (const UsagePoint& point : fetched.value.points)
            perDay[point.bucket.date()] += point.tokens();
        out.value = QuotaForecast::compute(perDay, fetched.value.includedTokens, today, query.from);
        return out;
    });
}
