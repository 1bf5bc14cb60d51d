// tenantscope-cli jobs: BullMQ queues and jobs (list, show, retry, remove).
#include "Cli.h"
#include "CliArgs.h"
#include "Services.h"

#include <AwaitFuture.h>
#include <JobActions.h>
#include <QueueRepository.h>
#include <Validation.h>

#include <QCoreApplication>
#include <QJsonArray>

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("-");
}
} // namespace

int Cli::jobsCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    static const QStringList known{QStringLiteral("list"),
                                   QStringLiteral("show"),
                                   QStringLiteral("retry"),
                                   QStringLiteral("remove"),
                                   QStringLiteral("errors")};
    if (!known.contains(sub))
        return usage(tr("jobs needs list, show, retry, remove or errors"));
    const QString queue = option(args, QStringLiteral("--queue"));
    const bool needsJob
        = sub == QLatin1String("show") || sub == QLatin1String("retry") || sub == QLatin1String("remove");
    if (needsJob && queue.isEmpty())
        return usage(tr("jobs %1 needs --queue Q and a job id").arg(sub));
    if (!queue.isEmpty()) {
        const QString invalid = QueueRepository::validateQueueName(queue);
        if (!invalid.isEmpty())
            return usage(invalid);
    }
    const QString id = words.value(2);
    if (needsJob) {
        const QString invalid
            = id.isEmpty() ? tr("jobs %1 needs a job id").arg(sub) : QueueRepository::validateJobId(id);
        if (!invalid.isEmpty())
            return usage(invalid);
    }
    const QString state = option(args, QStringLiteral("--state"));
    if (!state.isEmpty() && !JobState::all().contains(state))
        return usage(tr("--state must be one of %1").arg(JobState::all().join(QStringLiteral(", "))));
    const QString tenant = option(args, QStringLiteral("--tenant")).toLower();
    if (!tenant.isEmpty() && !Validation::isUuid(tenant))
        return usage(tr("--tenant needs a tenant id (a UUID)"));
    bool limitOk = true;
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 1000)
        return usage(tr("--limit must be between 1 and 1000"));
    const bool asJson = flag(args, QStringLiteral("--json"));

    auto services = connect(args);
    if (!services)
        return 1;
    const QueueRepository& queues = *services->queues(); // with the profile's BullMQ prefix

    if (sub == QLatin1String("retry") || sub == QLatin1String("remove")) {
        JobActions actions(queues, services->pg());
        auto future = actions.run(sub == QLatin1String("retry") ? JobActions::Kind::Retry : JobActions::Kind::Remove,
                                  queue,
                                  id,
                                  option(args, QStringLiteral("--reason")));
        if (!awaitFuture(future))
            return fail(tr("no answer within 30 s; the job may or may not have changed: run jobs show"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (asJson)
            m_out << json(QJsonObject{{QStringLiteral("queue"), queue},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("done"), sub},
                                      {QStringLiteral("message"), future.result().value}});
        else
            m_out << future.result().value << '\n';
        m_out << Qt::flush;
        return 0;
    }

    if (sub == QLatin1String("errors")) {
        QStringList names{queue};
        if (queue.isEmpty()) {
            auto found = queues.discoverQueues();
            if (!awaitFuture(found))
                return fail(tr("Redis did not answer within 30 s"));
            if (!found.result().ok())
                return fail(found.result().error);
            names = found.result().value;
        }
        auto future = queues.failedJobGroups(names, option(args, QStringLiteral("--error")));
        if (!awaitFuture(future, 60000))
            return fail(tr("Redis did not answer within 60 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (asJson) {
            QJsonArray array;
            for (const FailedJobGroup& group : future.result().value)
                array.append(group.toJson());
            m_out << json(array) << Qt::flush;
            return 0;
        }
        for (const FailedJobGroup& group : future.result().value)
            m_out << QStringLiteral("%1  %2 tenants  %3  (e.g. job %4 of %5)\n")
                         .arg(group.count, 7)
                         .arg(group.tenants, 5)
                         .arg(group.signature, group.sampleJobId, group.sampleQueue);
        m_out << Qt::flush;
        return 0;
    }

    if (sub == QLatin1String("show")) {
        auto future = queues.job(queue, id);
        if (!awaitFuture(future))
            return fail(tr("Redis did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        const JobDetail& job = future.result().value;
        if (asJson) {
            m_out << json(job.toJson()) << Qt::flush;
            return 0;
        }
        m_out << tr("job %1 of %2: %3, state %4").arg(job.summary.id, queue, job.summary.name, job.summary.state)
              << '\n'
              << tr("tenant %1, attempts made %2, created %3, processed %4, finished %5")
                     .arg(job.summary.tenantId.isEmpty() ? QStringLiteral("-") : job.summary.tenantId)
                     .arg(job.summary.attemptsMade)
                     .arg(when(job.summary.createdAt), when(job.summary.processedAt), when(job.summary.finishedAt))
              << '\n'
              << tr("data: %1").arg(job.data) << '\n'
              << tr("options: %1").arg(job.options) << '\n';
        if (!job.failedReason.isEmpty())
            m_out << tr("failed: %1").arg(job.failedReason) << '\n';
        if (!job.stacktrace.isEmpty())
            m_out << job.stacktrace.constLast() << '\n';
        if (!job.returnValue.isEmpty())
            m_out << tr("returned: %1").arg(job.returnValue) << '\n';
        m_out << Qt::flush;
        return 0;
    }

    if (queue.isEmpty()) {
        // No queue: what queues are there, with their counts.
        auto names = queues.discoverQueues();
        if (!awaitFuture(names))
            return fail(tr("Redis did not answer within 30 s"));
        if (!names.result().ok())
            return fail(names.result().error);
        auto counts = queues.counts(names.result().value);
        if (!awaitFuture(counts))
            return fail(tr("Redis did not answer within 30 s"));
        if (!counts.result().ok())
            return fail(counts.result().error);
        if (asJson) {
            QJsonArray array;
            for (const QueueCounts& c : counts.result().value)
                array.append(c.toJson());
            m_out << json(array) << Qt::flush;
            return 0;
        }
        for (const QueueCounts& c : counts.result().value) {
            QStringList parts;
            for (const QString& s : JobState::all())
                parts << QStringLiteral("%1 %2").arg(s).arg(c.count(s));
            m_out << c.queue << (c.paused ? tr(" (paused)") : QString()) << ": " << parts.join(QStringLiteral(", "))
                  << '\n';
        }
        m_out << Qt::flush;
        return 0;
    }

    const QStringList states = state.isEmpty() ? JobState::all() : QStringList{state};
    QVector<JobSummary> found;
    for (const QString& s : states) {
        QueueRepository::JobPage page;
        page.queue = queue;
        page.state = s;
        page.tenantId = tenant;
        page.limit = limit - int(found.size());
        if (page.limit <= 0)
            break;
        auto future = queues.jobs(page);
        if (!awaitFuture(future))
            return fail(tr("Redis did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        found += future.result().value;
    }
    if (asJson) {
        QJsonArray array;
        for (const JobSummary& job : found)
            array.append(job.toJson());
        m_out << json(array) << Qt::flush;
        return 0;
    }
    for (const JobSummary& job : found)
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(job.id.leftJustified(8),
                          job.state.leftJustified(10),
                          job.name.leftJustified(14),
                          job.tenantId.isEmpty() ? QStringLiteral("-").leftJustified(36) : job.tenantId,
                          when(job.createdAt),
                          job.failedReason.left(80));
    m_out << Qt::flush;
    return 0;
}
