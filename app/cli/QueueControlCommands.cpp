// tenantscope-cli jobs pause|resume|limiter|concurrency: a BullMQ queue as a whole (audited changes).
#include <app/cli/CliCommands.h>

#include <QJsonArray>
#include <models/operations/Operations.h>
#include <models/operations/QueueOperations.h>

namespace
{

// What the queue commands share: --queue (or --all where it is offered), checked before connecting.
class QueueCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;

    QString queueProblem(bool allOffered) const
    {
        const QString queue = option(QStringLiteral("--queue"));
        const bool all = allOffered && flag(QStringLiteral("--all"));
        if (queue.isEmpty() && !all)
            return allOffered ? tr("%1 needs --queue Q or --all").arg(name()) : tr("%1 needs --queue Q").arg(name());
        if (!queue.isEmpty() && all)
            return tr("--queue and --all cannot be used together");
        return queue.isEmpty() ? QString() : QueueRepository::validateQueueName(queue);
    }

    // A change's answer: one sentence, or {"queue", "message"} with --json.
    int printChange(QFuture<Fetched<QString>>& change, const QString& queue)
    {
        if (!awaitFuture(change, 60000))
            return fail(tr("no answer within 60 s; the queue may or may not have changed: run jobs limiter --queue %1")
                            .arg(queue));
        if (!change.result().ok())
            return fail(change.result().error);
        if (flag(QStringLiteral("--json")))
            out() << json(
                QJsonObject{{QStringLiteral("queue"), queue}, {QStringLiteral("message"), change.result().value}});
        else
            out() << change.result().value << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
    }

    // The queue's state after a read: paused or not, the rate limit, the global concurrency.
    void printState(const QueueControlState& state)
    {
        out() << tr("queue %1: %2, %3 active, %4 waiting")
                     .arg(state.queue, state.paused ? tr("paused") : tr("running"))
                     .arg(state.active)
                     .arg(state.waiting)
              << '\n';
        if (state.rateLimited())
            out() << tr("rate limited: %1 s left (%2 jobs counted)")
                         .arg(QString::number(double(state.limiterTtlMs) / 1000.0, 'f', 1))
                         .arg(state.limiterCount)
                  << '\n';
        else
            out() << tr("not rate limited") << '\n';
        if (state.rateLimitMax && state.rateLimitDurationMs)
            out() << tr("global rate limit: %1 jobs per %2 ms").arg(*state.rateLimitMax).arg(*state.rateLimitDurationMs)
                  << '\n';
        out() << (state.globalConcurrency ? tr("global concurrency: %1").arg(*state.globalConcurrency)
                                          : tr("global concurrency: none"))
              << '\n'
              << Qt::flush;
    }
};

class JobsPause : public QueueCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    explicit JobsPause(bool pause)
        : QueueCommand(pause ? QStringLiteral("jobs pause") : QStringLiteral("jobs resume"),
                       pause ? tr("Pause a BullMQ queue, or every queue, as BullMQ does (audited).")
                             : tr("Resume a paused BullMQ queue, or every queue (audited)."))
        , m_pause(pause)
    {
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the queue"));
        addFlag(QStringLiteral("all"), tr("every queue under the profile's prefix"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        QString problem = queueProblem(true);
        if (problem.isEmpty())
            problem = reasonProblem();
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        const QString reason = option(QStringLiteral("--reason"));
        const QString queue = option(QStringLiteral("--queue"));
        if (!queue.isEmpty()) {
            auto change = services->queueOperations()->controls()->setPaused(queue, m_pause, reason);
            return printChange(change, queue);
        }
        auto everywhere = services->queueOperations()->setPausedEverywhere(m_pause, reason);
        int exitCode = ExitCode::Done;
        if (!answered(everywhere, &exitCode, tr("Redis did not answer within 120 s"), 120000))
            return exitCode;
        const auto& outcomes = everywhere.result().value;
        const bool allOk = std::all_of(outcomes.begin(), outcomes.end(), [](const auto& o) { return o.ok; });
        if (!printedAsJson(outcomes)) {
            for (const auto& outcome : outcomes)
                (outcome.ok ? out() : err()) << outcome.message << '\n';
            if (outcomes.isEmpty())
                out() << tr("No queue under this prefix.") << '\n';
            out() << Qt::flush;
            err() << Qt::flush;
        }
        return allOk ? ExitCode::Done : ExitCode::Failed;
    }

private:
    bool m_pause;
};

class JobsLimiter : public QueueCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsLimiter()
        : QueueCommand(QStringLiteral("jobs limiter"),
                       tr("A queue's rate limit (time left), pause and global concurrency; --clear ends the rate limit "
                          "now (audited)."))
    {
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the queue"), true);
        addFlag(QStringLiteral("clear"), tr("end the rate limit now"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log (with --clear)"));
        addJson();
    }

protected:
    int run() override
    {
        QString problem = queueProblem(false);
        const bool clear = flag(QStringLiteral("--clear"));
        if (problem.isEmpty() && clear)
            problem = reasonProblem();
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        const QString queue = option(QStringLiteral("--queue"));
        if (clear) {
            auto change
                = services->queueOperations()->controls()->clearRateLimit(queue, option(QStringLiteral("--reason")));
            return printChange(change, queue);
        }
        auto state = services->queueOperations()->controls()->state(queue);
        int exitCode = ExitCode::Done;
        if (!answered(state, &exitCode, tr("Redis did not answer within 30 s")))
            return exitCode;
        if (flag(QStringLiteral("--json")))
            out() << json(state.result().value.toJson()) << Qt::flush;
        else
            printState(state.result().value);
        return ExitCode::Done;
    }
};

class JobsConcurrency : public QueueCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    JobsConcurrency()
        : QueueCommand(QStringLiteral("jobs concurrency"),
                       tr("Set (--set N) or remove (--remove) a queue's global concurrency, as BullMQ does (audited)."))
    {
        addOption(QStringLiteral("queue"), QStringLiteral("Q"), tr("the queue"), true);
        addOption(QStringLiteral("set"), QStringLiteral("N"), tr("at most N jobs at once across all workers"));
        addFlag(QStringLiteral("remove"), tr("no global limit"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        QString problem = queueProblem(false);
        const QString setTo = option(QStringLiteral("--set"));
        const bool remove = flag(QStringLiteral("--remove"));
        std::optional<qint64> concurrency;
        if (problem.isEmpty() && setTo.isEmpty() == !remove)
            problem = tr("jobs concurrency needs either --set N or --remove");
        if (problem.isEmpty() && !setTo.isEmpty()) {
            bool ok = false;
            const qint64 value = setTo.toLongLong(&ok);
            problem = ok ? QueueControls::validateConcurrency(value) : tr("--set needs a whole number");
            concurrency = value;
        }
        if (problem.isEmpty())
            problem = reasonProblem();
        if (!problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        const QString queue = option(QStringLiteral("--queue"));
        auto change = services->queueOperations()->controls()->setGlobalConcurrency(
            queue, remove ? std::nullopt : concurrency, option(QStringLiteral("--reason")));
        return printChange(change, queue);
    }
};

} // namespace

void addQueueControlCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<JobsPause>(true));
    commands.push_back(std::make_unique<JobsPause>(false));
    commands.push_back(std::make_unique<JobsLimiter>());
    commands.push_back(std::make_unique<JobsConcurrency>());
}
