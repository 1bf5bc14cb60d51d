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
    // ai_effective_config(tenant): model, prompt, temperature, ... and every flag's value for the tenant.
    QFuture<Fetched<QJsonObject>> effective(const QString& tenantId) const;

    // expectedVersion 0: the flag does not exist yet (it is created).
    QFuture<Fetched<SaveResult>>
    setFlag(const QString& key, int expectedVersion, const QJsonObject& changes, const QString& reason) const;
    QFuture<Fetched<SaveResult>>
    rollbackFlag(const QString& key, int toVersion, int expectedVersion, const QString& reason) const;

private:
    PgSession* m_pg;
};
