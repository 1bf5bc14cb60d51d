#pragma once

#include <net/ConnectionState.h>
#include <net/RedisConfig.h>
#include <net/RedisReply.h>
#include <net/RespCodec.h>
#include <net/SecretBuffer.h>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

class RedisConnection;

// One node of a Redis Cluster as CLUSTER SHARDS (or CLUSTER SLOTS) describes it.
struct RedisClusterNode
{
    QString id;
    QString address; // host:port that TenantScope connects to
    bool master = false;
    bool online = true; // false when the cluster marks it failed (or we cannot reach it)
    QString masterId; // for a replica, the id of its master
    QList<QPair<int, int>> slotRanges; // for a master, the slot ranges it serves

    QString slotsText() const; // "0-5460, 10923"
};

struct RedisClusterTopology
{
    QList<RedisClusterNode> nodes; // masters first, each followed by its replicas
    // Asked over TLS, and some node has no TLS port in CLUSTER SHARDS (servers with tls-cluster no only
    // publish their plain ports): TLS to them would go to a plain port.
    bool tlsPortsMissing = false;

    QList<RedisClusterNode> masters() const;
    int replicaCount() const;
    int coveredSlots() const;
};

// An answer of one node to a command sent to each node on purpose (SCAN, ACL SETUSER, DBSIZE).
struct RedisNodeReply
{
    QString node;
    RedisReply reply;
};

// The routing half of RedisClient on a Redis Cluster: learns the topology, keeps a connection per master,
// sends every command to the master of its keys' slot, splits a pipeline per node and puts the answers
// back in order, follows MOVED and ASK, and waits out a failover for what may safely be sent again.
// A request whose keys are in different slots, or whose keys it cannot tell, is refused before sending.
class RedisCluster : public QObject
{
    Q_OBJECT

public:
    RedisCluster(const RedisConfig& config, Secret password, QObject* parent = nullptr);
    ~RedisCluster() override;

    void connectToServer();
    void disconnectFromServer();

    QFuture<QList<RedisReply>> pipeline(const QList<RedisCommand>& commands);
    QFuture<RedisReply> commandAt(const QString& node, const RedisCommand& command);
    QFuture<QList<RedisNodeReply>> onEachNode(const RedisCommand& command, bool mastersOnly);

    QStringList masterAddresses() const;
    const RedisClusterTopology& topology() const { return m_topology; }
    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }

    // How long a command that may be sent again waits for a replica to take over a dead master.
    static constexpr int kFailoverWaitMs = 10000;

signals:
    void stateChanged(ConnectionState state, const QString& message);
    void topologyChanged();

private:
    struct Unit;
    struct Request;
    using UnitRef = QPair<std::shared_ptr<Request>, int>;

    void dispatch(const QList<UnitRef>& units);
    void onNodeReplies(const QString& node, const QList<UnitRef>& units, const QList<RedisReply>& replies);
    // The unit's replies are replies[from], replies[from + step], ...
    static void
    finishUnit(const UnitRef& ref, const QList<RedisReply>& replies, qsizetype from = 0, qsizetype step = 1);
    void retryLater(const QList<UnitRef>& units);
    void whenTopologyKnown(std::function<void()> then);

    RedisConnection* connectionTo(const QString& address, QString* problem);
    void refreshTopology();
    void tryRefreshFrom(QStringList candidates, QString lastError);
    void applyTopology(const RedisClusterTopology& topology);
    void refreshFailed(const QString& reason, bool final);
    void updateState();
    void setState(ConnectionState state, const QString& message);
    QString nodeAddress(const QString& redirectTarget) const;
    QString anyMaster() const;

    RedisConfig m_config;
    Secret m_password;
    bool m_wanted = false;
    QHash<QString, RedisConnection*> m_connections;
    RedisClusterTopology m_topology;
    QVector<QString> m_slotOwner; // slot -> address of its master
    QHash<QString, QString> m_aliases; // every host:port a node is known by -> its address
    bool m_refreshing = false;
    std::vector<std::function<void()>> m_waitingForTopology;
    QTimer m_refreshTimer;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateMessage;
    QString m_fatal; // not a cluster, or refused: said once, not retried
    QString m_problem; // why the last topology read failed
};
