#include <models/plans/AiConfigPusher.h>

#include <models/common/ReadError.h>
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
    return QCoreApplication::translate("AiConfigPusher", text);
}

// One push takes this many tenants at a time: a global change over 100k tenants is a few round trips,
// each with one pipeline.
constexpr int kBatch = 20000;
} // namespace

AiConfigPusher::AiConfigPusher(PgSession* pg, RedisClient* redis)
    : m_pg(pg)
    , m_redis(redis)
{
}

RedisCommand AiConfigPusher::hashOf(const QString& tenantId, const QByteArray& effectiveJson)
{
    const QJsonObject config = QJsonDocument::fromJson(effectiveJson).object();
    RedisCommand hset{"HSET", RedisKeys::aiConfig(tenantId)};
    for (const char* field : {"model",
                              "fallback_model",
                              "system_prompt",
                              "prompt_version",
                              "temperature",
                              "max_tokens",
                              "rag",
                              "global_version",
                              "tenant_version"}) {
        const QJsonValue value = config.value(QLatin1String(field));
        if (value.isNull() || value.isUndefined())
            continue;
        hset << QByteArray(field);
        if (value.isBool())
            hset << (value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
        else if (value.isString())
            hset << value.toString().toUtf8();
        else // numbers as PostgreSQL wrote them (0.30 stays 0.3 at most; versions and token counts are whole)
            hset << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    hset << QByteArrayLiteral("flags")
         << QJsonDocument(config.value(QStringLiteral("flags")).toObject()).toJson(QJsonDocument::Compact);
    return hset;
}

QFuture<Fetched<AiConfigPusher::Result>> AiConfigPusher::push() const
{
    return pushFrom(m_pg, m_redis, {});
}

// One batch, then the next while batches come full; `done` is what the batches before pushed.
QFuture<Fetched<AiConfigPusher::Result>> AiConfigPusher::pushFrom(PgSession* pg, RedisClient* redis, Result done)
{
    // The configurations and the time of the read in one statement: what changes after it stays pending.
    return pg
        ->query(QStringLiteral("SELECT tenant_id::text, config::text, read_at::text FROM ai_config_pending(?) "
                               "ORDER BY 1"),
                {kBatch})
        .then(QCoreApplication::instance(),
              guardedOr(
                  redis,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<Result>()); },
                  [pg, redis, done](const PgResult& rows) {
                      if (!rows.ok()) {
                          Fetched<Result> failed;
                          failed.value = done;
                          failed.error = readError(rows);
                          return QtFuture::makeReadyFuture(failed);
                      }
                      if (rows.rows.isEmpty())
                          return QtFuture::makeReadyFuture(Fetched<Result>{{}, done});
                      const QString readAt = rows.rows.first().at(2).toString();
                      QStringList ids;
                      QList<RedisCommand> commands;
                      commands.reserve(rows.rows.size() * 4 + 1);
                      for (const QVariantList& row : rows.rows) {
                          const QString id = row.at(0).toString();
                          ids << id;
                          // One tenant's hash is replaced whole: a gateway never reads half of two versions.
                          commands.append({"MULTI"});
                          commands.append({"DEL", RedisKeys::aiConfig(id)});
                          commands.append(hashOf(id, row.at(1).toString().toUtf8()));
                          commands.append({"EXEC"});
                      }
                      const QJsonObject message{{QStringLiteral("type"), QStringLiteral("ai_config")},
                                                {QStringLiteral("tenants"),
                                                 ids.size() <= 100 ? QJsonValue(QJsonArray::fromStringList(ids))
                                                                   : QJsonValue(double(ids.size()))}};
                      commands.append({"PUBLISH",
                                       RedisKeys::planChangesChannel(),
                                       QJsonDocument(message).toJson(QJsonDocument::Compact)});
                      return redis->pipeline(commands)
                          .then([pg, redis, ids, readAt, done](const QList<RedisReply>& replies) {
                              for (const RedisReply& reply : replies) {
                                  if (reply.isError()) {
                                      Fetched<Result> failed;
                                      failed.value = done;
                                      failed.error = tr("Redis did not take the AI configuration. %1 PostgreSQL has "
                                                        "the change, and the tenants stay marked as pending until a "
                                                        "push succeeds.")
                                                         .arg(redisError(reply));
                                      return QtFuture::makeReadyFuture(failed);
                                  }
                              }
                              return pg
                                  ->query(QStringLiteral("SELECT ai_config_push_done(?::uuid[], ?::timestamptz)"),
                                          {QVariant(u'{' + ids.join(u',') + u'}'), readAt})
                                  .then(QCoreApplication::instance(),
                                        [pg, redis, count = ids.size(), done](const PgResult& marked) {
                                            Fetched<Result> result;
                                            result.value = done;
                                            result.value.pushed += count;
                                            if (!marked.ok()) {
                                                result.error = tr("Redis has the AI configuration, but marking it "
                                                                  "done failed: %1")
                                                                   .arg(serverSentence(marked));
                                                return QtFuture::makeReadyFuture(result);
                                            }
                                            result.value.cleared += marked.scalar().toLongLong();
                                            if (count < kBatch)
                                                return QtFuture::makeReadyFuture(result);
                                            return pushFrom(pg, redis, result.value);
                                        })
                                  .unwrap();
                          })
                          .unwrap();
                  }))
        .unwrap();
}
