#include <models/platform/RedisKeys.h>

#include <QRegularExpression>

namespace
{
QByteArray tenantKey(const char* kind, const QString& tenantId)
{
    return QByteArray(kind) + ':' + tenantId.toUtf8();
}
} // namespace

namespace RedisKeys
{

QByteArray usageDaily(const QString& tenantId, QDate day)
{
    return usageDailyKeys({tenantId}, day).constFirst(); // one definition of the key's layout
}

QByteArray usagePlatformDaily(QDate day)
{
    return "usage:platform:daily:" + day.toString(Qt::ISODate).toLatin1();
}

QList<QByteArray> usageDailyKeys(const QStringList& tenantIds, QDate day)
{
    const QByteArray prefix("usage:");
    const QByteArray suffix = ":daily:" + day.toString(Qt::ISODate).toLatin1();
    QList<QByteArray> keys;
    keys.reserve(tenantIds.size());
    for (const QString& tenant : tenantIds) {
        QByteArray key;
        key.reserve(prefix.size() + tenant.size() * 3 + suffix.size());
        key.append(prefix);
        bool ascii = true;
        for (const QChar c : tenant)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            for (const QChar c : tenant)
                key.append(char(c.unicode()));
        } else {
            key.append(tenant.toUtf8());
        }
        key.append(suffix);
        keys.append(std::move(key));
    }
    return keys;
}

QByteArray usageMonthly(const QString& tenantId, QDate month)
{
    return tenantKey("usage", tenantId) + ":monthly:" + month.toString(QStringLiteral("yyyy-MM")).toLatin1();
}

QByteArray rateLimitRequests(const QString& tenantId)
{
    return tenantKey("rate_limit", tenantId) + ":request";
}

QByteArray rateLimitTokens(const QString& tenantId)
{
    return tenantKey("rate_limit", tenantId) + ":token";
}

QByteArray concurrent(const QString& tenantId)
{
    return tenantKey("concurrent", tenantId);
}

QByteArray quotaExceeded(const QString& tenantId)
{
    return tenantKey("quota_exceeded", tenantId);
}

QByteArray limits(const QString& tenantId)
{
    return tenantKey("limits", tenantId);
}

QByteArray aiConfig(const QString& tenantId)
{
    return tenantKey("ai_config", tenantId);
}

QByteArray planChangesChannel()
{
    return QByteArrayLiteral("plan_changes");
}

QByteArray bullPrefix()
{
    return QByteArrayLiteral("bull");
}

QByteArray bull(const QByteArray& prefix, const QString& queue, const QByteArray& suffix)
{
    return prefix + ':' + queue.toUtf8() + ':' + suffix;
}

bool isValidQueuePrefix(const QString& prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[^*?\\[\\]\\s]{1,100}$"));
    return valid.match(prefix).hasMatch();
}

QByteArray bull(const QString& queue, const QByteArray& suffix)
{
    return bullPrefix() + ':' + queue.toUtf8() + ':' + suffix;
}

QList<QByteArray> contractPatterns(const QByteArray& queuePrefix)
{
    return {
        "usage:*", "rate_limit:*", "concurrent:*", "quota_exceeded:*", "limits:*", "ai_config:*", queuePrefix + ":*"};
}

} // namespace RedisKeys

namespace RedisAcl
{

namespace
{
QList<QByteArray> allowed(const QList<QByteArray>& commands)
{
    QList<QByteArray> rules;
    for (const QByteArray& command : commands)
        rules << '+' + command;
    return rules;
}

// Every role starts from nothing: enabled, no keys, no channels, no commands. Then each gets the exact
// commands its pages and actions send (and those its Lua scripts call: a script runs under the caller's
// ACL). Never a category: @connection carries CLIENT PAUSE and KILL, @scripting SCRIPT and FUNCTION FLUSH.
// AUTH and HELLO need no rule: the server lets every connection authenticate.
QList<QByteArray> fromNothing(const QList<QByteArray>& commands, const QList<QByteArray>& keysAndChannels)
{
    QList<QByteArray> rules{"on", "resetkeys", "resetchannels", "-@all"};
    rules += allowed(QList<QByteArray>{"ping", "select"} + commands);
    rules += keysAndChannels;
    return rules;
}

// The live state of a tenant (Tenants page, tenant 360), usage counters (Usage, Alerts).
const QList<QByteArray> kLiveReads{"get", "exists", "hmget", "hgetall", "zcount", "zrangebyscore"};
// Writing `limits:{tenant}` after a plan or override change (LimitsPusher) and telling the gateways.
const QList<QByteArray> kLimitsPush{"multi", "exec", "del", "hset", "publish"};
// BullMQ: queue discovery, counts, job lists and details (Queues page, snapshots, Ctrl+K).
const QList<QByteArray> kQueueReads{"scan",
                                    "hget",
                                    "hexists",
                                    "llen",
                                    "lrange",
                                    "lpos",
                                    "zcard",
                                    "zrange",
                                    "zscore",
                                    "smembers",
                                    "hkeys"}; // the last two: a flow's children (JobFlow)
// BullMQ: retry_failed_job.lua and remove_job.lua, and what they call (SADD: a flow child back among
// its parent's dependencies).
const QList<QByteArray> kJobActions{"eval", "zrem", "zadd", "lrem", "lpush", "rpush", "hdel", "incr", "xadd", "sadd"};
// BullMQ queue controls: pause_queue.lua (RENAME and LTRIM: jobs a BullMQ before 5 left in the paused
// list go back to wait), clear_rate_limit.lua (PTTL), set_global_concurrency.lua; the rest of what they
// call is in the lists above.
const QList<QByteArray> kQueueControls{"pttl", "rename", "ltrim"};

QList<QByteArray> contractReads()
{
    return {"%R~usage:*", "%R~rate_limit:*", "%R~concurrent:*", "%R~quota_exceeded:*"};
}
} // namespace

QList<QByteArray> tenantAdminRules(const QString& tenantId)
{
    // Read-only, and only this tenant's keys. No SCAN/KEYS: they would list other tenants' key names.
    const QByteArray id = tenantId.toUtf8();
    return fromNothing(kLiveReads,
                       {"%R~usage:" + id + ":*",
                        "%R~rate_limit:" + id + ":*",
                        "%R~concurrent:" + id,
                        "%R~quota_exceeded:" + id,
                        "%R~limits:" + id});
}

QList<QByteArray> supportRules(const QByteArray& queuePrefix)
{
    // Reads the contract's keys; writes BullMQ keys (retry and remove jobs, pause and resume queues), limits (after an
    // override) and AI configurations (after a tenant's AI configuration changed), with the same commands.
    return fromNothing(
        kLiveReads + kLimitsPush + kQueueReads + kJobActions + kQueueControls,
        contractReads()
            + QList<QByteArray>{
                "%RW~limits:*", "%RW~ai_config:*", "%RW~" + queuePrefix + ":*", "&" + RedisKeys::planChangesChannel()});
}

QList<QByteArray> financeRules()
{
    // Usage and quota flags, not the live rate windows; writes limits after a plan change.
    return fromNothing(kLiveReads + kLimitsPush,
                       {"%R~usage:*", "%R~quota_exceeded:*", "%RW~limits:*", "&" + RedisKeys::planChangesChannel()});
}

QList<QByteArray> platformAdminRules()
{
    // Everything the other roles do, on every key, and making the other roles' users (redis-user).
    return fromNothing(kLiveReads + kLimitsPush + kQueueReads + kJobActions + kQueueControls
                           + QList<QByteArray>{"acl|setuser"},
                       {"~*", "&*"});
}

} // namespace RedisAcl
