#include <net/RespCodec.h>

#include <hiredis/hiredis.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <memory>

namespace
{
// hiredis' reader builds our replies directly (no redisReply tree to copy and free): each create
// function makes the value in place, as the next element of its parent (hiredis creates them in order),
// or as a new root that next() takes over. hiredis frees only roots, through freeReply.
RedisReply* placeFor(const redisReadTask* task)
{
    if (task->parent) {
        auto* parent = static_cast<RedisReply*>(task->parent->obj);
        if (parent->elements.size() <= task->idx)
            parent->elements.resize(task->idx + 1);
        return &parent->elements[task->idx];
    }
    return new RedisReply;
}

// An array's header is the server's claim, not its elements: the list grows as they arrive, and only a
// modest claim is reserved ahead ("*2147483647" used to ask for 137 GB before a single element came).
constexpr int kElementsReservedAhead = 4096;

void* createString(const redisReadTask* task, char* text, size_t length)
{
    RedisReply* reply = placeFor(task);
    reply->type = task->type == REDIS_REPLY_ERROR ? RedisReply::Type::Error
        : task->type == REDIS_REPLY_STATUS        ? RedisReply::Type::Status
                                                  : RedisReply::Type::String;
    reply->text = QByteArray(text, static_cast<qsizetype>(length));
    return reply;
}

void* createArray(const redisReadTask* task, int elements)
{
    RedisReply* reply = placeFor(task);
    reply->type = RedisReply::Type::Array;
    reply->elements.reserve(std::clamp(elements, 0, kElementsReservedAhead));
    return reply;
}

void* createInteger(const redisReadTask* task, long long value)
{
    RedisReply* reply = placeFor(task);
    reply->type = RedisReply::Type::Integer;
    reply->integer = value;
    return reply;
}

void* createNil(const redisReadTask* task)
{
    RedisReply* reply = placeFor(task);
    reply->type = RedisReply::Type::Nil;
    return reply;
}

void freeReply(void* reply)
{
    delete static_cast<RedisReply*>(reply);
}

redisReplyObjectFunctions kBuildRedisReply = {createString, createArray, createInteger, createNil, freeReply};
} // namespace

RespReader::RespReader()
    : m_reader(redisReaderCreateWithFunctions(&kBuildRedisReply))
{
}

RespReader::~RespReader()
{
    redisReaderFree(m_reader);
}

void RespReader::feed(const char* data, qsizetype size)
{
    if (hasError() || size <= 0)
        return;
    if (m_fedUpTo > 0 && m_fedUpTo >= m_unfed.size() / 2) {
        m_unfed.remove(0, m_fedUpTo);
        m_fedUpTo = 0;
    }
    m_unfed.append(data, size);
}

bool RespReader::feedPiece()
{
    // hiredis moves what is left of its buffer forward every 1 KB it parses: fed a whole 1 MB answer
    // at once, that is quadratic. It gets a couple of KB at a time, whenever it needs more.
    constexpr qsizetype kPiece = 2048;
    if (m_fedUpTo >= m_unfed.size())
        return false;
    const qsizetype piece = std::min(kPiece, m_unfed.size() - m_fedUpTo);
    if (redisReaderFeed(m_reader, m_unfed.constData() + m_fedUpTo, static_cast<size_t>(piece)) != REDIS_OK) {
        m_error = QByteArray(m_reader->errstr);
        return false;
    }
    m_fedUpTo += piece;
    if (m_fedUpTo == m_unfed.size()) {
        m_unfed.clear();
        m_fedUpTo = 0;
    }
    return true;
}

std::optional<RedisReply> RespReader::next()
{
    if (hasError())
        return std::nullopt;
    void* raw = nullptr;
    for (;;) {
        if (redisReaderGetReply(m_reader, &raw) != REDIS_OK) {
            m_error = QByteArray(m_reader->errstr);
            if (m_error.isEmpty())
                m_error = QByteArrayLiteral("protocol error");
            return std::nullopt;
        }
        if (raw || !feedPiece()) // a reply not complete yet: the next piece, if there is one
            break;
    }
    if (hasError())
        return std::nullopt;
    if (!raw)
        return std::nullopt;
    std::unique_ptr<RedisReply> reply(static_cast<RedisReply*>(raw));
    return std::move(*reply);
}

namespace
{
// Writes "<prefix><n>\r\n" at out; returns the end.
char* writeHeader(char* out, char prefix, qsizetype n)
{
    *out++ = prefix;
    out = std::to_chars(out, out + 20, static_cast<long long>(n)).ptr;
    *out++ = '\r';
    *out++ = '\n';
    return out;
}

qsizetype headerSize(qsizetype n)
{
    qsizetype digits = 1;
    while (n >= 10) {
        n /= 10;
        ++digits;
    }
    return 1 + digits + 2;
}
} // namespace

qsizetype formattedSize(const RedisCommand& args)
{
    qsizetype size = headerSize(args.size());
    for (const QByteArray& arg : args)
        size += headerSize(arg.size()) + arg.size() + 2;
    return size;
}

void appendRedisCommand(QByteArray& wire, const RedisCommand& args)
{
    // Sized once, then written in place (QByteArray::append per piece was a measurable part of sending
    // 10,000 commands).
    const qsizetype at = wire.size();
    wire.resize(at + formattedSize(args));
    char* out = wire.data() + at;
    out = writeHeader(out, '*', args.size());
    for (const QByteArray& arg : args) {
        out = writeHeader(out, '$', arg.size());
        if (!arg.isEmpty())
            std::memcpy(out, arg.constData(), size_t(arg.size()));
        out += arg.size();
        *out++ = '\r';
        *out++ = '\n';
    }
}

QByteArray formatRedisCommand(const RedisCommand& args)
{
    // Sized exactly first: the buffer never grows, so an AUTH password is never left behind in a
    // buffer given up by a reallocation (the caller wipes this one).
    QByteArray wire;
    wire.reserve(formattedSize(args));
    appendRedisCommand(wire, args);
    return wire;
}
