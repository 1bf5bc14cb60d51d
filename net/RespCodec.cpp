#include <net/RespCodec.h>

#include <hiredis/hiredis.h>

#include <vector>

namespace
{
RedisReply convert(const redisReply* reply)
{
    RedisReply out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.text = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(static_cast<qsizetype>(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            out.elements.append(convert(reply->element[i]));
        break;
    default:
        out.type = RedisReply::Type::Nil;
        break;
    }
    return out;
}
} // namespace

RespReader::RespReader()
    : m_reader(redisReaderCreate())
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
    if (redisReaderFeed(m_reader, data, static_cast<size_t>(size)) != REDIS_OK)
        m_error = QByteArray(m_reader->errstr);
}

std::optional<RedisReply> RespReader::next()
{
    if (hasError())
        return std::nullopt;
    void* raw = nullptr;
    if (redisReaderGetReply(m_reader, &raw) != REDIS_OK) {
        m_error = QByteArray(m_reader->errstr);
        if (m_error.isEmpty())
            m_error = QByteArrayLiteral("protocol error");
        return std::nullopt;
    }
    if (!raw)
        return std::nullopt;
    auto* reply = static_cast<redisReply*>(raw);
    RedisReply converted = convert(reply);
    freeReplyObject(reply);
    return converted;
}

QByteArray formatRedisCommand(const QList<QByteArray>& args)
{
    std::vector<const char*> argv;
    std::vector<size_t> lengths;
    argv.reserve(static_cast<size_t>(args.size()));
    lengths.reserve(static_cast<size_t>(args.size()));
    for (const QByteArray& arg : args) {
        argv.push_back(arg.constData());
        lengths.push_back(static_cast<size_t>(arg.size()));
    }
    char* command = nullptr;
    const int length = redisFormatCommandArgv(&command, static_cast<int>(argv.size()), argv.data(), lengths.data());
    if (length < 0 || !command)
        return {};
    QByteArray out(command, length);
    redisFreeCommand(command);
    return out;
}
