#pragma once

#include <models/platform/ConnectionProfile.h>
#include <net/PgResult.h>
#include <net/RedisReply.h>

#include <QStringList>

#include <memory>

class PgSession;
class RedisClient;
class Operations;

// The private servers `scripts/services` started, as the TS_* variables describe them. Integration
// tests FAIL (never skip) when those are missing: a suite that silently skips proves nothing.
namespace TestServers
{
bool available(QString* why);
ConnectionProfile adminProfile();
ConnectionSecrets adminSecrets();
std::unique_ptr<PgSession> adminPg();
std::unique_ptr<RedisClient> adminRedis();

// Blocking helpers for tests only.
PgResult exec(PgSession* session, const QString& sql, const QVariantList& params = {}, int timeoutMs = 60000);
RedisReply redis(RedisClient* client, const QList<QByteArray>& args);
QString randomSecret();

// The contract's four group roles, in the order the security tables list them.
const QStringList& roles();

// A throwaway login role with a random password, dropped by the test's cleanup.
QString createLogin(PgSession* admin, const QString& prefix, const QString& memberOf, const QString& password);

// A session of a new throwaway login in `role` (a member of `tenant` when given), its name appended to
// `logins` for the test's cleanup; nullptr when the login could not be made.
std::unique_ptr<PgSession> sessionOfNewLogin(
    PgSession* admin, const QString& prefix, const QString& role, const QString& tenant, QStringList* logins);

// A new starter-plan tenant whose month-to-date tokens in Redis stand at `percent` % of its included
// tokens, so the next alert evaluation fires its thresholds. The demo data's own open alerts depend on the
// day of the month (early in a month there are none, as in a real one), so a test that needs open alerts
// makes them. Returns the tenant's id, empty on failure; removeTenant undoes it.
// The Redis ACL rules of a contract role (tenant_admin: of `tenant`).
QList<QByteArray> redisRulesOf(const QString& role, const QString& tenant);

// The operations layer under a new throwaway login of `role` (platform roles, or tenant_admin of `tenant`),
// with a Redis user of that role's ACL; the login and user are appended for the test's cleanup. Reads go
// to the primary (the standby's login is the admin's). nullptr when either could not be made.
std::unique_ptr<Operations> operationsAs(PgSession* admin,
                                         RedisClient* redis,
                                         const QString& role,
                                         const QString& tenant,
                                         QStringList* logins,
                                         QList<QByteArray>* redisUsers);

QString tenantNearQuota(PgSession* admin, RedisClient* redis, const QString& name, int percent);
void removeTenant(PgSession* admin, RedisClient* redis, const QString& tenantId);
} // namespace TestServers

#define TS_REQUIRE_SERVERS()                                                                                           \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (!TestServers::available(&why_))                                                                            \
            QFAIL(qPrintable(why_));                                                                                   \
    } while (false)
