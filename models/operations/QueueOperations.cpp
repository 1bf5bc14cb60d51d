#include <models/operations/QueueOperations.h>

#include <async/Guarded.h>
#include <models/common/Validation.h>

#include <QCoreApplication>
#include <QPromise>

#include <memory>

QueueOperations::QueueOperations(QueueRepository* queues,
                                 JobActions* actions,
                                 QueueControls* controls,
                                 QObject* lifetime)
    : m_queues(queues)
    , m_actions(actions)
    , m_controls(controls)
    , m_lifetime(lifetime)
{
}

QFuture<Fetched<QVector<QueueCounts>>> QueueOperations::overview() const
{
    const QueueRepository* queues = m_queues;
    // The Redis client lives on the application's thread: the second read starts there.
    return m_queues->discoverQueues()
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<QVector<QueueCounts>>()); },
                  [queues](const Fetched<QStringList>& names) {
                      if (!names.ok())
                          return refusedFuture<QVector<QueueCounts>>(names.error);
                      return queues->counts(names.value);
                  }))
        .unwrap();
}

QFuture<Fetched<QVector<FailedJobGroup>>> QueueOperations::failedGroups(const QString& queue,
                                                                        const QString& errorContains) const
{
    if (!queue.isEmpty())
        return m_queues->failedJobGroups({queue}, errorContains);
    const QueueRepository* queues = m_queues;
    return m_queues->discoverQueues()
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<QVector<FailedJobGroup>>()); },
                  [queues, errorContains](const Fetched<QStringList>& names) {
                      if (!names.ok())
                          return refusedFuture<QVector<FailedJobGroup>>(names.error);
                      return queues->failedJobGroups(names.value, errorContains);
                  }))
        .unwrap();
}

namespace
{
// One page per state until the limit is reached; each page starts when the one before has answered.
struct JobsAcrossStates
{
    const QueueRepository* queues;
    QObject* lifetime;
    QString queue;
    QStringList states;
    QString tenantId;
    int limit;
    QVector<JobSummary> found;

    static QFuture<Fetched<QVector<JobSummary>>> next(std::shared_ptr<JobsAcrossStates> self)
    {
        if (self->states.isEmpty() || self->found.size() >= self->limit) {
            Fetched<QVector<JobSummary>> done;
            done.value = std::move(self->found);
            return QtFuture::makeReadyFuture(done);
        }
        QueueRepository::JobPage page;
        page.queue = self->queue;
        page.state = self->states.takeFirst();
        page.tenantId = self->tenantId;
        page.limit = self->limit - int(self->found.size());
        return self->queues->jobs(page)
            .then(QCoreApplication::instance(),
                  guardedOr(
                      self->lifetime,
                      [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<QVector<JobSummary>>()); },
                      [self](const Fetched<QVector<JobSummary>>& jobs) {
                          if (!jobs.ok())
                              return refusedFuture<QVector<JobSummary>>(jobs.error);
                          self->found += jobs.value;
                          return next(self);
                      }))
            .unwrap();
    }
};
} // namespace

QFuture<Fetched<QVector<JobSummary>>>
QueueOperations::jobs(const QString& queue, const QStringList& states, const QString& tenantId, int limit) const
{
    auto run = std::make_shared<JobsAcrossStates>(JobsAcrossStates{
        m_queues, m_lifetime, queue, states.isEmpty() ? JobState::all() : states, tenantId, limit, {}});
    return JobsAcrossStates::next(run);
}

QFuture<Fetched<JobDetail>> QueueOperations::job(const QString& queue, const QString& id) const
{
    return m_queues->job(queue, id);
}

QFuture<Fetched<QString>>
QueueOperations::act(JobActions::Kind kind, const QString& queue, const QString& id, const QString& reason) const
{
    return m_actions->run(kind, queue, id, reason);
}

QJsonObject QueueOperations::QueueOutcome::toJson() const
{
    return {{QStringLiteral("queue"), queue}, {QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
}

namespace
{
// One queue after another, each waiting for the one before (and its audit record).
struct PauseEverywhere
{
    const QueueControls* controls;
    QObject* lifetime;
    bool paused;
    QString reason;
    QStringList queues;
    QVector<QueueOperations::QueueOutcome> outcomes;

    static QFuture<Fetched<QVector<QueueOperations::QueueOutcome>>> next(std::shared_ptr<PauseEverywhere> self)
    {
        if (self->queues.isEmpty()) {
            Fetched<QVector<QueueOperations::QueueOutcome>> done;
            done.value = std::move(self->outcomes);
            return QtFuture::makeReadyFuture(done);
        }
        const QString queue = self->queues.takeFirst();
        return self->controls->setPaused(queue, self->paused, self->reason)
            .then(QCoreApplication::instance(),
                  guardedOr(
                      self->lifetime,
                      [] {
                          return QtFuture::makeReadyFuture(
                              closedBeforeAnswer<QVector<QueueOperations::QueueOutcome>>());
                      },
                      [self, queue](const Fetched<QString>& outcome) {
                          self->outcomes.append({queue, outcome.ok(), outcome.ok() ? outcome.value : outcome.error});
                          return next(self);
                      }))
            .unwrap();
    }
};
} // namespace

QFuture<Fetched<QVector<QueueOperations::QueueOutcome>>>
QueueOperations::setPausedEverywhere(bool paused, const QString& reason) const
{
    using Outcomes = QVector<QueueOutcome>;
    const QString invalid = Validation::reason(reason);
    if (!invalid.isEmpty()) // before any queue changes
        return refusedFuture<Outcomes>(invalid);
    const QueueControls* controls = m_controls;
    QObject* lifetime = m_lifetime;
    return m_queues->discoverQueues()
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<Outcomes>()); },
                  [controls, lifetime, paused, reason](const Fetched<QStringList>& names) {
                      if (!names.ok())
                          return refusedFuture<Outcomes>(names.error);
                      auto run = std::make_shared<PauseEverywhere>(
                          PauseEverywhere{controls, lifetime, paused, reason, names.value, {}});
                      return PauseEverywhere::next(run);
                  }))
        .unwrap();
}

QFuture<Fetched<QVector<JobSummary>>> QueueOperations::collect(const JobSearchQuery& query) const
{
    using Jobs = QVector<JobSummary>;
    if (query.text.trimmed().isEmpty()) {
        if (query.queues.size() != 1 || query.state.isEmpty())
            return refusedFuture<Jobs>(QCoreApplication::translate(
                "QueueOperations", "Name one queue and a state, or text to search for, to choose the jobs."));
        if (query.maxResults < 1 || query.maxResults > JobSearchQuery::kMaxResults)
            return refusedFuture<Jobs>(QCoreApplication::translate("QueueOperations", "At most 1 to %1 jobs.")
                                           .arg(JobSearchQuery::kMaxResults));
        return jobs(query.queues.first(), {query.state}, query.tenantId, query.maxResults);
    }
    const QString invalid = query.validate();
    if (!invalid.isEmpty())
        return refusedFuture<Jobs>(invalid);
    // The search lives as long as the connection at most; its end (or the connection's) answers.
    auto promise = std::make_shared<QPromise<Fetched<Jobs>>>();
    auto found = std::make_shared<Jobs>();
    auto answered = std::make_shared<bool>(false);
    promise->start();
    auto* search = new JobSearch(*m_queues, query, m_lifetime);
    QObject::connect(search, &JobSearch::found, search, [found](const Jobs& jobs) { *found += jobs; });
    QObject::connect(
        search, &JobSearch::finished, search, [promise, found, answered, search](const JobSearchProgress& p) {
            Fetched<Jobs> result;
            if (p.stop == JobSearchProgress::Stop::Failed)
                result.error = p.error;
            else
                result.value = *found;
            *answered = true;
            promise->addResult(result);
            promise->finish();
            search->deleteLater();
        });
    QObject::connect(search, &QObject::destroyed, [promise, answered] {
        if (*answered)
            return;
        promise->addResult(closedBeforeAnswer<Jobs>());
        promise->finish();
    });
    search->start();
    return promise->future();
}

std::unique_ptr<BulkJobAction> QueueOperations::bulk(JobActions::Kind kind,
                                                     const QVector<JobSummary>& jobs,
                                                     int batchSize,
                                                     const QString& reason) const
{
    QVector<BulkJobAction::Job> refs;
    refs.reserve(jobs.size());
    for (const JobSummary& job : jobs)
        refs.append({job.queue, job.id});
    return std::make_unique<BulkJobAction>(*m_actions, kind, refs, batchSize, reason);
}
