#include <models/operations/RedisUsers.h>

#include <models/common/Validation.h>
#include <models/platform/RedisKeys.h>

#include <async/Guarded.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("RedisUsers", text);
}

QList<QByteArray> rulesOf(const QString& role, const QString& tenant, const QString& queuePrefix)
{
    if (role == QLatin1String("platform_admin"))
        return RedisAcl::platformAdminRules();
    if (role == QLatin1String("support")) // its write access follows the profile's BullMQ prefix
        return RedisAcl::supportRules(queuePrefix.toUtf8());
    if (role == QLatin1String("finance"))
        return RedisAcl::financeRules();
    return RedisAcl::tenantAdminRules(tenant.toLower());
}
} // namespace

RedisUsers::RedisUsers(PgSession* pg, RedisClient* redis, QString queuePrefix)
    : m_pg(pg)
    , m_redis(redis)
    , m_queuePrefix(std::move(queuePrefix))
{
}

QString RedisUsers::validate(const QString& role, const QString& name, const QString& tenant)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    static const QStringList roles{QStringLiteral("platform_admin"),
                                   QStringLiteral("support"),
                                   QStringLiteral("finance"),
                                   QStringLiteral("tenant_admin")};
    if (!roles.contains(role))
        return tr("the role must be platform_admin, support, finance or tenant_admin");
    if (role == QLatin1String("tenant_admin") && !Validation::isUuid(tenant))
        return tr("a tenant_admin user needs --tenant ID (the tenant's UUID)");
    if (!namePattern.match(name).hasMatch())
        return tr("the user name may hold letters, digits, '_', '.' and '-' (at most 64)");
    return {};
}

QFuture<Fetched<QString>> RedisUsers::setUser(
    const QString& role, const QString& name, const QString& tenant, QString password, const QString& via) const
{
    const QString invalid = validate(role, name, tenant);
    if (!invalid.isEmpty() || password.size() < 16) {
        password.fill(u'\0');
        return refusedFuture<QString>(invalid.isEmpty() ? tr("the password needs 16 characters or more") : invalid);
    }
    QList<QByteArray> command{"ACL", "SETUSER", name.toUtf8(), "reset", '>' + password.toUtf8()};
    password.fill(u'\0');
    command += rulesOf(role, tenant, m_queuePrefix);
    PgSession* pg = m_pg;
    const QJsonObject after{{QStringLiteral("role"), role}, {QStringLiteral("tenant"), tenant}};
    // A cluster does not share its users between nodes: every node, replicas too (one may become a
    // master), gets the same user.
    auto reply = m_redis->onEachNode(command, false).then([](const QList<RedisNodeReply>& replies) {
        QStringList refused;
        for (const RedisNodeReply& answer : replies) {
            if (answer.reply.isError())
                refused << (replies.size() > 1 ? answer.node + QStringLiteral(": ") : QString())
                        + QString::fromUtf8(answer.reply.text);
        }
        return refused.isEmpty() ? RedisReply{RedisReply::Type::Status, "OK", 0, {}}
                                 : RedisReply::error(refused.join(QStringLiteral("; ")).toUtf8());
    });
    for (QByteArray& word : command)
        word.fill('\0');
    // The audit record is written only once Redis took the user; the session answers on any thread.
    return reply
        .then(
            QCoreApplication::instance(),
            guardedOr(
                m_redis,
                [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<QString>()); },
                [pg, name, role, tenant, after, via](const RedisReply& set) {
                    if (set.isError())
                        return refusedFuture<QString>(QString::fromUtf8(set.text));
                    return pg
                        ->query(QStringLiteral("SELECT audit_redis_action(?::uuid, 'redis_acl.set_user', ?, NULL, "
                                               "?::jsonb, ?)"),
                                {tenant.isEmpty() ? QVariant() : QVariant(tenant),
                                 name,
                                 QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
                                 via})
                        .then([name, role](const PgResult& audited) {
                            Fetched<QString> result;
                            if (!audited.ok())
                                result.error
                                    = tr("the Redis user was set, but the audit record failed: %1").arg(audited.error);
                            else
                                result.value = tr("Redis user %1 set for role %2").arg(name, role);
                            return result;
                        });
                }))
        .unwrap();
}
