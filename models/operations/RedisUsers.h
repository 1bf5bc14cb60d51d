#pragma once

#include <models/common/Fetched.h>

#include <QFuture>
#include <QString>

class PgSession;
class RedisClient;

// `tenantscope-cli redis-user`: creates or resets a person's Redis ACL user with the exact rules of their
// role (RedisAcl), then writes the audit record through audit_redis_action. One operation, so no shell
// sets a user without its record.
class RedisUsers
{
public:
    RedisUsers(PgSession* pg, RedisClient* redis, QString queuePrefix);

    // The problem with a role, name and tenant before anything is sent (empty: fine).
    static QString validate(const QString& role, const QString& name, const QString& tenant);

    // `password` is wiped here once it has been sent. The result says what was done, or why not.
    QFuture<Fetched<QString>> setUser(
        const QString& role, const QString& name, const QString& tenant, QString password, const QString& via) const;

private:
    PgSession* m_pg;
    RedisClient* m_redis;
    QString m_queuePrefix;
};
