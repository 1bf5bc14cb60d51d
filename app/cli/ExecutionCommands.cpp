// tenantscope-cli executions: list, show, errors, retry, resume, cancel.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <async/AwaitFuture.h>
#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionRepository.h>
#include <models/operations/Operations.h>

namespace
{

// "90m", "1h", "7d": how far back --since reaches, in seconds (0: not valid).
qint64 sinceSeconds(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([mhd])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return 0;
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    return amount * (unit == u'm' ? 60 : unit == u'h' ? 3600 : 86400);
}

// What the ExecutionCommand commands share: their parsing and output, one entry per command below.
class ExecutionCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    // The list filter from --tenant, --status, --workflow, --error, --since and --limit; empty: valid.
    QString readFilter(ExecutionRepository::Filter* filter) const;
};

// Retry, resume and cancel: one audited action on one execution.
class ExecutionAction : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    ExecutionAction(const QString& name, const QString& summary, ExecutionActions::Kind kind)
        : ExecutionCommand(name, summary)
        , m_kind(kind)
    {
        addPositional(QStringLiteral("ID"), tr("the execution id"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }
    int run() override;

private:
    ExecutionActions::Kind m_kind;
};

QString ExecutionCommand::readFilter(ExecutionRepository::Filter* filter) const
{
    filter->tenantId = option(QStringLiteral("--tenant")).toLower();
    filter->status = option(QStringLiteral("--status"));
    filter->workflow = option(QStringLiteral("--workflow"));
    filter->errorText = option(QStringLiteral("--error"));
    const QString since = option(QStringLiteral("--since"));
    if (!since.isEmpty()) {
        const qint64 seconds = sinceSeconds(since);
        if (seconds <= 0)
            return tr("--since takes an amount with m, h or d (90m, 1h, 7d)");
        filter->from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    bool limitOk = true;
    filter->limit = option(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || filter->limit < 1 || filter->limit > 1000)
        return tr("--limit must be between 1 and 1000");
    return filter->validate();
}

int ExecutionAction::run()
{
    const ExecutionActions::Kind kind = m_kind;
    const QStringList words = this->words();
    const QString id = words.value(2).toLower();
    if (id.isEmpty())
        return usageError(tr("executions %1 needs an execution id").arg(ExecutionActions::name(kind)));
    if (const QString noReason = reasonProblem(); !noReason.isEmpty())
        return usageError(noReason);
    const QString reason = option(QStringLiteral("--reason"));
    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    ExecutionActions& actions = *services->executionActions();
    auto future = actions.run(kind, id, reason);
    if (!awaitFuture(future))
        return fail(tr("PostgreSQL did not answer within 30 s; the action may or may not have happened: "
                       "check the execution"));
    const Fetched<QString>& outcome = future.result();
    if (!outcome.ok())
        return fail(outcome.error);
    const bool asJson = flag(QStringLiteral("--json"));
    if (kind == ExecutionActions::Kind::Cancel) {
        if (asJson)
            out() << json(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("previous_status"), outcome.value},
                                      {QStringLiteral("status"), QStringLiteral("cancelled")}});
        else
            out() << tr("cancelled %1 (it was %2)").arg(id, outcome.value) << '\n';
    } else if (asJson) {
        out() << json(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("new_execution"), outcome.value}});
    } else {
        out() << tr("%1 queued as new execution %2").arg(id, outcome.value) << '\n';
    }
    out() << Qt::flush;
    return ExitCode::Done;
}

class ExecutionsList : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsList()
        : ExecutionCommand(QStringLiteral("executions list"), tr("Executions, newest first."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addOption(QStringLiteral("status"), QStringLiteral("S"), tr("queued, running, succeeded, failed or cancelled"));
        addOption(QStringLiteral("workflow"), QStringLiteral("NAME"), tr("only this workflow"));
        addOption(QStringLiteral("error"), QStringLiteral("TEXT"), tr("error code or message contains TEXT"));
        addOption(QStringLiteral("since"), QStringLiteral("90m|1h|7d"), tr("only the last minutes, hours or days"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("at most N (default 50)"));
        addJson();
    }

protected:
    int run() override
    {
        ExecutionRepository::Filter filter;
        const QString invalid = readFilter(&filter);
        if (!invalid.isEmpty())
            return usageError(invalid);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        const ExecutionRepository& repository = *services->executions();
        auto future = repository.list(filter);
        if (!awaitFuture(future))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (printedAsJson(future.result().value))
            return ExitCode::Done;
        for (const ExecutionSummary& e : future.result().value)
            out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(e.id,
                              e.createdAt.toUTC().toString(Qt::ISODate),
                              e.status.leftJustified(9),
                              e.tenantName.leftJustified(24),
                              e.errorMessage.left(80));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class ExecutionsShow : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsShow()
        : ExecutionCommand(QStringLiteral("executions show"), tr("One execution with its nodes (checkpoints)."))
    {
        addPositional(QStringLiteral("ID"), tr("the execution id"));
        addJson();
    }

protected:
    int run() override
    {
        const QString id = words().value(2).toLower();
        if (id.isEmpty())
            return usageError(tr("executions show needs an execution id"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        const ExecutionRepository& repository = *services->executions();
        const bool asJson = flag(QStringLiteral("--json"));
        auto future = repository.detail(id);
        if (!awaitFuture(future))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        const ExecutionDetail& detail = future.result().value;
        if (asJson) {
            out() << json(detail.toJson()) << Qt::flush;
            return ExitCode::Done;
        }
        const ExecutionSummary& e = detail.summary;
        out() << QStringLiteral("%1  %2  %3  %4\n").arg(e.id, e.status, e.tenantName, e.workflow);
        if (!e.retryOf.isEmpty())
            out() << tr("retry of %1 (requested by %2)").arg(e.retryOf, e.requestedBy) << '\n';
        if (!e.errorCode.isEmpty())
            out() << QStringLiteral("error %1: %2\n").arg(e.errorCode, e.errorMessage);
        for (const ExecutionNode& node : detail.nodes)
            out() << QStringLiteral("  %1. %2  %3  attempt %4  %5 tokens  %6%7\n")
                         .arg(node.seq)
                         .arg(node.key.leftJustified(14), node.status.leftJustified(10))
                         .arg(node.attempt)
                         .arg(node.promptTokens + node.completionTokens)
                         .arg(node.costUsd,
                              node.errorCode.isEmpty() ? QString() : QStringLiteral("  ") + node.errorCode);
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class ExecutionsErrors : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsErrors()
        : ExecutionCommand(QStringLiteral("executions errors"),
                           tr("Failed executions grouped by cause, largest group first."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addOption(QStringLiteral("error"), QStringLiteral("TEXT"), tr("error code or message contains TEXT"));
        addOption(QStringLiteral("since"), QStringLiteral("90m|1h|7d"), tr("only the last minutes, hours or days"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("at most N groups (default 50)"));
        addJson();
    }

protected:
    int run() override
    {
        ExecutionRepository::Filter filter;
        const QString invalid = readFilter(&filter);
        if (!invalid.isEmpty())
            return usageError(invalid);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        const ExecutionRepository& repository = *services->executions();
        auto future = repository.errorGroups(filter, filter.limit);
        if (!awaitFuture(future))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (printedAsJson(future.result().value))
            return ExitCode::Done;
        for (const ErrorGroup& group : future.result().value)
            out() << QStringLiteral("%1  %2  %3  %4 tenants  %5\n")
                         .arg(group.count, 7)
                         .arg(group.errorCode.leftJustified(14), group.provider.leftJustified(10))
                         .arg(group.tenants, 5)
                         .arg(group.signature);
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class ExecutionsRetry : public ExecutionAction
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsRetry()
        : ExecutionAction(QStringLiteral("executions retry"),
                          tr("Run a failed or cancelled execution again from the start (audited)."),
                          ExecutionActions::Kind::Retry)
    {
    }
};

class ExecutionsResume : public ExecutionAction
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsResume()
        : ExecutionAction(
            QStringLiteral("executions resume"),
            tr("Run a failed execution again from its failed node, keeping the finished checkpoints (audited)."),
            ExecutionActions::Kind::Resume)
    {
    }
};

class ExecutionsCancel : public ExecutionAction
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsCancel()
        : ExecutionAction(QStringLiteral("executions cancel"),
                          tr("Cancel a queued or running execution (audited)."),
                          ExecutionActions::Kind::Cancel)
    {
    }
};

} // namespace

void addExecutionCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<ExecutionsList>());
    commands.push_back(std::make_unique<ExecutionsShow>());
    commands.push_back(std::make_unique<ExecutionsErrors>());
    commands.push_back(std::make_unique<ExecutionsRetry>());
    commands.push_back(std::make_unique<ExecutionsResume>());
    commands.push_back(std::make_unique<ExecutionsCancel>());
}
