// tenantscope-cli usage and costs.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <async/AwaitFuture.h>
#include <models/common/Decimal.h>
#include <models/common/Validation.h>
#include <models/costs/CostRepository.h>
#include <models/executions/ExecutionRepository.h>
#include <models/operations/Operations.h>
#include <models/operations/RedisUsers.h>
#include <models/platform/DemoDataGenerator.h>
#include <models/platform/MigrationRunner.h>
#include <models/tenants/TenantRepository.h>
#include <models/usage/UsageRepository.h>

namespace
{

// What the UsageCostCommand commands share: their parsing and output, one entry per command below.
class UsageCostCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    int usageCommand();
    int costsCommand();
};

int UsageCostCommand::usageCommand()
{
    UsageQuery query;
    query.tenantId = option(QStringLiteral("--tenant")).toLower();
    query.from = QDate::fromString(option(QStringLiteral("--from")), Qt::ISODate);
    query.to = QDate::fromString(option(QStringLiteral("--to")), Qt::ISODate);
    const auto resolution = UsageQuery::resolutionFromName(option(QStringLiteral("--by"), QStringLiteral("day")));
    if (!resolution)
        return usageError(tr("--by must be hour, day or month"));
    query.resolution = *resolution;
    const QString invalid = query.validate();
    if (!invalid.isEmpty())
        return usageError(invalid);
    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    UsageRepository& repository = *services->usage();
    auto future = repository.series(query);
    if (!awaitFuture(future, 60000))
        return fail(tr("the servers did not answer within 60 s"));
    const auto fetched = future.result();
    if (!fetched.ok())
        return fail(fetched.error);
    if (!fetched.value.liveError.isEmpty())
        err() << tr("warning: today's live counters were not read: %1").arg(fetched.value.liveError) << Qt::endl;
    if (flag(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const UsagePoint& point : fetched.value.points)
            array.append(point.toJson(query.resolution));
        out() << json(array) << Qt::flush;
        return ExitCode::Done;
    }
    const QLocale locale;
    for (const UsagePoint& point : fetched.value.points) {
        const QJsonObject row = point.toJson(query.resolution);
        out() << QStringLiteral("%1  %2  %3 tokens  %4 requests  %5")
                     .arg(row.value(QStringLiteral("bucket")).toString().leftJustified(20),
                          point.model.leftJustified(26),
                          locale.toString(point.tokens()).rightJustified(14),
                          locale.toString(point.requests).rightJustified(10),
                          point.costUsd)
              << '\n';
    }
    out() << Qt::flush;
    return ExitCode::Done;
}

int UsageCostCommand::costsCommand()
{
    const QDate month = QDate::fromString(option(QStringLiteral("--month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return usageError(tr("--month must be YYYY-MM"));
    const auto grouping = CostRepository::groupingFromName(option(QStringLiteral("--by"), QStringLiteral("tenant")));
    if (!grouping)
        return usageError(tr("--by must be tenant, model, provider or day"));
    bool limitOk = true;
    const int limit = option(QStringLiteral("--limit"), QStringLiteral("0")).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return usageError(tr("--limit must be a positive number"));
    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    CostRepository& repository = *services->costs();
    auto future = repository.breakdown(month, *grouping, limit);
    if (!awaitFuture(future, 60000))
        return fail(tr("PostgreSQL did not answer within 60 s"));
    const auto fetched = future.result();
    if (!fetched.ok())
        return fail(fetched.error);
    if (flag(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const CostRow& row : fetched.value)
            array.append(row.toJson(*grouping));
        out() << json(array) << Qt::flush;
        return ExitCode::Done;
    }
    for (const CostRow& row : fetched.value) {
        out() << QStringLiteral("%1  cost %2  (BYOK %3)")
                     .arg(row.label.leftJustified(32),
                          Decimal::formatUsd(row.costUsd).rightJustified(12),
                          Decimal::formatUsd(row.byokCostUsd));
        if (row.marginUsd)
            out() << QStringLiteral("  revenue %1  margin %2")
                         .arg(Decimal::formatUsd(*row.revenueUsd), Decimal::formatUsd(*row.marginUsd));
        out() << '\n';
    }
    out() << Qt::flush;
    return ExitCode::Done;
}

class Usage : public UsageCostCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Usage()
        : UsageCostCommand(
            QStringLiteral("usage"),
            tr("Tokens, requests and cost per bucket and model (UTC); today includes the live counters."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addOption(QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), tr("first day"), true);
        addOption(QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), tr("last day"), true);
        addOption(QStringLiteral("by"), QStringLiteral("hour|day|month"), tr("bucket size (default day)"));
        addJson();
    }

protected:
    int run() override { return usageCommand(); }
};

class Costs : public UsageCostCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Costs()
        : UsageCostCommand(QStringLiteral("costs"), tr("Provider cost, BYOK apart, revenue and margin for a month."))
    {
        addOption(QStringLiteral("month"), QStringLiteral("YYYY-MM"), tr("the month"), true);
        addOption(QStringLiteral("by"), QStringLiteral("tenant|model|provider|day"), tr("grouping (default tenant)"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("the N largest (default all)"));
        addJson();
    }

protected:
    int run() override { return costsCommand(); }
};

} // namespace

void addUsageCostCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<Usage>());
    commands.push_back(std::make_unique<Costs>());
}
