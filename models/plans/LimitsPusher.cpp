#include <models/plans/LimitsPusher.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>
#include <models/platform/RedisKeys.h>

#include <async/Guarded.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("LimitsPusher", text);
}

QByteArray limitText(const QVariant& value)
{
    return value.isNull() ? QByteArrayLiteral("unlimited") : value.toString().toUtf8();
}
} // namespace

LimitsPusher::LimitsPusher(PgSession* pg, RedisClient* redis)
    : m_pg(pg)
    , m_redis(redis)
{
}

QString LimitsPusher::effectiveLimitsSql()
{
    return QStringLiteral("SELECT tenant_id::text, plan_id, included_tokens, max_concurrent, requests_per_minute, "
                          "tokens_per_minute, monthly_runs, array_to_string(allowed_models, ',') "
                          "FROM tenant_effective_limits ");
}

QList<RedisCommand> LimitsPusher::limitCommands(const PgResult& rows)
{
    QList<RedisCommand> commands;
    commands.reserve(rows.rows.size() * 4);
    for (const QVariantList& row : rows.rows) {
        const QByteArray key = RedisKeys::limits(row.at(0).toString());
        // One tenant's hash is replaced as a whole: a gateway never reads half of the old and new limits.
        commands.append({"MULTI"});
        commands.append({"DEL", key});
        commands.append({"HSET",
                         key,
                         "plan",
                         row.at(1).toString().toUtf8(),
                         "included_tokens",
                         limitText(row.at(2)),
                         "max_concurrent",
                         limitText(row.at(3)),
                         "requests_per_minute",
                         limitText(row.at(4)),
                         "tokens_per_minute",
                         limitText(row.at(5)),
                         "monthly_runs",
                         limitText(row.at(6)),
                         "allowed_models",
                         row.at(7).toString().toUtf8()});
        commands.append({"EXEC"});
    }
    return commands;
}

QFuture<Fetched<LimitsPusher::Result>> LimitsPusher::push(const QStringList& tenantIds, bool all) const
{
    for (const QString& id : tenantIds) {
        if (!Validation::isUuid(id)) {
            Fetched<Result> refused;
            refused.error = tr("\"%1\" is not a tenant id (a UUID).").arg(id);
            return QtFuture::makeReadyFuture(refused);
        }
    }
    // Read the limits and the time of the read in one statement: what changes after it stays pending.
    QString where;
    QVariantList params;
    if (!tenantIds.isEmpty()) {
        where = QStringLiteral("WHERE tenant_id = ANY (?::uuid[]) ");
        params << QVariant(u'{' + tenantIds.join(u',') + u'}');
    } else if (!all) {
        where = QStringLiteral("WHERE tenant_id IN (SELECT tenant_id FROM limits_push_pending) ");
    }
    const QString sql = QStringLiteral("SELECT l.*, clock_timestamp()::text FROM (") + effectiveLimitsSql() + where
        + QStringLiteral(") l ORDER BY 1");
    PgSession* pg = m_pg;
    RedisClient* redis = m_redis;
    // The Redis client lives on the application's thread; PostgreSQL answers on its worker thread, so the
    // Redis half continues on the application's thread.
    // Guarded: the profile (and its Redis client) may be closed while PostgreSQL answers.
    return m_pg->query(sql, params)
        .then(QCoreApplication::instance(),
              guardedOr(
                  redis,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<Result>()); },
                  [pg, redis, tenantIds](const PgResult& rows) {
                      if (!rows.ok()) {
                          Fetched<Result> failed;
                          failed.error = readError(rows);
                          return QtFuture::makeReadyFuture(failed);
                      }
                      // Tenants asked for by id that the login does not see (row-level security): refused by
                      // name, not "0 pushed".
                      QStringList unseen = tenantIds;
                      for (const QVariantList& row : rows.rows)
                          unseen.removeAll(row.at(0).toString());
                      if (!unseen.isEmpty()) {
                          Fetched<Result> refused;
                          refused.error = QCoreApplication::translate(
                                              "LimitsPusher",
                                              "Not permitted: your login may not see %n tenant(s): %1 (or there is "
                                              "no such tenant). Nothing was pushed.",
                                              nullptr,
                                              int(unseen.size()))
                                              .arg(unseen.join(QStringLiteral(", ")));
                          return QtFuture::makeReadyFuture(refused);
                      }
                      if (rows.rows.isEmpty())
                          return QtFuture::makeReadyFuture(Fetched<Result>{});
                      const QString readAt = rows.rows.first().constLast().toString();
                      QStringList ids;
                      for (const QVariantList& row : rows.rows)
                          ids << row.at(0).toString();
                      QList<RedisCommand> commands = limitCommands(rows);
                      const QJsonObject message{{QStringLiteral("type"), QStringLiteral("limits")},
                                                {QStringLiteral("tenants"),
                                                 ids.size() <= 100 ? QJsonValue(QJsonArray::fromStringList(ids))
                                                                   : QJsonValue(double(ids.size()))}};
                      commands.append({"PUBLISH",
                                       RedisKeys::planChangesChannel(),
                                       QJsonDocument(message).toJson(QJsonDocument::Compact)});
                      return redis->pipeline(commands)
                          .then([pg, ids, readAt](const QList<RedisReply>& replies) {
                              for (const RedisReply& reply : replies) {
                                  if (reply.isError()) {
                                      Fetched<Result> failed;
                                      failed.error
                                          = tr("Redis did not take the limits. %1 PostgreSQL has the change, and "
                                               "the tenants stay marked as pending until a push succeeds.")
                                                .arg(redisError(reply));
                                      return QtFuture::makeReadyFuture(failed);
                                  }
                              }
                              return pg
                                  ->query(QStringLiteral("SELECT limits_push_done(?::uuid[], ?::timestamptz)"),
                                          {QVariant(u'{' + ids.join(u',') + u'}'), readAt})
                                  .then([count = ids.size()](const PgResult& done) {
                                      Fetched<Result> result;
                                      result.value.pushed = count;
                                      if (!done.ok())
                                          result.error = tr("Redis has the limits, but marking them done failed: %1")
                                                             .arg(serverSentence(done));
                                      else
                                          result.value.cleared = done.scalar().toLongLong();
                                      return result;
                                  });
                          })
                          .unwrap();
                  }))
        .unwrap();
}
