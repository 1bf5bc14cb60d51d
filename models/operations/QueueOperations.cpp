#include <models/operations/QueueOperations.h>

#include <async/Guarded.h>
#include <models/common/Validation.h>

#include <QCoreApplication>

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
