#include "Services.h"

#include <CostRepository.h>
#include <PgSession.h>
#include <RedisClient.h>
#include <TenantRepository.h>
#include <UsageRepository.h>

Services::Services(const ConnectionProfile& profile, const ConnectionSecrets& secrets)
    : m_profile(profile)
    , m_pg(std::make_unique<PgSession>(profile.pg, secrets.pgPassword))
    , m_redis(std::make_unique<RedisClient>(profile.redis, secrets.redisPassword))
    , m_tenants(std::make_unique<TenantRepository>(m_pg.get(), m_redis.get()))
    , m_usage(std::make_unique<UsageRepository>(m_pg.get(), m_redis.get()))
    , m_costs(std::make_unique<CostRepository>(m_pg.get()))
{
}

Services::~Services() = default;

void Services::connectAll()
{
    m_pg->open();
    m_redis->connectToServer();
}
