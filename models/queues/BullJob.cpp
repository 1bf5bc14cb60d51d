#include <models/queues/BullJob.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace BullJob
{
QString text(const QByteArray& value)
{
    return QString::fromUtf8(value);
}

QDateTime timeFromMs(const QByteArray& value)
{
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return ok && ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QString firstLine(const QString& value, int max)
{
    const qsizetype newline = value.indexOf(u'\n');
    const QString line = newline >= 0 ? value.left(newline) : value;
    return line.size() > max ? line.left(max - 1) + QChar(0x2026) : line;
}

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optionalText(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString tenantOf(const QByteArray& jobData)
{
    // Job data is whatever the platform's producers wrote: anything but an object with a string
    // tenantId has no tenant.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(jobData, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonValue tenant = document.object().value(QStringLiteral("tenantId"));
    return tenant.isString() ? tenant.toString().left(100) : QString();
}

const QList<QByteArray>& summaryFields()
{
    static const QList<QByteArray> fields{
        "name", "data", "timestamp", "processedOn", "finishedOn", "atm", "failedReason"};
    return fields;
}

JobSummary summary(const QString& queue, const QString& id, const QString& state, const QList<QByteArray>& values)
{
    JobSummary job;
    job.queue = queue;
    job.id = id;
    job.state = state;
    const auto field = [&values](int i) { return values.value(i); };
    job.name = text(field(0));
    job.tenantId = tenantOf(field(1));
    job.createdAt = timeFromMs(field(2));
    job.processedAt = timeFromMs(field(3));
    job.finishedAt = timeFromMs(field(4));
    job.attemptsMade = field(5).toInt();
    job.failedReason = firstLine(text(field(6)), 300);
    return job;
}

JobDetail detail(const QString& queue,
                 const QString& id,
                 const QString& state,
                 bool locked,
                 const QHash<QByteArray, QByteArray>& hash)
{
    JobDetail job;
    QList<QByteArray> values;
    for (const QByteArray& field : summaryFields())
        values.append(hash.value(field));
    job.summary = summary(queue, id, state, values); // the list and the detail read a job alike
    job.locked = locked;
    job.data = text(hash.value("data"));
    job.options = text(hash.value("opts"));
    job.progress = text(hash.value("progress"));
    job.returnValue = text(hash.value("returnvalue"));
    job.failedReason = text(hash.value("failedReason"));
    job.attemptsStarted = hash.value("ats").toInt();
    job.delayMs = hash.value("delay").toLongLong();
    job.priority = hash.value("priority").toLongLong();
    // BullMQ keeps a JSON array of stack traces; anything else is shown as it is.
    const QByteArray stack = hash.value("stacktrace");
    const QJsonDocument frames = QJsonDocument::fromJson(stack);
    if (frames.isArray()) {
        for (const QJsonValue& frame : frames.array())
            job.stacktrace.append(frame.isString() ? frame.toString()
                                                   : QString::fromUtf8(QJsonDocument(QJsonArray{frame}).toJson()));
    } else if (!stack.isEmpty()) {
        job.stacktrace.append(text(stack));
    }
    return job;
}
} // namespace BullJob

QJsonObject JobSummary::toJson() const
{
    using BullJob::isoUtc;
    using BullJob::optionalText;
    return {{QStringLiteral("queue"), queue},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("state"), state},
            {QStringLiteral("tenant_id"), optionalText(tenantId)},
            {QStringLiteral("created_at"), optionalText(isoUtc(createdAt))},
            {QStringLiteral("processed_at"), optionalText(isoUtc(processedAt))},
            {QStringLiteral("finished_at"), optionalText(isoUtc(finishedAt))},
            {QStringLiteral("attempts_made"), attemptsMade},
            {QStringLiteral("failed_reason"), optionalText(failedReason)}};
}

QJsonObject JobDetail::toJson() const
{
    using BullJob::optionalText;
    QJsonObject json = summary.toJson();
    json.insert(QStringLiteral("data"), data);
    json.insert(QStringLiteral("options"), options);
    json.insert(QStringLiteral("progress"), optionalText(progress));
    json.insert(QStringLiteral("return_value"), optionalText(returnValue));
    json.insert(QStringLiteral("failed_reason"), optionalText(failedReason));
    json.insert(QStringLiteral("stacktrace"), QJsonArray::fromStringList(stacktrace));
    json.insert(QStringLiteral("delay_ms"), QJsonValue(delayMs)); // exact: a double would round past 2^53
    json.insert(QStringLiteral("priority"), QJsonValue(priority));
    json.insert(QStringLiteral("attempts_started"), attemptsStarted);
    json.insert(QStringLiteral("locked"), locked);
    return json;
}
