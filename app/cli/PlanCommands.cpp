// tenantscope-cli plans, overrides, limits and audit: plan editing through the audited save functions.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <async/AwaitFuture.h>
#include <models/common/Validation.h>
#include <models/operations/Operations.h>
#include <models/operations/PlanOperations.h>
#include <models/plans/AuditRepository.h>
#include <models/plans/PlanFields.h>
#include <models/plans/PlanRepository.h>
#include <optional>

namespace
{

// "2026-11-30" (until the end of that UTC day) or a full ISO 8601 time.
QDateTime untilTime(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC);
    return QDateTime::fromString(text, Qt::ISODate);
}

// FIELD=VALUE words after the first `skip` positional words.
QString assignments(const QStringList& words, int skip, bool forOverride, QJsonObject* changes)
{
    for (int i = skip; i < words.size(); ++i) {
        QString field;
        QJsonValue value;
        const QString problem = PlanFields::parseAssignment(words.at(i), forOverride, &field, &value);
        if (!problem.isEmpty())
            return problem;
        changes->insert(field, value);
    }
    return {};
}

// What the plan, override, limits and audit commands share: waiting for an answer and reporting a change.
class PlanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    int reportLimitsChange(const Fetched<LimitsChange>& change, const QString& saved, bool jsonOnStdout = false);
    template <typename T> bool answered(QFuture<Fetched<T>>& future, int* exitCode)
    {
        return CliCommand::answered(future, exitCode, tr("PostgreSQL did not answer within 30 s"));
    }
};

int PlanCommand::reportLimitsChange(const Fetched<LimitsChange>& change, const QString& saved, bool jsonOnStdout)
{
    if (!change.value.pushed())
        return fail(
            tr("%1, but %2 Run `tenantscope-cli limits push` when Redis is back.").arg(saved, change.value.pushError));
    (jsonOnStdout ? err() : out()) << QCoreApplication::translate(
                                          "Cli",
                                          "%1; Redis limits of %n tenant(s) updated and the change published",
                                          nullptr,
                                          int(change.value.pushedTenants))
                                          .arg(saved)
                                   << Qt::endl;
    return ExitCode::Done;
}

class PlansList : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    PlansList()
        : PlanCommand(QStringLiteral("plans list"), tr("The plans with their prices and limits."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto plans = services->plans()->plans();
        int exitCode = ExitCode::Done;
        if (!answered(plans, &exitCode))
            return exitCode;
        if (printedAsJson(plans.result().value))
            return ExitCode::Done;
        for (const Plan& plan : plans.result().value)
            out() << QStringLiteral("%1  v%2  %3 tenants  base %4  included %5  overage %6/1k\n")
                         .arg(plan.id.leftJustified(14))
                         .arg(plan.version)
                         .arg(plan.tenants, 6)
                         .arg(PlanFields::display(QStringLiteral("base_price"),
                                                  plan.fields.value(QStringLiteral("base_price"))),
                              PlanFields::display(QStringLiteral("included_tokens"),
                                                  plan.fields.value(QStringLiteral("included_tokens"))),
                              PlanFields::display(QStringLiteral("overage_per_1k"),
                                                  plan.fields.value(QStringLiteral("overage_per_1k"))));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class PlansShow : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    PlansShow()
        : PlanCommand(QStringLiteral("plans show"), tr("One plan, every field."))
    {
        addPositional(QStringLiteral("PLAN"), tr("the plan id"));
        addJson();
    }

protected:
    int run() override
    {
        const QString planId = words().value(2);
        if (planId.isEmpty())
            return usageError(tr("plans %1 needs a plan id").arg(QStringLiteral("show")));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto plans = services->plans()->plans();
        int exitCode = ExitCode::Done;
        if (!answered(plans, &exitCode))
            return exitCode;
        // By value: result() returns a copy, which a pointer into it would outlive (issue 17's crash).
        std::optional<Plan> plan;
        for (const Plan& p : plans.result().value)
            if (p.id == planId)
                plan = p;
        if (!plan)
            return fail(tr("plan \"%1\" does not exist").arg(planId));
        if (flag(QStringLiteral("--json"))) {
            out() << json(plan->toJson()) << Qt::flush;
            return ExitCode::Done;
        }
        out() << tr("plan %1, version %2, %3 tenants").arg(plan->id).arg(plan->version).arg(plan->tenants) << '\n';
        for (const QString& field : PlanFields::planFields())
            out() << QStringLiteral("  %1 %2\n")
                         .arg(field.leftJustified(20), PlanFields::display(field, plan->fields.value(field)));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class PlansSet : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    PlansSet()
        : PlanCommand(QStringLiteral("plans set"),
                      tr("Change a plan (base_price, included_tokens, overage_per_1k, max_concurrent, "
                         "requests_per_minute, tokens_per_minute, monthly_runs, allowed_models=a,b; limits take "
                         "\"unlimited\"), then push the affected tenants' limits to Redis."))
    {
        addPositional(QStringLiteral("PLAN"), tr("the plan id"));
        addPositional(QStringLiteral("FIELD=VALUE"), tr("the changes"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        const QString planId = words().value(2);
        if (planId.isEmpty())
            return usageError(tr("plans %1 needs a plan id").arg(QStringLiteral("set")));
        QJsonObject changes;
        const QString problem = assignments(words(), 3, false, &changes);
        if (!problem.isEmpty())
            return usageError(problem);
        if (changes.isEmpty())
            return usageError(tr("plans set needs FIELD=VALUE (fields: %1)")
                                  .arg(PlanFields::planFields().join(QStringLiteral(", "))));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        // Read, checked, saved on the version read, then the affected tenants' limits pushed: one operation.
        auto changed = services->planOperations()->changePlan(planId, changes, option(QStringLiteral("--reason")));
        if (!awaitFuture(changed, 90000))
            return fail(tr("no answer within 90 s; the plan may or may not have changed: run plans show"));
        const Fetched<PlanChange>& result = changed.result();
        for (const PlanFields::Change& change : result.value.diff)
            err() << QStringLiteral("  %1: %2 -> %3\n")
                         .arg(change.field,
                              PlanFields::display(change.field, change.before),
                              PlanFields::display(change.field, change.after));
        if (!result.ok())
            return fail(result.error);
        if (result.value.diff.isEmpty()) {
            out() << tr("plan %1 already has these values; nothing saved").arg(planId) << Qt::endl;
            return ExitCode::Done;
        }
        const SaveResult& stored = result.value.change.saved;
        const bool asJson = flag(QStringLiteral("--json"));
        if (asJson)
            out() << json(QJsonObject{{QStringLiteral("plan"), planId},
                                      {QStringLiteral("version"), stored.version},
                                      {QStringLiteral("affected_tenants"), double(stored.affectedTenants)},
                                      {QStringLiteral("limits_pushed"), result.value.change.pushed()}});
        out() << Qt::flush;
        return reportLimitsChange(
            Fetched<LimitsChange>{QString(), result.value.change},
            QCoreApplication::translate(
                "Cli", "saved plan %1 as version %2 (%n tenant(s) affected)", nullptr, int(stored.affectedTenants))
                .arg(planId)
                .arg(stored.version),
            asJson);
    }
};

class OverridesList : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    OverridesList()
        : PlanCommand(QStringLiteral("overrides list"), tr("Tenants whose limits differ from their plan's."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto current = services->plans()->overrides();
        int exitCode = ExitCode::Done;
        if (!answered(current, &exitCode))
            return exitCode;
        if (printedAsJson(current.result().value))
            return ExitCode::Done;
        for (const LimitOverride& o : current.result().value) {
            QStringList set;
            for (auto it = o.fields.begin(); it != o.fields.end(); ++it)
                set << QStringLiteral("%1=%2").arg(it.key(), PlanFields::display(it.key(), it.value()));
            out() << QStringLiteral("%1  %2  %3  until %4%5  (%6)\n")
                         .arg(o.tenantId,
                              o.tenantName.leftJustified(22),
                              set.join(QStringLiteral(" ")),
                              o.expiresAt.isValid() ? o.expiresAt.toUTC().toString(Qt::ISODate) : tr("no expiry"),
                              o.expired ? tr(", expired") : QString(),
                              o.reason);
        }
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class OverridesSet : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    OverridesSet()
        : PlanCommand(
            QStringLiteral("overrides set"),
            tr("Set some of a tenant's limits apart from its plan (the others stay), then push them to Redis."))
    {
        addPositional(QStringLiteral("TENANT"), tr("the tenant id"));
        addPositional(QStringLiteral("FIELD=VALUE"), tr("the limits; FIELD=plan drops one"), true);
        addOption(
            QStringLiteral("until"), QStringLiteral("YYYY-MM-DD"), tr("the last day it holds (UTC), or an ISO time"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString tenant = words().value(2).toLower();
        if (!Validation::isUuid(tenant))
            return usageError(tr("overrides %1 needs a tenant id (a UUID)").arg(QStringLiteral("set")));
        QJsonObject fields;
        const QString problem = assignments(words(), 3, true, &fields);
        if (!problem.isEmpty())
            return usageError(problem);
        if (fields.isEmpty())
            return usageError(tr("overrides set needs FIELD=VALUE (fields: %1)")
                                  .arg(PlanFields::overrideFields().join(QStringLiteral(", "))));
        QDateTime until;
        const QString untilText = option(QStringLiteral("--until"));
        if (!untilText.isEmpty()) {
            until = untilTime(untilText);
            if (!until.isValid())
                return usageError(
                    tr("--until takes a date (YYYY-MM-DD, until the end of that UTC day) or an ISO time"));
        }
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        // Only the named fields change ("plan" drops one); the others and the expiry stay unless given.
        auto saved
            = services->planOperations()->mergeOverride(tenant, fields, until, option(QStringLiteral("--reason")));
        if (!awaitFuture(saved, 90000))
            return fail(tr("no answer within 90 s; run overrides list to see what happened"));
        if (!saved.result().ok())
            return fail(saved.result().error);
        return reportLimitsChange(
            saved.result(),
            tr("saved the override of %1 (version %2)").arg(tenant).arg(saved.result().value.saved.version));
    }
};

class OverridesClear : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    OverridesClear()
        : PlanCommand(QStringLiteral("overrides clear"),
                      tr("Remove a tenant's override: its plan's limits apply again, in Redis too."))
    {
        addPositional(QStringLiteral("TENANT"), tr("the tenant id"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString tenant = words().value(2).toLower();
        if (!Validation::isUuid(tenant))
            return usageError(tr("overrides %1 needs a tenant id (a UUID)").arg(QStringLiteral("clear")));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto saved = services->planOperations()->removeOverride(tenant, option(QStringLiteral("--reason")));
        if (!awaitFuture(saved, 90000))
            return fail(tr("no answer within 90 s; run overrides list to see what happened"));
        if (!saved.result().ok())
            return fail(saved.result().error);
        return reportLimitsChange(saved.result(), tr("removed the override of %1").arg(tenant));
    }
};

class LimitsPush : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    LimitsPush()
        : PlanCommand(QStringLiteral("limits push"),
                      tr("Write the pending (or all, or one tenant's) effective limits to Redis and announce them."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addFlag(QStringLiteral("all"), tr("every tenant, pending or not"));
    }

protected:
    int run() override
    {
        const QString tenant = option(QStringLiteral("--tenant")).toLower();
        if (!tenant.isEmpty() && !Validation::isUuid(tenant))
            return usageError(tr("--tenant needs a tenant id (a UUID)"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto pushed = services->planOperations()->pushLimits(tenant.isEmpty() ? QStringList() : QStringList{tenant},
                                                             flag(QStringLiteral("--all")));
        if (!awaitFuture(pushed, 120000))
            return fail(tr("no answer within 120 s; the limits may be partly pushed: run it again"));
        if (!pushed.result().ok())
            return fail(pushed.result().error);
        out() << QCoreApplication::translate(
            "Cli", "pushed the limits of %n tenant(s)", nullptr, int(pushed.result().value.pushed))
              << "; "
              << QCoreApplication::translate("Cli", "%n no longer pending", nullptr, int(pushed.result().value.cleared))
              << Qt::endl;
        return ExitCode::Done;
    }
};

class AuditList : public PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AuditList()
        : PlanCommand(QStringLiteral("audit list"), tr("The audit log, newest first."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addOption(QStringLiteral("action"),
                  QStringLiteral("PREFIX"),
                  tr("actions starting with PREFIX (plan., override., execution., ...)"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("at most N (default 50)"));
        addJson();
    }

protected:
    int run() override
    {
        AuditRepository::Filter filter;
        filter.tenantId = option(QStringLiteral("--tenant")).toLower();
        filter.action = option(QStringLiteral("--action"));
        bool limitOk = true;
        filter.limit = option(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
        if (!limitOk || filter.limit < 1 || filter.limit > 5000)
            return usageError(tr("--limit must be between 1 and 5000"));
        const QString invalid = filter.validate();
        if (!invalid.isEmpty())
            return usageError(invalid);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto entries = services->audit()->list(filter);
        int exitCode = ExitCode::Done;
        if (!answered(entries, &exitCode))
            return exitCode;
        if (printedAsJson(entries.result().value))
            return ExitCode::Done;
        for (const AuditEntry& e : entries.result().value)
            out() << QStringLiteral("%1  %2  %3  %4 %5  %6\n")
                         .arg(e.at.toUTC().toString(Qt::ISODate),
                              e.actor.leftJustified(12),
                              e.action.leftJustified(18),
                              e.objectType,
                              e.objectId,
                              e.reason);
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

} // namespace

void addPlanCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<PlansList>());
    commands.push_back(std::make_unique<PlansShow>());
    commands.push_back(std::make_unique<PlansSet>());
    commands.push_back(std::make_unique<OverridesList>());
    commands.push_back(std::make_unique<OverridesSet>());
    commands.push_back(std::make_unique<OverridesClear>());
    commands.push_back(std::make_unique<LimitsPush>());
    commands.push_back(std::make_unique<AuditList>());
}
