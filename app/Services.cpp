#include "Services.h"

#include <PgSession.h>
#include <RedisClient.h>
#include <TenantRepository.h>

Services::Services(const ConnectionProfile& profile, const ConnectionSecrets& secrets)
    : m_profile(profile)
    , m_pg(std::make_unique<PgSession>(profile.pg, secrets.pgPassword))
    , m_redis(std::make_unique<RedisClient>(profile.redis, secrets.redisPassword))
    , m_tenants(std::make_unique<TenantRepository>(m_pg.get(), m_redis.get()))
{
}

Services::~Services() = default;

void Services::connectAll()
{
    m_pg->open();
    m_redis->connectToServer();
}
