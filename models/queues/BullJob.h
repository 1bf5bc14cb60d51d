#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

// A BullMQ job as TenantScope reads it from its Redis hash (docs/platform-contract.md). Everything in the
// hash was written by the platform's producers and workers: any bytes are decoded to something that can
// be shown (invalid UTF-8 replaced, a non-JSON stack kept as text, a bad timestamp as no time), never
// trusted. Pure functions, fuzzed by tests/fuzz/FuzzBullJob.cpp.

struct JobSummary
{
    QString queue;
    QString id;
    QString name;
    QString state;
    QString tenantId;
    QDateTime createdAt;
    QDateTime processedAt;
    QDateTime finishedAt;
    int attemptsMade = 0;
    QString failedReason; // first line, at most 300 characters
    QJsonObject toJson() const;
};

struct JobDetail
{
    JobSummary summary;
    QString data; // JSON text as stored
    QString options;
    QString progress;
    QString returnValue;
    QString failedReason; // whole
    QStringList stacktrace; // one entry per failed attempt, newest last
    qint64 delayMs = 0;
    qint64 priority = 0;
    int attemptsStarted = 0;
    bool locked = false; // a worker holds it (running)
    QJsonObject toJson() const;
};

namespace BullJob
{
// The hash fields a job list reads, in the order summary() takes them.
const QList<QByteArray>& summaryFields();
// A list row from the values of summaryFields() (missing values are empty).
JobSummary summary(const QString& queue, const QString& id, const QString& state, const QList<QByteArray>& values);
// The whole job from HGETALL; `state` and `locked` come from other keys.
JobDetail detail(const QString& queue,
                 const QString& id,
                 const QString& state,
                 bool locked,
                 const QHash<QByteArray, QByteArray>& hash);
// The tenant of job data: an object's string "tenantId" (at most 100 characters), else none.
QString tenantOf(const QByteArray& jobData);

// Decoding helpers, shared with QueueRepository's other reads.
QString text(const QByteArray& value); // UTF-8, invalid sequences replaced
QDateTime timeFromMs(const QByteArray& value); // epoch milliseconds; anything else: no time
QString firstLine(const QString& value, int max); // up to the first line break, at most `max` characters
QString isoUtc(const QDateTime& when);
QJsonValue optionalText(const QString& value); // empty: null
} // namespace BullJob
