#pragma once

#include <ConnectionProfile.h>

#include <memory>

class PgSession;
class RedisClient;
class CostRepository;
class ExecutionActions;
class ExecutionFeed;
class ExecutionRepository;
class JobActions;
class QueueRepository;
class PlanRepository;
class LimitsPusher;
class AuditRepository;
class AlertRepository;
class AlertMonitor;
class TenantRepository;
class UsageRepository;
class LocalKeyStore;
class SealedKeyRepository;
class PlaygroundRepository;
class SecretStore;
class QNetworkAccessManager;

// The service layer for one connection profile: a PostgreSQL session, a Redis client and the
// repositories over them. Both front ends (GUI and CLI) build one of these.
class Services
{
public:
    Services(const ConnectionProfile& profile, const ConnectionSecrets& secrets);
    ~Services();

    void connectAll();
    PgSession* pg() const { return m_pg.get(); }
    RedisClient* redis() const { return m_redis.get(); }
    TenantRepository* tenants() const { return m_tenants.get(); }
    UsageRepository* usage() const { return m_usage.get(); }
    CostRepository* costs() const { return m_costs.get(); }
    ExecutionRepository* executions() const { return m_executions.get(); }
    ExecutionActions* executionActions() const { return m_executionActions.get(); }
    // Created on first use: only the GUI listens for live execution changes.
    ExecutionFeed* executionFeed();
    QueueRepository* queues() const { return m_queues.get(); }
    JobActions* jobActions() const { return m_jobActions.get(); }
    PlanRepository* plans() const { return m_plans.get(); }
    LimitsPusher* limitsPusher() const { return m_limitsPusher.get(); }
    AuditRepository* audit() const { return m_audit.get(); }
    AlertRepository* alerts() const { return m_alerts.get(); }
    // Created on first use: only the GUI evaluates alerts in the background.
    AlertMonitor* alertMonitor();
    const ConnectionProfile& profile() const { return m_profile; }
    // Created on first use: BYOK keys in the keychain, sealed uploads, the playground's data and HTTP.
    LocalKeyStore* localKeys();
    SealedKeyRepository* sealedKeys();
    PlaygroundRepository* playground();
    QNetworkAccessManager* network();

private:
    ConnectionProfile m_profile;
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<TenantRepository> m_tenants;
    std::unique_ptr<UsageRepository> m_usage;
    std::unique_ptr<CostRepository> m_costs;
    std::unique_ptr<ExecutionRepository> m_executions;
    std::unique_ptr<ExecutionActions> m_executionActions;
    std::unique_ptr<ExecutionFeed> m_executionFeed;
    std::unique_ptr<QueueRepository> m_queues;
    std::unique_ptr<JobActions> m_jobActions;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<LimitsPusher> m_limitsPusher;
    std::unique_ptr<AuditRepository> m_audit;
    std::unique_ptr<AlertRepository> m_alerts;
    std::unique_ptr<AlertMonitor> m_alertMonitor;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LocalKeyStore> m_localKeys;
    std::unique_ptr<SealedKeyRepository> m_sealedKeys;
    std::unique_ptr<PlaygroundRepository> m_playground;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
