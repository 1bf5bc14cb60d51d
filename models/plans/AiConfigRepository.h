#pragma once

#include <models/common/Fetched.h>
#include <models/plans/PlanRepository.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

class PgSession;

// A feature flag as it is now (contract v1.7), with how many tenants it is on for.
struct FeatureFlag
{
    QString key;
    QString description;
    bool enabled = false;
    QString rollout; // all, percentage, plans, tenants
    int percentage = 0;
    QStringList plans;
    QStringList tenants;
    int version = 0;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 tenantsOn = 0;
    QJsonObject toJson() const;
    // What flag_set takes and feature_flag_versions keeps: description, enabled, rollout, percentage, plans,
    // tenants.
    QJsonObject state() const;
    static const QStringList& stateFields();
};

// One earlier state of a flag: what it was, who set it, why, and which version it restored if a rollback.
struct FeatureFlagVersion
{
    int version = 0;
    QJsonObject state;
    int rolledBackTo = 0; // 0: not a rollback
    QDateTime createdAt;
    QString createdBy;
    QString reason;
    QJsonObject toJson() const;
};

// A tenant named in a flag's or configuration's reach: who it is and, for a preview, the flag's value
// before and after the change.
struct ReachedTenant
{
    QString id;
    QString name;
    QString plan;
    bool before = false;
    bool after = false;
};

// The first tenants (by name) of a longer list, and how many there are in all.
struct TenantReach
{
    QVector<ReachedTenant> tenants;
    qint64 total = 0;
};

// One version of the global AI defaults (tenantId empty) or of a tenant's overrides: every field, null
// where it is not set.
struct AiConfigVersion
{
    QString tenantId;
    int version = 0;
    QJsonObject fields; // model, fallback_model, system_prompt, prompt_version, temperature, max_tokens, rag
    int rolledBackTo = 0; // 0: not a rollback
    QDateTime createdAt;
    QString createdBy;
    QString reason;
    QJsonObject toJson() const;
};

// A flag with the tenants it is on for, evaluated by the server (what a flagd export serves).
struct EvaluatedFlag
{
    QString key;
    QString description;
    bool enabled = false;
    QString rollout;
    int version = 0;
    QStringList tenantsOn;
    qint64 tenantsTotal = 0;
};

// Feature flags and the tenants' AI configuration: read, and changed only through the platform's audited
// functions (flag_set, flag_rollback), which check the version the edit started from.
class AiConfigRepository
{
public:
    explicit AiConfigRepository(PgSession* pg);

    QFuture<Fetched<QVector<FeatureFlag>>> flags() const;
    QFuture<Fetched<QVector<FeatureFlagVersion>>> flagHistory(const QString& key) const;
    // The flag's version now, 0 when there is no such flag (what a change is saved on top of).
    QFuture<Fetched<int>> flagVersion(const QString& key) const;
    // The tenants the flag is on for now, `limit` at a time from `offset`.
    QFuture<Fetched<TenantReach>> flagTenants(const QString& key, int limit, int offset = 0) const;
    // The tenants whose value would change if the flag took `state` (its fields not named keep theirs).
    QFuture<Fetched<TenantReach>> flagPreview(const QString& key, const QJsonObject& state, int limit) const;
    QFuture<Fetched<QVector<EvaluatedFlag>>> evaluatedFlags() const;

    // Every version, newest first, of the global defaults (tenantId empty) or of one tenant's overrides.
    QFuture<Fetched<QVector<AiConfigVersion>>> configHistory(const QString& tenantId) const;
    // The newest version's number, 0 when there is none yet.
    QFuture<Fetched<int>> configVersion(const QString& tenantId) const;
    // The tenants a change of `fields` of the global defaults (tenantId empty) or of one tenant reaches.
    QFuture<Fetched<TenantReach>> configPreview(const QString& tenantId, const QStringList& fields, int limit) const;
    // Tenants whose `ai_config:{tenant}` in Redis is older than PostgreSQL (the login's tenants only).
    QFuture<Fetched<PushState>> pendingPushes() const;
    // ai_effective_config(tenant): model, prompt, temperature, ... and every flag's value for the tenant.
    QFuture<Fetched<QJsonObject>> effective(const QString& tenantId) const;

    // expectedVersion 0: the flag does not exist yet (it is created).
    QFuture<Fetched<SaveResult>>
    setFlag(const QString& key, int expectedVersion, const QJsonObject& changes, const QString& reason) const;
    QFuture<Fetched<SaveResult>>
    rollbackFlag(const QString& key, int toVersion, int expectedVersion, const QString& reason) const;

    // `config` holds every field of the new version (missing or null: not set, the tenant follows the global
    // default); expectedVersion 0: there is no version yet.
    QFuture<Fetched<SaveResult>>
    setConfig(const QString& tenantId, int expectedVersion, const QJsonObject& config, const QString& reason) const;
    QFuture<Fetched<SaveResult>>
    rollbackConfig(const QString& tenantId, int toVersion, int expectedVersion, const QString& reason) const;

    // The configuration fields, in the contract's order.
    static const QStringList& configFields();

private:
    PgSession* m_pg;
};
