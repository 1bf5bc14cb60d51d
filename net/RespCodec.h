#pragma once

#include <net/RedisReply.h>

#include <QByteArray>
#include <QList>

#include <optional>

struct redisReader;

using RedisCommand = QList<QByteArray>;

// RESP framing: hiredis' reader parses replies from the bytes we feed it (into our RedisReply, directly);
// commands are formatted here (binary-safe, straight into the caller's buffer: hiredis' formatter went
// through printf for every length). The socket I/O (and TLS) is Qt's.
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
    bool feedPiece();

    redisReader* m_reader;
    QByteArray m_error;
    QByteArray m_unfed; // received; handed to hiredis a piece at a time, from m_fedUpTo on
    qsizetype m_fedUpTo = 0;
};

QByteArray formatRedisCommand(const RedisCommand& args);
// Appends the command to wire; formattedSize is what it adds.
void appendRedisCommand(QByteArray& wire, const RedisCommand& args);
qsizetype formattedSize(const RedisCommand& args);
