#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QVector>

// One RESP2 reply, copied out of hiredis' reader so that it outlives the reader's buffers.
struct RedisReply
{
    enum class Type
    {
        Nil,
        Status,
        Error,
        Integer,
        String,
        Array,
    };

    Type type = Type::Nil;
    QByteArray text; // Status, Error, String
    qint64 integer = 0;
    QVector<RedisReply> elements;

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    // HGETALL-style flat array of field/value pairs as a hash.
    QHash<QByteArray, QByteArray> toHash() const;
    // Integer replies, or numeric strings; fallback when neither.
    qint64 toInteger(qint64 fallback = 0) const;

    static RedisReply error(const QByteArray& message);
};

Q_DECLARE_METATYPE(RedisReply)
