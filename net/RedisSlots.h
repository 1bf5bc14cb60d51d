#pragma once

#include <net/RespCodec.h>

#include <QByteArray>
#include <QList>

// How a Redis Cluster places keys: CRC16 of the key (or of its hash tag, the text between the first "{"
// and the next "}" when that is not empty) modulo 16384, and which arguments of a command are keys.
namespace RedisSlots
{
constexpr int kSlotCount = 16384;

quint16 crc16(const QByteArray& data);
// The part of the key that is hashed: its hash tag, or the whole key.
QByteArray hashedPart(const QByteArray& key);
bool hasHashTag(const QByteArray& key);
int slotOf(const QByteArray& key);

enum class Routing
{
    Keys, // sent to the node that owns the slot of its keys
    AnyNode, // no keys and the same answer from every node (PING, PUBLISH)
    PerNode, // about one node's own data (SCAN, ACL, DBSIZE): sent to each node on purpose, not routed
    TransactionStart, // MULTI
    TransactionEnd, // EXEC, DISCARD
    Unknown, // keys not known to us: refused on a cluster rather than guessed
};

// The keys of a command are its arguments first, first + step, ... before end (no copies made).
struct CommandKeys
{
    Routing routing = Routing::Unknown;
    bool readOnly = false; // changes nothing, so it may be sent again after a connection dropped mid-flight
    qsizetype first = 0;
    qsizetype end = 0;
    qsizetype step = 1;

    QList<QByteArray> keys(const RedisCommand& command) const;
};

CommandKeys keysOf(const RedisCommand& command);
bool isReadOnly(const RedisCommand& command);
} // namespace RedisSlots
