#include <models/home/HomeRepository.h>
#include <models/operations/Operations.h>

#include <models/platform/ConnectionStatus.h>

#include <models/alerts/AlertDelivery.h>
#include <models/alerts/AlertMonitor.h>
#include <models/alerts/Alerts.h>
#include <models/alerts/Anomalies.h>
#include <models/costs/CostRepository.h>
#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionFeed.h>
#include <models/executions/ExecutionRepository.h>
#include <models/keys/ProviderKeys.h>
#include <models/operations/AiConfigOperations.h>
#include <models/operations/BillingOperations.h>
#include <models/operations/KeyOperations.h>
#include <models/operations/PlanOperations.h>
#include <models/operations/QueueOperations.h>
#include <models/operations/RedisUsers.h>
#include <models/operations/TraceOperations.h>
#include <models/plans/AiConfigPusher.h>
#include <models/plans/AiConfigRepository.h>
#include <models/plans/AuditRepository.h>
#include <models/plans/LimitsPusher.h>
#include <models/plans/PlanRepository.h>
#include <models/platform/DemoDataGenerator.h>
#include <models/playground/Playground.h>
#include <models/queues/JobActions.h>
#include <models/queues/QueueRepository.h>
#include <models/tenants/Tenant360.h>
#include <models/tenants/TenantRepository.h>
#include <models/usage/UsageRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/StandbyMonitor.h>

#include <async/Guarded.h>

#include <QJsonObject>
#include <QNetworkAccessManager>

Operations::Operations(const ConnectionProfile& profile, const ConnectionSecrets& secrets)
    : m_profile(profile)
    , m_pg(std::make_unique<PgSession>(profile.pg, secrets.pgPassword))
    , m_redis(std::make_unique<RedisClient>(profile.redis, secrets.redisPassword))
    , m_tenants(std::make_unique<TenantRepository>(m_pg.get(), m_redis.get()))
    , m_usage(std::make_unique<UsageRepository>(m_pg.get(), m_redis.get()))
    , m_costs(std::make_unique<CostRepository>(m_pg.get()))
    , m_executions(std::make_unique<ExecutionRepository>(m_pg.get()))
    , m_executionActions(std::make_unique<ExecutionActions>(m_pg.get()))
    , m_queues(std::make_unique<QueueRepository>(m_redis.get(), profile.queuePrefix))
    , m_jobActions(std::make_unique<JobActions>(*m_queues, m_pg.get()))
    , m_queueControls(std::make_unique<QueueControls>(m_redis.get(), *m_queues, m_pg.get(), m_redis.get()))
    , m_queueOperations(
          std::make_unique<QueueOperations>(m_queues.get(), m_jobActions.get(), m_queueControls.get(), m_redis.get()))
    , m_plans(std::make_unique<PlanRepository>(m_pg.get()))
    , m_limitsPusher(std::make_unique<LimitsPusher>(m_pg.get(), m_redis.get()))
    , m_planOperations(
          std::make_unique<PlanOperations>(m_plans.get(), m_limitsPusher.get(), m_redis.get(), m_tenants.get()))
    , m_aiConfig(std::make_unique<AiConfigRepository>(m_pg.get()))
    , m_aiConfigPusher(std::make_unique<AiConfigPusher>(m_pg.get(), m_redis.get()))
    , m_aiConfigOperations(
          std::make_unique<AiConfigOperations>(m_aiConfig.get(), m_aiConfigPusher.get(), m_redis.get()))
    , m_redisUsers(std::make_unique<RedisUsers>(m_pg.get(), m_redis.get(), profile.queuePrefix))
    , m_audit(std::make_unique<AuditRepository>(m_pg.get()))
    , m_alerts(std::make_unique<AlertRepository>(m_pg.get(), m_redis.get()))
    , m_anomalies(std::make_unique<AnomalyRepository>(m_pg.get()))
    , m_deliveries(std::make_unique<DeliveryRepository>(m_pg.get()))
{
    m_pg->setReadTimeoutMs(profile.readTimeoutSeconds * 1000);
    if (profile.useStandby) {
        // Physical replication copies the roles too: the standby takes the primary's login and password.
        m_standby = std::make_unique<PgSession>(profile.standby, secrets.pgPassword);
        m_standby->setReadTimeoutMs(profile.readTimeoutSeconds * 1000);
        m_standbyMonitor = std::make_unique<StandbyMonitor>(m_pg.get(), m_standby.get());
        m_standbyMonitor->setLagBoundSeconds(profile.standbyLagBoundSeconds);
        m_pg->setStandby(m_standbyMonitor.get());
    }
}

AlertMonitor* Operations::alertMonitor()
{
    if (!m_alertMonitor) {
        m_alertMonitor = std::make_unique<AlertMonitor>(m_alerts.get(), m_pg.get());
        m_alertMonitor->setSpikes(m_anomalies.get());
        m_alertMonitor->setSender(alertSender());
    }
    return m_alertMonitor.get();
}

AlertSender* Operations::alertSender()
{
    if (!m_alertSender)
        m_alertSender = std::make_unique<AlertSender>(m_deliveries.get(), network());
    return m_alertSender.get();
}

QFuture<MigrationReport> Operations::migrate()
{
    return MigrationRunner::run(m_pg.get());
}

ConnectionStatus* Operations::newConnectionStatus(QObject* parent)
{
    return new ConnectionStatus(m_pg.get(), m_redis.get(), parent);
}

std::unique_ptr<DemoDataGenerator> Operations::demoData()
{
    return std::make_unique<DemoDataGenerator>(m_pg.get(), m_redis.get(), m_queues->prefix());
}

HomeRepository* Operations::home()
{
    if (!m_home)
        m_home = std::make_unique<HomeRepository>(m_pg.get(), m_queueOperations.get(), m_redis.get());
    return m_home.get();
}

Tenant360* Operations::tenant360()
{
    if (!m_tenant360)
        m_tenant360 = std::make_unique<Tenant360>(m_usage.get(),
                                                  m_executions.get(),
                                                  m_queues.get(),
                                                  m_alerts.get(),
                                                  sealedKeys(),
                                                  m_audit.get(),
                                                  m_aiConfig.get());
    return m_tenant360.get();
}

SnapshotExporter::Source Operations::snapshotSource()
{
    SnapshotExporter::Source source;
    source.tenants = m_tenants.get();
    source.parts = tenant360();
    source.executions = m_executions.get();
    source.queues = m_queues.get();
    source.profileName = m_profile.name;
    source.exportedBy = m_profile.pg.user;
    source.appVersion = QStringLiteral(TS_VERSION);
    return source;
}

ExecutionFeed* Operations::executionFeed()
{
    if (!m_executionFeed)
        m_executionFeed = std::make_unique<ExecutionFeed>(m_pg.get());
    return m_executionFeed.get();
}

KeyOperations* Operations::keys()
{
    if (!m_keys)
        m_keys = std::make_unique<KeyOperations>(m_profile.name, m_profile.allowUnencryptedKeys);
    return m_keys.get();
}

LocalKeyStore* Operations::localKeys()
{
    return keys()->store();
}

QJsonObject TenantOverview::toJson() const
{
    QJsonObject object = detail.toJson();
    object.insert(QStringLiteral("live"), live.toJson());
    return object;
}

QFuture<Fetched<TenantOverview>> Operations::tenantOverview(const QString& tenantId) const
{
    // Both reads start now; the Redis half is awaited once PostgreSQL has answered.
    QFuture<TenantLiveState> live = m_tenants->liveState(tenantId);
    return m_tenants->detail(tenantId)
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_redis.get(),
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<TenantOverview>()); },
                  [live](const Fetched<TenantDetail>& detail) mutable {
                      if (!detail.ok())
                          return refusedFuture<TenantOverview>(detail.error);
                      return live.then([row = detail.value](const TenantLiveState& state) {
                          return Fetched<TenantOverview>{QString(), TenantOverview{row, state}};
                      });
                  }))
        .unwrap();
}

SealedKeyRepository* Operations::sealedKeys()
{
    if (!m_sealedKeys)
        m_sealedKeys = std::make_unique<SealedKeyRepository>(m_pg.get());
    return m_sealedKeys.get();
}

PlaygroundRepository* Operations::playground()
{
    if (!m_playground)
        m_playground = std::make_unique<PlaygroundRepository>(m_pg.get());
    return m_playground.get();
}

TraceOperations* Operations::traces()
{
    if (!m_traces)
        m_traces = std::make_unique<TraceOperations>(m_executions.get());
    return m_traces.get();
}

BillingOperations* Operations::billing()
{
    if (!m_billing)
        m_billing
            = std::make_unique<BillingOperations>(m_pg.get(), network(), m_profile.name, QUrl(m_profile.stripeApiBase));
    return m_billing.get();
}

QNetworkAccessManager* Operations::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

Operations::~Operations()
{
    if (m_pg)
        m_pg->setStandby(nullptr); // the monitor goes first
}

void Operations::connectAll()
{
    m_pg->open();
    if (m_standby) {
        m_standby->open();
        m_standbyMonitor->start();
    }
    m_redis->connectToServer();
}
