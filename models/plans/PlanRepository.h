#pragma once

#include <models/common/Fetched.h>
#include <models/plans/PlanFields.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

class PgSession;
struct PgResult;

// A plan as the contract names its fields (PlanFields), with its version and who changed it last.
struct Plan
{
    QString id;
    QJsonObject fields; // name, base_price (text), included_tokens (number or null), ..., allowed_models
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 tenants = 0; // on this plan, as the login may see them
    QJsonObject toJson() const;
};

// One tenant's override of its plan's limits: only the fields it sets (null: unlimited).
struct LimitOverride
{
    QString tenantId;
    QString tenantName;
    QString planId;
    QJsonObject fields;
    QString reason;
    QDateTime expiresAt; // invalid: no expiry
    bool expired = false;
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
    QJsonObject toJson() const;
};

struct SaveResult
{
    int version = 0;
    qint64 affectedTenants = 0;
    bool conflict = false; // someone else saved first: reload and apply the edit again
};

// The answer of an audited save function ({version, affected_tenants}), or its refusal (conflict: 40001).
Fetched<SaveResult> saveResultOf(const PgResult& result);

struct PushState
{
    qint64 pendingTenants = 0; // whose Redis limits are older than PostgreSQL
    QDateTime oldest;
};

// Plans and per-tenant overrides: read, and changed only through the platform's audited save functions
// (plan_update, override_set, override_clear), which check the version the edit started from.
class PlanRepository
{
public:
    explicit PlanRepository(PgSession* pg);

    QFuture<Fetched<QVector<Plan>>> plans() const;
    QFuture<Fetched<QStringList>> knownModels() const;
    QFuture<Fetched<QVector<LimitOverride>>> overrides() const;
    QFuture<Fetched<PushState>> pushState() const;

    QFuture<Fetched<SaveResult>>
    updatePlan(const QString& planId, int expectedVersion, const QJsonObject& changes, const QString& reason) const;
    // expectedVersion empty: the editor saw no override for this tenant.
    QFuture<Fetched<SaveResult>> setOverride(const QString& tenantId,
                                             std::optional<int> expectedVersion,
                                             const QJsonObject& fields,
                                             const QDateTime& expiresAt,
                                             const QString& reason) const;
    QFuture<Fetched<SaveResult>>
    clearOverride(const QString& tenantId, int expectedVersion, const QString& reason) const;

    // The fields and reason checked before anything is sent (the server checks them again).
    static QString validateChanges(const QJsonObject& changes, bool forOverride, const QStringList& knownModels);

private:
    PgSession* m_pg;
};
