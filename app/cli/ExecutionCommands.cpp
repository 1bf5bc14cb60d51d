// tenantscope-cli executions: list, show, compare, export, open, errors, retry, resume, cancel.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <async/AwaitFuture.h>
#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionRepository.h>
#include <models/operations/Operations.h>
#include <models/operations/TraceOperations.h>

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

class ExecutionsCompare : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsCompare()
        : ExecutionCommand(QStringLiteral("executions compare"),
                           tr("Two executions node by node: status, duration, tokens, cost, and what changed in "
                              "inputs and outputs."))
    {
        addPositional(QStringLiteral("FIRST"), tr("the execution id compared from (e.g. the failed run)"));
        addPositional(QStringLiteral("SECOND"), tr("the execution id compared to (e.g. its retry)"));
        addFlag(QStringLiteral("all"), tr("list the nodes that did not change too"));
        addJson();
    }

protected:
    int run() override
    {
        const QString first = words().value(2).toLower();
        const QString second = words().value(3).toLower();
        if (first.isEmpty() || second.isEmpty())
            return usageError(tr("executions compare needs two execution ids"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->traces()->compare(first, second);
        if (!awaitFuture(future, 60000))
            return fail(tr("PostgreSQL did not answer within 60 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        const ExecutionPair& pair = future.result().value;
        const ExecutionComparison& c = pair.comparison;
        if (flag(QStringLiteral("--json"))) {
            out() << json(c.toJson(pair.first, pair.second, true)) << Qt::flush;
            return ExitCode::Done;
        }
        const auto ms = [](const std::optional<qint64>& value) {
            return value ? QStringLiteral("%1 ms").arg(*value) : QStringLiteral("-");
        };
        out() << QStringLiteral("%1  %2  %3  %4 tokens  %5 USD\n")
                     .arg(c.left.id, c.left.status, ms(c.leftDurationMs))
                     .arg(c.leftTokens)
                     .arg(c.leftCostUsd)
              << QStringLiteral("%1  %2  %3  %4 tokens  %5 USD\n")
                     .arg(c.right.id, c.right.status, ms(c.rightDurationMs))
                     .arg(c.rightTokens)
                     .arg(c.rightCostUsd)
              << tr("%1 node(s) changed, %2 only in the first, %3 only in the second")
                     .arg(c.changed)
                     .arg(c.removed)
                     .arg(c.added)
              << '\n';
        const bool all = flag(QStringLiteral("--all"));
        for (const NodeComparison& node : c.nodes) {
            if (!all && !node.differs())
                continue;
            const QString change = node.left < 0 ? tr("only in the second")
                : node.right < 0                 ? tr("only in the first")
                : node.statusChanged()           ? QStringLiteral("%1 -> %2").arg(node.leftStatus, node.rightStatus)
                : node.differs()                 ? tr("changed (%1)").arg(node.leftStatus)
                                                 : tr("same");
            out() << QStringLiteral("  %1  %2").arg(node.key.leftJustified(18), change);
            if (node.inBoth())
                out() << QStringLiteral("  %1 -> %2 tokens  %3 USD")
                             .arg(node.leftTokens)
                             .arg(node.rightTokens)
                             .arg(node.costDeltaUsd());
            out() << '\n';
            for (const auto& [label, diff] :
                 {std::pair{tr("input"), ExecutionCompare::inputDiff(pair.first, pair.second, node, 20)},
                  std::pair{tr("output"), ExecutionCompare::outputDiff(pair.first, pair.second, node, 20)}})
                for (const JsonChange& jsonChange : diff.changes)
                    out() << QStringLiteral("      %1 %2 %3\n")
                                 .arg(label, JsonChange::kindName(jsonChange.kind), jsonChange.path);
        }
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class ExecutionsExport : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsExport()
        : ExecutionCommand(QStringLiteral("executions export"),
                           tr("One execution as an OTLP JSON traces file (gen_ai.* attributes on LLM nodes), for "
                              "other trace tools."))
    {
        addPositional(QStringLiteral("ID"), tr("the execution id"));
        addOption(QStringLiteral("otlp"), QStringLiteral("FILE"), tr("the file written"), true);
        addJson();
    }

protected:
    int run() override
    {
        const QString id = words().value(2).toLower();
        if (id.isEmpty())
            return usageError(tr("executions export needs an execution id"));
        const QString path = option(QStringLiteral("--otlp"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->traces()->exportOtlp(id, path);
        if (!awaitFuture(future, 60000))
            return fail(tr("PostgreSQL did not answer within 60 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        const OtlpWritten& written = future.result().value;
        if (flag(QStringLiteral("--json"))) {
            out() << json(QJsonObject{{QStringLiteral("path"), written.path},
                                      {QStringLiteral("spans"), written.spans},
                                      {QStringLiteral("llm_spans"), written.llmSpans},
                                      {QStringLiteral("bytes"), double(written.bytes)}})
                  << Qt::flush;
            return ExitCode::Done;
        }
        out() << tr("Wrote %1 span(s), %2 of them LLM calls with gen_ai.* attributes, to %3 (%4 bytes).")
                     .arg(written.spans)
                     .arg(written.llmSpans)
                     .arg(written.path)
                     .arg(written.bytes)
              << '\n'
              << Qt::flush;
        return ExitCode::Done;
    }
};

class ExecutionsOpen : public ExecutionCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ExecutionsOpen()
        : ExecutionCommand(QStringLiteral("executions open"),
                           tr("An OTLP JSON traces file, read offline (no connection): each trace and its spans."))
    {
        addOption(QStringLiteral("otlp"), QStringLiteral("FILE"), tr("the file read"), true);
        addJson();
    }

protected:
    int run() override
    {
        auto future = TraceOperations::openOtlp(option(QStringLiteral("--otlp")));
        if (!awaitFuture(future, 60000))
            return fail(tr("The file was not read within 60 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        const OtlpTraceFile& file = future.result().value;
        if (flag(QStringLiteral("--json"))) {
            QJsonArray traces;
            for (const ExecutionDetail& trace : file.traces)
                traces.append(trace.toJson());
            out() << json(QJsonObject{{QStringLiteral("services"), QJsonArray::fromStringList(file.services)},
                                      {QStringLiteral("spans"), file.spans},
                                      {QStringLiteral("warnings"), QJsonArray::fromStringList(file.warnings)},
                                      {QStringLiteral("traces"), traces}})
                  << Qt::flush;
            return ExitCode::Done;
        }
        for (const QString& warning : file.warnings)
            err() << tr("warning: %1").arg(warning) << '\n';
        err() << Qt::flush;
        for (const ExecutionDetail& trace : file.traces) {
            const ExecutionSummary& e = trace.summary;
            out() << QStringLiteral("%1  %2  %3  %4\n").arg(e.id, e.status, e.tenantName, e.workflow);
            if (!e.errorMessage.isEmpty())
                out() << QStringLiteral("error %1: %2\n").arg(e.errorCode, e.errorMessage);
            for (const ExecutionNode& node : trace.nodes)
                out() << QStringLiteral("  %1. %2%3  %4  %5 tokens%6\n")
                             .arg(node.seq)
                             .arg(QString(qMin(node.depth, 16) * 2, u' '),
                                  node.key.leftJustified(14),
                                  node.status.leftJustified(10))
                             .arg(node.promptTokens + node.completionTokens)
                             .arg(node.model.isEmpty() ? QString() : QStringLiteral("  ") + node.model);
        }
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
    commands.push_back(std::make_unique<ExecutionsCompare>());
    commands.push_back(std::make_unique<ExecutionsExport>());
    commands.push_back(std::make_unique<ExecutionsOpen>());
    commands.push_back(std::make_unique<ExecutionsErrors>());
    commands.push_back(std::make_unique<ExecutionsRetry>());
    commands.push_back(std::make_unique<ExecutionsResume>());
    commands.push_back(std::make_unique<ExecutionsCancel>());
}
