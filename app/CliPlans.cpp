// tenantscope-cli plans, overrides, limits and audit: plan editing through the audited save functions.
#include "Cli.h"

#include "CliArgs.h"
#include "Services.h"

#include <AuditRepository.h>
#include <AwaitFuture.h>
#include <LimitsPusher.h>
#include <PlanFields.h>
#include <PlanRepository.h>
#include <TenantRepository.h>
#include <Validation.h>

#include <QCoreApplication>
#include <QJsonArray>

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

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
} // namespace

int Cli::pushLimitsAfterSave(Services& services, const QString& saved, bool jsonOnStdout)
{
    LimitsPusher pusher(services.pg(), services.redis());
    auto pushed = pusher.push();
    if (!awaitFuture(pushed, 60000))
        return fail(
            tr("%1, but Redis did not answer: its limits are stale until `tenantscope-cli limits push`").arg(saved));
    if (!pushed.result().ok())
        return fail(
            tr("%1, but %2 Run `tenantscope-cli limits push` when Redis is back.").arg(saved, pushed.result().error));
    (jsonOnStdout ? m_err : m_out) << QCoreApplication::translate(
                                          "Cli",
                                          "%1; Redis limits of %n tenant(s) updated and the change published",
                                          nullptr,
                                          int(pushed.result().value.pushed))
                                          .arg(saved)
                                   << Qt::endl;
    return 0;
}

int Cli::plansCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("show") && sub != QLatin1String("set"))
        return usage(tr("plans needs list, show or set"));
    const QString planId = words.value(2);
    if (sub != QLatin1String("list") && planId.isEmpty())
        return usage(tr("plans %1 needs a plan id").arg(sub));
    QJsonObject changes;
    const QString reason = option(args, QStringLiteral("--reason"));
    if (sub == QLatin1String("set")) {
        const QString problem = assignments(words, 3, false, &changes);
        if (!problem.isEmpty())
            return refuse(problem);
        if (changes.isEmpty())
            return usage(tr("plans set needs FIELD=VALUE (fields: %1)")
                             .arg(PlanFields::planFields().join(QStringLiteral(", "))));
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return refuse(tr("--reason: %1").arg(noReason));
    }
    auto services = connect(args);
    if (!services)
        return 1;
    PlanRepository repository(services->pg());
    auto plans = repository.plans();
    if (!awaitFuture(plans))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!plans.result().ok())
        return fail(plans.result().error);
    const bool asJson = flag(args, QStringLiteral("--json"));
    if (sub == QLatin1String("list")) {
        if (asJson) {
            QJsonArray array;
            for (const Plan& plan : plans.result().value)
                array.append(plan.toJson());
            m_out << json(array) << Qt::flush;
            return 0;
        }
        for (const Plan& plan : plans.result().value)
            m_out << QStringLiteral("%1  v%2  %3 tenants  base %4  included %5  overage %6/1k\n")
                         .arg(plan.id.leftJustified(14))
                         .arg(plan.version)
                         .arg(plan.tenants, 6)
                         .arg(PlanFields::display(QStringLiteral("base_price"),
                                                  plan.fields.value(QStringLiteral("base_price"))),
                              PlanFields::display(QStringLiteral("included_tokens"),
                                                  plan.fields.value(QStringLiteral("included_tokens"))),
                              PlanFields::display(QStringLiteral("overage_per_1k"),
                                                  plan.fields.value(QStringLiteral("overage_per_1k"))));
        m_out << Qt::flush;
        return 0;
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
            m_out << json(plan->toJson()) << Qt::flush;
            return 0;
        }
        m_out << tr("plan %1, version %2, %3 tenants").arg(plan->id).arg(plan->version).arg(plan->tenants) << '\n';
        for (const QString& field : PlanFields::planFields())
            m_out << QStringLiteral("  %1 %2\n")
                         .arg(field.leftJustified(20), PlanFields::display(field, plan->fields.value(field)));
        m_out << Qt::flush;
        return 0;
    }
    auto models = repository.knownModels();
    if (!awaitFuture(models) || !models.result().ok())
        return fail(tr("could not read the price table"));
    const QString invalid = PlanRepository::validateChanges(changes, false, models.result().value);
    if (!invalid.isEmpty())
        return refuse(invalid);
    const QVector<PlanFields::Change> diff = PlanFields::diff(plan->fields, changes);
    if (diff.isEmpty()) {
        m_out << tr("plan %1 already has these values; nothing saved").arg(planId) << Qt::endl;
        return 0;
    }
    for (const PlanFields::Change& change : diff)
        m_err << QStringLiteral("  %1: %2 -> %3\n")
                     .arg(change.field,
                          PlanFields::display(change.field, change.before),
                          PlanFields::display(change.field, change.after));
    auto saved = repository.updatePlan(planId, plan->version, changes, reason);
    if (!awaitFuture(saved))
        return fail(tr("PostgreSQL did not answer within 30 s; the plan may or may not have changed: run plans show"));
    if (!saved.result().ok())
        return fail(saved.result().error);
    if (asJson)
        m_out << json(QJsonObject{{QStringLiteral("plan"), planId},
                                  {QStringLiteral("version"), saved.result().value.version},
                                  {QStringLiteral("affected_tenants"), double(saved.result().value.affectedTenants)}});
    m_out << Qt::flush;
    return pushLimitsAfterSave(*services,
                               QCoreApplication::translate("Cli",
                                                           "saved plan %1 as version %2 (%n tenant(s) affected)",
                                                           nullptr,
                                                           int(saved.result().value.affectedTenants))
                                   .arg(planId)
                                   .arg(saved.result().value.version),
                               asJson);
}

int Cli::overridesCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("set") && sub != QLatin1String("clear"))
        return usage(tr("overrides needs list, set or clear"));
    const QString tenant = words.value(2).toLower();
    if (sub != QLatin1String("list") && !Validation::isUuid(tenant))
        return usage(tr("overrides %1 needs a tenant id (a UUID)").arg(sub));
    QJsonObject fields;
    QDateTime until;
    const QString reason = option(args, QStringLiteral("--reason"));
    if (sub != QLatin1String("list")) {
        if (sub == QLatin1String("set")) {
            const QString problem = assignments(words, 3, true, &fields);
            if (!problem.isEmpty())
                return refuse(problem);
            if (fields.isEmpty())
                return usage(tr("overrides set needs FIELD=VALUE (fields: %1)")
                                 .arg(PlanFields::overrideFields().join(QStringLiteral(", "))));
            const QString untilText = option(args, QStringLiteral("--until"));
            if (!untilText.isEmpty()) {
                until = untilTime(untilText);
                if (!until.isValid())
                    return usage(tr("--until takes a date (YYYY-MM-DD, until the end of that UTC day) or an ISO time"));
            }
        }
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return refuse(tr("--reason: %1").arg(noReason));
    }
    auto services = connect(args);
    if (!services)
        return 1;
    PlanRepository repository(services->pg());
    auto current = repository.overrides();
    if (!awaitFuture(current))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!current.result().ok())
        return fail(current.result().error);
    if (sub == QLatin1String("list")) {
        if (flag(args, QStringLiteral("--json"))) {
            QJsonArray array;
            for (const LimitOverride& o : current.result().value)
                array.append(o.toJson());
            m_out << json(array) << Qt::flush;
            return 0;
        }
        for (const LimitOverride& o : current.result().value) {
            QStringList set;
            for (auto it = o.fields.begin(); it != o.fields.end(); ++it)
                set << QStringLiteral("%1=%2").arg(it.key(), PlanFields::display(it.key(), it.value()));
            m_out << QStringLiteral("%1  %2  %3  until %4%5  (%6)\n")
                         .arg(o.tenantId,
                              o.tenantName.leftJustified(22),
                              set.join(QStringLiteral(" ")),
                              o.expiresAt.isValid() ? o.expiresAt.toUTC().toString(Qt::ISODate) : tr("no expiry"),
                              o.expired ? tr(", expired") : QString(),
                              o.reason);
        }
        m_out << Qt::flush;
        return 0;
    }
    // `set` changes the fields it names and keeps the override's others; "plan" drops one.
    std::optional<int> version;
    QJsonObject merged;
    for (const LimitOverride& o : current.result().value) {
        if (o.tenantId == tenant) {
            version = o.version;
            merged = o.fields;
            if (!until.isValid() && !o.expired)
                until = o.expiresAt; // the expiry stays unless --until changes it
        }
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    QFuture<Fetched<SaveResult>> saved;
    if (sub == QLatin1String("set")) {
        saved = merged.isEmpty() && version ? repository.clearOverride(tenant, *version, reason)
                                            : repository.setOverride(tenant, version, merged, until, reason);
    } else {
        if (!version) {
            // Row-level security hides another tenant's override: say which it is.
            TenantRepository tenants(services->pg(), services->redis());
            auto visible = tenants.detail(tenant);
            if (awaitFuture(visible) && !visible.result().ok())
                return fail(visible.result().error);
            return fail(tr("tenant %1 has no override").arg(tenant));
        }
        saved = repository.clearOverride(tenant, *version, reason);
    }
    if (!awaitFuture(saved))
        return fail(tr("PostgreSQL did not answer within 30 s; run overrides list to see what happened"));
    if (!saved.result().ok())
        return fail(saved.result().error);
    return pushLimitsAfterSave(
        *services,
        sub == QLatin1String("set")
            ? tr("saved the override of %1 (version %2)").arg(tenant).arg(saved.result().value.version)
            : tr("removed the override of %1").arg(tenant));
}

int Cli::limitsCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    if (words.value(1) != QLatin1String("push"))
        return usage(tr("limits needs push"));
    const QString tenant = option(args, QStringLiteral("--tenant")).toLower();
    if (!tenant.isEmpty() && !Validation::isUuid(tenant))
        return usage(tr("--tenant needs a tenant id (a UUID)"));
    auto services = connect(args);
    if (!services)
        return 1;
    LimitsPusher pusher(services->pg(), services->redis());
    auto pushed
        = pusher.push(tenant.isEmpty() ? QStringList() : QStringList{tenant}, flag(args, QStringLiteral("--all")));
    if (!awaitFuture(pushed, 120000))
        return fail(tr("no answer within 120 s; the limits may be partly pushed: run it again"));
    if (!pushed.result().ok())
        return fail(pushed.result().error);
    m_out << QCoreApplication::translate(
        "Cli", "pushed the limits of %n tenant(s)", nullptr, int(pushed.result().value.pushed))
          << "; "
          << QCoreApplication::translate("Cli", "%n no longer pending", nullptr, int(pushed.result().value.cleared))
          << Qt::endl;
    return 0;
}

int Cli::auditCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    if (words.value(1) != QLatin1String("list"))
        return usage(tr("audit needs list"));
    AuditRepository::Filter filter;
    filter.tenantId = option(args, QStringLiteral("--tenant")).toLower();
    filter.action = option(args, QStringLiteral("--action"));
    bool limitOk = true;
    filter.limit = option(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || filter.limit < 1 || filter.limit > 5000)
        return usage(tr("--limit must be between 1 and 5000"));
    const QString invalid = filter.validate();
    if (!invalid.isEmpty())
        return refuse(invalid);
    auto services = connect(args);
    if (!services)
        return 1;
    AuditRepository repository(services->pg());
    auto entries = repository.list(filter);
    if (!awaitFuture(entries))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!entries.result().ok())
        return fail(entries.result().error);
    if (flag(args, QStringLiteral("--json"))) {
        QJsonArray array;
        for (const AuditEntry& e : entries.result().value)
            array.append(e.toJson());
        m_out << json(array) << Qt::flush;
        return 0;
    }
    for (const AuditEntry& e : entries.result().value)
        m_out << QStringLiteral("%1  %2  %3  %4 %5  %6\n")
                     .arg(e.at.toUTC().toString(Qt::ISODate),
                          e.actor.leftJustified(12),
                          e.action.leftJustified(18),
                          e.objectType,
                          e.objectId,
                          e.reason);
    m_out << Qt::flush;
    return 0;
}
