#include <models/plans/PlanRepository.h>

#include <models/common/JsonText.h>
#include <models/common/ReadError.h>
#include <models/common/Validation.h>
#include <models/plans/PlanFields.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PlanRepository", text);
}

QJsonValue limit(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(double(value.toLongLong()));
}

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Fetched<SaveResult> saveResultOf(const PgResult& result)
{
    Fetched<SaveResult> fetched;
    if (!result.ok()) {
        fetched.error = serverSentence(result);
        fetched.value.conflict = result.sqlState == QLatin1String("40001");
        return fetched;
    }
    const QJsonObject answer = QJsonDocument::fromJson(result.scalar().toString().toUtf8()).object();
    fetched.value.version = answer.value(QStringLiteral("version")).toInt();
    fetched.value.affectedTenants = answer.value(QStringLiteral("affected_tenants")).toInteger(1);
    return fetched;
}

QJsonObject Plan::toJson() const
{
    QJsonObject json = fields;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("updated_at"), isoUtc(updatedAt));
    json.insert(QStringLiteral("updated_by"), updatedBy.isEmpty() ? QJsonValue() : QJsonValue(updatedBy));
    json.insert(QStringLiteral("tenants"), double(tenants));
    return json;
}

QJsonObject LimitOverride::toJson() const
{
    QJsonObject json = fields;
    json.insert(QStringLiteral("tenant_id"), tenantId);
    json.insert(QStringLiteral("tenant"), tenantName);
    json.insert(QStringLiteral("plan"), planId);
    json.insert(QStringLiteral("reason"), reason);
    json.insert(QStringLiteral("expires_at"), expiresAt.isValid() ? QJsonValue(isoUtc(expiresAt)) : QJsonValue());
    json.insert(QStringLiteral("expired"), expired);
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("updated_by"), updatedBy);
    json.insert(QStringLiteral("updated_at"), isoUtc(updatedAt));
    return json;
}

PlanRepository::PlanRepository(PgSession* pg)
    : m_pg(pg)
{
}

QString PlanRepository::validateChanges(const QJsonObject& changes, bool forOverride, const QStringList& knownModels)
{
    if (changes.isEmpty() && !forOverride)
        return tr("Nothing to change.");
    const QStringList& allowed = forOverride ? PlanFields::overrideFields() : PlanFields::planFields();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!allowed.contains(it.key()))
            return tr("Unknown field \"%1\" (use %2).").arg(it.key(), allowed.join(QStringLiteral(", ")));
        const QString invalid = PlanFields::validate(it.key(), it.value(), knownModels);
        if (!invalid.isEmpty())
            return invalid;
    }
    return {};
}

QFuture<Fetched<QVector<Plan>>> PlanRepository::plans() const
{
    return m_pg
        ->query(QStringLiteral(
            "SELECT p.id, p.name, p.base_price::text, p.included_tokens, p.overage_per_1k::text, p.max_concurrent, "
            "p.requests_per_minute, p.tokens_per_minute, p.monthly_runs, array_to_string(p.allowed_models, ','), "
            "p.version, p.updated_at, coalesce(p.updated_by, ''), "
            "(SELECT count(*) FROM tenants t WHERE t.plan_id = p.id) "
            "FROM plans p ORDER BY p.base_price, p.id"))
        .then([](const PgResult& result) {
            Fetched<QVector<Plan>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                Plan plan;
                plan.id = row.at(0).toString();
                QJsonArray models;
                for (const QString& model : row.at(9).toString().split(u',', Qt::SkipEmptyParts))
                    models.append(model);
                plan.fields = {{QStringLiteral("name"), row.at(1).toString()},
                               {QStringLiteral("base_price"), row.at(2).toString()},
                               {QStringLiteral("included_tokens"), limit(row.at(3))},
                               {QStringLiteral("overage_per_1k"), row.at(4).toString()},
                               {QStringLiteral("max_concurrent"), limit(row.at(5))},
                               {QStringLiteral("requests_per_minute"), limit(row.at(6))},
                               {QStringLiteral("tokens_per_minute"), limit(row.at(7))},
                               {QStringLiteral("monthly_runs"), limit(row.at(8))},
                               {QStringLiteral("allowed_models"), models}};
                plan.version = row.at(10).toInt();
                plan.updatedAt = row.at(11).toDateTime();
                plan.updatedBy = row.at(12).toString();
                plan.tenants = row.at(13).toLongLong();
                fetched.value.append(plan);
            }
            return fetched;
        });
}

QFuture<Fetched<QStringList>> PlanRepository::knownModels() const
{
    return m_pg->query(QStringLiteral("SELECT DISTINCT model FROM model_prices ORDER BY model"))
        .then([](const PgResult& result) {
            Fetched<QStringList> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows)
                fetched.value.append(row.at(0).toString());
            return fetched;
        });
}

QFuture<Fetched<QVector<LimitOverride>>> PlanRepository::overrides() const
{
    return m_pg
        ->query(QStringLiteral(
            "SELECT o.tenant_id::text, t.name, t.plan_id, o.included_tokens, o.max_concurrent, o.requests_per_minute, "
            "o.tokens_per_minute, o.monthly_runs, o.reason, o.expires_at, "
            "(o.expires_at IS NOT NULL AND o.expires_at <= now()), o.version, o.updated_by, o.updated_at "
            "FROM tenant_limit_overrides o JOIN tenants t ON t.id = o.tenant_id ORDER BY lower(t.name), t.id"))
        .then([](const PgResult& result) {
            Fetched<QVector<LimitOverride>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                LimitOverride o;
                o.tenantId = row.at(0).toString();
                o.tenantName = row.at(1).toString();
                o.planId = row.at(2).toString();
                // Columns left NULL follow the plan: only the overridden ones are fields.
                for (int i = 0; i < PlanFields::overrideFields().size(); ++i)
                    if (!row.at(3 + i).isNull())
                        o.fields.insert(PlanFields::overrideFields().at(i), limit(row.at(3 + i)));
                o.reason = row.at(8).toString();
                o.expiresAt = row.at(9).toDateTime();
                o.expired = row.at(10).toBool();
                o.version = row.at(11).toInt();
                o.updatedBy = row.at(12).toString();
                o.updatedAt = row.at(13).toDateTime();
                fetched.value.append(o);
            }
            return fetched;
        });
}

QFuture<Fetched<PushState>> PlanRepository::pushState() const
{
    return m_pg->query(QStringLiteral("SELECT count(*), min(since) FROM limits_push_pending"))
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

QFuture<Fetched<SaveResult>> PlanRepository::updatePlan(const QString& planId,
                                                        int expectedVersion,
                                                        const QJsonObject& changes,
                                                        const QString& reason) const
{
    QString invalid = validateChanges(changes, false, {});
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    return m_pg
        ->query(QStringLiteral("SELECT plan_update(?, ?, ?::jsonb, ?)::text"),
                {planId, expectedVersion, compactJson(changes), reason.trimmed()})
        .then(saveResultOf);
}

QFuture<Fetched<SaveResult>> PlanRepository::setOverride(const QString& tenantId,
                                                         std::optional<int> expectedVersion,
                                                         const QJsonObject& fields,
                                                         const QDateTime& expiresAt,
                                                         const QString& reason) const
{
    QString invalid
        = Validation::isUuid(tenantId) ? QString() : tr("\"%1\" is not a tenant id (a UUID).").arg(tenantId);
    if (invalid.isEmpty())
        invalid = validateChanges(fields, true, {});
    if (invalid.isEmpty() && fields.isEmpty())
        invalid = tr("An override needs at least one limit (or remove the override).");
    if (invalid.isEmpty() && expiresAt.isValid() && expiresAt <= QDateTime::currentDateTimeUtc())
        invalid = tr("The expiry is in the past.");
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    const QVariant version = expectedVersion ? QVariant(*expectedVersion) : QVariant();
    const QVariant expiry = expiresAt.isValid() ? QVariant(isoUtc(expiresAt)) : QVariant();
    return m_pg
        ->query(QStringLiteral("SELECT override_set(?::uuid, ?::integer, ?::jsonb, ?::timestamptz, ?)::text"),
                {tenantId, version, compactJson(fields), expiry, reason.trimmed()})
        .then(saveResultOf);
}

QFuture<Fetched<SaveResult>>
PlanRepository::clearOverride(const QString& tenantId, int expectedVersion, const QString& reason) const
{
    QString invalid
        = Validation::isUuid(tenantId) ? QString() : tr("\"%1\" is not a tenant id (a UUID).").arg(tenantId);
    if (invalid.isEmpty())
        invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<SaveResult>(invalid);
    return m_pg
        ->query(QStringLiteral("SELECT override_clear(?::uuid, ?, ?)::text"),
                {tenantId, expectedVersion, reason.trimmed()})
        .then(saveResultOf);
}
