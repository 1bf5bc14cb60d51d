#pragma once

#include <models/common/Fetched.h>
#include <models/queues/BullJob.h>

#include <net/RedisReply.h>

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class RedisClient;
using RedisCommand = QList<QByteArray>;

// The states a BullMQ job can be in, with the key that holds each (docs/platform-contract.md).
namespace JobState
{
const QStringList& all(); // wait, active, delayed, prioritized, waiting-children, completed, failed
bool isList(const QString& state); // wait, active, paused: lists; the others are sorted sets
} // namespace JobState

struct QueueCounts
{
    QString queue;
    bool paused = false;
    QHash<QString, qint64> byState; // JobState::all() -> count
    QString clusterProblem; // on a Redis Cluster, why the queue's keys cannot be used together
    qint64 count(const QString& state) const { return byState.value(state); }
    QJsonObject toJson() const;
};

struct TenantJobCounts
{
    QString tenantId; // empty: job data without a tenantId
    QHash<QString, qint64> byState;
    qint64 total() const;
};

// Failed jobs that share a cause (ErrorSignature of their failedReason), across queues and tenants.
struct FailedJobGroup
{
    QString signature;
    qint64 count = 0;
    qint64 tenants = 0;
    QStringList queues;
    QDateTime lastSeen;
    QString sampleQueue;
    QString sampleJobId;
    QString sampleReason;
    QJsonObject toJson() const;
};

// BullMQ queues in Redis, read cheaply and acted on atomically:
// - queue discovery SCANs for "<prefix>:*:meta" once, on demand, never on a refresh;
// - counts are list and sorted-set lengths, every queue in one pipelined round trip;
// - per-tenant counts read job ids and the tenantId of jobs not seen before (job data does not
//   change, so each job's data is read once per session);
// - retry and remove are Lua scripts of our own (resources/lua), atomic like BullMQ's.
class QueueRepository
{
public:
    explicit QueueRepository(RedisClient* redis, const QString& prefix = QStringLiteral("bull"));

    QString prefix() const { return QString::fromUtf8(m_prefix); }
    RedisClient* redis() const { return m_redis; }
    // On a Redis Cluster, why this queue's keys cannot be used together (no hash tag); "" otherwise.
    QString clusterProblem(const QString& queue) const;
    QByteArray key(const QString& queue, const QByteArray& suffix) const;

    QFuture<Fetched<QStringList>> discoverQueues() const;
    QFuture<Fetched<QVector<QueueCounts>>> counts(const QStringList& queues) const;
    QFuture<Fetched<QVector<TenantJobCounts>>> tenantCounts(const QString& queue) const;

    struct JobPage
    {
        QString queue;
        QString state;
        QString tenantId; // empty: every tenant
        int offset = 0;
        int limit = 100;
        QString validate() const;
    };
    // Newest first for sorted sets, next to run first for lists.
    QFuture<Fetched<QVector<JobSummary>>> jobs(const JobPage& page) const;
    QFuture<Fetched<JobDetail>> job(const QString& queue, const QString& id) const;
    // The newest failed jobs of the queues (at most kFailedScanCap each) whose failedReason contains
    // `errorText` (case-insensitive; empty: all), grouped by cause, largest first. Two round trips.
    QFuture<Fetched<QVector<FailedJobGroup>>> failedJobGroups(const QStringList& queues,
                                                              const QString& errorText) const;
    static constexpr int kFailedScanCap = 10000;

    // The outcome: the job's tenantId (from its data) when done, else why not. Nothing changes unless
    // the action happened.
    QFuture<Fetched<QString>> retry(const QString& queue, const QString& id) const;
    QFuture<Fetched<QString>> remove(const QString& queue, const QString& id) const;

    static QString validateQueueName(const QString& queue);
    static QString validateJobId(const QString& id);
    static QString tenantOf(const QByteArray& jobData);

    // At most this many ids per state are read for per-tenant counts and tenant-filtered pages.
    static constexpr int kTenantScanCap = 50000;

private:
    // Reads one value, then sends the EVAL built from it (the keys a script touches that the job names).
    QFuture<RedisReply> evalAfterReading(const RedisCommand& read,
                                         const std::function<RedisCommand(const QByteArray&)>& evalFor) const;
    static QString changedMeanwhile(const QString& id);
    QFuture<Fetched<QStringList>> stateIds(const QString& queue, const QString& state, int cap) const;
    QFuture<QString> resolveTenants(const QString& queue, const QStringList& ids) const;
    QFuture<Fetched<QVector<JobSummary>>>
    summaries(const QString& queue, const QString& state, const QStringList& ids) const;

    RedisClient* m_redis;
    QByteArray m_prefix;
    // "<queue>\n<id>" -> tenantId, shared with continuations that may outlive this object.
    std::shared_ptr<QHash<QString, QString>> m_tenantOfJob;
};
