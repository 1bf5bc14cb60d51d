#include <models/queues/QueuesController.h>

#include <async/Guarded.h>
#include <models/tenants/TenantRepository.h>

QueuesController::QueuesController(QueueRepository* queues,
                                   JobActions* actions,
                                   TenantRepository* tenants,
                                   QObject* parent)
    : QObject(parent)
    , m_queues(queues)
    , m_actions(actions)
    , m_tenants(tenants)
{
}

void QueuesController::discover()
{
    deliver(m_queues->discoverQueues(), this, [this](const Fetched<QStringList>& names) {
        if (names.ok())
            m_known = names.value;
        emit queuesDiscovered(names);
        if (names.ok() && !m_known.isEmpty())
            refreshCounts();
    });
}

void QueuesController::refreshCounts()
{
    if (m_known.isEmpty() || m_countsInFlight)
        return;
    m_countsInFlight = true;
    deliver(m_queues->counts(m_known), this, [this](const Fetched<QVector<QueueCounts>>& counts) {
        m_countsInFlight = false;
        emit countsLoaded(counts);
    });
}

void QueuesController::loadTenantCounts(const QString& queue)
{
    deliver(m_queues->tenantCounts(queue), this, [this, queue](const Fetched<QVector<TenantJobCounts>>& counts) {
        emit tenantCountsLoaded(queue, counts);
    });
}

void QueuesController::loadJobs(const QueueRepository::JobPage& page)
{
    const quint64 generation = ++m_jobsGeneration;
    deliver(m_queues->jobs(page), this, [this, generation](const Fetched<QVector<JobSummary>>& jobs) {
        if (generation == m_jobsGeneration)
            emit jobsLoaded(jobs);
    });
}

void QueuesController::loadMoreJobs(const QueueRepository::JobPage& page)
{
    const quint64 generation = m_jobsGeneration;
    deliver(m_queues->jobs(page), this, [this, generation](const Fetched<QVector<JobSummary>>& jobs) {
        if (generation == m_jobsGeneration)
            emit moreJobsLoaded(jobs);
    });
}

void QueuesController::openJob(const QString& queue, const QString& id)
{
    const quint64 generation = ++m_jobGeneration;
    deliver(m_queues->job(queue, id), this, [this, generation](const Fetched<JobDetail>& job) {
        if (generation == m_jobGeneration)
            emit jobOpened(job);
    });
}

void QueuesController::act(JobActions::Kind kind, const QString& queue, const QString& id, const QString& reason)
{
    deliver(m_actions->run(kind, queue, id, reason), this, [this, kind, id](const Fetched<QString>& outcome) {
        emit actionDone(kind, id, outcome);
    });
}

void QueuesController::loadFailureGroups()
{
    deliver(m_queues->failedJobGroups(m_known, {}), this, [this](const Fetched<QVector<FailedJobGroup>>& groups) {
        emit failureGroupsLoaded(groups);
    });
}

void QueuesController::resolveNames(const QStringList& tenantIds)
{
    if (!m_tenants)
        return;
    QStringList unknown;
    for (const QString& id : tenantIds)
        if (!id.isEmpty() && !m_names.contains(id) && !unknown.contains(id))
            unknown.append(id);
    if (unknown.isEmpty()) {
        emit namesKnown(m_names);
        return;
    }
    deliver(m_tenants->names(unknown), this, [this](const Fetched<QHash<QString, QString>>& names) {
        if (!names.ok())
            return; // ids stay visible; names are a convenience
        m_names.insert(names.value);
        emit namesKnown(m_names);
    });
}
