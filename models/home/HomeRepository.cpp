#include <models/home/HomeRepository.h>

#include <async/Guarded.h>
#include <models/common/Gathered.h>
#include <models/common/ReadError.h>
#include <models/operations/QueueOperations.h>
#include <net/PgSession.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace
{
// Staff (platform_admin, support, finance) or a superuser read the platform; a login that is none of
// these and administers tenants reads its own tenant.
const char* kWhoSql = "SELECT pg_has_role(session_user, 'platform_admin', 'MEMBER') "
                      "OR pg_has_role(session_user, 'support', 'MEMBER') "
                      "OR pg_has_role(session_user, 'finance', 'MEMBER') "
                      "OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
                      "(ts_member_tenants())[1]::text";

// Today's hours so far and the same span of each of the seven days before, from the hourly rollup; an
// earlier day's hour that today has only partly lived counts in proportion. Platform keys only: BYOK calls
// are paid by the tenant.
const char* kSpendSql
    = "WITH n AS (SELECT now() AT TIME ZONE 'UTC' AS t), "
      "d AS (SELECT k, date_trunc('day', n.t) - k * interval '1 day' AS day_start, "
      "      n.t - date_trunc('day', n.t) AS elapsed FROM n, generate_series(0, 7) k) "
      "SELECT d.k, coalesce(sum(h.cost_usd * CASE WHEN d.k = 0 OR h.hour + interval '1 hour' <= d.day_start + "
      "d.elapsed THEN 1 ELSE extract(epoch FROM d.day_start + d.elapsed - h.hour)::numeric / 3600 END), 0)"
      "::numeric(20, 2)::text "
      "FROM d LEFT JOIN usage_hourly_model h ON NOT h.byok AND h.hour >= d.day_start "
      "AND h.hour < d.day_start + d.elapsed "
      "GROUP BY d.k ORDER BY d.k";

// Failures by cause in the last hour, and by hour over the last 24 (h = 0: the last hour). created_at
// places them: the index the Executions page uses, and a failed run fails within minutes of its start.
const char* kFailuresSql = "SELECT 'cause', error_code, count(*) FROM executions WHERE status = 'failed' "
                           "AND created_at > now() - interval '1 hour' GROUP BY error_code "
                           "UNION ALL "
                           "SELECT 'hour', h::text, count(e.id) FROM generate_series(0, 23) h LEFT JOIN executions e "
                           "ON e.status = 'failed' AND e.created_at > now() - (h + 1) * interval '1 hour' "
                           "AND e.created_at <= now() - h * interval '1 hour' GROUP BY h";

// Open alerts of this month, the tenants at or past their included tokens (furthest first), and the spikes
// of the last 24 hours nobody acknowledged.
const char* kQuotaSql
    = "WITH over AS (SELECT t.name, (m.prompt_tokens + m.completion_tokens)::numeric / el.included_tokens AS f "
      " FROM tenant_effective_limits el JOIN tenants t ON t.id = el.tenant_id "
      " JOIN usage_monthly m ON m.tenant_id = el.tenant_id "
      " AND m.month = date_trunc('month', now() AT TIME ZONE 'UTC')::date "
      " WHERE el.included_tokens > 0 AND m.prompt_tokens + m.completion_tokens >= el.included_tokens) "
      "SELECT (SELECT count(*) FROM quota_alerts WHERE period = date_trunc('month', now() AT TIME ZONE "
      "'UTC')::date AND acknowledged_at IS NULL AND (snoozed_until IS NULL OR snoozed_until <= now())), "
      "(SELECT count(*) FROM over), "
      "(SELECT coalesce(json_agg(name ORDER BY f DESC), '[]') FROM (SELECT name, f FROM over ORDER BY f DESC "
      "LIMIT 3) x)::text, "
      "(SELECT count(*) FROM anomaly_alerts WHERE acknowledged_at IS NULL AND fired_at > now() - interval '24 hours')";

HomeSpend spendFrom(const PgResult& result)
{
    HomeSpend spend;
    if (!result.ok()) {
        spend.error = readError(result);
        return spend;
    }
    for (const QVariantList& row : result.rows) {
        if (row.at(0).toInt() == 0)
            spend.today = row.at(1).toString();
        else
            spend.sameHours.append(row.at(1).toString());
    }
    return spend;
}

HomeFailures failuresFrom(const PgResult& result)
{
    HomeFailures failures;
    if (!result.ok()) {
        failures.error = readError(result);
        return failures;
    }
    failures.byHour = QVector<qint64>(24, 0);
    for (const QVariantList& row : result.rows) {
        const qint64 count = row.at(2).toLongLong();
        if (row.at(0).toString() == QLatin1String("cause")) {
            failures.causes.append({row.at(1).toString(), count});
            failures.lastHour += count;
        } else {
            const int hoursAgo = row.at(1).toInt();
            if (hoursAgo >= 0 && hoursAgo < 24)
                failures.byHour[23 - hoursAgo] = count;
        }
    }
    std::sort(failures.causes.begin(), failures.causes.end(), [](const auto& a, const auto& b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return failures;
}

HomeQuota quotaFrom(const PgResult& result)
{
    HomeQuota quota;
    if (!result.ok()) {
        quota.error = readError(result);
        return quota;
    }
    const QVariantList& row = result.rows.first();
    quota.openAlerts = row.at(0).toLongLong();
    quota.overQuota = row.at(1).toLongLong();
    for (const QJsonValue& name : QJsonDocument::fromJson(row.at(2).toString().toUtf8()).array())
        quota.overQuotaNames.append(name.toString());
    quota.openSpikes = row.at(3).toLongLong();
    return quota;
}
} // namespace

HomeRepository::HomeRepository(PgSession* pg, QueueOperations* queues, QObject* lifetime)
    : m_pg(pg)
    , m_queues(queues)
    , m_lifetime(lifetime)
{
}

QFuture<HomeReport> HomeRepository::read() const
{
    const HomeRepository* self = this;
    return m_pg->query(QString::fromLatin1(kWhoSql))
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] {
                      HomeReport closed;
                      closed.spend.error = closedBeforeAnswer<bool>().error;
                      return QtFuture::makeReadyFuture(closed);
                  },
                  [self](const PgResult& who) {
                      const bool staff = who.ok() && who.scalar().toBool();
                      const QString own = who.ok() ? who.rows.first().at(1).toString() : QString();
                      if (!staff && !own.isEmpty()) {
                          HomeReport report;
                          report.asOf = QDateTime::currentDateTimeUtc();
                          report.ownTenant = own;
                          return QtFuture::makeReadyFuture(report);
                      }
                      return self->readPlatform();
                  }))
        .unwrap();
}

QFuture<HomeReport> HomeRepository::readPlatform() const
{
    auto gathered = std::make_shared<Gathered<HomeReport>>();
    QFuture<HomeReport> future = gathered->start();
    gathered->value.asOf = QDateTime::currentDateTimeUtc();
    QObject* context = QCoreApplication::instance();

    gathered->expect();
    m_pg->read(QString::fromLatin1(kSpendSql)).then(context, [gathered](const PgResult& result) {
        gathered->value.spend = spendFrom(result);
        gathered->done();
    });
    gathered->expect();
    m_pg->read(QString::fromLatin1(kFailuresSql)).then(context, [gathered](const PgResult& result) {
        gathered->value.failures = failuresFrom(result);
        gathered->done();
    });
    gathered->expect();
    m_pg->read(QString::fromLatin1(kQuotaSql)).then(context, [gathered](const PgResult& result) {
        gathered->value.quota = quotaFrom(result);
        gathered->done();
    });
    gathered->expect();
    m_queues->overview().then(context, [gathered](const Fetched<QVector<QueueCounts>>& result) {
        gathered->value.queues.error = result.error;
        gathered->value.queues.queues = result.value;
        gathered->done();
    });
    gathered->done(); // everything is asked
    return future;
}
