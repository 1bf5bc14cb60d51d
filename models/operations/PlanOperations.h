#pragma once

#include <models/common/Fetched.h>
#include <models/plans/LimitsPusher.h>
#include <models/plans/PlanFields.h>
#include <models/plans/PlanRepository.h>

#include <QFuture>

class TenantRepository;

// A change to what the gateways enforce (a plan, a tenant's override) is two steps: the audited save in
// PostgreSQL, then the affected tenants' limits written to Redis and announced. Both shells call these,
// so neither chains the steps itself. The save is the change: when Redis then fails, the result is still
// a success that carries the push error (the tenants stay pending, visibly, until a push succeeds).
struct LimitsChange
{
    SaveResult saved;
    qint64 pushedTenants = 0;
    QString pushError; // empty: Redis has the new limits

    bool pushed() const { return pushError.isEmpty(); }
};

// A change under way: `saved` reports the PostgreSQL half as soon as it is committed (or refused), so a
// page can say so while Redis is still being written; `done` reports the whole change.
struct LimitsChangeInFlight
{
    QFuture<Fetched<SaveResult>> saved;
    QFuture<Fetched<LimitsChange>> done;
};

// A plan change asked by plan id with the fields that change: what differed, and the change itself.
struct PlanChange
{
    QVector<PlanFields::Change> diff; // empty: the plan already had these values and nothing was saved
    LimitsChange change;
};

class PlanOperations
{
public:
    // `lifetime`: an object destroyed with the repositories (the connection's Redis client); an answer that
    // comes after it is gone ends the operation as "connection closed" instead of touching freed memory.
    // `tenants` (optional) names why a tenant's override is missing when row-level security hides the tenant.
    PlanOperations(PlanRepository* plans, LimitsPusher* pusher, QObject* lifetime, TenantRepository* tenants = nullptr);

    LimitsChangeInFlight
    savePlan(const QString& planId, int expectedVersion, const QJsonObject& changes, const QString& reason) const;

    // Reads the plan, checks `changes` against the price table, and saves them on top of the version just
    // read (a concurrent edit is refused, not overwritten), then pushes the limits.
    QFuture<Fetched<PlanChange>>
    changePlan(const QString& planId, const QJsonObject& changes, const QString& reason) const;

    // `fields` are the override's limits as they should be after the save (a plan's value: left out).
    LimitsChangeInFlight setOverride(const QString& tenantId,
                                     std::optional<int> expectedVersion,
                                     const QJsonObject& fields,
                                     const QDateTime& expiresAt,
                                     const QString& reason) const;
    LimitsChangeInFlight clearOverride(const QString& tenantId, int expectedVersion, const QString& reason) const;

    // `set` as a script says it: only the named fields change (a null value drops one), the others and the
    // expiry stay unless given. Reads the current override first; with nothing left it clears it.
    QFuture<Fetched<LimitsChange>> mergeOverride(const QString& tenantId,
                                                 const QJsonObject& changes,
                                                 const QDateTime& expiresAt,
                                                 const QString& reason) const;

    // Reads the tenant's override for its version and clears it; a tenant without one is refused, with the
    // server's reason when the tenant is not visible to this role at all.
    QFuture<Fetched<LimitsChange>> removeOverride(const QString& tenantId, const QString& reason) const;

    // Pending tenants (none named), the named ones, or with `all` every tenant.
    QFuture<Fetched<LimitsPusher::Result>> pushLimits(const QStringList& tenantIds = {}, bool all = false) const;

private:
    LimitsChangeInFlight thenPush(QFuture<Fetched<SaveResult>> saved) const;

    PlanRepository* m_plans;
    LimitsPusher* m_pusher;
    QObject* m_lifetime;
    TenantRepository* m_tenants;
};
