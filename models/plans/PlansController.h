#pragma once

#include <models/common/Fetched.h>
#include <models/operations/PlanOperations.h>
#include <models/plans/AuditRepository.h>
#include <models/plans/PlanRepository.h>

#include <QObject>

// The Plans page's reads and changes, off the widget: the plans and the price table, saves and the limits
// push that follows them (PlanOperations), overrides, Redis's push state and the audit log. Each answer
// comes back as a signal; a newer audit filter makes an older answer stale.
class PlansController : public QObject
{
    Q_OBJECT

public:
    enum class Change
    {
        Plan,
        OverrideSet,
        OverrideCleared,
    };
    Q_ENUM(Change)

    PlansController(PlanRepository* plans,
                    PlanOperations* operations,
                    AuditRepository* audit,
                    QObject* parent = nullptr);

    void loadModels();
    void loadPlans();
    // The plan as it is now, to put an edit refused as a conflict on top of it.
    void loadLatest(const QString& planId);
    void savePlan(const Plan& base, const QJsonObject& changes, const QString& reason);
    void setOverride(const QString& tenantId,
                     std::optional<int> version,
                     const QJsonObject& fields,
                     const QDateTime& expiresAt,
                     const QString& reason);
    void clearOverride(const QString& tenantId, int version, const QString& reason);
    void pushLimits();
    void refreshPushState();
    void loadOverrides();
    void loadAudit(const AuditRepository::Filter& filter);
    void loadMoreAudit(const AuditRepository::Filter& filter);

signals:
    void modelsLoaded(const Fetched<QStringList>& models);
    void plansLoaded(const Fetched<QVector<Plan>>& plans);
    void latestLoaded(const QString& planId, const Fetched<QVector<Plan>>& plans);
    // The PostgreSQL half of a plan save, as soon as it is committed or refused.
    void planSaved(const Plan& base, const Fetched<SaveResult>& result);
    // A whole change: saved, and the limits pushed to Redis (or why not).
    void limitsChanged(PlansController::Change change, const QString& subject, const Fetched<LimitsChange>& result);
    void limitsPushed(const Fetched<LimitsPusher::Result>& result);
    void pushStateLoaded(const Fetched<PushState>& state);
    void overridesLoaded(const Fetched<QVector<LimitOverride>>& overrides);
    void auditLoaded(const Fetched<QVector<AuditEntry>>& entries);
    void moreAuditLoaded(const Fetched<QVector<AuditEntry>>& entries);

private:
    void whenDone(Change change, const QString& subject, QFuture<Fetched<LimitsChange>> done);

    PlanRepository* m_plans;
    PlanOperations* m_operations;
    AuditRepository* m_audit;
    quint64 m_auditGeneration = 0;
};
