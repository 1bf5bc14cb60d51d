// tenantscope-cli jobs: BullMQ queues and jobs (list, show, errors, retry, remove).
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <async/AwaitFuture.h>
#include <models/common/Validation.h>
#include <models/operations/Operations.h>
#include <models/queues/JobActions.h>
#include <models/queues/QueueRepository.h>

namespace
{

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("-");
}

// What the JobCommand commands share: their parsing and output, one entry per command below.
class JobCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    // Every job command runs the group's parsing; each leaf class below only declares its options.
    int run() override { return jobsCommand(); }
    int jobsCommand();
};

int JobCommand::jobsCommand()
{
    const QStringList words = this->words();
    const QString sub = words.value(1);
    const QString queue = option(QStringLiteral("--queue"));
    const bool needsJob
        = sub == QLatin1String("show") || sub == QLatin1String("retry") || sub == QLatin1String("remove");
    if (needsJob && queue.isEmpty())
        return usageError(tr("jobs %1 needs --queue Q and a job id").arg(sub));
    if (!queue.isEmpty()) {
        const QString invalid = QueueRepository::validateQueueName(queue);
        if (!invalid.isEmpty())
            return usageError(invalid);
    }
    const QString id = words.value(2);
    if (needsJob) {
        const QString invalid
            = id.isEmpty() ? tr("jobs %1 needs a job id").arg(sub) : QueueRepository::validateJobId(id);
        if (!invalid.isEmpty())
            return usageError(invalid);
    }
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
    const bool asJson = flag(QStringLiteral("--json"));

    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    const QueueRepository& queues = *services->queues(); // with the profile's BullMQ prefix

    if (sub == QLatin1String("retry") || sub == QLatin1String("remove")) {
        JobActions& actions = *services->jobActions();
        auto future = actions.run(sub == QLatin1String("retry") ? JobActions::Kind::Retry : JobActions::Kind::Remove,
                                  queue,
                                  id,
                                  option(QStringLiteral("--reason")));
        if (!awaitFuture(future))
            return fail(tr("no answer within 30 s; the job may or may not have changed: run jobs show"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (asJson)
            out() << json(QJsonObject{{QStringLiteral("queue"), queue},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("done"), sub},
                                      {QStringLiteral("message"), future.result().value}});
        else
            out() << future.result().value << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
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
        auto future = queues.failedJobGroups(names, option(QStringLiteral("--error")));
        if (!awaitFuture(future, 60000))
            return fail(tr("Redis did not answer within 60 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (asJson) {
            QJsonArray array;
            for (const FailedJobGroup& group : future.result().value)
                array.append(group.toJson());
            out() << json(array) << Qt::flush;
            return ExitCode::Done;
        }
        for (const FailedJobGroup& group : future.result().value)
            out() << QStringLiteral("%1  %2 tenants  %3  (e.g. job %4 of %5)\n")
                         .arg(group.count, 7)
                         .arg(group.tenants, 5)
                         .arg(group.signature, group.sampleJobId, group.sampleQueue);
        out() << Qt::flush;
        return ExitCode::Done;
    }

    if (sub == QLatin1String("show")) {
        auto future = queues.job(queue, id);
        if (!awaitFuture(future))
            return fail(tr("Redis did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        const JobDetail& job = future.result().value;
        if (asJson) {
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
            out() << json(array) << Qt::flush;
            return ExitCode::Done;
        }
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
        out() << json(array) << Qt::flush;
        return ExitCode::Done;
    }
    for (const JobSummary& job : found)
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
};

class JobsRetry : public JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsRetry()
        : JobCommand(QStringLiteral("jobs retry"), tr("Move a failed job back to waiting, as BullMQ does (audited)."))
    {
        addPositional(QStringLiteral("ID"), tr("the job id"));
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the BullMQ queue"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }
};

class JobsRemove : public JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsRemove()
        : JobCommand(QStringLiteral("jobs remove"), tr("Remove a job that is not active (audited)."))
    {
        addPositional(QStringLiteral("ID"), tr("the job id"));
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the BullMQ queue"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
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
