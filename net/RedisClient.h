#pragma once

#include <net/ConnectionState.h>
#include <net/RedisCluster.h>
#include <net/RedisConfig.h>
#include <net/RedisReply.h>
#include <net/RespCodec.h>
#include <net/SecretBuffer.h>

#include <QFuture>
#include <QObject>

#include <memory>

class RedisConnection;

// TenantScope's Redis client, on the thread that owns it: one server (RedisConnection), or a Redis
// Cluster (RedisCluster routes each command to the master of its slot) when the profile says cluster=on.
// Callers send commands and pipelines the same way on both; what is about each node (SCAN, ACL) goes
// through onEachNode()/commandAt(), so a SCAN covers every master of a cluster.
class RedisClient : public QObject
{
    Q_OBJECT

public:
    // The client shares the password's buffer and reads it for each AUTH; nothing else keeps it.
    RedisClient(const RedisConfig& config, Secret password, QObject* parent = nullptr);
    // For scripts and tests that hold the password as a string: copied into a Secret.
    RedisClient(const RedisConfig& config, const QString& password, QObject* parent = nullptr);
    ~RedisClient() override;

    void connectToServer();
    void disconnectFromServer();

    QFuture<RedisReply> command(const RedisCommand& args);
    QFuture<QList<RedisReply>> pipeline(const QList<RedisCommand>& commands);

    bool isCluster() const { return m_cluster != nullptr; }
    // The servers that hold data: the one server, or every master of the cluster (host:port).
    QStringList masterAddresses() const;
    // A command for one node named by masterAddresses() (a SCAN cursor belongs to one node).
    QFuture<RedisReply> commandAt(const QString& node, const RedisCommand& args);
    // A command sent to every master (mastersOnly) or to every node of a cluster; once on one server.
    QFuture<QList<RedisNodeReply>> onEachNode(const RedisCommand& args, bool mastersOnly);
    // The cluster's nodes, slots and replicas; empty on one server.
    RedisClusterTopology topology() const;

    ConnectionState state() const;
    QString stateMessage() const;
    const RedisConfig& config() const { return m_config; }

signals:
    void stateChanged(ConnectionState state, const QString& message);
    void topologyChanged();

private:
    RedisConfig m_config;
    RedisConnection* m_single = nullptr;
    RedisCluster* m_cluster = nullptr;
};
