#pragma once

#include <models/common/Fetched.h>
#include <models/queues/BulkJobAction.h>
#include <models/queues/JobActions.h>
#include <models/queues/JobFlow.h>
#include <models/queues/JobSearch.h>
#include <models/queues/QueueControls.h>
#include <models/queues/QueueRepository.h>

#include <QFuture>
#include <QStringList>
#include <QVector>

class QObject;

// The queue reads that take more than one step (find the queues, then read them), so that neither shell
// chains them: the GUI's Queues page and `tenantscope-cli jobs` call these. Every queue name comes from
// the profile's BullMQ prefix, which the repository carries.
class QueueOperations
{
public:
    // `lifetime`: destroyed with the repositories (the connection's Redis client); an answer that comes after
    // it is gone ends as "connection closed".
    QueueOperations(QueueRepository* queues, JobActions* actions, QueueControls* controls, QObject* lifetime);

    // Every queue under the prefix with its counts by state: discovery, then one pipelined read.
    QFuture<Fetched<QVector<QueueCounts>>> overview() const;
    // Failed jobs grouped by cause, in one queue or (empty) in every queue.
    QFuture<Fetched<QVector<FailedJobGroup>>> failedGroups(const QString& queue, const QString& errorContains) const;
    // Up to `limit` jobs of a queue in the given states (every state when empty), state by state in
    // JobState::all()'s order, newest first within each; `tenantId` empty: every tenant.
    QFuture<Fetched<QVector<JobSummary>>>
    jobs(const QString& queue, const QStringList& states, const QString& tenantId, int limit) const;
    QFuture<Fetched<JobDetail>> job(const QString& queue, const QString& id) const;
    // Retry or remove one job, audited with `reason` (JobActions).
    QFuture<Fetched<QString>>
    act(JobActions::Kind kind, const QString& queue, const QString& id, const QString& reason) const;

    // A search through the jobs of the queues (JobSearch: paced, cancellable, results as they are found);
    // not started: connect to its signals, then start().
    std::unique_ptr<JobSearch> search(const JobSearchQuery& query) const
    {
        return std::make_unique<JobSearch>(*m_queues, query);
    }
    // The whole flow a job belongs to, from its root (JobFlow).
    QFuture<Fetched<FlowNode>> flow(const QString& queue, const QString& id) const
    {
        return JobFlow::read(*m_queues, queue, id);
    }
    // The jobs a bulk action would touch: those a search finds (query.text set: JobSearch), or else the jobs
    // of one queue in one state (and tenant), at most query.maxResults either way.
    QFuture<Fetched<QVector<JobSummary>>> collect(const JobSearchQuery& query) const;
    // Retry or remove these jobs `batchSize` at a time, each audited (BulkJobAction); not started.
    std::unique_ptr<BulkJobAction>
    bulk(JobActions::Kind kind, const QVector<JobSummary>& jobs, int batchSize, const QString& reason) const;
    // Paused or not, the rate limit and the global concurrency of one queue; and changing them (audited).
    QueueControls* controls() const { return m_controls; }
    // Pause or resume every queue under the prefix, one after another; each queue's outcome, in order.
    // A queue refused (or whose record failed) does not stop the others.
    struct QueueOutcome
    {
        QString queue;
        bool ok = false;
        QString message;
        QJsonObject toJson() const;
    };
    QFuture<Fetched<QVector<QueueOutcome>>> setPausedEverywhere(bool paused, const QString& reason) const;

private:
    QueueRepository* m_queues;
    JobActions* m_actions;
    QueueControls* m_controls;
    QObject* m_lifetime;
};
