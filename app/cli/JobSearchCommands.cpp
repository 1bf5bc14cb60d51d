// tenantscope-cli jobs search: BullMQ jobs by id, name, data or failed reason, across queues.
#include <app/cli/CliCommands.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <models/common/Validation.h>
#include <models/operations/Operations.h>
#include <models/operations/QueueOperations.h>

namespace
{

class JobsSearch : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsSearch()
        : CliCommand(QStringLiteral("jobs search"),
                     tr("Find BullMQ jobs by id, name, data or failed reason, in every queue or one, in any state; "
                        "Redis is scanned at a pace (SCAN and pipelined reads), results print as they are found."))
    {
        addPositional(QStringLiteral("TEXT"), tr("what to look for (case-insensitive; with --in id, the job id)"));
        addOption(QStringLiteral("in"), QStringLiteral("FIELD"), tr("any (default), id, name, data or reason"));
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("only this queue"));
        addOption(QStringLiteral("state"), QStringLiteral("S"), tr("only jobs in this state"));
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant's jobs"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("stop after N jobs (default 200)"));
        addOption(QStringLiteral("pace"),
                  QStringLiteral("KEYS"),
                  tr("scan at most KEYS keys a second (default 100000; 1000 to 1000000)"));
        addJson();
    }

protected:
    int run() override
    {
        JobSearchQuery query;
        query.text = words().mid(2).join(u' ');
        bool ok = true;
        query.field = JobSearchQuery::fieldFromName(option(QStringLiteral("--in"), QStringLiteral("any")), &ok);
        if (!ok)
            return usageError(tr("--in must be any, id, name, data or reason"));
        const QString queue = option(QStringLiteral("--queue"));
        if (!queue.isEmpty())
            query.queues = {queue};
        query.state = option(QStringLiteral("--state"));
        query.tenantId = option(QStringLiteral("--tenant")).toLower();
        query.maxResults = option(QStringLiteral("--limit"), QStringLiteral("200")).toInt(&ok);
        if (!ok)
            return usageError(tr("--limit needs a whole number"));
        query.keysPerSecond = option(QStringLiteral("--pace"), QStringLiteral("100000")).toInt(&ok);
        if (!ok)
            return usageError(tr("--pace needs a whole number"));
        const QString invalid = query.validate();
        if (!invalid.isEmpty())
            return usageError(invalid);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;

        const bool asJson = flag(QStringLiteral("--json"));
        std::unique_ptr<JobSearch> search = services->queueOperations()->search(query);
        QJsonArray jobs;
        QEventLoop loop;
        QObject::connect(search.get(), &JobSearch::found, &loop, [&](const QVector<JobSummary>& batch) {
            for (const JobSummary& job : batch) {
                if (asJson) {
                    jobs.append(job.toJson());
                    continue;
                }
                out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(job.queue,
                                  job.id.leftJustified(8),
                                  job.state.leftJustified(10),
                                  job.name.leftJustified(14),
                                  job.tenantId.isEmpty() ? QStringLiteral("-").leftJustified(36) : job.tenantId,
                                  job.failedReason.left(80));
            }
            out() << Qt::flush;
        });
        QObject::connect(search.get(), &JobSearch::finished, &loop, &QEventLoop::quit);
        search->start();
        loop.exec();
        const JobSearchProgress& progress = search->progress();
        if (asJson) {
            out() << json(QJsonObject{{QStringLiteral("jobs"), jobs}, {QStringLiteral("search"), progress.toJson()}})
                  << Qt::flush;
        } else {
            err() << tr("%n job(s) found; %1 keys scanned, %2 jobs read in %3 s (%4 keys/s); %5",
                        nullptr,
                        int(progress.matches))
                         .arg(progress.keysScanned)
                         .arg(progress.jobsRead)
                         .arg(QString::number(double(progress.elapsedMs) / 1000.0, 'f', 2))
                         .arg(qRound64(progress.keysPerSecond()))
                         .arg(progress.stopText())
                  << '\n'
                  << Qt::flush;
        }
        return progress.stop == JobSearchProgress::Stop::Failed ? fail(progress.error) : ExitCode::Done;
    }
};

class JobsFlow : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsFlow()
        : CliCommand(QStringLiteral("jobs flow"),
                     tr("The BullMQ flow a job belongs to, from its root: each job's state and how its parent holds "
                        "it (pending, processed, failed, ignored)."))
    {
        addPositional(QStringLiteral("ID"), tr("the job id"));
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the job's queue"), true);
        addJson();
    }

protected:
    int run() override
    {
        const QString queue = option(QStringLiteral("--queue"));
        const QString id = words().value(2);
        QString problem = queue.isEmpty() ? tr("jobs flow needs --queue Q") : QueueRepository::validateQueueName(queue);
        if (problem.isEmpty())
            problem = id.isEmpty() ? tr("jobs flow needs a job id") : QueueRepository::validateJobId(id);
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto tree = services->queueOperations()->flow(queue, id);
        int exitCode = ExitCode::Done;
        if (!answered(tree, &exitCode, tr("Redis did not answer within 30 s")))
            return exitCode;
        if (flag(QStringLiteral("--json"))) {
            out() << json(tree.result().value.toJson()) << Qt::flush;
            return ExitCode::Done;
        }
        print(tree.result().value, 0, queue, id);
        out() << Qt::flush;
        return ExitCode::Done;
    }

private:
    void print(const FlowNode& node, int depth, const QString& queue, const QString& id)
    {
        const QString mark = node.queue == queue && node.id == id ? QStringLiteral("  <-") : QString();
        const QString what = node.outside ? node.key
            : node.missing                ? tr("%1/%2 (gone)").arg(node.queue, node.id)
                           : QStringLiteral("%1/%2 %3 [%4]").arg(node.queue, node.id, node.name, node.state);
        out() << QString(depth * 2, u' ') << what
              << (depth > 0 ? QStringLiteral(" (%1)").arg(node.relation) : QString()) << mark << '\n';
        for (const FlowNode& child : node.children)
            print(child, depth + 1, queue, id);
    }
};

} // namespace

void addJobSearchCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<JobsSearch>());
    commands.push_back(std::make_unique<JobsFlow>());
}
