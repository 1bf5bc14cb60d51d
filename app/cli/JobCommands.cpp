// tenantscope-cli jobs: BullMQ queues and jobs (list, show, errors, retry, remove).
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <async/AwaitFuture.h>
#include <models/common/Validation.h>
#include <models/operations/Operations.h>
#include <models/operations/QueueOperations.h>

namespace
{

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("-");
}

// What the jobs commands share: checking their options before connecting.
class JobCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;

    // --queue, checked; `required`: the command needs one. Empty with *problem set: refuse.
    QString queueOption(bool required, QString* problem) const
    {
        const QString queue = option(QStringLiteral("--queue"));
        if (queue.isEmpty())
            *problem = required ? tr("%1 needs --queue Q and a job id").arg(name()) : QString();
        else
            *problem = QueueRepository::validateQueueName(queue);
        return queue;
    }
    // The job id after the command's words, checked.
    QString jobId(QString* problem) const
    {
        const QString id = words().value(2);
        *problem = id.isEmpty() ? tr("%1 needs a job id").arg(name()) : QueueRepository::validateJobId(id);
        return id;
    }
    template <typename T> bool answered(QFuture<Fetched<T>>& future, int* exitCode, int timeoutMs = 30000)
    {
        return CliCommand::answered(
            future, exitCode, tr("Redis did not answer within %1 s").arg(timeoutMs / 1000), timeoutMs);
    }
};

// No queue: every queue with its counts. With one: its jobs.
class JobsList : public JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsList()
        : JobCommand(QStringLiteral("jobs list"),
                     tr("BullMQ jobs of a queue; without --queue, every queue with its counts."))
    {
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the queue"));
        addOption(QStringLiteral("state"),
                  QStringLiteral("S"),
                  tr("wait, active, delayed, prioritized, waiting-children, completed, failed or paused"));
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("at most N (default 50)"));
        addJson();
    }

protected:
    int run() override
    {
        QString problem;
        const QString queue = queueOption(false, &problem);
        if (!problem.isEmpty())
            return usageError(problem);
        const QString state = option(QStringLiteral("--state"));
        if (!state.isEmpty() && !JobState::all().contains(state))
            return usageError(tr("--state must be one of %1").arg(JobState::all().join(QStringLiteral(", "))));
        const QString tenant = option(QStringLiteral("--tenant")).toLower();
        if (!tenant.isEmpty() && !Validation::isUuid(tenant))
            return usageError(tr("--tenant needs a tenant id (a UUID)"));
        bool limitOk = true;
        const int limit = option(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
        if (!limitOk || limit < 1 || limit > 1000)
            return usageError(tr("--limit must be between 1 and 1000"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        return queue.isEmpty() ? printQueues(*services->queueOperations())
                               : printJobs(*services->queueOperations(), queue, state, tenant, limit);
    }

private:
    int printQueues(const QueueOperations& operations)
    {
        auto counts = operations.overview();
        int exitCode = ExitCode::Done;
        if (!answered(counts, &exitCode))
            return exitCode;
        if (printedAsJson(counts.result().value))
            return ExitCode::Done;
        for (const QueueCounts& c : counts.result().value) {
            QStringList parts;
            for (const QString& s : JobState::all())
                parts << QStringLiteral("%1 %2").arg(s).arg(c.count(s));
            out() << c.queue << (c.paused ? tr(" (paused)") : QString()) << ": " << parts.join(QStringLiteral(", "))
                  << '\n';
        }
        out() << Qt::flush;
        return ExitCode::Done;
    }

    int printJobs(
        const QueueOperations& operations, const QString& queue, const QString& state, const QString& tenant, int limit)
    {
        auto jobs = operations.jobs(queue, state.isEmpty() ? QStringList() : QStringList{state}, tenant, limit);
        int exitCode = ExitCode::Done;
        if (!answered(jobs, &exitCode))
            return exitCode;
        if (printedAsJson(jobs.result().value))
            return ExitCode::Done;
        for (const JobSummary& job : jobs.result().value)
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(job.id.leftJustified(8),
                              job.state.leftJustified(10),
                              job.name.leftJustified(14),
                              job.tenantId.isEmpty() ? QStringLiteral("-").leftJustified(36) : job.tenantId,
                              when(job.createdAt),
                              job.failedReason.left(80));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class JobsShow : public JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsShow()
        : JobCommand(QStringLiteral("jobs show"), tr("One job: data, options, the failure and its stack."))
    {
        addPositional(QStringLiteral("ID"), tr("the job id"));
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the BullMQ queue"), true);
        addJson();
    }

protected:
    int run() override
    {
        QString problem;
        const QString queue = queueOption(true, &problem);
        const QString id = problem.isEmpty() ? jobId(&problem) : QString();
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->queueOperations()->job(queue, id);
        int exitCode = ExitCode::Done;
        if (!answered(future, &exitCode))
            return exitCode;
        const JobDetail& job = future.result().value;
        if (flag(QStringLiteral("--json"))) {
            out() << json(job.toJson()) << Qt::flush;
            return ExitCode::Done;
        }
        out() << tr("job %1 of %2: %3, state %4").arg(job.summary.id, queue, job.summary.name, job.summary.state)
              << '\n'
              << tr("tenant %1, attempts made %2, created %3, processed %4, finished %5")
                     .arg(job.summary.tenantId.isEmpty() ? QStringLiteral("-") : job.summary.tenantId)
                     .arg(job.summary.attemptsMade)
                     .arg(when(job.summary.createdAt), when(job.summary.processedAt), when(job.summary.finishedAt))
              << '\n'
              << tr("data: %1").arg(job.data) << '\n'
              << tr("options: %1").arg(job.options) << '\n';
        if (!job.failedReason.isEmpty())
            out() << tr("failed: %1").arg(job.failedReason) << '\n';
        if (!job.stacktrace.isEmpty())
            out() << job.stacktrace.constLast() << '\n';
        if (!job.returnValue.isEmpty())
            out() << tr("returned: %1").arg(job.returnValue) << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class JobsErrors : public JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsErrors()
        : JobCommand(QStringLiteral("jobs errors"), tr("Failed jobs of every queue (or one) grouped by cause."))
    {
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("only this queue"));
        addOption(QStringLiteral("error"), QStringLiteral("TEXT"), tr("the failure contains TEXT"));
        addJson();
    }

protected:
    int run() override
    {
        QString problem;
        const QString queue = queueOption(false, &problem);
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->queueOperations()->failedGroups(queue, option(QStringLiteral("--error")));
        int exitCode = ExitCode::Done;
        if (!answered(future, &exitCode, 60000))
            return exitCode;
        if (printedAsJson(future.result().value))
            return ExitCode::Done;
        for (const FailedJobGroup& group : future.result().value)
            out() << QStringLiteral("%1  %2 tenants  %3  (e.g. job %4 of %5)\n")
                         .arg(group.count, 7)
                         .arg(group.tenants, 5)
                         .arg(group.signature, group.sampleJobId, group.sampleQueue);
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

// Retry and remove: one audited action on one job.
class JobAction : public JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    JobAction(const QString& name, const QString& summary, JobActions::Kind kind)
        : JobCommand(name, summary)
        , m_kind(kind)
    {
        addPositional(QStringLiteral("ID"), tr("the job id (none with --all)"));
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the BullMQ queue"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addFlag(QStringLiteral("all"),
                tr("every job that matches --filter (a search, in --queue or every queue) or --state (and "
                   "--tenant) in --queue"));
        addOption(QStringLiteral("filter"),
                  QStringLiteral("TEXT"),
                  tr("with --all: jobs whose id, name, data or "
                     "failed reason contains TEXT"));
        addOption(QStringLiteral("in"), QStringLiteral("FIELD"), tr("with --filter: any, id, name, data or reason"));
        addOption(QStringLiteral("state"),
                  QStringLiteral("S"),
                  tr("with --all: jobs in this state (retry: failed, the default)"));
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("with --all: only this tenant's jobs"));
        addOption(QStringLiteral("batch"), QStringLiteral("N"), tr("with --all: N jobs at a time (default 100)"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("with --all: at most N jobs (default 1000)"));
        addJson();
    }

    int run() override
    {
        if (flag(QStringLiteral("--all")))
            return runAll();
        QString problem;
        const QString queue = queueOption(true, &problem);
        const QString id = problem.isEmpty() ? jobId(&problem) : QString();
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->queueOperations()->act(m_kind, queue, id, option(QStringLiteral("--reason")));
        if (!awaitFuture(future))
            return fail(tr("no answer within 30 s; the job may or may not have changed: run jobs show"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (flag(QStringLiteral("--json")))
            out() << json(QJsonObject{{QStringLiteral("queue"), queue},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("done"), words().value(1)},
                                      {QStringLiteral("message"), future.result().value}});
        else
            out() << future.result().value << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
    }

private:
    // Every job a filter chooses, in batches, with a report of what was refused.
    int runAll()
    {
        if (words().size() > 2)
            return usageError(tr("--all takes no job id"));
        JobSearchQuery query;
        query.text = option(QStringLiteral("--filter"));
        bool ok = true;
        query.field = JobSearchQuery::fieldFromName(option(QStringLiteral("--in"), QStringLiteral("any")), &ok);
        if (!ok)
            return usageError(tr("--in must be any, id, name, data or reason"));
        const QString queue = option(QStringLiteral("--queue"));
        if (!queue.isEmpty())
            query.queues = {queue};
        query.state = option(QStringLiteral("--state"),
                             m_kind == JobActions::Kind::Retry ? QStringLiteral("failed") : QString());
        query.tenantId = option(QStringLiteral("--tenant")).toLower();
        query.maxResults = option(QStringLiteral("--limit"), QStringLiteral("1000")).toInt(&ok);
        if (!ok)
            return usageError(tr("--limit needs a whole number"));
        const int batch = option(QStringLiteral("--batch"), QStringLiteral("100")).toInt(&ok);
        QString problem = ok ? BulkJobAction::validateBatchSize(batch) : tr("--batch needs a whole number");
        if (problem.isEmpty() && query.text.isEmpty() && (queue.isEmpty() || query.state.isEmpty()))
            problem = tr("--all needs --filter TEXT, or --queue Q and --state S");
        if (problem.isEmpty() && !query.text.isEmpty())
            problem = query.validate();
        if (problem.isEmpty())
            problem = reasonProblem();
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto chosen = services->queueOperations()->collect(query);
        int exitCode = ExitCode::Done;
        if (!answered(chosen, &exitCode, 600000))
            return exitCode;
        std::unique_ptr<BulkJobAction> action = services->queueOperations()->bulk(
            m_kind, chosen.result().value, batch, option(QStringLiteral("--reason")));
        QEventLoop loop;
        QObject::connect(action.get(), &BulkJobAction::progressed, &loop, [this](const BulkJobProgress& p) {
            err() << tr("batch %1: %2 of %3 tried, %4 done").arg(p.batches).arg(p.tried).arg(p.total).arg(p.done)
                  << '\n'
                  << Qt::flush;
        });
        QObject::connect(action.get(), &BulkJobAction::finished, &loop, &QEventLoop::quit);
        action->start();
        loop.exec();
        const BulkJobProgress& progress = action->progress();
        if (progress.stop == BulkJobProgress::Stop::Failed)
            return fail(progress.error);
        if (flag(QStringLiteral("--json"))) {
            out() << json(progress.toJson()) << Qt::flush;
        } else {
            out() << (m_kind == JobActions::Kind::Retry ? tr("%1 of %2 job(s) retried in %3 batch(es), %4 refused")
                                                        : tr("%1 of %2 job(s) removed in %3 batch(es), %4 refused"))
                         .arg(progress.done)
                         .arg(progress.total)
                         .arg(progress.batches)
                         .arg(progress.refused.size())
                  << '\n'
                  << Qt::flush;
            for (const BulkJobProgress::Refusal& refusal : progress.refused)
                err() << tr("refused: %1/%2: %3").arg(refusal.queue, refusal.id, refusal.reason) << '\n';
            err() << Qt::flush;
        }
        return progress.refused.isEmpty() ? ExitCode::Done : ExitCode::Failed;
    }

    JobActions::Kind m_kind;
};

class JobsRetry : public JobAction
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsRetry()
        : JobAction(QStringLiteral("jobs retry"),
                    tr("Move a failed job back to waiting, as BullMQ does (audited)."),
                    JobActions::Kind::Retry)
    {
    }
};

class JobsRemove : public JobAction
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsRemove()
        : JobAction(
            QStringLiteral("jobs remove"), tr("Remove a job that is not active (audited)."), JobActions::Kind::Remove)
    {
    }
};

} // namespace

void addJobCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<JobsList>());
    commands.push_back(std::make_unique<JobsShow>());
    commands.push_back(std::make_unique<JobsErrors>());
    commands.push_back(std::make_unique<JobsRetry>());
    commands.push_back(std::make_unique<JobsRemove>());
}
