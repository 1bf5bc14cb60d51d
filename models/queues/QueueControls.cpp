#include <models/queues/QueueControls.h>

#include <async/Guarded.h>
#include <models/common/JsonText.h>
#include <models/common/ReadError.h>
#include <models/common/Validation.h>
#include <models/queues/LuaScript.h>

#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("QueueControls", text);
}

std::optional<qint64> wholeNumber(const RedisReply& reply)
{
    bool ok = false;
    const qint64 value = reply.text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QString noSuchQueue(const QString& queue)
{
    // Spelled out: lupdate takes a free function's tr() for no class's.
    return QCoreApplication::translate("QueueControls",
                                       "Queue %1 does not exist (BullMQ has no meta hash for it). Nothing was changed.")
        .arg(queue);
}

QString notChanged(const QString& queue, const RedisReply& reply)
{
    if (reply.text.startsWith("NOPERM"))
        return QCoreApplication::translate("QueueControls", "Queue %1 was not changed: %2")
            .arg(queue, redisError(reply));
    return QCoreApplication::translate("QueueControls",
                                       "Queue %1 may not have been changed: %2. If the connection was lost, look at "
                                       "the queue before trying again.")
        .arg(queue, QString::fromUtf8(reply.text).left(500));
}

// The longest a resume keeps moving jobs left in a BullMQ 4 paused list: 7000 a call, ~7M jobs.
constexpr int kMaxResumeCalls = 1000;
} // namespace

bool QueueControlState::rateLimited() const
{
    if (limiterTtlMs <= 0)
        return false;
    return !rateLimitMax || limiterCount >= *rateLimitMax;
}

QJsonObject QueueControlState::toJson() const
{
    return {{QStringLiteral("queue"), queue},
            {QStringLiteral("paused"), paused},
            {QStringLiteral("rate_limited"), rateLimited()},
            {QStringLiteral("rate_limit_ms_left"), rateLimited() ? QJsonValue(double(limiterTtlMs)) : QJsonValue()},
            {QStringLiteral("rate_limit_count"), double(limiterCount)},
            {QStringLiteral("rate_limit_max"), optionalNumber(rateLimitMax)},
            {QStringLiteral("rate_limit_duration_ms"), optionalNumber(rateLimitDurationMs)},
            {QStringLiteral("global_concurrency"), optionalNumber(globalConcurrency)},
            {QStringLiteral("active"), double(active)},
            {QStringLiteral("waiting"), double(waiting)}};
}

QueueControls::QueueControls(RedisClient* redis, const QueueRepository& queues, PgSession* pg, QObject* lifetime)
    : m_redis(redis)
    , m_queues(queues)
    , m_pg(pg)
    , m_lifetime(lifetime)
{
}

QString QueueControls::refusalOf(const QString& queue) const
{
    QString invalid = QueueRepository::validateQueueName(queue);
    if (invalid.isEmpty())
        invalid = m_queues.clusterProblem(queue);
    return invalid;
}

QString QueueControls::validateConcurrency(qint64 concurrency)
{
    if (concurrency < 1 || concurrency > kMaxConcurrency)
        return tr("A global concurrency is a whole number from 1 to %1 (or none, for no limit).").arg(kMaxConcurrency);
    return {};
}

QString QueueControls::pauseConsequence(const QString& queue, bool paused)
{
    if (paused)
        return tr("Workers take no new job from queue %1 until it is resumed. Running jobs finish; waiting jobs "
                  "stay waiting.")
            .arg(queue);
    return tr("Workers take jobs from queue %1 again, starting with those that waited.").arg(queue);
}

QString QueueControls::clearRateLimitConsequence(const QString& queue)
{
    return tr("Queue %1's rate limit ends now: workers that ask for a job get one (workers already waiting out "
              "the limit check again within BullMQ's maximum rate-limit delay, 30 s by default).")
        .arg(queue);
}

QFuture<Fetched<QueueControlState>> QueueControls::state(const QString& queue) const
{
    const QString invalid = refusalOf(queue);
    if (!invalid.isEmpty())
        return refusedFuture<QueueControlState>(invalid);
    const QByteArray limiter = m_queues.key(queue, "limiter");
    const QList<RedisCommand> reads{
        {"EXISTS", m_queues.key(queue, "meta")},
        {"HMGET", m_queues.key(queue, "meta"), "paused", "concurrency", "max", "duration"},
        {"PTTL", limiter},
        {"GET", limiter},
        {"LLEN", m_queues.key(queue, "active")},
        {"LLEN", m_queues.key(queue, "wait")},
        {"ZCARD", m_queues.key(queue, "prioritized")},
        {"LLEN", m_queues.key(queue, "paused")},
    };
    return m_redis->pipeline(reads).then([queue](const QList<RedisReply>& replies) {
        for (const RedisReply& reply : replies)
            if (reply.isError())
                return Fetched<QueueControlState>(redisError(reply), {});
        if (replies.size() != 8)
            return Fetched<QueueControlState>(tr("Redis answered %1 of 8 reads.").arg(replies.size()), {});
        if (replies.at(0).integer == 0)
            return Fetched<QueueControlState>(
                tr("Queue %1 does not exist (BullMQ has no meta hash for it).").arg(queue), {});
        Fetched<QueueControlState> answer;
        QueueControlState& state = answer.value;
        state.queue = queue;
        const QList<RedisReply>& meta = replies.at(1).elements;
        state.paused = !meta.value(0).isNil();
        state.globalConcurrency = wholeNumber(meta.value(1));
        state.rateLimitMax = wholeNumber(meta.value(2));
        state.rateLimitDurationMs = wholeNumber(meta.value(3));
        state.limiterTtlMs = replies.at(2).integer;
        state.limiterCount = wholeNumber(replies.at(3)).value_or(0);
        state.active = replies.at(4).integer;
        state.waiting = replies.at(5).integer + replies.at(6).integer + replies.at(7).integer;
        return answer;
    });
}

QFuture<Fetched<QString>> QueueControls::audited(const QString& action,
                                                 const QString& queue,
                                                 const QJsonObject& before,
                                                 const QJsonObject& after,
                                                 const QString& reason,
                                                 const QString& done) const
{
    return m_pg
        ->query(QStringLiteral("SELECT audit_redis_action(NULL, ?, ?, ?::jsonb, ?::jsonb, ?)"),
                {action, queue, compactJson(before), compactJson(after), reason.trimmed()})
        .then([done](const PgResult& audit) {
            Fetched<QString> outcome;
            if (!audit.ok())
                outcome.error
                    = done + u' ' + tr("But its audit record could not be written: %1").arg(serverSentence(audit));
            else
                outcome.value = done;
            return outcome;
        });
}

// Runs an EVAL of one of our queue scripts and hands its answer on; Redis's refusal and a queue that does not
// exist (the scripts answer -1 first) end it with a message.
QFuture<Fetched<QString>>
QueueControls::afterEval(const RedisCommand& eval,
                         const QString& queue,
                         std::function<QFuture<Fetched<QString>>(const RedisReply&)> handle) const
{
    return m_redis->command(eval)
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<QString>()); },
                  [queue, handle = std::move(handle)](const RedisReply& reply) {
                      if (reply.isError())
                          return refusedFuture<QString>(notChanged(queue, reply));
                      if (reply.elements.value(0).integer == -1)
                          return refusedFuture<QString>(noSuchQueue(queue));
                      return handle(reply);
                  }))
        .unwrap();
}

// pause_queue.lua with every key it touches.
RedisCommand QueueControls::pauseCommand(const QString& queue, bool paused) const
{
    static const QByteArray source = luaScript("pause_queue");
    return {"EVAL",
            source,
            "7",
            m_queues.key(queue, "meta"),
            m_queues.key(queue, "wait"),
            m_queues.key(queue, "paused"),
            m_queues.key(queue, "prioritized"),
            m_queues.key(queue, "delayed"),
            m_queues.key(queue, "marker"),
            m_queues.key(queue, "events"),
            paused ? QByteArray("paused") : QByteArray("resumed")};
}

QFuture<Fetched<QString>> QueueControls::setPaused(const QString& queue, bool paused, const QString& reason) const
{
    QString invalid = refusalOf(queue);
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<QString>(invalid);
    const RedisCommand eval = pauseCommand(queue, paused);
    const QueueControls self = *this;
    return afterEval(eval, queue, [self, queue, paused, reason](const RedisReply& reply) {
        const bool wasPaused = reply.elements.value(1).integer == 1;
        const qint64 remaining = reply.elements.value(2).integer;
        if (!paused && remaining > 0)
            return self.resumeRest(queue, wasPaused, 1, reason);
        if (wasPaused == paused) {
            Fetched<QString> unchanged;
            unchanged.value = paused ? tr("Queue %1 was paused already; nothing changed.").arg(queue)
                                     : tr("Queue %1 was not paused; nothing changed.").arg(queue);
            return QtFuture::makeReadyFuture(unchanged);
        }
        return self.audited(paused ? QStringLiteral("queue.pause") : QStringLiteral("queue.resume"),
                            queue,
                            {{QStringLiteral("paused"), wasPaused}},
                            {{QStringLiteral("paused"), paused}},
                            reason,
                            paused ? tr("Queue %1 is paused.").arg(queue)
                                   : tr("Queue %1 is running again.").arg(queue));
    });
}

// A resume that found jobs in a BullMQ 4 paused list moves them 7000 at a time, one call after another,
// so that Redis serves other clients in between.
QFuture<Fetched<QString>>
QueueControls::resumeRest(const QString& queue, bool wasPaused, int calls, const QString& reason) const
{
    if (calls >= kMaxResumeCalls)
        return refusedFuture<QString>(
            tr("Queue %1 is running again, but more than %2 jobs are still in its old paused list: resume it again.")
                .arg(queue)
                .arg(qint64(kMaxResumeCalls) * 7000));
    const RedisCommand eval = pauseCommand(queue, false);
    const QueueControls self = *this;
    return afterEval(eval, queue, [self, queue, wasPaused, calls, reason](const RedisReply& reply) {
        if (reply.elements.value(2).integer > 0)
            return self.resumeRest(queue, wasPaused, calls + 1, reason);
        return self.audited(QStringLiteral("queue.resume"),
                            queue,
                            {{QStringLiteral("paused"), wasPaused}},
                            {{QStringLiteral("paused"), false}},
                            reason,
                            tr("Queue %1 is running again.").arg(queue));
    });
}

QFuture<Fetched<QString>> QueueControls::clearRateLimit(const QString& queue, const QString& reason) const
{
    QString invalid = refusalOf(queue);
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<QString>(invalid);
    static const QByteArray source = luaScript("clear_rate_limit");
    const RedisCommand eval{"EVAL", source, "2", m_queues.key(queue, "meta"), m_queues.key(queue, "limiter")};
    const QueueControls self = *this;
    return afterEval(eval, queue, [self, queue, reason](const RedisReply& reply) {
        const qint64 ttl = reply.elements.value(1).integer;
        if (ttl == -2) {
            Fetched<QString> unchanged;
            unchanged.value = tr("Queue %1 had no rate limit running; nothing changed.").arg(queue);
            return QtFuture::makeReadyFuture(unchanged);
        }
        const QJsonObject before{{QStringLiteral("limiter_ms_left"), double(ttl)},
                                 {QStringLiteral("limiter_count"), QString::fromUtf8(reply.elements.value(2).text)}};
        return self.audited(QStringLiteral("queue.rate_limit_clear"),
                            queue,
                            before,
                            {{QStringLiteral("limiter_ms_left"), QJsonValue()}},
                            reason,
                            tr("Queue %1's rate limit is cleared.").arg(queue));
    });
}

QFuture<Fetched<QString>> QueueControls::setGlobalConcurrency(const QString& queue,
                                                              std::optional<qint64> concurrency,
                                                              const QString& reason) const
{
    QString invalid = refusalOf(queue);
    if (invalid.isEmpty() && concurrency)
        invalid = validateConcurrency(*concurrency);
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<QString>(invalid);
    static const QByteArray source = luaScript("set_global_concurrency");
    const RedisCommand eval{"EVAL",
                            source,
                            "4",
                            m_queues.key(queue, "meta"),
                            m_queues.key(queue, "wait"),
                            m_queues.key(queue, "prioritized"),
                            m_queues.key(queue, "marker"),
                            concurrency ? QByteArray::number(*concurrency) : QByteArray()};
    const QueueControls self = *this;
    return afterEval(eval, queue, [self, queue, concurrency, reason](const RedisReply& reply) {
        const std::optional<qint64> before = wholeNumber(reply.elements.value(1));
        if (before == concurrency) {
            Fetched<QString> unchanged;
            unchanged.value = tr("Queue %1's global concurrency was that already; nothing changed.").arg(queue);
            return QtFuture::makeReadyFuture(unchanged);
        }
        return self.audited(
            QStringLiteral("queue.concurrency_set"),
            queue,
            {{QStringLiteral("global_concurrency"), optionalNumber(before)}},
            {{QStringLiteral("global_concurrency"), optionalNumber(concurrency)}},
            reason,
            concurrency
                ? tr("Queue %1 runs at most %2 jobs at once, across all its workers.").arg(queue).arg(*concurrency)
                : tr("Queue %1 has no global concurrency limit now.").arg(queue));
    });
}
