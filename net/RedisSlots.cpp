#include <net/RedisSlots.h>

#include <algorithm>
#include <iterator>

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
// Where a command's keys are among its arguments.
enum class Layout
{
    FirstKey, // GET key ...
    EveryKey, // DEL key [key ...]
    TwoKeys, // RENAME source destination
    KeyValuePairs, // MSET key value [key value ...]
    Script, // EVAL script numkeys key [key ...] arg [arg ...]
    TransactionStart,
    TransactionEnd,
    AnyNode,
    PerNode,
};

struct CommandSpec
{
    const char* name;
    Layout layout;
    bool readOnly; // changes nothing: may be sent again after a connection dropped mid-flight
};

// One table, sorted as qstrnicmp orders names (case-insensitively, by their lower-case bytes), searched
// by halving: routing 10,000 commands through a set of QByteArray hashed each name once per set, which
// showed as a tenth of a cluster read of the live counters.
constexpr CommandSpec kCommands[] = {
    {"ACL", Layout::PerNode, false},
    {"APPEND", Layout::FirstKey, false},
    {"BITCOUNT", Layout::FirstKey, true},
    {"BITPOS", Layout::FirstKey, true},
    {"BLMOVE", Layout::TwoKeys, false},
    {"BRPOPLPUSH", Layout::TwoKeys, false},
    {"CLIENT", Layout::PerNode, false},
    {"CLUSTER", Layout::PerNode, false},
    {"COMMAND", Layout::AnyNode, false},
    {"CONFIG", Layout::PerNode, false},
    {"COPY", Layout::TwoKeys, false},
    {"DBSIZE", Layout::PerNode, true},
    {"DECR", Layout::FirstKey, false},
    {"DECRBY", Layout::FirstKey, false},
    {"DEL", Layout::EveryKey, false},
    {"DISCARD", Layout::TransactionEnd, false},
    {"DUMP", Layout::FirstKey, true},
    {"ECHO", Layout::AnyNode, true},
    {"EVAL", Layout::Script, false},
    {"EVAL_RO", Layout::Script, false},
    {"EVALSHA", Layout::Script, false},
    {"EVALSHA_RO", Layout::Script, false},
    {"EXEC", Layout::TransactionEnd, false},
    {"EXISTS", Layout::EveryKey, true},
    {"EXPIRE", Layout::FirstKey, false},
    {"EXPIREAT", Layout::FirstKey, false},
    {"FCALL", Layout::Script, false},
    {"FCALL_RO", Layout::Script, false},
    {"FLUSHALL", Layout::PerNode, false},
    {"FLUSHDB", Layout::PerNode, false},
    {"FUNCTION", Layout::PerNode, false},
    {"GET", Layout::FirstKey, true},
    {"GETBIT", Layout::FirstKey, true},
    {"GETDEL", Layout::FirstKey, false},
    {"GETEX", Layout::FirstKey, false},
    {"GETRANGE", Layout::FirstKey, true},
    {"GETSET", Layout::FirstKey, false},
    {"HDEL", Layout::FirstKey, false},
    {"HEXISTS", Layout::FirstKey, true},
    {"HGET", Layout::FirstKey, true},
    {"HGETALL", Layout::FirstKey, true},
    {"HINCRBY", Layout::FirstKey, false},
    {"HINCRBYFLOAT", Layout::FirstKey, false},
    {"HKEYS", Layout::FirstKey, true},
    {"HLEN", Layout::FirstKey, true},
    {"HMGET", Layout::FirstKey, true},
    {"HMSET", Layout::FirstKey, false},
    {"HRANDFIELD", Layout::FirstKey, false},
    {"HSCAN", Layout::FirstKey, true},
    {"HSET", Layout::FirstKey, false},
    {"HSETNX", Layout::FirstKey, false},
    {"HSTRLEN", Layout::FirstKey, true},
    {"HVALS", Layout::FirstKey, true},
    {"INCR", Layout::FirstKey, false},
    {"INCRBY", Layout::FirstKey, false},
    {"INCRBYFLOAT", Layout::FirstKey, false},
    {"INFO", Layout::PerNode, true},
    {"KEYS", Layout::PerNode, true},
    {"LATENCY", Layout::PerNode, false},
    {"LINDEX", Layout::FirstKey, true},
    {"LINSERT", Layout::FirstKey, false},
    {"LLEN", Layout::FirstKey, true},
    {"LMOVE", Layout::TwoKeys, false},
    {"LPOP", Layout::FirstKey, false},
    {"LPOS", Layout::FirstKey, true},
    {"LPUSH", Layout::FirstKey, false},
    {"LPUSHX", Layout::FirstKey, false},
    {"LRANGE", Layout::FirstKey, true},
    {"LREM", Layout::FirstKey, false},
    {"LSET", Layout::FirstKey, false},
    {"LTRIM", Layout::FirstKey, false},
    {"MEMORY", Layout::PerNode, false},
    {"MGET", Layout::EveryKey, true},
    {"MSET", Layout::KeyValuePairs, false},
    {"MSETNX", Layout::KeyValuePairs, false},
    {"MULTI", Layout::TransactionStart, false},
    {"PERSIST", Layout::FirstKey, false},
    {"PEXPIRE", Layout::FirstKey, false},
    {"PEXPIREAT", Layout::FirstKey, false},
    {"PFADD", Layout::FirstKey, false},
    {"PFCOUNT", Layout::EveryKey, true},
    {"PFMERGE", Layout::EveryKey, false},
    {"PING", Layout::AnyNode, true},
    {"PSETEX", Layout::FirstKey, false},
    {"PTTL", Layout::FirstKey, true},
    {"PUBLISH", Layout::AnyNode, false},
    {"RANDOMKEY", Layout::PerNode, false},
    {"RENAME", Layout::TwoKeys, false},
    {"RENAMENX", Layout::TwoKeys, false},
    {"RESTORE", Layout::FirstKey, false},
    {"ROLE", Layout::PerNode, false},
    {"RPOP", Layout::FirstKey, false},
    {"RPOPLPUSH", Layout::TwoKeys, false},
    {"RPUSH", Layout::FirstKey, false},
    {"RPUSHX", Layout::FirstKey, false},
    {"SADD", Layout::FirstKey, false},
    {"SCAN", Layout::PerNode, true},
    {"SCARD", Layout::FirstKey, true},
    {"SCRIPT", Layout::PerNode, false},
    {"SDIFF", Layout::EveryKey, true},
    {"SDIFFSTORE", Layout::EveryKey, false},
    {"SET", Layout::FirstKey, false},
    {"SETBIT", Layout::FirstKey, false},
    {"SETEX", Layout::FirstKey, false},
    {"SETNX", Layout::FirstKey, false},
    {"SETRANGE", Layout::FirstKey, false},
    {"SINTER", Layout::EveryKey, true},
    {"SINTERSTORE", Layout::EveryKey, false},
    {"SISMEMBER", Layout::FirstKey, true},
    {"SLOWLOG", Layout::PerNode, false},
    {"SMEMBERS", Layout::FirstKey, true},
    {"SMISMEMBER", Layout::FirstKey, true},
    {"SMOVE", Layout::TwoKeys, false},
    {"SPOP", Layout::FirstKey, false},
    {"SRANDMEMBER", Layout::FirstKey, false},
    {"SREM", Layout::FirstKey, false},
    {"SSCAN", Layout::FirstKey, true},
    {"STRLEN", Layout::FirstKey, true},
    {"SUNION", Layout::EveryKey, true},
    {"SUNIONSTORE", Layout::EveryKey, false},
    {"TIME", Layout::AnyNode, true},
    {"TOUCH", Layout::EveryKey, false},
    {"TTL", Layout::FirstKey, true},
    {"TYPE", Layout::FirstKey, true},
    {"UNLINK", Layout::EveryKey, false},
    {"UNWATCH", Layout::AnyNode, false},
    {"WAIT", Layout::PerNode, false},
    {"WATCH", Layout::EveryKey, false},
    {"XADD", Layout::FirstKey, false},
    {"XDEL", Layout::FirstKey, false},
    {"XLEN", Layout::FirstKey, true},
    {"XRANGE", Layout::FirstKey, true},
    {"XREVRANGE", Layout::FirstKey, true},
    {"XTRIM", Layout::FirstKey, false},
    {"ZADD", Layout::FirstKey, false},
    {"ZCARD", Layout::FirstKey, true},
    {"ZCOUNT", Layout::FirstKey, true},
    {"ZINCRBY", Layout::FirstKey, false},
    {"ZLEXCOUNT", Layout::FirstKey, true},
    {"ZMSCORE", Layout::FirstKey, true},
    {"ZPOPMAX", Layout::FirstKey, false},
    {"ZPOPMIN", Layout::FirstKey, false},
    {"ZRANDMEMBER", Layout::FirstKey, false},
    {"ZRANGE", Layout::FirstKey, true},
    {"ZRANGEBYLEX", Layout::FirstKey, true},
    {"ZRANGEBYSCORE", Layout::FirstKey, true},
    {"ZRANK", Layout::FirstKey, true},
    {"ZREM", Layout::FirstKey, false},
    {"ZREMRANGEBYLEX", Layout::FirstKey, false},
    {"ZREMRANGEBYRANK", Layout::FirstKey, false},
    {"ZREMRANGEBYSCORE", Layout::FirstKey, false},
    {"ZREVRANGE", Layout::FirstKey, true},
    {"ZREVRANGEBYLEX", Layout::FirstKey, true},
    {"ZREVRANGEBYSCORE", Layout::FirstKey, true},
    {"ZREVRANK", Layout::FirstKey, true},
    {"ZSCAN", Layout::FirstKey, true},
    {"ZSCORE", Layout::FirstKey, true},
};

constexpr char lowered(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr bool before(const char* a, const char* b)
{
    for (; *a && *b; ++a, ++b) {
        if (lowered(*a) != lowered(*b))
            return lowered(*a) < lowered(*b);
    }
    return *a == 0 && *b != 0;
}

constexpr bool sortedByName()
{
    for (size_t i = 1; i < std::size(kCommands); ++i) {
        if (!before(kCommands[i - 1].name, kCommands[i].name))
            return false;
    }
    return true;
}
static_assert(sortedByName(), "kCommands must stay sorted by name, case-insensitively");

const CommandSpec* specOf(const QByteArray& name)
{
    const auto found = std::lower_bound(
        std::begin(kCommands), std::end(kCommands), name, [](const CommandSpec& spec, const QByteArray& wanted) {
            return qstrnicmp(wanted.constData(), wanted.size(), spec.name) > 0;
        });
    if (found == std::end(kCommands) || qstrnicmp(name.constData(), name.size(), found->name) != 0)
        return nullptr;
    return found;
}
} // namespace

QList<QByteArray> CommandKeys::keys(const RedisCommand& command) const
{
    QList<QByteArray> list;
    for (qsizetype i = first; i < end; i += step)
        list << command.at(i);
    return list;
}

CommandKeys keysOf(const RedisCommand& command)
{
    CommandKeys result;
    if (command.isEmpty())
        return result;
    const CommandSpec* spec = specOf(command.first());
    if (!spec)
        return result;
    result.readOnly = spec->readOnly;
    const qsizetype count = command.size();
    const auto keysAt = [&result](qsizetype first, qsizetype end, qsizetype step) {
        result.routing = Routing::Keys;
        result.first = first;
        result.end = end;
        result.step = step;
    };
    switch (spec->layout) {
    case Layout::FirstKey:
        if (count >= 2)
            keysAt(1, 2, 1);
        break;
    case Layout::EveryKey:
        if (count >= 2)
            keysAt(1, count, 1);
        break;
    case Layout::TwoKeys:
        if (count >= 3)
            keysAt(1, 3, 1);
        break;
    case Layout::KeyValuePairs:
        keysAt(1, count, 2);
        break;
    case Layout::Script: {
        bool ok = false;
        const qsizetype keyCount = count >= 3 ? command.at(2).toLongLong(&ok) : -1;
        if (ok && keyCount >= 0 && 3 + keyCount <= count) {
            keysAt(3, 3 + keyCount, 1);
            // A script without keys runs anywhere; with keys, on their node.
            if (keyCount == 0)
                result.routing = Routing::AnyNode;
        }
        break;
    }
    case Layout::TransactionStart:
        result.routing = Routing::TransactionStart;
        break;
    case Layout::TransactionEnd:
        result.routing = Routing::TransactionEnd;
        break;
    case Layout::AnyNode:
        result.routing = Routing::AnyNode;
        break;
    case Layout::PerNode:
        result.routing = Routing::PerNode;
        break;
    }
    return result;
}

bool isReadOnly(const RedisCommand& command)
{
    return keysOf(command).readOnly;
}

} // namespace RedisSlots
