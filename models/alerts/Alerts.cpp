#include <models/alerts/Alerts.h>
#include <models/common/TenantScope.h>

#include <models/common/Decimal.h>
#include <models/common/JsonTime.h>
#include <models/common/ReadError.h>
#include <models/common/Validation.h>
#include <models/platform/RedisKeys.h>

#include <async/Guarded.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace
{
QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString arrayLiteral(const QStringList& values)
{
    return u'{' + values.join(u',') + u'}';
}
} // namespace

namespace AlertMath
{

std::optional<QDateTime> crossesAt(qint64 used, qint64 limit, const QDateTime& nowUtc)
{
    if (used <= 0 || used >= limit)
        return std::nullopt;
    const QDate today = nowUtc.toUTC().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC);
    const double elapsedMs = double(monthStart.msecsTo(nowUtc.toUTC()));
    if (elapsedMs <= 0)
        return std::nullopt;
    const double perMs = double(used) / elapsedMs;
    const double remainingMs = double(limit - used) / perMs;
    return nowUtc.toUTC().addMSecs(qint64(std::ceil(remainingMs)));
}

QList<int> crossed(double percent, const QList<int>& thresholds)
{
    QList<int> out;
    for (int t : thresholds)
        if (percent >= t)
            out << t;
    return out;
}

QList<int> parseThresholds(const QString& text)
{
    QList<int> out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int t = part.trimmed().toInt(&ok);
        if (!ok || t < 1 || t > 1000)
            return {};
        if (!out.contains(t))
            out << t;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace AlertMath

bool QuotaAlert::isOpen() const
{
    return !acknowledgedAt.isValid() && (!snoozedUntil.isValid() || snoozedUntil <= QDateTime::currentDateTimeUtc());
}

QString TenantQuota::usedText() const
{
    return metric == QLatin1String("cost") ? Decimal::formatUsd(QString::number(double(used) / 100.0, 'f', 2))
                                           : QLocale().toString(used);
}

QString TenantQuota::limitText() const
{
    if (!limit)
        return QCoreApplication::translate("TenantQuota", "unlimited");
    return metric == QLatin1String("cost") ? Decimal::formatUsd(QString::number(double(*limit) / 100.0, 'f', 2))
                                           : QLocale().toString(*limit);
}

QString QuotaAlert::usedOfLimitText() const
{
    if (metric == QLatin1String("cost"))
        return QStringLiteral("%1 / %2").arg(Decimal::formatUsd(observed), Decimal::formatUsd(limit));
    return QStringLiteral("%1 / %2").arg(QLocale().toString(observed.toLongLong()),
                                         QLocale().toString(limit.toLongLong()));
}

QJsonObject TenantQuota::toJson() const
{
    const bool cents = metric == QLatin1String("cost");
    const auto amount = [cents](qint64 v) { return cents ? double(v) / 100.0 : double(v); };
    return {{QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("tenant"), tenantName},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("used"), amount(used)},
            {QStringLiteral("limit"), limit ? QJsonValue(amount(*limit)) : QJsonValue()},
            {QStringLiteral("percent"), percent},
            {QStringLiteral("crosses_100_at"), crossesAt ? optionalTime(*crossesAt) : QJsonValue()},
            {QStringLiteral("over"), over},
            {QStringLiteral("throttled"), throttled}};
}

QJsonObject QuotaAlert::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("tenant"), tenantName},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("threshold_pct"), threshold},
            {QStringLiteral("fired_at"), isoUtc(firedAt)},
            {QStringLiteral("observed"), observed},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("acknowledged_by"), acknowledgedBy.isEmpty() ? QJsonValue() : QJsonValue(acknowledgedBy)},
            {QStringLiteral("acknowledged_at"), optionalTime(acknowledgedAt)},
            {QStringLiteral("snoozed_until"), optionalTime(snoozedUntil)},
            {QStringLiteral("snoozed_by"), snoozedBy.isEmpty() ? QJsonValue() : QJsonValue(snoozedBy)},
            {QStringLiteral("open"), isOpen()}};
}

AlertRepository::AlertRepository(PgSession* pg, RedisClient* redis)
    : m_pg(pg)
    , m_redis(redis)
{
}

QString AlertRepository::channel()
{
    return QStringLiteral("ts_alerts");
}

QFuture<Fetched<AlertRepository::Evaluation>> AlertRepository::evaluate() const
{
    // Limits, this month's workflow runs and the thresholds, in one statement.
    const QString sql = QStringLiteral(
        "SELECT t.id::text, t.name, el.included_tokens, el.monthly_runs, coalesce(r.runs, 0), "
        "       (SELECT value FROM platform_settings WHERE key = 'alerts.thresholds'), now()::text, "
        "       p.base_price::text "
        "FROM tenants t JOIN tenant_effective_limits el ON el.tenant_id = t.id JOIN plans p ON p.id = el.plan_id "
        "LEFT JOIN (SELECT tenant_id, count(*) AS runs FROM executions "
        "           WHERE created_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' "
        "           GROUP BY tenant_id) r ON r.tenant_id = t.id "
        "WHERE t.status IN ('active', 'trial') ORDER BY t.id");
    PgSession* pg = m_pg;
    RedisClient* redis = m_redis;
    // Redis lives on the application's thread; PostgreSQL answers on its worker thread.
    // Guarded: the profile (and its Redis client) may be closed while PostgreSQL answers.
    return m_pg->query(sql)
        .then(QCoreApplication::instance(),
              guardedOr(
                  redis,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<Evaluation>()); },
                  [pg, redis](const PgResult& rows) {
                      if (!rows.ok()) {
                          Fetched<Evaluation> failed;
                          failed.error = readError(rows);
                          return QtFuture::makeReadyFuture(failed);
                      }
                      const QDate month = QDateTime::currentDateTimeUtc().date();
                      QList<RedisCommand> commands;
                      commands.reserve(rows.rows.size() * 2);
                      for (const QVariantList& row : rows.rows) {
                          const QString tenant = row.at(0).toString();
                          commands.append({"HMGET", RedisKeys::usageMonthly(tenant, month), "tokens", "cost_usd"});
                          commands.append({"EXISTS", RedisKeys::quotaExceeded(tenant)});
                      }
                      return redis->pipeline(commands)
                          .then(
                              QCoreApplication::instance(),
                              [pg, rows](const QList<RedisReply>& replies) {
                                  Evaluation evaluation;
                                  QList<int> thresholds = AlertMath::parseThresholds(
                                      rows.rows.isEmpty() ? QString() : rows.rows.first().at(5).toString());
                                  if (thresholds.isEmpty())
                                      thresholds = {80, 90, 100};
                                  evaluation.thresholds = thresholds;
                                  const QDateTime now = QDateTime::currentDateTimeUtc();
                                  QStringList tenants, metrics, levels, observed, limits;
                                  for (qsizetype i = 0; i < rows.rows.size(); ++i) {
                                      const QVariantList& row = rows.rows.at(i);
                                      const RedisReply tokens = replies.value(2 * i);
                                      const RedisReply flag = replies.value(2 * i + 1);
                                      if (tokens.isError() || flag.isError()) {
                                          Fetched<Evaluation> failed;
                                          failed.error
                                              = QCoreApplication::translate("AlertRepository",
                                                                            "Redis refused the counters: %1")
                                                    .arg(QString::fromUtf8(tokens.isError() ? tokens.text : flag.text));
                                          return QtFuture::makeReadyFuture(failed);
                                      }
                                      const auto quota
                                          = [&](const QString& metric, qint64 used, const QVariant& limit) {
                                                TenantQuota q;
                                                q.tenantId = row.at(0).toString();
                                                q.tenantName = row.at(1).toString();
                                                q.metric = metric;
                                                q.used = used;
                                                q.throttled = flag.integer == 1;
                                                if (!limit.isNull()) {
                                                    q.limit = limit.toLongLong();
                                                    q.percent = *q.limit > 0 ? 100.0 * double(used) / double(*q.limit)
                                                                             : (used > 0 ? 1000.0 : 0.0);
                                                    q.over = used >= *q.limit;
                                                    if (!q.over && *q.limit > 0)
                                                        q.crossesAt = AlertMath::crossesAt(used, *q.limit, now);
                                                }
                                                for (int t : AlertMath::crossed(q.percent, thresholds)) {
                                                    tenants << q.tenantId;
                                                    metrics << metric;
                                                    levels << QString::number(t);
                                                    // Cost is counted in cents; the alert records dollars.
                                                    const bool cents = metric == QLatin1String("cost");
                                                    observed << (cents ? QString::number(double(used) / 100.0, 'f', 2)
                                                                       : QString::number(used));
                                                    limits << (cents ? QString::number(double(*q.limit) / 100.0, 'f', 2)
                                                                     : QString::number(*q.limit));
                                                }
                                                // Near or over a limit; a throttled tenant shows once (on tokens).
                                                if (q.percent >= thresholds.first()
                                                    || (q.throttled && metric == QLatin1String("tokens")))
                                                    evaluation.quotas.append(q);
                                            };
                                      const qint64 usedTokens = tokens.elements.value(0).toInteger(0);
                                      quota(QStringLiteral("tokens"), usedTokens, row.at(2));
                                      quota(QStringLiteral("runs"), row.at(4).toLongLong(), row.at(3));
                                      // Cost against what the plan charges: at 100 % the tenant costs the
                                      // platform what it pays (a free plan has no such line).
                                      qint64 costUnits = 0;
                                      qint64 priceUnits = 0;
                                      Decimal::toUnits(QString::fromUtf8(tokens.elements.value(1).text), &costUnits);
                                      Decimal::toUnits(row.at(7).toString(), &priceUnits);
                                      quota(QStringLiteral("cost"),
                                            (costUnits + 500000) / 1000000,
                                            priceUnits > 0 ? QVariant(qlonglong((priceUnits + 500000) / 1000000))
                                                           : QVariant());
                                  }
                                  std::sort(
                                      evaluation.quotas.begin(),
                                      evaluation.quotas.end(),
                                      [](const TenantQuota& a, const TenantQuota& b) { return a.percent > b.percent; });
                                  if (tenants.isEmpty()) {
                                      Fetched<Evaluation> done;
                                      done.value = evaluation;
                                      return QtFuture::makeReadyFuture(done);
                                  }
                                  return pg
                                      ->query(QStringLiteral(
                                                  "SELECT alerts_fire(?::uuid[], ?::text[], ?::int[], ?::numeric[], "
                                                  "?::numeric[])"),
                                              {arrayLiteral(tenants),
                                               arrayLiteral(metrics),
                                               arrayLiteral(levels),
                                               arrayLiteral(observed),
                                               arrayLiteral(limits)})
                                      .then([evaluation](const PgResult& fired) mutable {
                                          Fetched<Evaluation> done;
                                          // A login that may not record alerts (a tenant admin) still sees
                                          // its quotas; staff consoles record them.
                                          if (!fired.ok() && fired.errorKind != PgErrorKind::Permission) {
                                              done.error = serverSentence(fired);
                                              return done;
                                          }
                                          for (const QVariantList& r : fired.rows)
                                              evaluation.fired.append(r.at(0).toLongLong());
                                          done.value = evaluation;
                                          return done;
                                      });
                              })
                          .unwrap();
                  }))
        .unwrap();
}

QFuture<Fetched<QVector<QuotaAlert>>> AlertRepository::list(const Filter& filter) const
{
    return refuseUnseenTenant<QVector<QuotaAlert>>(m_pg, filter.tenantId, [&] {
        return m_pg
            ->query(
                QStringLiteral(
                    "SELECT a.id, a.tenant_id::text, t.name, a.metric, a.threshold_pct, a.fired_at, a.observed::text, "
                    "a.limit_value::text, coalesce(a.acknowledged_by, ''), a.acknowledged_at, a.snoozed_until, "
                    "coalesce(a.snoozed_by, '') FROM quota_alerts a JOIN tenants t ON t.id = a.tenant_id "
                    "WHERE a.period = date_trunc('month', now() AT TIME ZONE 'UTC')::date AND a.threshold_pct >= ? "
                    "AND (? = '' OR a.tenant_id = nullif(?, '')::uuid) "
                    "AND (NOT ? OR (a.acknowledged_at IS NULL AND (a.snoozed_until IS NULL OR a.snoozed_until <= "
                    "now()))) "
                    "ORDER BY a.threshold_pct DESC, a.fired_at DESC LIMIT 5000"),
                {filter.minThreshold, filter.tenantId, filter.tenantId, filter.openOnly})
            .then([](const PgResult& result) {
                Fetched<QVector<QuotaAlert>> fetched;
                if (!result.ok()) {
                    fetched.error = readError(result);
                    return fetched;
                }
                for (const QVariantList& row : result.rows) {
                    QuotaAlert a;
                    a.id = row.at(0).toLongLong();
                    a.tenantId = row.at(1).toString();
                    a.tenantName = row.at(2).toString();
                    a.metric = row.at(3).toString();
                    a.threshold = row.at(4).toInt();
                    a.firedAt = row.at(5).toDateTime();
                    a.observed = row.at(6).toString();
                    a.limit = row.at(7).toString();
                    a.acknowledgedBy = row.at(8).toString();
                    a.acknowledgedAt = row.at(9).toDateTime();
                    a.snoozedUntil = row.at(10).toDateTime();
                    a.snoozedBy = row.at(11).toString();
                    fetched.value.append(a);
                }
                return fetched;
            });
    });
}

QFuture<Fetched<bool>> AlertRepository::acknowledge(qint64 alertId, const QString& note) const
{
    return m_pg->query(QStringLiteral("SELECT alert_handle(?, NULL, ?)"), {alertId, note.left(1000)})
        .then([](const PgResult& result) {
            Fetched<bool> done;
            done.value = result.ok();
            if (!result.ok())
                done.error = serverSentence(result);
            return done;
        });
}

QFuture<Fetched<bool>> AlertRepository::snooze(qint64 alertId, const QDateTime& until, const QString& note) const
{
    return m_pg
        ->query(QStringLiteral("SELECT alert_handle(?, ?::timestamptz, ?)"), {alertId, isoUtc(until), note.left(1000)})
        .then([](const PgResult& result) {
            Fetched<bool> done;
            done.value = result.ok();
            if (!result.ok())
                done.error = serverSentence(result);
            return done;
        });
}

QFuture<Fetched<QString>> AlertRepository::setThresholds(const QString& value, const QString& reason) const
{
    Fetched<QString> refused;
    if (AlertMath::parseThresholds(value).isEmpty())
        refused.error = QCoreApplication::translate("AlertRepository",
                                                    "thresholds: whole percentages from 1 to 1000, like 80,90,100");
    else
        refused.error = Validation::reason(reason);
    if (!refused.ok())
        return QtFuture::makeReadyFuture(refused);
    return m_pg->query(QStringLiteral("SELECT alert_thresholds_set(?, ?)"), {value, reason.trimmed()})
        .then([](const PgResult& result) {
            Fetched<QString> done;
            if (!result.ok())
                done.error = serverSentence(result);
            else
                done.value = result.scalar().toString();
            return done;
        });
}
