#include <models/platform/ConnectionStatus.h>

#include <models/platform/ConnectionProfile.h>

#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/StandbyMonitor.h>

ConnectionStatus::ConnectionStatus(PgSession* pg, RedisClient* redis, QObject* parent)
    : QObject(parent)
    , m_pg(pg)
    , m_redis(redis)
{
    connect(m_pg, &PgSession::stateChanged, this, &ConnectionStatus::changed);
    connect(m_redis, &RedisClient::stateChanged, this, &ConnectionStatus::changed);
    connect(m_redis, &RedisClient::topologyChanged, this, &ConnectionStatus::changed);
    // Reads served by the standby are as much "a query running" as the primary's: both show the
    // Cancel button, and Cancel stops both.
    const auto busyChanged = [this] { emit postgresBusyChanged(postgresBusy()); };
    connect(m_pg, &PgSession::busyChanged, this, busyChanged);
    if (m_pg->standby()) {
        connect(m_pg->standby(), &StandbyMonitor::changed, this, &ConnectionStatus::changed);
        connect(m_pg->standby()->standby(), &PgSession::busyChanged, this, busyChanged);
    }
}

bool ConnectionStatus::postgresBusy() const
{
    return m_pg->isBusy() || (m_pg->standby() && m_pg->standby()->standby()->isBusy());
}

void ConnectionStatus::cancelPostgresQuery()
{
    m_pg->cancelRunningQuery();
    if (m_pg->standby())
        m_pg->standby()->standby()->cancelRunningQuery();
}

ConnectionState ConnectionStatus::postgresState() const
{
    return m_pg->state();
}

QString ConnectionStatus::postgresMessage() const
{
    return m_pg->stateMessage();
}

ConnectionState ConnectionStatus::redisState() const
{
    return m_redis->state();
}

QString ConnectionStatus::redisMessage() const
{
    return m_redis->stateMessage();
}

bool ConnectionStatus::hasStandby() const
{
    return m_pg->standby() != nullptr;
}

bool ConnectionStatus::standbyOffersPrimary() const
{
    return m_pg->standby() && m_pg->standby()->pastBound() && !m_pg->standby()->primaryWhileBehind();
}

void ConnectionStatus::readFromPrimaryWhileBehind()
{
    if (m_pg->standby())
        m_pg->standby()->setPrimaryWhileBehind(true);
}

bool ConnectionStatus::standbyUsable() const
{
    return m_pg->standby() && m_pg->standby()->usable();
}

QString ConnectionStatus::standbyMessage() const
{
    return m_pg->standby() ? m_pg->standby()->describe() : QString();
}

bool ConnectionStatus::redisIsCluster() const
{
    return m_redis->isCluster();
}

QList<ClusterNodeRow> ConnectionStatus::clusterNodes() const
{
    const RedisClusterTopology topology = m_redis->topology();
    QHash<QString, QString> addressOf;
    for (const RedisClusterNode& node : topology.nodes)
        addressOf.insert(node.id, node.address);
    QList<ClusterNodeRow> rows;
    for (const RedisClusterNode& node : topology.nodes) {
        ClusterNodeRow row;
        row.address = node.address;
        row.master = node.master;
        row.slotRanges = node.slotsText();
        row.replicaOf = addressOf.value(node.masterId);
        row.down = !node.online;
        rows << row;
    }
    return rows;
}

QStringList ConnectionStatus::transportWarnings() const
{
    QStringList warnings = ::transportWarnings(m_pg->config(), m_redis->config());
    if (m_unencryptedKeysAllowed)
        warnings << unencryptedKeysWarning();
    return warnings;
}

void ConnectionStatus::setUnencryptedKeysAllowed(bool allowed)
{
    m_unencryptedKeysAllowed = allowed;
    emit changed();
}

QString ConnectionStatus::profileDescription() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(m_pg->config().user, m_pg->config().host)
        .arg(m_pg->config().port)
        .arg(m_pg->config().database);
}
