#include <models/plans/PlansController.h>

#include <async/Guarded.h>

PlansController::PlansController(PlanRepository* plans,
                                 PlanOperations* operations,
                                 AuditRepository* audit,
                                 QObject* parent)
    : QObject(parent)
    , m_plans(plans)
    , m_operations(operations)
    , m_audit(audit)
{
}

void PlansController::loadModels()
{
    deliver(m_plans->knownModels(), this, [this](const Fetched<QStringList>& models) { emit modelsLoaded(models); });
}

void PlansController::loadPlans()
{
    deliver(m_plans->plans(), this, [this](const Fetched<QVector<Plan>>& plans) { emit plansLoaded(plans); });
}

void PlansController::loadLatest(const QString& planId)
{
    deliver(m_plans->plans(), this, [this, planId](const Fetched<QVector<Plan>>& plans) {
        emit latestLoaded(planId, plans);
    });
}

void PlansController::whenDone(Change change, const QString& subject, QFuture<Fetched<LimitsChange>> done)
{
    deliver(done, this, [this, change, subject](const Fetched<LimitsChange>& result) {
        emit limitsChanged(change, subject, result);
    });
}

void PlansController::savePlan(const Plan& base, const QJsonObject& changes, const QString& reason)
{
    // Saved, then the affected tenants' limits pushed to Redis: one operation, reported in two halves.
    LimitsChangeInFlight change = m_operations->savePlan(base.id, base.version, changes, reason);
    deliver(change.saved, this, [this, base](const Fetched<SaveResult>& result) { emit planSaved(base, result); });
    whenDone(Change::Plan, base.id, change.done);
}

void PlansController::setOverride(const QString& tenantId,
                                  std::optional<int> version,
                                  const QJsonObject& fields,
                                  const QDateTime& expiresAt,
                                  const QString& reason)
{
    whenDone(
        Change::OverrideSet, tenantId, m_operations->setOverride(tenantId, version, fields, expiresAt, reason).done);
}

void PlansController::clearOverride(const QString& tenantId, int version, const QString& reason)
{
    whenDone(Change::OverrideCleared, tenantId, m_operations->clearOverride(tenantId, version, reason).done);
}

void PlansController::pushLimits()
{
    deliver(m_operations->pushLimits(), this, [this](const Fetched<LimitsPusher::Result>& result) {
        emit limitsPushed(result);
    });
}

void PlansController::refreshPushState()
{
    deliver(m_plans->pushState(), this, [this](const Fetched<PushState>& state) { emit pushStateLoaded(state); });
}

void PlansController::loadOverrides()
{
    deliver(m_plans->overrides(), this, [this](const Fetched<QVector<LimitOverride>>& overrides) {
        emit overridesLoaded(overrides);
    });
}

void PlansController::loadAudit(const AuditRepository::Filter& filter)
{
    const quint64 generation = ++m_auditGeneration;
    deliver(m_audit->list(filter), this, [this, generation](const Fetched<QVector<AuditEntry>>& entries) {
        if (generation == m_auditGeneration)
            emit auditLoaded(entries);
    });
}

void PlansController::loadMoreAudit(const AuditRepository::Filter& filter)
{
    const quint64 generation = m_auditGeneration;
    deliver(m_audit->list(filter), this, [this, generation](const Fetched<QVector<AuditEntry>>& entries) {
        if (generation == m_auditGeneration)
            emit moreAuditLoaded(entries);
    });
}
