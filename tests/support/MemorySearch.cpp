#include "MemorySearch.h"

#include <QFile>

namespace MemorySearch
{
namespace
{
// Mappings bigger than this are AddressSanitizer's shadow and allocator reservations, not data.
constexpr quint64 kLargestMapping = quint64(4) << 30;
constexpr qint64 kChunk = qint64(16) << 20;

void search(const QByteArray& data,
            qsizetype countable,
            quint64 base,
            const QByteArray& masked,
            char mask,
            bool dontDump,
            QList<Hit>* hits)
{
    const char first = char(masked.at(0) ^ mask);
    for (qsizetype at = data.indexOf(first); at >= 0 && at < countable && at + masked.size() <= data.size();
         at = data.indexOf(first, at + 1)) {
        qsizetype i = 1;
        while (i < masked.size() && char(data.at(at + i) ^ mask) == masked.at(i))
            ++i;
        if (i == masked.size())
            hits->append({base + quint64(at), dontDump});
    }
}
} // namespace

std::optional<QList<Hit>> find(qint64 pid, const QList<QByteArray>& maskedNeedles, char mask)
{
    const QString proc = pid == 0 ? QStringLiteral("/proc/self/") : QStringLiteral("/proc/%1/").arg(pid);
    QFile smaps(proc + QStringLiteral("smaps"));
    QFile mem(proc + QStringLiteral("mem"));
    if (!smaps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    qsizetype longest = 0;
    for (const QByteArray& needle : maskedNeedles)
        longest = qMax(longest, needle.size());
    QList<Hit> hits;
    quint64 begin = 0;
    quint64 end = 0;
    bool readable = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(0).contains('-') && !fields.at(0).endsWith(':')) {
            const QList<QByteArray> range = fields.at(0).split('-');
            begin = range.at(0).toULongLong(nullptr, 16);
            end = range.at(1).toULongLong(nullptr, 16);
            readable = fields.at(1).startsWith('r') && !line.contains("[vvar]") && end - begin <= kLargestMapping;
        } else if (fields.at(0) == "VmFlags:" && readable) { // the last line of a mapping's block
            const bool dontDump = fields.contains("dd");
            // In chunks that overlap by a needle's length; a hit counts in the chunk where it starts.
            for (quint64 at = begin; at < end; at += quint64(kChunk)) {
                if (!mem.seek(qint64(at)))
                    break;
                const qint64 want = qMin<qint64>(qint64(end - at), kChunk + longest);
                const QByteArray data = mem.read(want);
                const qsizetype countable = qMin<qsizetype>(data.size(), kChunk);
                for (const QByteArray& needle : maskedNeedles)
                    search(data, countable, at, needle, mask, dontDump, &hits);
            }
        }
    }
    return hits;
}

QList<QByteArray> flagsOf(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const quint64 at = quint64(quintptr(address));
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(0).contains('-') && !fields.at(0).endsWith(':')) {
            const QList<QByteArray> range = fields.at(0).split('-');
            inside = at >= range.at(0).toULongLong(nullptr, 16) && at < range.at(1).toULongLong(nullptr, 16);
        } else if (inside && fields.at(0) == "VmFlags:") {
            return fields.mid(1);
        }
    }
    return {};
}

QList<QByteArray> utf8AndUtf16(const QByteArray& asciiMasked, char mask)
{
    QByteArray utf16;
    for (const char c : asciiMasked) {
        utf16.append(c);
        utf16.append(mask); // 0 ^ mask
    }
    return {asciiMasked, utf16};
}
} // namespace MemorySearch
