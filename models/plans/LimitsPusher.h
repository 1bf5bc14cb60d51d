#pragma once

#include <models/common/Fetched.h>

#include <QFuture>
#include <QStringList>

struct PgResult;
class PgSession;
class RedisClient;
using RedisCommand = QList<QByteArray>;

// Brings the gateways' view of tenant limits up to date: writes each tenant's effective limits from
// PostgreSQL to `limits:{tenant}` (replaced atomically per tenant), publishes one message on the
// plan-changes channel, then tells PostgreSQL which tenants are done (limits_push_done). If Redis is
// down the PostgreSQL change stands and the tenants stay pending, visibly, until a push succeeds.
class LimitsPusher
{
public:
    LimitsPusher(PgSession* pg, RedisClient* redis);

    struct Result
    {
        qint64 pushed = 0; // tenants written to Redis
        qint64 cleared = 0; // of them, no longer pending
    };
    // tenantIds empty: every pending tenant; `all` pushes every tenant whatever its state.
    QFuture<Fetched<Result>> push(const QStringList& tenantIds = {}, bool all = false) const;

    // The SELECT whose rows limitCommands() turns into Redis commands (tenant, plan, limits, models).
    static QString effectiveLimitsSql();
    static QList<RedisCommand> limitCommands(const PgResult& rows);

private:
    PgSession* m_pg;
    RedisClient* m_redis;
};
