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
#include <models/tenants/TenantRepository.h>

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

// What the PlanCommand commands share: their parsing and output, one entry per command below.
class PlanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    int reportLimitsChange(const Fetched<LimitsChange>& change, const QString& saved, bool jsonOnStdout = false);
    int plansCommand();
    int overridesCommand();
    int limitsCommand();
    int auditCommand();
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

int PlanCommand::plansCommand()
{
    const QStringList words = this->words();
    const QString sub = words.value(1);
    const QString planId = words.value(2);
    if (sub != QLatin1String("list") && planId.isEmpty())
        return usageError(tr("plans %1 needs a plan id").arg(sub));
    QJsonObject changes;
    const QString reason = option(QStringLiteral("--reason"));
    if (sub == QLatin1String("set")) {
        const QString problem = assignments(words, 3, false, &changes);
        if (!problem.isEmpty())
            return usageError(problem);
        if (changes.isEmpty())
            return usageError(tr("plans set needs FIELD=VALUE (fields: %1)")
                                  .arg(PlanFields::planFields().join(QStringLiteral(", "))));
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return usageError(tr("--reason: %1").arg(noReason));
    }
    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    PlanRepository& repository = *services->plans();
    auto plans = repository.plans();
    if (!awaitFuture(plans))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!plans.result().ok())
        return fail(plans.result().error);
    const bool asJson = flag(QStringLiteral("--json"));
    if (sub == QLatin1String("list")) {
        if (asJson) {
            QJsonArray array;
            for (const Plan& plan : plans.result().value)
                array.append(plan.toJson());
            out() << json(array) << Qt::flush;
            return ExitCode::Done;
        }
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
    // result() returns a copy: keep it, so that the plan found in it outlives this statement.
    const QVector<Plan> all = plans.result().value;
    const Plan* plan = nullptr;
    for (const Plan& p : all)
        if (p.id == planId)
            plan = &p;
    if (!plan)
        return fail(tr("plan \"%1\" does not exist").arg(planId));
    if (sub == QLatin1String("show")) {
        if (asJson) {
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
    auto models = repository.knownModels();
    if (!awaitFuture(models) || !models.result().ok())
        return fail(tr("could not read the price table"));
    const QString invalid = PlanRepository::validateChanges(changes, false, models.result().value);
    if (!invalid.isEmpty())
        return usageError(invalid);
    const QVector<PlanFields::Change> diff = PlanFields::diff(plan->fields, changes);
    if (diff.isEmpty()) {
        out() << tr("plan %1 already has these values; nothing saved").arg(planId) << Qt::endl;
        return ExitCode::Done;
    }
    for (const PlanFields::Change& change : diff)
        err() << QStringLiteral("  %1: %2 -> %3\n")
                     .arg(change.field,
                          PlanFields::display(change.field, change.before),
                          PlanFields::display(change.field, change.after));
    // Saved, then the affected tenants' limits pushed to Redis: one operation.
    auto saved = services->planOperations()->savePlan(planId, plan->version, changes, reason).done;
    if (!awaitFuture(saved, 90000))
        return fail(tr("no answer within 90 s; the plan may or may not have changed: run plans show"));
    if (!saved.result().ok())
        return fail(saved.result().error);
    const SaveResult stored = saved.result().value.saved;
    if (asJson)
        out() << json(QJsonObject{{QStringLiteral("plan"), planId},
                                  {QStringLiteral("version"), stored.version},
                                  {QStringLiteral("affected_tenants"), double(stored.affectedTenants)},
                                  {QStringLiteral("limits_pushed"), saved.result().value.pushed()}});
    out() << Qt::flush;
    return reportLimitsChange(
        saved.result(),
        QCoreApplication::translate(
            "Cli", "saved plan %1 as version %2 (%n tenant(s) affected)", nullptr, int(stored.affectedTenants))
            .arg(planId)
            .arg(stored.version),
        asJson);
}

int PlanCommand::overridesCommand()
{
    const QStringList words = this->words();
    const QString sub = words.value(1);
    const QString tenant = words.value(2).toLower();
    if (sub != QLatin1String("list") && !Validation::isUuid(tenant))
        return usageError(tr("overrides %1 needs a tenant id (a UUID)").arg(sub));
    QJsonObject fields;
    QDateTime until;
    const QString reason = option(QStringLiteral("--reason"));
    if (sub != QLatin1String("list")) {
        if (sub == QLatin1String("set")) {
            const QString problem = assignments(words, 3, true, &fields);
            if (!problem.isEmpty())
                return usageError(problem);
            if (fields.isEmpty())
                return usageError(tr("overrides set needs FIELD=VALUE (fields: %1)")
                                      .arg(PlanFields::overrideFields().join(QStringLiteral(", "))));
            const QString untilText = option(QStringLiteral("--until"));
            if (!untilText.isEmpty()) {
                until = untilTime(untilText);
                if (!until.isValid())
                    return usageError(
                        tr("--until takes a date (YYYY-MM-DD, until the end of that UTC day) or an ISO time"));
            }
        }
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return usageError(tr("--reason: %1").arg(noReason));
    }
    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    // list and clear read the overrides here; set's operation reads them itself.
    QFuture<Fetched<QVector<LimitOverride>>> current;
    if (sub != QLatin1String("set")) {
        current = services->plans()->overrides();
        if (!awaitFuture(current))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!current.result().ok())
            return fail(current.result().error);
    }
    if (sub == QLatin1String("list")) {
        if (flag(QStringLiteral("--json"))) {
            QJsonArray array;
            for (const LimitOverride& o : current.result().value)
                array.append(o.toJson());
            out() << json(array) << Qt::flush;
            return ExitCode::Done;
        }
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
    QFuture<Fetched<LimitsChange>> saved;
    if (sub == QLatin1String("set")) {
        // Only the named fields change ("plan" drops one); the others and the expiry stay unless given.
        saved = services->planOperations()->mergeOverride(tenant, fields, until, reason);
    } else {
        std::optional<int> version;
        for (const LimitOverride& o : current.result().value)
            if (o.tenantId == tenant)
                version = o.version;
        if (!version) {
            // Row-level security hides another tenant's override: say which it is.
            auto visible = services->tenants()->detail(tenant);
            if (awaitFuture(visible) && !visible.result().ok())
                return fail(visible.result().error);
            return fail(tr("tenant %1 has no override").arg(tenant));
        }
        saved = services->planOperations()->clearOverride(tenant, *version, reason).done;
    }
    if (!awaitFuture(saved, 90000))
        return fail(tr("no answer within 90 s; run overrides list to see what happened"));
    if (!saved.result().ok())
        return fail(saved.result().error);
    return reportLimitsChange(
        saved.result(),
        sub == QLatin1String("set")
            ? tr("saved the override of %1 (version %2)").arg(tenant).arg(saved.result().value.saved.version)
            : tr("removed the override of %1").arg(tenant));
}

int PlanCommand::limitsCommand()
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

int PlanCommand::auditCommand()
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
    AuditRepository& repository = *services->audit();
    auto entries = repository.list(filter);
    if (!awaitFuture(entries))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!entries.result().ok())
        return fail(entries.result().error);
    if (flag(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const AuditEntry& e : entries.result().value)
            array.append(e.toJson());
        out() << json(array) << Qt::flush;
        return ExitCode::Done;
    }
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
    int run() override { return plansCommand(); }
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
    int run() override { return plansCommand(); }
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
    int run() override { return plansCommand(); }
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
    int run() override { return overridesCommand(); }
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
    int run() override { return overridesCommand(); }
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
    int run() override { return overridesCommand(); }
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
    int run() override { return limitsCommand(); }
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
    int run() override { return auditCommand(); }
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
