#include <models/common/TenantScope.h>
#include <models/plans/AuditRepository.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>
#include <models/tenants/TenantRepository.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace
{
QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue jsonOrNull(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(text);
}
} // namespace

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("at"), isoUtc(at)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("tenant_id"), tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
            {QStringLiteral("action"), action},
            {QStringLiteral("object_type"), objectType},
            {QStringLiteral("object_id"), objectId},
            {QStringLiteral("before"), jsonOrNull(before)},
            {QStringLiteral("after"), jsonOrNull(after)},
            {QStringLiteral("reason"), reason}};
}

QString AuditRepository::Filter::validate() const
{
    if (!tenantId.isEmpty() && !Validation::isUuid(tenantId))
        return QCoreApplication::translate("AuditRepository", "\"%1\" is not a tenant id (a UUID).").arg(tenantId);
    if (action.size() > 100 || actor.size() > 100)
        return QCoreApplication::translate("AuditRepository",
                                           "Action and actor filters are limited to 100 characters.");
    if (from.isValid() && to.isValid() && from > to)
        return QCoreApplication::translate("AuditRepository", "The time range starts after it ends.");
    return {};
}

AuditRepository::AuditRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<QVector<AuditEntry>>> AuditRepository::list(const Filter& filter) const
{
    const QString invalid = filter.validate();
    if (!invalid.isEmpty()) {
        Fetched<QVector<AuditEntry>> refused;
        refused.error = invalid;
        return QtFuture::makeReadyFuture(refused);
    }
    const QVariant none;
    const auto when = [&none](const QDateTime& t) { return t.isValid() ? QVariant(isoUtc(t)) : none; };
    const QString actionPattern = TenantRepository::likePattern(filter.action).mid(1); // prefix match
    return refuseUnseenTenant<QVector<AuditEntry>>(m_pg, filter.tenantId, [&] {
        return m_pg
            ->query(QStringLiteral(
                        "SELECT id, at, actor, coalesce(tenant_id::text, ''), action, object_type, coalesce(object_id, "
                        "''), "
                        "coalesce(before::text, ''), coalesce(after::text, ''), coalesce(reason, '') FROM audit_log "
                        "WHERE (? = '' OR tenant_id = nullif(?, '')::uuid) AND (? = '' OR action LIKE ?) "
                        "AND (? = '' OR actor = ?) "
                        "AND (?::timestamptz IS NULL OR at >= ?::timestamptz) AND (?::timestamptz IS NULL OR at < "
                        "?::timestamptz) "
                        "AND (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"),
                    {filter.tenantId,
                     filter.tenantId,
                     filter.action,
                     actionPattern,
                     filter.actor,
                     filter.actor,
                     when(filter.from),
                     when(filter.from),
                     when(filter.to),
                     when(filter.to),
                     filter.beforeId,
                     filter.beforeId,
                     qBound(1, filter.limit, 5000)})
            .then([](const PgResult& result) {
                Fetched<QVector<AuditEntry>> fetched;
                if (!result.ok()) {
                    fetched.error = readError(result);
                    return fetched;
                }
                for (const QVariantList& row : result.rows) {
                    AuditEntry e;
                    e.id = row.at(0).toLongLong();
                    e.at = row.at(1).toDateTime();
                    e.actor = row.at(2).toString();
                    e.tenantId = row.at(3).toString();
                    e.action = row.at(4).toString();
                    e.objectType = row.at(5).toString();
                    e.objectId = row.at(6).toString();
                    e.before = row.at(7).toString();
                    e.after = row.at(8).toString();
                    e.reason = row.at(9).toString();
                    fetched.value.append(e);
                }
                return fetched;
            });
    });
}
