#include "RedisKeys.h"

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
    return tenantKey("usage", tenantId) + ":daily:" + day.toString(Qt::ISODate).toLatin1();
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

QList<QByteArray> contractPatterns()
{
    return {"usage:*", "rate_limit:*", "concurrent:*", "quota_exceeded:*", "limits:*", bullPrefix() + ":*"};
}

} // namespace RedisKeys

namespace RedisAcl
{

namespace
{
// Every role starts from nothing: enabled, no keys, no channels, no commands but the connection's own.
QList<QByteArray> startingFromNothing(std::initializer_list<QByteArray> rules)
{
    QList<QByteArray> all{"on", "resetkeys", "resetchannels", "-@all", "+@connection"};
    all.append(QList<QByteArray>(rules));
    return all;
}
} // namespace

QList<QByteArray> tenantAdminRules(const QString& tenantId)
{
    // Read-only, and only this tenant's keys. No SCAN/KEYS: they would list other tenants' key names.
    const QByteArray id = tenantId.toUtf8();
    return startingFromNothing({"+get",
                                "+mget",
                                "+exists",
                                "+ttl",
                                "+pttl",
                                "+type",
                                "+hget",
                                "+hmget",
                                "+hgetall",
                                "+hlen",
                                "+zcard",
                                "+zcount",
                                "+zrange",
                                "+zrangebyscore",
                                "%R~usage:" + id + ":*",
                                "%R~rate_limit:" + id + ":*",
                                "%R~concurrent:" + id,
                                "%R~quota_exceeded:" + id,
                                "%R~limits:" + id});
}

QList<QByteArray> supportRules(const QByteArray& queuePrefix)
{
    // Reads everything; writes only BullMQ keys (retry and remove jobs); hears plan changes.
    return startingFromNothing({"+@read",
                                "+@scripting",
                                "+scan",
                                "+multi",
                                "+exec",
                                "+discard",
                                "+lpush",
                                "+rpush",
                                "+lrem",
                                "+zadd",
                                "+zrem",
                                "+hset",
                                "+hdel",
                                "+incr",
                                "+xadd",
                                "+del",
                                "+unlink",
                                "+subscribe",
                                "%R~*",
                                "%RW~" + queuePrefix + ":*",
                                "&" + RedisKeys::planChangesChannel()});
}

QList<QByteArray> financeRules()
{
    return startingFromNothing({"+@read", "+scan", "%R~usage:*", "%R~limits:*", "%R~quota_exceeded:*"});
}

QList<QByteArray> platformAdminRules()
{
    return {"on", "resetkeys", "resetchannels", "+@all", "-@dangerous", "+info", "+scan", "+keys", "~*", "&*"};
}

} // namespace RedisAcl
