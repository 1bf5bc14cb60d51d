// libFuzzer target for BullMQ job decoding (models/BullJob): a job hash is whatever the platform's
// producers and workers wrote, so any bytes in any field must decode without a crash into something that
// can be shown and printed: a tenant only from an object's string tenantId (at most 100 characters), a
// one-line failed reason of at most 300 characters, a stack entry per element of a JSON array (else the
// text as one entry), times only from positive epoch milliseconds, and JSON output that parses back.
// Input: field NUL value NUL field NUL value ...
#include "FuzzRequire.h"

#include <models/queues/BullJob.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{

bool timeAgrees(const QDateTime& decoded, const QByteArray& raw)
{
    bool ok = false;
    const qint64 ms = raw.toLongLong(&ok);
    return decoded.isValid() == (ok && ms > 0);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0');
    QHash<QByteArray, QByteArray> hash;
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
        hash.insert(parts.at(i), parts.at(i + 1));

    const JobDetail job
        = BullJob::detail(QStringLiteral("q"), QStringLiteral("1"), QStringLiteral("failed"), false, hash);

    // The tenant: only an object's string tenantId, cut to 100 characters.
    REQUIRE(job.summary.tenantId.size() <= 100);
    const QJsonDocument jobData = QJsonDocument::fromJson(hash.value("data"));
    const QJsonValue tenant = jobData.isObject() ? jobData.object().value(QStringLiteral("tenantId")) : QJsonValue();
    REQUIRE(job.summary.tenantId == (tenant.isString() ? tenant.toString().left(100) : QString()));

    // The list's failed reason is one line of at most 300 characters, the start of the whole reason.
    REQUIRE(job.summary.failedReason.size() <= 300);
    REQUIRE(!job.summary.failedReason.contains(u'\n'));
    if (!job.summary.failedReason.endsWith(QChar(0x2026)))
        REQUIRE(job.failedReason.startsWith(job.summary.failedReason));

    // Stack: one entry per array element, or the text as one entry.
    const QByteArray stack = hash.value("stacktrace");
    const QJsonDocument frames = QJsonDocument::fromJson(stack);
    if (frames.isArray())
        REQUIRE(job.stacktrace.size() == frames.array().size());
    else
        REQUIRE(job.stacktrace.size() == (stack.isEmpty() ? 0 : 1));

    REQUIRE(timeAgrees(job.summary.createdAt, hash.value("timestamp")));
    REQUIRE(timeAgrees(job.summary.processedAt, hash.value("processedOn")));
    REQUIRE(timeAgrees(job.summary.finishedAt, hash.value("finishedOn")));

    // What the CLI prints (--json) is valid JSON, whatever the bytes were (invalid UTF-8 included).
    const QJsonObject json = job.toJson();
    const QByteArray printed = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QJsonParseError error{};
    const QJsonDocument back = QJsonDocument::fromJson(printed, &error);
    REQUIRE(error.error == QJsonParseError::NoError && back.isObject());
    REQUIRE(back.toJson(QJsonDocument::Compact) == printed); // and prints the same again
    return 0;
}
