// tenantscope-cli executions: list, show, errors, retry, resume, cancel.
#include "Cli.h"
#include "CliArgs.h"
#include "Services.h"

#include <AwaitFuture.h>
#include <ExecutionActions.h>
#include <ExecutionRepository.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

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
} // namespace

int Cli::executionsCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    static const QStringList known{QStringLiteral("list"),
                                   QStringLiteral("show"),
                                   QStringLiteral("errors"),
                                   QStringLiteral("retry"),
                                   QStringLiteral("resume"),
                                   QStringLiteral("cancel")};
    if (!known.contains(sub))
        return usage(tr("executions needs list, show, errors, retry, resume or cancel"));
    if (const auto kind = ExecutionActions::kindFromName(sub))
        return executionAction(*kind, args);
    if (sub == QLatin1String("show") && words.size() < 3)
        return usage(tr("executions show needs an execution id"));

    ExecutionRepository::Filter filter;
    filter.tenantId = option(args, QStringLiteral("--tenant")).toLower();
    filter.status = option(args, QStringLiteral("--status"));
    filter.workflow = option(args, QStringLiteral("--workflow"));
    filter.errorText = option(args, QStringLiteral("--error"));
    const QString since = option(args, QStringLiteral("--since"));
    if (!since.isEmpty()) {
        const qint64 seconds = sinceSeconds(since);
        if (seconds <= 0)
            return usage(tr("--since takes an amount with m, h or d (90m, 1h, 7d)"));
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    }
    bool limitOk = true;
    filter.limit = option(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || filter.limit < 1 || filter.limit > 1000)
        return usage(tr("--limit must be between 1 and 1000"));
    const QString invalid = filter.validate();
    if (!invalid.isEmpty())
        return usage(invalid);

    auto services = connect(args);
    if (!services)
        return 1;
    ExecutionRepository repository(services->pg());
    if (sub == QLatin1String("show"))
        return executionShow(repository, words.value(2).toLower(), flag(args, QStringLiteral("--json")));
    if (sub == QLatin1String("errors")) {
        auto future = repository.errorGroups(filter, filter.limit);
        if (!awaitFuture(future))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        if (flag(args, QStringLiteral("--json"))) {
            QJsonArray array;
            for (const ErrorGroup& group : future.result().value)
                array.append(group.toJson());
            m_out << json(array) << Qt::flush;
            return 0;
        }
        for (const ErrorGroup& group : future.result().value)
            m_out << QStringLiteral("%1  %2  %3  %4 tenants  %5\n")
                         .arg(group.count, 7)
                         .arg(group.errorCode.leftJustified(14), group.provider.leftJustified(10))
                         .arg(group.tenants, 5)
                         .arg(group.signature);
        m_out << Qt::flush;
        return 0;
    }
    auto future = repository.list(filter);
    if (!awaitFuture(future))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!future.result().ok())
        return fail(future.result().error);
    if (flag(args, QStringLiteral("--json"))) {
        QJsonArray array;
        for (const ExecutionSummary& e : future.result().value)
            array.append(e.toJson());
        m_out << json(array) << Qt::flush;
        return 0;
    }
    for (const ExecutionSummary& e : future.result().value)
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(e.id,
                          e.createdAt.toUTC().toString(Qt::ISODate),
                          e.status.leftJustified(9),
                          e.tenantName.leftJustified(24),
                          e.errorMessage.left(80));
    m_out << Qt::flush;
    return 0;
}

int Cli::executionShow(const ExecutionRepository& repository, const QString& id, bool asJson)
{
    auto future = repository.detail(id);
    if (!awaitFuture(future))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!future.result().ok())
        return fail(future.result().error);
    const ExecutionDetail& detail = future.result().value;
    if (asJson) {
        m_out << json(detail.toJson()) << Qt::flush;
        return 0;
    }
    const ExecutionSummary& e = detail.summary;
    m_out << QStringLiteral("%1  %2  %3  %4\n").arg(e.id, e.status, e.tenantName, e.workflow);
    if (!e.retryOf.isEmpty())
        m_out << tr("retry of %1 (requested by %2)").arg(e.retryOf, e.requestedBy) << '\n';
    if (!e.errorCode.isEmpty())
        m_out << QStringLiteral("error %1: %2\n").arg(e.errorCode, e.errorMessage);
    for (const ExecutionNode& node : detail.nodes)
        m_out << QStringLiteral("  %1. %2  %3  attempt %4  %5 tokens  %6%7\n")
                     .arg(node.seq)
                     .arg(node.key.leftJustified(14), node.status.leftJustified(10))
                     .arg(node.attempt)
                     .arg(node.promptTokens + node.completionTokens)
                     .arg(node.costUsd, node.errorCode.isEmpty() ? QString() : QStringLiteral("  ") + node.errorCode);
    m_out << Qt::flush;
    return 0;
}

int Cli::executionAction(ExecutionActions::Kind kind, const QStringList& args)
{
    const QStringList words = positional(args);
    const QString id = words.value(2).toLower();
    if (id.isEmpty())
        return usage(tr("executions %1 needs an execution id").arg(ExecutionActions::name(kind)));
    const QString reason = option(args, QStringLiteral("--reason"));
    const QString invalid = ExecutionActions::validateReason(reason);
    if (!invalid.isEmpty())
        return usage(tr("--reason: %1").arg(invalid));
    auto services = connect(args);
    if (!services)
        return 1;
    ExecutionActions actions(services->pg());
    auto future = actions.run(kind, id, reason);
    if (!awaitFuture(future))
        return fail(tr("PostgreSQL did not answer within 30 s; the action may or may not have happened: "
                       "check the execution"));
    const Fetched<QString>& outcome = future.result();
    if (!outcome.ok())
        return fail(outcome.error);
    const bool asJson = flag(args, QStringLiteral("--json"));
    if (kind == ExecutionActions::Kind::Cancel) {
        if (asJson)
            m_out << json(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("previous_status"), outcome.value},
                                      {QStringLiteral("status"), QStringLiteral("cancelled")}});
        else
            m_out << tr("cancelled %1 (it was %2)").arg(id, outcome.value) << '\n';
    } else if (asJson) {
        m_out << json(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("new_execution"), outcome.value}});
    } else {
        m_out << tr("%1 queued as new execution %2").arg(id, outcome.value) << '\n';
    }
    m_out << Qt::flush;
    return 0;
}
