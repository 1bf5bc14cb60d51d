#include <models/queues/BulkJobAction.h>

#include <async/Guarded.h>
#include <models/common/Validation.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <memory>

QJsonObject BulkJobProgress::toJson() const
{
    static const char* const stops[] = {"running", "done", "stopped", "failed"};
    QJsonArray refusals;
    for (const Refusal& r : refused)
        refusals.append(QJsonObject{
            {QStringLiteral("queue"), r.queue}, {QStringLiteral("id"), r.id}, {QStringLiteral("reason"), r.reason}});
    QJsonObject json{{QStringLiteral("stop"), QLatin1String(stops[int(stop)])},
                     {QStringLiteral("total"), total},
                     {QStringLiteral("tried"), tried},
                     {QStringLiteral("done"), done},
                     {QStringLiteral("batches"), batches},
                     {QStringLiteral("refused"), refusals}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

BulkJobAction::BulkJobAction(
    const JobActions& actions, JobActions::Kind kind, QVector<Job> jobs, int batchSize, QString reason, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_kind(kind)
    , m_jobs(std::move(jobs))
    , m_batchSize(batchSize)
    , m_reason(std::move(reason))
{
}

QString BulkJobAction::validateBatchSize(int batchSize)
{
    if (batchSize < 1 || batchSize > kMaxBatch)
        return QCoreApplication::translate("BulkJobAction", "A batch is 1 to %1 jobs.").arg(kMaxBatch);
    return {};
}

void BulkJobAction::start()
{
    if (m_running)
        return;
    m_running = true;
    m_progress = {};
    m_progress.total = int(m_jobs.size());
    QString invalid = validateBatchSize(m_batchSize);
    if (invalid.isEmpty())
        invalid = Validation::reason(m_reason);
    // Through the event loop either way: whoever started it hears from it after start() returns.
    QTimer::singleShot(0, this, [this, invalid] {
        if (!invalid.isEmpty())
            finish(BulkJobProgress::Stop::Failed, invalid);
        else
            nextBatch();
    });
}

void BulkJobAction::cancel()
{
    m_cancelled = true;
}

void BulkJobAction::finish(BulkJobProgress::Stop stop, const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_progress.stop = stop;
    m_progress.error = error;
    emit finished(m_progress);
}

void BulkJobAction::nextBatch()
{
    if (m_progress.tried >= m_progress.total) {
        finish(BulkJobProgress::Stop::Done);
        return;
    }
    if (m_cancelled) {
        finish(BulkJobProgress::Stop::Stopped);
        return;
    }
    const int first = m_progress.tried;
    const int count = std::min(m_batchSize, m_progress.total - first);
    auto waiting = std::make_shared<int>(count);
    ++m_progress.batches;
    for (int i = first; i < first + count; ++i) {
        const Job job = m_jobs.at(i);
        m_actions.run(m_kind, job.queue, job.id, m_reason)
            .then(QCoreApplication::instance(), guarded(this, [this, job, waiting](const Fetched<QString>& outcome) {
                      ++m_progress.tried;
                      if (outcome.ok())
                          ++m_progress.done;
                      else
                          m_progress.refused.append({job.queue, job.id, outcome.error});
                      if (--*waiting > 0)
                          return;
                      emit progressed(m_progress);
                      nextBatch();
                  }));
    }
}
