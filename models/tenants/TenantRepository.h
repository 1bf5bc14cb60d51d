#pragma once

#include <models/common/Fetched.h>
#include <models/tenants/Tenant.h>

#include <QFuture>
#include <QHash>
#include <QVector>

class PgSession;
class RedisClient;

// Everything the Tenants page and `tenantscope-cli tenants` read. The server's row-level security
// decides which tenants a login sees; a query about one tenant also names it explicitly.
class TenantRepository
{
public:
    TenantRepository(PgSession* pg, RedisClient* redis);

    struct Page
    {
        QString search;
        QString afterName; // keyset: the last row of the previous page
        QString afterId;
        int limit = 100;
    };
    QFuture<Fetched<QVector<TenantSummary>>> list(const Page& page) const;
    QFuture<Fetched<TenantDetail>> detail(const QString& tenantId) const;
    QFuture<TenantLiveState> liveState(const QString& tenantId) const;
    // Names of the given tenants (those the login may see); ids that are not UUIDs are skipped.
    QFuture<Fetched<QHash<QString, QString>>> names(const QStringList& tenantIds) const;

    // Escapes LIKE wildcards so "50%" finds "50%" and not everything.
    static QString likePattern(const QString& term);

private:
    PgSession* m_pg;
    RedisClient* m_redis;
};
