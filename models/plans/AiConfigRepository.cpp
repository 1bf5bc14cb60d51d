#include <models/plans/AiConfigRepository.h>

#include <models/common/ReadError.h>
#include <models/common/TenantScope.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("AiConfigRepository", text);
}

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList listOf(const QVariant& commaSeparated)
{
    return commaSeparated.toString().split(u',', Qt::SkipEmptyParts);
}
} // namespace

QJsonObject FeatureFlag::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("description"), description},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("rollout"), rollout},
            {QStringLiteral("percentage"), percentage},
            {QStringLiteral("plans"), QJsonArray::fromStringList(plans)},
            {QStringLiteral("tenants"), QJsonArray::fromStringList(tenants)},
            {QStringLiteral("version"), version},
            {QStringLiteral("updated_at"), isoUtc(updatedAt)},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("tenants_on"), double(tenantsOn)}};
}

QJsonObject FeatureFlag::state() const
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("rollout"), rollout},
            {QStringLiteral("percentage"), percentage},
            {QStringLiteral("plans"), QJsonArray::fromStringList(plans)},
            {QStringLiteral("tenants"), QJsonArray::fromStringList(tenants)}};
}

const QStringList& FeatureFlag::stateFields()
{
    static const QStringList fields{QStringLiteral("description"),
                                    QStringLiteral("enabled"),
                                    QStringLiteral("rollout"),
                                    QStringLiteral("percentage"),
                                    QStringLiteral("plans"),
                                    QStringLiteral("tenants")};
    return fields;
}

QJsonObject FeatureFlagVersion::toJson() const
{
    QJsonObject json = state;
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("rolled_back_to"), rolledBackTo > 0 ? QJsonValue(rolledBackTo) : QJsonValue());
    json.insert(QStringLiteral("created_at"), isoUtc(createdAt));
    json.insert(QStringLiteral("created_by"), createdBy);
    json.insert(QStringLiteral("reason"), reason);
    return json;
}

QJsonObject AiConfigVersion::toJson() const
{
    QJsonObject json = fields;
    json.insert(QStringLiteral("tenant"), tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId));
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("rolled_back_to"), rolledBackTo > 0 ? QJsonValue(rolledBackTo) : QJsonValue());
    json.insert(QStringLiteral("created_at"), isoUtc(createdAt));
    json.insert(QStringLiteral("created_by"), createdBy);
    json.insert(QStringLiteral("reason"), reason);
    return json;
}

namespace
{
// The rows of feature_flag_tenants / feature_flag_preview / ai_config_preview: id, name, plan, [before, after,]
// total.
Fetched<TenantReach> reachOf(const PgResult& result, bool withValues)
{
    Fetched<TenantReach> fetched;
    if (!result.ok()) {
        fetched.error = serverSentence(result);
        return fetched;
    }
    for (const QVariantList& row : result.rows) {
        ReachedTenant tenant;
        tenant.id = row.at(0).toString();
        tenant.name = row.at(1).toString();
        tenant.plan = row.at(2).toString();
        if (withValues) {
            tenant.before = row.at(3).toBool();
            tenant.after = row.at(4).toBool();
        }
        fetched.value.total = row.last().toLongLong();
        fetched.value.tenants.append(tenant);
    }
    return fetched;
}

// A tenant id as the functions take it: NULL for the global defaults.
QVariant subjectOf(const QString& tenantId)
{
    return tenantId.isEmpty() ? QVariant() : QVariant(tenantId); // QVariant(): SQL NULL
}

QString refusedSubject(const QString& tenantId)
{
    if (tenantId.isEmpty() || Validation::isUuid(tenantId))
        return {};
    return QCoreApplication::translate("AiConfigRepository", "\"%1\" is not a tenant id (a UUID).").arg(tenantId);
}
} // namespace

const QStringList& AiConfigRepository::configFields()
{
    static const QStringList fields{QStringLiteral("model"),
                                    QStringLiteral("fallback_model"),
                                    QStringLiteral("system_prompt"),
                                    QStringLiteral("prompt_version"),
                                    QStringLiteral("temperature"),
                                    QStringLiteral("max_tokens"),
                                    QStringLiteral("rag")};
    return fields;
}

AiConfigRepository::AiConfigRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<QVector<FeatureFlag>>> AiConfigRepository::flags() const
{
    return m_pg
        ->query(QStringLiteral("SELECT key, description, enabled, rollout, percentage, array_to_string(plans, ','), "
                               "array_to_string(tenants::text[], ','), version, updated_at, updated_by, tenants_on "
                               "FROM feature_flags_overview()"))
        .then([](const PgResult& result) {
            Fetched<QVector<FeatureFlag>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                FeatureFlag flag;
                flag.key = row.at(0).toString();
                flag.description = row.at(1).toString();
                flag.enabled = row.at(2).toBool();
                flag.rollout = row.at(3).toString();
                flag.percentage = row.at(4).toInt();
                flag.plans = listOf(row.at(5));
                flag.tenants = listOf(row.at(6));
                flag.version = row.at(7).toInt();
                flag.updatedAt = row.at(8).toDateTime();
                flag.updatedBy = row.at(9).toString();
                flag.tenantsOn = row.at(10).toLongLong();
                fetched.value.append(flag);
            }
            return fetched;
        });
}

QFuture<Fetched<QVector<FeatureFlagVersion>>> AiConfigRepository::flagHistory(const QString& key) const
{
    return m_pg
        ->query(QStringLiteral("SELECT version, state::text, coalesce(rolled_back_to, 0), created_at, created_by, "
                               "reason FROM feature_flag_versions WHERE key = ? ORDER BY version DESC"),
                {key})
        .then([](const PgResult& result) {
            Fetched<QVector<FeatureFlagVersion>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                FeatureFlagVersion v;
                v.version = row.at(0).toInt();
                v.state = QJsonDocument::fromJson(row.at(1).toString().toUtf8()).object();
                v.rolledBackTo = row.at(2).toInt();
                v.createdAt = row.at(3).toDateTime();
                v.createdBy = row.at(4).toString();
                v.reason = row.at(5).toString();
                fetched.value.append(v);
            }
            return fetched;
        });
}

QFuture<Fetched<int>> AiConfigRepository::flagVersion(const QString& key) const
{
    return m_pg->query(QStringLiteral("SELECT coalesce((SELECT version FROM feature_flags WHERE key = ?), 0)"), {key})
        .then([](const PgResult& result) {
            Fetched<int> fetched;
            if (!result.ok())
                fetched.error = readError(result);
            else
                fetched.value = result.scalar().toInt();
            return fetched;
        });
}

QFuture<Fetched<QJsonObject>> AiConfigRepository::effective(const QString& tenantId) const
{
    if (!Validation::isUuid(tenantId))
        return refusedFuture<QJsonObject>(tr("\"%1\" is not a tenant id (a UUID).").arg(tenantId));
    return m_pg->query(QStringLiteral("SELECT ai_effective_config(?::uuid)::text"), {tenantId})
        .then([](const PgResult& result) {
            Fetched<QJsonObject> fetched;
            if (!result.ok())
                fetched.error = serverSentence(result);
            else
                fetched.value = QJsonDocument::fromJson(result.scalar().toString().toUtf8()).object();
            return fetched;
        });
}

QFuture<Fetched<SaveResult>> AiConfigRepository::setFlag(const QString& key,
                                                         int expectedVersion,
                                                         const QJsonObject& changes,
                                                         const QString& reason) const
{
    const QString invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    return m_pg
        ->query(QStringLiteral("SELECT flag_set(?, nullif(?, 0), ?::jsonb, ?)::text"),
                {key,
                 expectedVersion,
                 QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)),
                 reason.trimmed()})
        .then(saveResultOf);
}

QFuture<Fetched<SaveResult>>
AiConfigRepository::rollbackFlag(const QString& key, int toVersion, int expectedVersion, const QString& reason) const
{
    const QString invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    return m_pg
        ->query(QStringLiteral("SELECT flag_rollback(?, ?, ?, ?)::text"),
                {key, toVersion, expectedVersion, reason.trimmed()})
        .then(saveResultOf);
}

QFuture<Fetched<TenantReach>> AiConfigRepository::flagTenants(const QString& key, int limit, int offset) const
{
    return m_pg
        ->query(QStringLiteral("SELECT tenant_id, name, plan_id, total FROM feature_flag_tenants(?, ?, ?)"),
                {key, limit, offset})
        .then([](const PgResult& result) { return reachOf(result, false); });
}

QFuture<Fetched<TenantReach>>
AiConfigRepository::flagPreview(const QString& key, const QJsonObject& state, int limit) const
{
    return m_pg
        ->query(QStringLiteral("SELECT tenant_id, name, plan_id, on_before, on_after, total "
                               "FROM feature_flag_preview(?, ?::jsonb, ?)"),
                {key, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)), limit})
        .then([](const PgResult& result) { return reachOf(result, true); });
}

QFuture<Fetched<QVector<EvaluatedFlag>>> AiConfigRepository::evaluatedFlags() const
{
    return m_pg
        ->query(
            QStringLiteral("SELECT key, description, enabled, rollout, version, "
                           "array_to_string(tenants_on::text[], ','), tenants_total FROM feature_flags_evaluated()"))
        .then([](const PgResult& result) {
            Fetched<QVector<EvaluatedFlag>> fetched;
            if (!result.ok()) {
                fetched.error = serverSentence(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                EvaluatedFlag flag;
                flag.key = row.at(0).toString();
                flag.description = row.at(1).toString();
                flag.enabled = row.at(2).toBool();
                flag.rollout = row.at(3).toString();
                flag.version = row.at(4).toInt();
                flag.tenantsOn = listOf(row.at(5));
                flag.tenantsTotal = row.at(6).toLongLong();
                fetched.value.append(flag);
            }
            return fetched;
        });
}

QFuture<Fetched<QVector<AiConfigVersion>>> AiConfigRepository::configHistory(const QString& tenantId) const
{
    const QString refused = refusedSubject(tenantId);
    if (!refused.isEmpty())
        return refusedFuture<QVector<AiConfigVersion>>(refused);
    // Row-level security lets a tenant admin read only its own tenant and the global defaults; the
    // subject is also named here.
    return m_pg
        ->query(QStringLiteral("SELECT tenant_id, version, jsonb_build_object('model', model, 'fallback_model', "
                               "fallback_model, 'system_prompt', system_prompt, 'prompt_version', prompt_version, "
                               "'temperature', temperature, 'max_tokens', max_tokens, 'rag', rag)::text, "
                               "coalesce(rolled_back_to, 0), created_at, created_by, reason FROM ai_configs "
                               "WHERE tenant_id IS NOT DISTINCT FROM ?::uuid ORDER BY version DESC"),
                {subjectOf(tenantId)})
        .then([](const PgResult& result) {
            Fetched<QVector<AiConfigVersion>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                AiConfigVersion v;
                v.tenantId = row.at(0).toString();
                v.version = row.at(1).toInt();
                v.fields = QJsonDocument::fromJson(row.at(2).toString().toUtf8()).object();
                v.rolledBackTo = row.at(3).toInt();
                v.createdAt = row.at(4).toDateTime();
                v.createdBy = row.at(5).toString();
                v.reason = row.at(6).toString();
                fetched.value.append(v);
            }
            return fetched;
        });
}

QFuture<Fetched<int>> AiConfigRepository::configVersion(const QString& tenantId) const
{
    const QString refused = refusedSubject(tenantId);
    if (!refused.isEmpty())
        return refusedFuture<int>(refused);
    return m_pg
        ->query(QStringLiteral("SELECT coalesce(max(version), 0) FROM ai_configs WHERE tenant_id IS NOT DISTINCT FROM "
                               "?::uuid"),
                {subjectOf(tenantId)})
        .then([](const PgResult& result) {
            Fetched<int> fetched;
            if (!result.ok())
                fetched.error = readError(result);
            else
                fetched.value = result.scalar().toInt();
            return fetched;
        });
}

QFuture<Fetched<TenantReach>>
AiConfigRepository::configPreview(const QString& tenantId, const QStringList& fields, int limit) const
{
    const QString refused = refusedSubject(tenantId);
    if (!refused.isEmpty())
        return refusedFuture<TenantReach>(refused);
    return m_pg
        ->query(QStringLiteral("SELECT tenant_id, name, plan_id, total FROM ai_config_preview(?::uuid, "
                               "string_to_array(?, ','), ?)"),
                {subjectOf(tenantId), fields.join(u','), limit})
        .then([](const PgResult& result) { return reachOf(result, false); });
}

QFuture<Fetched<SaveResult>> AiConfigRepository::setConfig(const QString& tenantId,
                                                           int expectedVersion,
                                                           const QJsonObject& config,
                                                           const QString& reason) const
{
    QString invalid = refusedSubject(tenantId);
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    return m_pg
        ->query(QStringLiteral("SELECT ai_config_set(?::uuid, nullif(?, 0), ?::jsonb, ?)::text"),
                {subjectOf(tenantId),
                 expectedVersion,
                 QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                 reason.trimmed()})
        .then(saveResultOf);
}

QFuture<Fetched<SaveResult>> AiConfigRepository::rollbackConfig(const QString& tenantId,
                                                                int toVersion,
                                                                int expectedVersion,
                                                                const QString& reason) const
{
    QString invalid = refusedSubject(tenantId);
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    return m_pg
        ->query(QStringLiteral("SELECT ai_config_rollback(?::uuid, ?, nullif(?, 0), ?)::text"),
                {subjectOf(tenantId), toVersion, expectedVersion, reason.trimmed()})
        .then(saveResultOf);
}

QFuture<Fetched<PushState>> AiConfigRepository::pendingPushes() const
{
    return m_pg->query(QStringLiteral("SELECT count(*), min(since) FROM ai_config_push_pending"))
        .then([](const PgResult& result) {
            Fetched<PushState> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            fetched.value.pendingTenants = result.rows.value(0).value(0).toLongLong();
            fetched.value.oldest = result.rows.value(0).value(1).toDateTime();
            return fetched;
        });
}
