#pragma once

#include <net/RedisReply.h>

#include <QByteArray>
#include <QList>

#include <optional>

struct redisReader;

using RedisCommand = QList<QByteArray>;

// RESP framing by hiredis: its reader parses replies from the bytes we feed it, its formatter builds
// binary-safe commands. The socket I/O (and TLS) is Qt's.
class RespReader
{
public:
    RespReader();
    ~RespReader();
    RespReader(const RespReader&) = delete;
    RespReader& operator=(const RespReader&) = delete;

    void feed(const char* data, qsizetype size);
    // The next complete reply, or nullopt when more bytes are needed or the stream is malformed
    // (then hasError() is true and the connection must be dropped).
    std::optional<RedisReply> next();
    bool hasError() const { return !m_error.isEmpty(); }
    QByteArray errorText() const { return m_error; }

private:
    redisReader* m_reader;
    QByteArray m_error;
};

QByteArray formatRedisCommand(const RedisCommand& args);
