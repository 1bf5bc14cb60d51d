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
