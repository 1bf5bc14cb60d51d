#pragma once

#include <models/common/Fetched.h>

#include <QFuture>

struct PgResult;
class PgSession;
class RedisClient;
using RedisCommand = QList<QByteArray>;

// Brings the gateways' view of the tenants' AI configuration up to date (contract v1.7): reads the
// effective configuration of every tenant queued in ai_config_push_pending, replaces each tenant's
// `ai_config:{tenant}` hash whole (MULTI, DEL, HSET, EXEC), publishes one message on the plan-changes
// channel, then tells PostgreSQL which tenants are done. If Redis is down the PostgreSQL change stands and
// the tenants stay pending, visibly, until a push succeeds.
class AiConfigPusher
{
public:
    AiConfigPusher(PgSession* pg, RedisClient* redis);

    struct Result
    {
        qint64 pushed = 0; // tenants written to Redis
        qint64 cleared = 0; // of them, no longer pending
    };
    QFuture<Fetched<Result>> push() const;

    // The hash of one effective configuration (ai_effective_config's JSON): a field not set is left out,
    // so a gateway falls back to its own default; flags are one JSON object.
    static RedisCommand hashOf(const QString& tenantId, const QByteArray& effectiveJson);

private:
    static QFuture<Fetched<Result>> pushFrom(PgSession* pg, RedisClient* redis, Result done);

    PgSession* m_pg;
    RedisClient* m_redis;
};
