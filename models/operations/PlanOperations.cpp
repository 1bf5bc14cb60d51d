#include <models/operations/PlanOperations.h>

#include <async/Guarded.h>
#include <models/tenants/TenantRepository.h>

#include <QCoreApplication>
#include <QPromise>

#include <memory>
#include <optional>

PlanOperations::PlanOperations(PlanRepository* plans,
                               LimitsPusher* pusher,
                               QObject* lifetime,
                               TenantRepository* tenants)
    : m_plans(plans)
    , m_pusher(pusher)
    , m_lifetime(lifetime)
    , m_tenants(tenants)
{
}

LimitsChangeInFlight PlanOperations::thenPush(QFuture<Fetched<SaveResult>> saved) const
{
    LimitsPusher* pusher = m_pusher;
    // A QFuture takes one continuation: the saved half is reported through its own promise.
    auto savedPromise = std::make_shared<QPromise<Fetched<SaveResult>>>();
    savedPromise->start();
    LimitsChangeInFlight inFlight;
    inFlight.saved = savedPromise->future();
    // The Redis client lives on the application's thread: the push starts there.
    inFlight.done = saved
                        .then(QCoreApplication::instance(),
                              guardedOr(
                                  m_lifetime,
                                  [savedPromise] {
                                      savedPromise->addResult(closedBeforeAnswer<SaveResult>());
                                      savedPromise->finish();
                                      return QtFuture::makeReadyFuture(closedBeforeAnswer<LimitsChange>());
                                  },
                                  [pusher, savedPromise](const Fetched<SaveResult>& result) {
                                      savedPromise->addResult(result);
                                      savedPromise->finish();
                                      if (!result.ok()) {
                                          Fetched<LimitsChange> failed;
                                          failed.error = result.error;
                                          failed.value.saved = result.value; // e.g. a conflict: re-apply
                                          return QtFuture::makeReadyFuture(failed);
                                      }
                                      return pusher->push().then(
                                          [saved = result.value](const Fetched<LimitsPusher::Result>& pushed) {
                                              Fetched<LimitsChange> change;
                                              change.value.saved = saved;
                                              change.value.pushedTenants = pushed.value.pushed;
                                              change.value.pushError = pushed.error;
                                              return change;
                                          });
                                  }))
                        .unwrap();
    return inFlight;
}

LimitsChangeInFlight PlanOperations::savePlan(const QString& planId,
                                              int expectedVersion,
                                              const QJsonObject& changes,
                                              const QString& reason) const
{
    return thenPush(m_plans->updatePlan(planId, expectedVersion, changes, reason));
}

LimitsChangeInFlight PlanOperations::setOverride(const QString& tenantId,
                                                 std::optional<int> expectedVersion,
                                                 const QJsonObject& fields,
                                                 const QDateTime& expiresAt,
                                                 const QString& reason) const
{
    return thenPush(m_plans->setOverride(tenantId, expectedVersion, fields, expiresAt, reason));
}

LimitsChangeInFlight
PlanOperations::clearOverride(const QString& tenantId, int expectedVersion, const QString& reason) const
{
    return thenPush(m_plans->clearOverride(tenantId, expectedVersion, reason));
}

QFuture<Fetched<LimitsChange>> PlanOperations::mergeOverride(const QString& tenantId,
                                                             const QJsonObject& changes,
                                                             const QDateTime& expiresAt,
                                                             const QString& reason) const
{
    const PlanOperations* self = this;
    return m_plans->overrides()
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<LimitsChange>()); },
                  [self, tenantId, changes, expiresAt, reason](const Fetched<QVector<LimitOverride>>& current) {
                      if (!current.ok())
                          return refusedFuture<LimitsChange>(current.error);
                      std::optional<int> version;
                      QJsonObject merged;
                      QDateTime until = expiresAt;
                      for (const LimitOverride& o : current.value) {
                          if (o.tenantId != tenantId)
                              continue;
                          version = o.version;
                          merged = o.fields;
                          if (!until.isValid() && !o.expired)
                              until = o.expiresAt; // the expiry stays unless the change names one
                      }
                      for (auto it = changes.begin(); it != changes.end(); ++it) {
                          if (it.value().isNull())
                              merged.remove(it.key());
                          else
                              merged.insert(it.key(), it.value());
                      }
                      if (merged.isEmpty() && version)
                          return self->clearOverride(tenantId, *version, reason).done;
                      return self->setOverride(tenantId, version, merged, until, reason).done;
                  }))
        .unwrap();
}

QFuture<Fetched<PlanChange>>
PlanOperations::changePlan(const QString& planId, const QJsonObject& changes, const QString& reason) const
{
    const PlanOperations* self = this;
    // The plans and the price table are read together; the save starts when both have answered.
    QFuture<Fetched<QStringList>> models = m_plans->knownModels();
    return m_plans->plans()
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<PlanChange>()); },
                  [self, models, planId, changes, reason](const Fetched<QVector<Plan>>& all) mutable {
                      if (!all.ok())
                          return refusedFuture<PlanChange>(all.error);
                      std::optional<Plan> plan;
                      for (const Plan& p : all.value)
                          if (p.id == planId)
                              plan = p;
                      if (!plan)
                          return refusedFuture<PlanChange>(
                              QCoreApplication::translate("PlanOperations", "plan \"%1\" does not exist").arg(planId));
                      return models
                          .then(QCoreApplication::instance(),
                                guardedOr(
                                    self->m_lifetime,
                                    [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<PlanChange>()); },
                                    [self, plan = *plan, changes, reason](const Fetched<QStringList>& known) {
                                        if (!known.ok())
                                            return refusedFuture<PlanChange>(known.error);
                                        const QString invalid
                                            = PlanRepository::validateChanges(changes, false, known.value);
                                        if (!invalid.isEmpty())
                                            return refusedFuture<PlanChange>(invalid);
                                        const QVector<PlanFields::Change> diff = PlanFields::diff(plan.fields, changes);
                                        if (diff.isEmpty())
                                            return QtFuture::makeReadyFuture(Fetched<PlanChange>());
                                        return self->savePlan(plan.id, plan.version, changes, reason)
                                            .done.then([diff](const Fetched<LimitsChange>& saved) {
                                                return Fetched<PlanChange>{saved.error, PlanChange{diff, saved.value}};
                                            });
                                    }))
                          .unwrap();
                  }))
        .unwrap();
}

QFuture<Fetched<LimitsChange>> PlanOperations::removeOverride(const QString& tenantId, const QString& reason) const
{
    const PlanOperations* self = this;
    return m_plans->overrides()
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<LimitsChange>()); },
                  [self, tenantId, reason](const Fetched<QVector<LimitOverride>>& current) {
                      if (!current.ok())
                          return refusedFuture<LimitsChange>(current.error);
                      for (const LimitOverride& o : current.value)
                          if (o.tenantId == tenantId)
                              return self->clearOverride(tenantId, o.version, reason).done;
                      const QString none
                          = QCoreApplication::translate("PlanOperations", "tenant %1 has no override").arg(tenantId);
                      if (!self->m_tenants)
                          return refusedFuture<LimitsChange>(none);
                      // Row-level security hides another tenant's override as well as a missing one: the
                      // tenant's own row says which it is.
                      return self->m_tenants->detail(tenantId).then([none](const Fetched<TenantDetail>& visible) {
                          Fetched<LimitsChange> refused;
                          refused.error = visible.ok() ? none : visible.error;
                          return refused;
                      });
                  }))
        .unwrap();
}

QFuture<Fetched<LimitsPusher::Result>> PlanOperations::pushLimits(const QStringList& tenantIds, bool all) const
{
    return m_pusher->push(tenantIds, all);
}
