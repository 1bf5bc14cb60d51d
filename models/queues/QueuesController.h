#pragma once

#include <models/common/Fetched.h>
#include <models/queues/JobActions.h>
#include <models/queues/QueueRepository.h>

#include <QHash>
#include <QObject>

class TenantRepository;

// The Queues page's reads and actions, off the widget: each answer comes back as a signal, and only while
// it is still the answer the page waits for (a newer request for the same list makes an older one stale).
class QueuesController : public QObject
{
    Q_OBJECT

public:
    QueuesController(QueueRepository* queues,
                     JobActions* actions,
                     TenantRepository* tenants,
                     QObject* parent = nullptr);

    QString prefix() const { return m_queues->prefix(); }
    const QStringList& knownQueues() const { return m_known; }
    const QHash<QString, QString>& names() const { return m_names; }

    // Finds the queues under the prefix, then reads their counts.
    void discover();
    // The known queues' counts; skipped while a read is under way or none are known.
    void refreshCounts();
    void loadTenantCounts(const QString& queue);
    // The first page of a list of jobs; a later call makes this one's answer (and its pages) stale.
    void loadJobs(const QueueRepository::JobPage& page);
    void loadMoreJobs(const QueueRepository::JobPage& page);
    void openJob(const QString& queue, const QString& id);
    void act(JobActions::Kind kind, const QString& queue, const QString& id, const QString& reason);
    void loadFailureGroups();
    // Names for tenant ids not known yet; namesKnown carries every name read so far.
    void resolveNames(const QStringList& tenantIds);

signals:
    void queuesDiscovered(const Fetched<QStringList>& names);
    void countsLoaded(const Fetched<QVector<QueueCounts>>& counts);
    void tenantCountsLoaded(const QString& queue, const Fetched<QVector<TenantJobCounts>>& counts);
    void jobsLoaded(const Fetched<QVector<JobSummary>>& jobs);
    void moreJobsLoaded(const Fetched<QVector<JobSummary>>& jobs);
    void jobOpened(const Fetched<JobDetail>& job);
    void actionDone(JobActions::Kind kind, const QString& id, const Fetched<QString>& outcome);
    void failureGroupsLoaded(const Fetched<QVector<FailedJobGroup>>& groups);
    void namesKnown(const QHash<QString, QString>& names);

private:
    QueueRepository* m_queues;
    JobActions* m_actions;
    TenantRepository* m_tenants;
    QStringList m_known;
    QHash<QString, QString> m_names; // tenant id -> name, as read
    quint64 m_jobsGeneration = 0;
    quint64 m_jobGeneration = 0;
    bool m_countsInFlight = false;
};
