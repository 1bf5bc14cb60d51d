#include <models/platform/DemoRedisWriter.h>

#include <models/plans/AiConfigPusher.h>
#include <models/plans/LimitsPusher.h>

#include <models/platform/RedisKeys.h>

#include <async/AsyncSteps.h>
#include <async/Guarded.h>
#include <net/PgSession.h>
#include <net/RedisScan.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <memory>
#include <random>

namespace
{
QByteArray text(const QVariant& value)
{
    return value.toString().toUtf8();
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString firstError(const QList<RedisReply>& replies)
{
    for (const RedisReply& reply : replies) {
        if (reply.isError())
            return QString::fromUtf8(reply.text);
    }
    return {};
}
} // namespace

DemoRedisWriter::DemoRedisWriter(
    PgSession* pg, RedisClient* redis, const QByteArray& queuePrefix, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_pg(pg)
    , m_redis(redis)
    , m_queuePrefix(queuePrefix)
    , m_seed(seed)
{
}

void DemoRedisWriter::addSteps(AsyncSteps* steps)
{
    steps->add(tr("redis: clear contract keys"), [this] { return cleanKeys(); });
    steps->add(tr("redis: usage counters"), [this] {
        return writeFromQuery(
            QStringLiteral(
                "SELECT 'daily', tenant_id::text, day, sum(prompt_tokens)::bigint, sum(completion_tokens)::bigint, "
                "sum(requests)::bigint, sum(cost_usd)::text FROM usage_daily "
                "WHERE day >= (now() AT TIME ZONE 'UTC')::date - 1 GROUP BY 2, 3 "
                "UNION ALL "
                "SELECT 'platform', '', day, sum(prompt_tokens)::bigint, sum(completion_tokens)::bigint, "
                "sum(requests)::bigint, sum(cost_usd)::text FROM usage_daily_model "
                "WHERE day >= (now() AT TIME ZONE 'UTC')::date - 1 GROUP BY 3 "
                "UNION ALL "
                "SELECT 'monthly', tenant_id::text, month, prompt_tokens, completion_tokens, requests, cost_usd::text "
                "FROM usage_monthly WHERE month = date_trunc('month', now() AT TIME ZONE 'UTC')::date "
                "ORDER BY 2, 1, 3"),
            &DemoRedisWriter::usageCommands);
    });
    steps->add(tr("redis: effective limits"), [this] {
        return writeFromQuery(LimitsPusher::effectiveLimitsSql() + QStringLiteral("ORDER BY 1"),
                              &DemoRedisWriter::limitCommands);
    });
    steps->add(tr("redis: AI configuration"), [this] {
        return writeFromQuery(QStringLiteral("SELECT tenant_id::text, config::text FROM "
                                             "ts_ai_effective(ARRAY(SELECT id FROM tenants)) ORDER BY 1"),
                              [](const PgResult& rows) {
                                  QList<RedisCommand> commands;
                                  for (const QVariantList& row : rows.rows)
                                      commands << AiConfigPusher::hashOf(row.at(0).toString(),
                                                                         row.at(1).toString().toUtf8());
                                  return commands;
                              });
    });
    steps->add(tr("redis: concurrency, quota flags, rate-limit windows"), [this] {
        const quint32 seed = m_seed;
        return writeFromQuery(
            QStringLiteral(
                "SELECT t.id::text, el.requests_per_minute, el.tokens_per_minute, el.included_tokens, "
                " coalesce(m.prompt_tokens + m.completion_tokens, 0) AS month_tokens, "
                " (SELECT count(*) FROM executions e WHERE e.tenant_id = t.id AND e.status = 'running') AS running, "
                " coalesce(d.requests, 0) AS today_requests "
                "FROM tenants t JOIN tenant_effective_limits el ON el.tenant_id = t.id "
                "LEFT JOIN usage_monthly m ON m.tenant_id = t.id "
                " AND m.month = date_trunc('month', now() AT TIME ZONE 'UTC')::date "
                "LEFT JOIN (SELECT tenant_id, sum(requests) AS requests FROM usage_daily "
                " WHERE day = (now() AT TIME ZONE 'UTC')::date GROUP BY 1) d ON d.tenant_id = t.id "
                "WHERE t.status IN ('active', 'trial') ORDER BY t.id"),
            [seed](const PgResult& rows) { return liveStateCommands(rows, seed); });
    });
    steps->add(tr("redis: BullMQ queue"), [this] {
        return writeFromQuery(
            QStringLiteral(
                "SELECT e.job_id::bigint, CASE WHEN e.status = 'queued' AND e.job_id::bigint % 3 = 0 THEN 'delayed' "
                "  ELSE e.status END, e.tenant_id::text, e.id::text, e.workflow_id::text, w.name, "
                " (extract(epoch FROM e.created_at) * 1000)::bigint, (extract(epoch FROM e.started_at) * "
                "1000)::bigint, "
                " (extract(epoch FROM e.finished_at) * 1000)::bigint, e.error_message, n.error_stack "
                "FROM executions e JOIN workflows w ON w.id = e.workflow_id "
                "LEFT JOIN execution_nodes n ON n.execution_id = e.id AND n.status = 'failed' "
                "WHERE e.status IN ('queued', 'running') "
                "   OR (e.status = 'failed' AND e.created_at > now() - interval '7 days') "
                "   OR e.id IN (SELECT id FROM executions WHERE status = 'succeeded' ORDER BY created_at DESC LIMIT "
                "100) "
                "ORDER BY e.job_id::bigint"),
            [prefix = m_queuePrefix](const PgResult& rows) { return queueCommands(rows, prefix); });
    });
}

QFuture<QString> DemoRedisWriter::cleanKeys()
{
    // SCAN (never KEYS) each contract pattern on every master, then UNLINK what was found, one key per
    // command (a cluster keeps keys of different slots apart), pipelined in batches.
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    auto patterns = std::make_shared<QList<QByteArray>>(RedisKeys::contractPatterns(m_queuePrefix));
    auto next = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakNext = next;
    *next = [this, promise, patterns, weakNext] {
        if (patterns->isEmpty()) {
            promise->addResult(QString());
            promise->finish();
            return;
        }
        scanKeys(m_redis, patterns->takeFirst(), 5000)
            .then(QCoreApplication::instance(),
                  guarded(this, [this, promise, again = weakNext.lock()](const RedisScanResult& scanned) {
                      if (!scanned.error.isEmpty()) {
                          promise->addResult(tr("SCAN failed: %1").arg(scanned.error));
                          promise->finish();
                          return;
                      }
                      QList<RedisCommand> unlinks;
                      for (const QByteArray& key : scanned.keys)
                          unlinks.append({"UNLINK", key});
                      for (qsizetype start = 0; start < unlinks.size(); start += kBatchSize)
                          m_redis->pipeline(unlinks.mid(start, kBatchSize));
                      (*again)();
                  }));
    };
    (*next)();
    return promise->future();
}

QFuture<QString> DemoRedisWriter::writeFromQuery(const QString& sql,
                                                 std::function<QList<RedisCommand>(const PgResult&)> build)
{
    return m_pg->query(sql)
        .then(QCoreApplication::instance(),
              guarded(this,
                      [this, build](const PgResult& rows) {
                          if (!rows.ok())
                              return QtFuture::makeReadyFuture(rows.error);
                          return writeBatches(build(rows));
                      }))
        .unwrap();
}

QFuture<QString> DemoRedisWriter::writeBatches(const QList<RedisCommand>& commands)
{
    QList<QFuture<QList<RedisReply>>> batches;
    for (qsizetype start = 0; start < commands.size(); start += kBatchSize)
        batches << m_redis->pipeline(commands.mid(start, kBatchSize));
    if (batches.isEmpty())
        return QtFuture::makeReadyFuture(QString());
    return QtFuture::whenAll(batches.begin(), batches.end()).then([](const QList<QFuture<QList<RedisReply>>>& done) {
        for (const auto& batch : done) {
            const QString error = firstError(batch.result());
            if (!error.isEmpty())
                return error;
        }
        return QString();
    });
}

QList<RedisCommand> DemoRedisWriter::usageCommands(const PgResult& rows)
{
    // Hashes as the gateway keeps them: tokens split and summed, requests, cost as exact decimal text.
    QList<RedisCommand> commands;
    for (const QVariantList& row : rows.rows) {
        const QString kind = row.at(0).toString();
        const bool monthly = kind == QLatin1String("monthly");
        const QString tenant = row.at(1).toString();
        const QDate day = row.at(2).toDate();
        // (The platform's counter of the day is every tenant's daily hash summed, as the gateways add to both.)
        const QByteArray key = monthly          ? RedisKeys::usageMonthly(tenant, day)
            : kind == QLatin1String("platform") ? RedisKeys::usagePlatformDaily(day)
                                                : RedisKeys::usageDaily(tenant, day);
        const qint64 prompt = row.at(3).toLongLong();
        const qint64 completion = row.at(4).toLongLong();
        commands.append({"HSET",
                         key,
                         "prompt_tokens",
                         QByteArray::number(prompt),
                         "completion_tokens",
                         QByteArray::number(completion),
                         "tokens",
                         QByteArray::number(prompt + completion),
                         "requests",
                         text(row.at(5)),
                         "cost_usd",
                         text(row.at(6))});
        commands.append({"EXPIRE", key, monthly ? "3456000" : "259200"}); // 40 days, 3 days
    }
    return commands;
}

QList<RedisCommand> DemoRedisWriter::limitCommands(const PgResult& rows)
{
    return LimitsPusher::limitCommands(rows);
}

QList<RedisCommand> DemoRedisWriter::liveStateCommands(const PgResult& rows, quint32 seed)
{
    QList<RedisCommand> commands;
    std::mt19937 random(seed);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const QVariantList& row : rows.rows) {
        const QString tenant = row.at(0).toString();
        const QVariant rpm = row.at(1);
        const QVariant included = row.at(3);
        const qint64 monthTokens = row.at(4).toLongLong();
        const qint64 running = row.at(5).toLongLong();
        const qint64 todayRequests = row.at(6).toLongLong();

        commands.append({"SET", RedisKeys::concurrent(tenant), QByteArray::number(running)});
        if (!included.isNull() && included.toLongLong() > 0 && monthTokens >= included.toLongLong()) {
            const QJsonObject flag{{QStringLiteral("metric"), QStringLiteral("tokens")},
                                   {QStringLiteral("observed"), monthTokens},
                                   {QStringLiteral("limit"), included.toLongLong()},
                                   {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
            commands.append({"SET", RedisKeys::quotaExceeded(tenant), compactJson(flag)});
        }
        // Sliding windows of the last 60 s for tenants busy today: members are request ids (and
        // "id:tokens" for the token window), scored by time in ms, as the gateway writes them.
        if (todayRequests < 20)
            continue;
        const qint64 perMinute = rpm.isNull() ? 600 : rpm.toLongLong();
        std::uniform_real_distribution<double> share(0.05, 0.97);
        const int inWindow = static_cast<int>(qMin<qint64>(perMinute, 2000) * share(random));
        RedisCommand requests{"ZADD", RedisKeys::rateLimitRequests(tenant)};
        RedisCommand tokens{"ZADD", RedisKeys::rateLimitTokens(tenant)};
        std::uniform_int_distribution<int> age(0, 59999);
        std::uniform_int_distribution<int> size(200, 4000);
        for (int i = 0; i < inWindow; ++i) {
            const QByteArray score = QByteArray::number(nowMs - age(random));
            const QByteArray id = "req-" + score + '-' + QByteArray::number(i);
            requests << score << id;
            tokens << score << id + ':' + QByteArray::number(size(random));
        }
        if (inWindow > 0) {
            commands.append(requests);
            commands.append(tokens);
            commands.append({"EXPIRE", RedisKeys::rateLimitRequests(tenant), "3600"});
            commands.append({"EXPIRE", RedisKeys::rateLimitTokens(tenant), "3600"});
        }
    }
    return commands;
}

QList<RedisCommand> DemoRedisWriter::queueCommands(const PgResult& rows, const QByteArray& prefix)
{
    const QString queue = QString::fromLatin1(kQueue);
    QList<RedisCommand> commands;
    commands.append(
        {"HSET", RedisKeys::bull(prefix, queue, "meta"), "opts.maxLenEvents", "10000", "version", "bullmq:6.7.0"});
    const QJsonObject retryOptions{
        {QStringLiteral("attempts"), 3},
        {QStringLiteral("backoff"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("exponential")}, {QStringLiteral("delay"), 2000}}}};
    qint64 maxId = 0;
    bool anyWaiting = false;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const QVariantList& row : rows.rows) {
        const qint64 jobId = row.at(0).toLongLong();
        const QString state = row.at(1).toString();
        const QByteArray id = QByteArray::number(jobId);
        const QJsonObject data{{QStringLiteral("tenantId"), row.at(2).toString()},
                               {QStringLiteral("executionId"), row.at(3).toString()},
                               {QStringLiteral("workflowId"), row.at(4).toString()},
                               {QStringLiteral("workflow"), row.at(5).toString()}};
        const qint64 created = row.at(6).toLongLong();
        QJsonObject options = retryOptions;
        qint64 delay = 0;
        if (state == QLatin1String("delayed")) {
            delay = 30000 + (jobId % 20) * 30000;
            options.insert(QStringLiteral("delay"), delay);
        }
        const QByteArray key = RedisKeys::bull(prefix, queue, id);
        RedisCommand hash{"HSET",
                          key,
                          "name",
                          "run-workflow",
                          "data",
                          compactJson(data),
                          "opts",
                          compactJson(options),
                          "timestamp",
                          QByteArray::number(created),
                          "delay",
                          QByteArray::number(delay),
                          "priority",
                          "0"};
        if (state == QLatin1String("running") || state == QLatin1String("failed")
            || state == QLatin1String("succeeded")) {
            const QByteArray attempts = state == QLatin1String("failed") ? "3" : "1";
            hash << "processedOn" << text(row.at(7)) << "atm" << attempts << "ats" << attempts;
        }
        if (state == QLatin1String("failed") || state == QLatin1String("succeeded"))
            hash << "finishedOn" << text(row.at(8));
        if (state == QLatin1String("failed")) {
            const QStringList stack = row.at(10).toString().split(u'\n');
            QJsonArray frames;
            frames.append(stack.join(u'\n')); // BullMQ keeps one entry per attempt
            hash << "failedReason" << text(row.at(9)) << "stacktrace"
                 << QJsonDocument(frames).toJson(QJsonDocument::Compact);
        }
        if (state == QLatin1String("succeeded"))
            hash << "returnvalue"
                 << compactJson({{QStringLiteral("executionId"), row.at(3).toString()},
                                 {QStringLiteral("status"), QStringLiteral("succeeded")}});
        commands.append(hash);

        if (state == QLatin1String("queued")) {
            commands.append({"LPUSH", RedisKeys::bull(prefix, queue, "wait"), id});
            anyWaiting = true;
        } else if (state == QLatin1String("running")) {
            commands.append({"LPUSH", RedisKeys::bull(prefix, queue, "active"), id});
        } else if (state == QLatin1String("delayed")) {
            // BullMQ scores delayed jobs by due time in ms times 0x1000 (the low bits order equal times).
            const qint64 due = qMax(created, nowMs) + delay;
            commands.append({"ZADD", RedisKeys::bull(prefix, queue, "delayed"), QByteArray::number(due * 0x1000), id});
        } else if (state == QLatin1String("failed")) {
            commands.append({"ZADD", RedisKeys::bull(prefix, queue, "failed"), text(row.at(8)), id});
        } else if (state == QLatin1String("succeeded")) {
            commands.append({"ZADD", RedisKeys::bull(prefix, queue, "completed"), text(row.at(8)), id});
        }
        maxId = qMax(maxId, jobId);
    }
    commands.append({"SET", RedisKeys::bull(prefix, queue, "id"), QByteArray::number(maxId)});
    if (anyWaiting)
        commands.append({"ZADD", RedisKeys::bull(prefix, queue, "marker"), "0", "0"});
    return commands;
}
