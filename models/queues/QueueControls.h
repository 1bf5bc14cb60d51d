#pragma once

#include <models/common/Fetched.h>
#include <models/queues/QueueRepository.h>

#include <QFuture>
#include <QJsonObject>

#include <functional>
#include <optional>

class PgSession;
class RedisClient;
class QObject;

// What governs a BullMQ queue as a whole: paused or not, its rate limit, its global concurrency
// (docs/platform-contract.md, "Queue controls").
struct QueueControlState
{
    QString queue;
    bool paused = false;
    qint64 limiterTtlMs = -2; // the limiter key's time left: -2 none, -1 no expiry
    qint64 limiterCount = 0; // jobs counted in the current window
    std::optional<qint64> rateLimitMax; // the queue's global rate limit: at most max jobs per duration
    std::optional<qint64> rateLimitDurationMs;
    std::optional<qint64> globalConcurrency; // none: as many as the workers run
    qint64 active = 0;
    qint64 waiting = 0; // wait, prioritized and the paused list of a BullMQ before 5

    // As BullMQ's workers decide: the limiter key lives and its count reached the maximum (a limit set by
    // Queue.rateLimit has no maximum: the key alone limits).
    bool rateLimited() const;
    bool atConcurrencyLimit() const { return globalConcurrency && active >= *globalConcurrency; }
    QJsonObject toJson() const;
};

// Pause and resume, clear the rate limit, set the global concurrency: each as BullMQ does it (Lua
// scripts of our own in resources/lua, atomic like BullMQ's), refused for a queue that does not exist
// (nothing is created), and audited (audit_redis_action) once it happened. Redis and PostgreSQL cannot
// commit together: the change comes first; if its record cannot be written the answer says so.
class QueueControls
{
public:
    // `lifetime`: destroyed with the connection; an answer after it is gone ends as "connection closed".
    QueueControls(RedisClient* redis, const QueueRepository& queues, PgSession* pg, QObject* lifetime);

    QFuture<Fetched<QueueControlState>> state(const QString& queue) const;

    // The result is a sentence saying what was done (or that nothing needed doing).
    QFuture<Fetched<QString>> setPaused(const QString& queue, bool paused, const QString& reason) const;
    QFuture<Fetched<QString>> clearRateLimit(const QString& queue, const QString& reason) const;
    // `concurrency` empty: no global limit.
    QFuture<Fetched<QString>>
    setGlobalConcurrency(const QString& queue, std::optional<qint64> concurrency, const QString& reason) const;

    static constexpr qint64 kMaxConcurrency = 100000;
    static QString validateConcurrency(qint64 concurrency);
    // What the confirmation says before the change.
    static QString pauseConsequence(const QString& queue, bool paused);
    static QString clearRateLimitConsequence(const QString& queue);

private:
    QString refusalOf(const QString& queue) const;
    RedisCommand pauseCommand(const QString& queue,
                              bool paused) const; // bad name, or keys a cluster cannot use together
    QFuture<Fetched<QString>> audited(const QString& action,
                                      const QString& queue,
                                      const QJsonObject& before,
                                      const QJsonObject& after,
                                      const QString& reason,
                                      const QString& done) const;
    QFuture<Fetched<QString>> afterEval(const RedisCommand& eval,
                                        const QString& queue,
                                        std::function<QFuture<Fetched<QString>>(const RedisReply&)> handle) const;
    QFuture<Fetched<QString>> resumeRest(const QString& queue, bool wasPaused, int calls, const QString& reason) const;

    RedisClient* m_redis;
    QueueRepository m_queues;
    PgSession* m_pg;
    QObject* m_lifetime;
};
