#include "TestServers.h"

#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QRandomGenerator>

namespace TestServers
{

bool available(QString* why)
{
    ConnectionProfile profile;
    ConnectionSecrets secrets;
    QString error;
    if (!profileFromEnvironment(&profile, &secrets, &error)) {
        *why = QStringLiteral("The private servers are not configured (%1). Run through scripts/test, or "
                              "eval \"$(scripts/services env)\" first.")
                   .arg(error.isEmpty() ? QStringLiteral("TS_PG_URL/TS_REDIS_URL unset") : error);
        return false;
    }
    return true;
}

namespace
{
std::pair<ConnectionProfile, ConnectionSecrets> fromEnvironment()
{
    ConnectionProfile profile;
    ConnectionSecrets secrets;
    QString error;
    profileFromEnvironment(&profile, &secrets, &error);
    return {profile, secrets};
}
} // namespace

ConnectionProfile adminProfile()
{
    return fromEnvironment().first;
}

ConnectionSecrets adminSecrets()
{
    return fromEnvironment().second;
}

std::unique_ptr<PgSession> adminPg()
{
    auto session = std::make_unique<PgSession>(adminProfile().pg, adminSecrets().pgPassword);
    session->open();
    return session;
}

std::unique_ptr<RedisClient> adminRedis()
{
    auto client = std::make_unique<RedisClient>(adminProfile().redis, adminSecrets().redisPassword);
    client->connectToServer();
    return client;
}

PgResult exec(PgSession* session, const QString& sql, const QVariantList& params, int timeoutMs)
{
    auto future = session->query(sql, params);
    if (!awaitFuture(future, timeoutMs))
        return PgResult::failure(PgErrorKind::Other, QStringLiteral("timed out: ") + sql);
    return future.result();
}

RedisReply redis(RedisClient* client, const QList<QByteArray>& args)
{
    auto future = client->command(args);
    if (!awaitFuture(future, 20000))
        return RedisReply::error("timed out");
    return future.result();
}

const QStringList& roles()
{
    static const QStringList names{QStringLiteral("platform_admin"),
                                   QStringLiteral("support"),
                                   QStringLiteral("finance"),
                                   QStringLiteral("tenant_admin")};
    return names;
}

QString randomSecret()
{
    const QByteArray bytes = QByteArray::number(QRandomGenerator::system()->generate64(), 36)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
    return QString::fromLatin1(bytes);
}

QString createLogin(PgSession* admin, const QString& prefix, const QString& memberOf, const QString& password)
{
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QRandomGenerator::global()->bounded(1000000));
    // Identifiers cannot be bound; the name is ours (prefix + digits), the password goes through format().
    // "IS NOT NULL": set_config answers with the value it set, and the password is not to come back.
    exec(admin, QStringLiteral("SELECT set_config('ts.pw', ?, false) IS NOT NULL"), {password});
    const PgResult created
        = exec(admin,
               QStringLiteral("DO $$ BEGIN EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', "
                              "'%1', current_setting('ts.pw'), '%2'); END $$")
                   .arg(name, memberOf));
    exec(admin, QStringLiteral("SELECT set_config('ts.pw', '', false)"));
    return created.ok() ? name : QString();
}

std::unique_ptr<PgSession> sessionOfNewLogin(
    PgSession* admin, const QString& prefix, const QString& role, const QString& tenant, QStringList* logins)
{
    const QString password = randomSecret();
    const QString name = createLogin(admin, prefix, role, password);
    if (name.isEmpty())
        return nullptr;
    logins->append(name);
    if (!tenant.isEmpty())
        exec(admin,
             QStringLiteral("INSERT INTO tenant_members (tenant_id, db_role) VALUES (?::uuid, ?)"),
             {tenant, name});
    PgConfig config = adminProfile().pg;
    config.user = name;
    auto session = std::make_unique<PgSession>(config, password);
    session->open();
    return session;
}

QList<QByteArray> redisRulesOf(const QString& role, const QString& tenant)
{
    if (role == QLatin1String("platform_admin"))
        return RedisAcl::platformAdminRules();
    if (role == QLatin1String("support"))
        return RedisAcl::supportRules();
    if (role == QLatin1String("finance"))
        return RedisAcl::financeRules();
    return RedisAcl::tenantAdminRules(tenant);
}

std::unique_ptr<Operations> operationsAs(PgSession* admin,
                                         RedisClient* redisClient,
                                         const QString& role,
                                         const QString& tenant,
                                         QStringList* logins,
                                         QList<QByteArray>* redisUsers)
{
    const QString pgPassword = randomSecret();
    const QString login = createLogin(admin, QStringLiteral("ts_as"), role, pgPassword);
    if (login.isEmpty())
        return nullptr;
    logins->append(login);
    if (!tenant.isEmpty())
        exec(admin,
             QStringLiteral("INSERT INTO tenant_members (tenant_id, db_role) VALUES (?::uuid, ?)"),
             {tenant, login});
    const QString redisPassword = randomSecret();
    QList<QByteArray> setUser{"ACL", "SETUSER", login.toUtf8(), "reset", ">" + redisPassword.toUtf8()};
    setUser += redisRulesOf(role, tenant);
    if (redis(redisClient, setUser).isError())
        return nullptr;
    redisUsers->append(login.toUtf8());
    ConnectionProfile profile = adminProfile();
    profile.name = QStringLiteral("as-") + role;
    profile.pg.user = login;
    profile.redis.user = login;
    profile.useStandby = false;
    auto services = std::make_unique<Operations>(
        profile,
        ConnectionSecrets{SecretBuffer::copyOf(pgPassword.toUtf8()), SecretBuffer::copyOf(redisPassword.toUtf8())});
    services->connectAll();
    return services;
}

QString tenantNearQuota(PgSession* admin, RedisClient* client, const QString& name, int percent)
{
    const PgResult tenant = exec(admin,
                                 QStringLiteral("INSERT INTO tenants (slug, name, plan_id) VALUES ('ts-test-quota-' || "
                                                "substr(md5(random()::text), 1, 10), ?, 'starter') RETURNING id::text, "
                                                "(SELECT included_tokens FROM plans WHERE id = 'starter')"),
                                 {name});
    if (!tenant.ok() || tenant.rows.size() != 1)
        return {};
    const QString id = tenant.scalar().toString();
    const qint64 included = tenant.rows.first().at(1).toLongLong();
    const RedisReply set = redis(client,
                                 {"HSET",
                                  RedisKeys::usageMonthly(id, QDateTime::currentDateTimeUtc().date()),
                                  "tokens",
                                  QByteArray::number(included * percent / 100)});
    return set.isError() ? QString() : id;
}

void removeTenant(PgSession* admin, RedisClient* client, const QString& tenantId)
{
    if (tenantId.isEmpty())
        return;
    exec(admin, QStringLiteral("DELETE FROM tenants WHERE id = ?::uuid"), {tenantId});
    redis(client,
          {"DEL",
           RedisKeys::usageMonthly(tenantId, QDateTime::currentDateTimeUtc().date()),
           RedisKeys::quotaExceeded(tenantId)});
}

} // namespace TestServers
