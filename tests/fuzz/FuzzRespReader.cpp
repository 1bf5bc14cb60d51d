// libFuzzer target for Redis reply handling: any bytes from a server, fed whole or split at a point the
// input chooses, must neither crash nor disagree with themselves (the same replies either way), and a
// malformed stream must stop the reader for good.
#include <net/RespCodec.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace
{
bool same(const RedisReply& a, const RedisReply& b)
{
    if (a.type != b.type || a.text != b.text || a.integer != b.integer || a.elements.size() != b.elements.size())
        return false;
    for (qsizetype i = 0; i < a.elements.size(); ++i)
        if (!same(a.elements.at(i), b.elements.at(i)))
            return false;
    return true;
}

QVector<RedisReply> readAll(const QByteArray& bytes, qsizetype cut, bool* error)
{
    RespReader reader;
    QVector<RedisReply> replies;
    const qsizetype parts[2][2] = {{0, cut}, {cut, bytes.size() - cut}};
    for (const auto& part : parts) {
        reader.feed(bytes.constData() + part[0], part[1]);
        while (auto reply = reader.next())
            replies.append(*reply);
        if (reader.hasError()) {
            if (reader.next())
                std::abort(); // a reader in error must not produce more replies
            break;
        }
    }
    *error = reader.hasError();
    return replies;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[0]) % (bytes.size() + 1);
    bool wholeError = false;
    bool splitError = false;
    const QVector<RedisReply> whole = readAll(bytes, bytes.size(), &wholeError);
    const QVector<RedisReply> split = readAll(bytes, cut, &splitError);
    if (wholeError != splitError || whole.size() != split.size())
        std::abort();
    for (qsizetype i = 0; i < whole.size(); ++i)
        if (!same(whole.at(i), split.at(i)))
            std::abort();
    return 0;
}
