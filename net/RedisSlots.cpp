#include <net/RedisSlots.h>

#include <QSet>

namespace RedisSlots
{

namespace
{
// CRC-16/XMODEM (polynomial 0x1021, initial value 0), as the cluster specification defines it, a byte at a
// time from a table: 10,000 keys per pipeline made the bit-by-bit loop a measurable part of routing.
struct Crc16Table
{
    quint16 entries[256] = {};
    constexpr Crc16Table()
    {
        for (int byte = 0; byte < 256; ++byte) {
            quint16 crc = static_cast<quint16>(byte << 8);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ 0x1021) : static_cast<quint16>(crc << 1);
            entries[byte] = crc;
        }
    }
};
constexpr Crc16Table kCrc16;

quint16 crc16Of(QByteArrayView data)
{
    quint16 crc = 0;
    for (const char byte : data)
        crc = static_cast<quint16>((crc << 8) ^ kCrc16.entries[((crc >> 8) ^ static_cast<quint8>(byte)) & 0xff]);
    return crc;
}

QByteArrayView hashedView(QByteArrayView key)
{
    const qsizetype open = key.indexOf('{');
    if (open < 0)
        return key;
    const qsizetype close = key.sliced(open + 1).indexOf('}');
    if (close <= 0) // no closing brace, or "{}": the whole key is hashed
        return key;
    return key.sliced(open + 1, close);
}
} // namespace

quint16 crc16(const QByteArray& data)
{
    return crc16Of(data);
}

QByteArray hashedPart(const QByteArray& key)
{
    const QByteArrayView part = hashedView(key);
    return part.size() == key.size() ? key : part.toByteArray();
}

bool hasHashTag(const QByteArray& key)
{
    return hashedView(key).size() != key.size();
}

int slotOf(const QByteArray& key)
{
    return crc16Of(hashedView(key)) & (kSlotCount - 1);
}

namespace
{
QSet<QByteArray> names(std::initializer_list<const char*> list)
{
    QSet<QByteArray> set;
    for (const char* name : list)
        set.insert(QByteArray(name));
    return set;
}

const QSet<QByteArray>& firstArgumentIsKey()
{
    static const QSet<QByteArray> set = names({"GET",
                                               "SET",
                                               "SETEX",
                                               "PSETEX",
                                               "SETNX",
                                               "GETSET",
                                               "GETDEL",
                                               "GETEX",
                                               "APPEND",
                                               "STRLEN",
                                               "INCR",
                                               "INCRBY",
                                               "INCRBYFLOAT",
                                               "DECR",
                                               "DECRBY",
                                               "EXPIRE",
                                               "PEXPIRE",
                                               "EXPIREAT",
                                               "PEXPIREAT",
                                               "TTL",
                                               "PTTL",
                                               "PERSIST",
                                               "TYPE",
                                               "DUMP",
                                               "RESTORE",
                                               "GETRANGE",
                                               "SETRANGE",
                                               "GETBIT",
                                               "SETBIT",
                                               "BITCOUNT",
                                               "BITPOS",
                                               "HGET",
                                               "HSET",
                                               "HSETNX",
                                               "HMSET",
                                               "HMGET",
                                               "HGETALL",
                                               "HDEL",
                                               "HEXISTS",
                                               "HINCRBY",
                                               "HINCRBYFLOAT",
                                               "HKEYS",
                                               "HVALS",
                                               "HLEN",
                                               "HSTRLEN",
                                               "HSCAN",
                                               "HRANDFIELD",
                                               "LPUSH",
                                               "RPUSH",
                                               "LPUSHX",
                                               "RPUSHX",
                                               "LPOP",
                                               "RPOP",
                                               "LLEN",
                                               "LRANGE",
                                               "LINDEX",
                                               "LSET",
                                               "LREM",
                                               "LTRIM",
                                               "LINSERT",
                                               "LPOS",
                                               "SADD",
                                               "SREM",
                                               "SMEMBERS",
                                               "SISMEMBER",
                                               "SMISMEMBER",
                                               "SCARD",
                                               "SPOP",
                                               "SRANDMEMBER",
                                               "SSCAN",
                                               "ZADD",
                                               "ZREM",
                                               "ZCARD",
                                               "ZCOUNT",
                                               "ZSCORE",
                                               "ZMSCORE",
                                               "ZINCRBY",
                                               "ZRANGE",
                                               "ZRANGEBYSCORE",
                                               "ZREVRANGE",
                                               "ZREVRANGEBYSCORE",
                                               "ZRANGEBYLEX",
                                               "ZREVRANGEBYLEX",
                                               "ZRANK",
                                               "ZREVRANK",
                                               "ZREMRANGEBYRANK",
                                               "ZREMRANGEBYSCORE",
                                               "ZREMRANGEBYLEX",
                                               "ZLEXCOUNT",
                                               "ZPOPMIN",
                                               "ZPOPMAX",
                                               "ZRANDMEMBER",
                                               "ZSCAN",
                                               "XADD",
                                               "XLEN",
                                               "XRANGE",
                                               "XREVRANGE",
                                               "XDEL",
                                               "XTRIM",
                                               "PFADD"});
    return set;
}

const QSet<QByteArray>& everyArgumentIsKey()
{
    static const QSet<QByteArray> set = names({"DEL",
                                               "UNLINK",
                                               "EXISTS",
                                               "MGET",
                                               "TOUCH",
                                               "WATCH",
                                               "SINTER",
                                               "SUNION",
                                               "SDIFF",
                                               "SINTERSTORE",
                                               "SUNIONSTORE",
                                               "SDIFFSTORE",
                                               "PFCOUNT",
                                               "PFMERGE"});
    return set;
}

const QSet<QByteArray>& twoKeys()
{
    static const QSet<QByteArray> set
        = names({"RENAME", "RENAMENX", "RPOPLPUSH", "LMOVE", "SMOVE", "COPY", "BLMOVE", "BRPOPLPUSH"});
    return set;
}

const QSet<QByteArray>& anyNode()
{
    static const QSet<QByteArray> set = names({"PING", "ECHO", "TIME", "PUBLISH", "COMMAND", "UNWATCH"});
    return set;
}

const QSet<QByteArray>& perNode()
{
    static const QSet<QByteArray> set = names({"SCAN",
                                               "KEYS",
                                               "DBSIZE",
                                               "ACL",
                                               "SCRIPT",
                                               "FUNCTION",
                                               "INFO",
                                               "CONFIG",
                                               "FLUSHDB",
                                               "FLUSHALL",
                                               "CLUSTER",
                                               "CLIENT",
                                               "MEMORY",
                                               "SLOWLOG",
                                               "LATENCY",
                                               "RANDOMKEY",
                                               "WAIT",
                                               "ROLE"});
    return set;
}

const QSet<QByteArray>& readOnly()
{
    static const QSet<QByteArray> set
        = names({"GET",         "STRLEN",         "TTL",           "PTTL",      "TYPE",
                 "EXISTS",      "MGET",           "GETRANGE",      "GETBIT",    "BITCOUNT",
                 "BITPOS",      "HGET",           "HMGET",         "HGETALL",   "HEXISTS",
                 "HKEYS",       "HVALS",          "HLEN",          "HSTRLEN",   "HSCAN",
                 "LLEN",        "LRANGE",         "LINDEX",        "LPOS",      "SMEMBERS",
                 "SISMEMBER",   "SMISMEMBER",     "SCARD",         "SSCAN",     "SINTER",
                 "SUNION",      "SDIFF",          "ZCARD",         "ZCOUNT",    "ZSCORE",
                 "ZMSCORE",     "ZRANGE",         "ZRANGEBYSCORE", "ZREVRANGE", "ZREVRANGEBYSCORE",
                 "ZRANGEBYLEX", "ZREVRANGEBYLEX", "ZRANK",         "ZREVRANK",  "ZLEXCOUNT",
                 "ZSCAN",       "XLEN",           "XRANGE",        "XREVRANGE", "PFCOUNT",
                 "PING",        "ECHO",           "TIME",          "SCAN",      "DBSIZE",
                 "INFO",        "KEYS",           "DUMP"});
    return set;
}
} // namespace

CommandKeys keysOf(const RedisCommand& command)
{
    CommandKeys result;
    if (command.isEmpty())
        return result;
    const QByteArray name = command.first().toUpper();
    const qsizetype count = command.size();
    if (firstArgumentIsKey().contains(name)) {
        if (count >= 2) {
            result.routing = Routing::Keys;
            result.keys << command.at(1);
        }
    } else if (everyArgumentIsKey().contains(name)) {
        if (count >= 2) {
            result.routing = Routing::Keys;
            result.keys = command.mid(1);
        }
    } else if (twoKeys().contains(name)) {
        if (count >= 3) {
            result.routing = Routing::Keys;
            result.keys << command.at(1) << command.at(2);
        }
    } else if (name == "MSET" || name == "MSETNX") {
        result.routing = Routing::Keys;
        for (qsizetype i = 1; i < count; i += 2)
            result.keys << command.at(i);
    } else if (name == "EVAL" || name == "EVALSHA" || name == "EVAL_RO" || name == "EVALSHA_RO" || name == "FCALL"
               || name == "FCALL_RO") {
        bool ok = false;
        const qsizetype keyCount = count >= 3 ? command.at(2).toLongLong(&ok) : -1;
        if (ok && keyCount >= 0 && 3 + keyCount <= count) {
            // A script without keys runs anywhere; with keys, on their node.
            result.routing = keyCount == 0 ? Routing::AnyNode : Routing::Keys;
            result.keys = command.mid(3, keyCount);
        }
    } else if (name == "MULTI") {
        result.routing = Routing::TransactionStart;
    } else if (name == "EXEC" || name == "DISCARD") {
        result.routing = Routing::TransactionEnd;
    } else if (anyNode().contains(name)) {
        result.routing = Routing::AnyNode;
    } else if (perNode().contains(name)) {
        result.routing = Routing::PerNode;
    }
    return result;
}

bool isReadOnly(const RedisCommand& command)
{
    return !command.isEmpty() && readOnly().contains(command.first().toUpper());
}

} // namespace RedisSlots
