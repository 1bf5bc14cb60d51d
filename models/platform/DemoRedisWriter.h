#pragma once

#include <net/RedisClient.h>

#include <QObject>

class AsyncSteps;
class PgSession;
struct PgResult;

// The Redis half of the demo data, derived from what PostgreSQL holds so the two agree: today's and
// this month's usage counters, effective limits, concurrency, quota flags, live rate-limit windows and
// the BullMQ queue of workflow runs (in BullMQ's own key layout). Writes go in pipelined batches.
class DemoRedisWriter : public QObject
{
    Q_OBJECT

public:
    DemoRedisWriter(
        PgSession* pg, RedisClient* redis, const QByteArray& queuePrefix, quint32 seed, QObject* parent = nullptr);
    void addSteps(AsyncSteps* steps);

    static constexpr int kBatchSize = 2000;
    static inline const char* kQueue = "workflow-runs";

private:
    QFuture<QString> cleanKeys();
    QFuture<QString> writeFromQuery(const QString& sql, std::function<QList<RedisCommand>(const PgResult&)> build);
    QFuture<QString> writeBatches(const QList<RedisCommand>& commands);

    static QList<RedisCommand> usageCommands(const PgResult& rows);
    static QList<RedisCommand> limitCommands(const PgResult& rows);
    static QList<RedisCommand> liveStateCommands(const PgResult& rows, quint32 seed);
    static QList<RedisCommand> queueCommands(const PgResult& rows, const QByteArray& prefix);

    PgSession* m_pg;
    RedisClient* m_redis;
    QByteArray m_queuePrefix;
    quint32 m_seed;
};
