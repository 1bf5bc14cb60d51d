#pragma once

#include <models/platform/ConnectionProfile.h>
#include <models/platform/MigrationRunner.h>
#include <models/snapshot/SnapshotExporter.h>
#include <models/tenants/Tenant.h>

#include <memory>

class PgSession;
class StandbyMonitor;
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
class AnomalyRepository;
class DeliveryRepository;
class AlertSender;
class TenantRepository;
class UsageRepository;
class LocalKeyStore;
class SealedKeyRepository;
class PlaygroundRepository;
class SecretStore;
class QNetworkAccessManager;
class PlanOperations;
class AiConfigRepository;
class AiConfigPusher;
class AiConfigOperations;
class RedisUsers;
class QueueOperations;
class BillingOperations;
class TraceOperations;
class QueueControls;
class KeyOperations;
class Tenant360;
class HomeRepository;
class DemoDataGenerator;
class ConnectionStatus;
class QObject;

// One tenant as `tenants show` and the detail pane show it: the row in PostgreSQL and its live counters
// in Redis (unavailable, with the reason, when Redis could not be read).
struct TenantOverview
{
    TenantDetail detail;
    TenantLiveState live;
    QJsonObject toJson() const;
};

// The operations layer for one connection profile: a PostgreSQL session, a Redis client, the repositories
// over them (the reads) and the operations that chain several steps (save then push the limits, set a
// Redis user then audit it). Both shells (GUI and CLI) build one of these and call nothing below it.
class Operations
{
public:
    Operations(const ConnectionProfile& profile, const ConnectionSecrets& secrets);
    ~Operations();

    void connectAll();
    // Applies the platform contract's migrations (idempotent).
    QFuture<MigrationReport> migrate();
    // The status bar's view of both connections (owned by `parent`).
    ConnectionStatus* newConnectionStatus(QObject* parent);
    // Fills the servers with demo data (it refuses servers other than this machine's).
    std::unique_ptr<DemoDataGenerator> demoData();
    PgSession* pg() const { return m_pg.get(); }
    StandbyMonitor* standbyMonitor() const { return m_standbyMonitor.get(); }
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
    // Queue reads of several steps (overview, failures in every queue, jobs across states) and job actions.
    QueueOperations* queueOperations() const { return m_queueOperations.get(); }
    // The tenant's row and its live counters, read together.
    QFuture<Fetched<TenantOverview>> tenantOverview(const QString& tenantId) const;
    PlanRepository* plans() const { return m_plans.get(); }
    LimitsPusher* limitsPusher() const { return m_limitsPusher.get(); }
    // Plan and override saves followed by the limits push.
    PlanOperations* planOperations() const { return m_planOperations.get(); }
    // Feature flags and the tenants' AI configuration; changes followed by the ai_config push.
    AiConfigRepository* aiConfig() const { return m_aiConfig.get(); }
    AiConfigOperations* aiConfigOperations() const { return m_aiConfigOperations.get(); }
    // Redis ACL users per role, with their audit record; prefix from the profile.
    RedisUsers* redisUsers() const { return m_redisUsers.get(); }
    AuditRepository* audit() const { return m_audit.get(); }
    AlertRepository* alerts() const { return m_alerts.get(); }
    // Anomaly rules and the spikes they found; where alerts are sent and how each delivery went.
    AnomalyRepository* anomalies() const { return m_anomalies.get(); }
    DeliveryRepository* deliveries() const { return m_deliveries.get(); }
    // Sends the due deliveries from this console (platform admins; created on first use).
    AlertSender* alertSender();
    // Created on first use: only the GUI evaluates alerts in the background.
    AlertMonitor* alertMonitor();
    const ConnectionProfile& profile() const { return m_profile; }
    // What is wrong right now (the Home page, `home`): spend, failures, quotas and queues, or a tenant
    // admin's own tenant. Created on first use.
    HomeRepository* home();
    // Every part of the tenant 360 this connection has (what its grants allow is the servers' call).
    Tenant360* tenant360();
    // A support snapshot's sources: the 360's parts, failed executions and jobs, who exports it.
    SnapshotExporter::Source snapshotSource();
    // Created on first use: BYOK keys in the keychain, sealed uploads, the playground's data and HTTP.
    KeyOperations* keys();
    LocalKeyStore* localKeys();
    SealedKeyRepository* sealedKeys();
    PlaygroundRepository* playground();
    QNetworkAccessManager* network();
    // The Stripe key in the keychain and the billing reconciliation (created on first use).
    BillingOperations* billing();
    // Traces beyond one run: two executions compared node by node (created on first use).
    TraceOperations* traces();

private:
    ConnectionProfile m_profile;
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<PgSession> m_standby; // the profile's hot standby, when it names one
    std::unique_ptr<StandbyMonitor> m_standbyMonitor;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<TenantRepository> m_tenants;
    std::unique_ptr<UsageRepository> m_usage;
    std::unique_ptr<CostRepository> m_costs;
    std::unique_ptr<ExecutionRepository> m_executions;
    std::unique_ptr<ExecutionActions> m_executionActions;
    std::unique_ptr<ExecutionFeed> m_executionFeed;
    std::unique_ptr<QueueRepository> m_queues;
    std::unique_ptr<JobActions> m_jobActions;
    std::unique_ptr<QueueControls> m_queueControls;
    std::unique_ptr<QueueOperations> m_queueOperations;
    std::unique_ptr<BillingOperations> m_billing;
    std::unique_ptr<TraceOperations> m_traces;
    std::unique_ptr<PlanRepository> m_plans;
    std::unique_ptr<LimitsPusher> m_limitsPusher;
    std::unique_ptr<PlanOperations> m_planOperations;
    std::unique_ptr<AiConfigRepository> m_aiConfig;
    std::unique_ptr<AiConfigPusher> m_aiConfigPusher;
    std::unique_ptr<AiConfigOperations> m_aiConfigOperations;
    std::unique_ptr<RedisUsers> m_redisUsers;
    std::unique_ptr<AuditRepository> m_audit;
    std::unique_ptr<AlertRepository> m_alerts;
    std::unique_ptr<AnomalyRepository> m_anomalies;
    std::unique_ptr<DeliveryRepository> m_deliveries;
    std::unique_ptr<AlertSender> m_alertSender;
    std::unique_ptr<AlertMonitor> m_alertMonitor;
    std::unique_ptr<Tenant360> m_tenant360;
    std::unique_ptr<HomeRepository> m_home;
    std::unique_ptr<KeyOperations> m_keys;
    std::unique_ptr<SealedKeyRepository> m_sealedKeys;
    std::unique_ptr<PlaygroundRepository> m_playground;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
