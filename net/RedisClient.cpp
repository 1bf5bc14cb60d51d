#include <net/RedisClient.h>

#include <net/RedisConnection.h>

RedisClient::RedisClient(const RedisConfig& config, const QString& password, QObject* parent)
    : RedisClient(config, SecretBuffer::copyOf(password.toUtf8()), parent)
{
}

RedisClient::RedisClient(const RedisConfig& config, Secret password, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<ConnectionState>();
    if (config.cluster) {
        m_cluster = new RedisCluster(config, std::move(password), this);
        connect(m_cluster, &RedisCluster::stateChanged, this, &RedisClient::stateChanged);
        connect(m_cluster, &RedisCluster::topologyChanged, this, &RedisClient::topologyChanged);
    } else {
        m_single = new RedisConnection(config, std::move(password), this);
        connect(m_single, &RedisConnection::stateChanged, this, &RedisClient::stateChanged);
    }
}

RedisClient::~RedisClient() = default;

void RedisClient::connectToServer()
{
    m_cluster ? m_cluster->connectToServer() : m_single->connectToServer();
}

void RedisClient::disconnectFromServer()
{
    m_cluster ? m_cluster->disconnectFromServer() : m_single->disconnectFromServer();
}

QFuture<RedisReply> RedisClient::command(const RedisCommand& args)
{
    return pipeline({args}).then([](const QList<RedisReply>& replies) {
        return replies.isEmpty() ? RedisReply::error(QByteArrayLiteral("no reply")) : replies.first();
    });
}

QFuture<QList<RedisReply>> RedisClient::pipeline(const QList<RedisCommand>& commands)
{
    return m_cluster ? m_cluster->pipeline(commands) : m_single->pipeline(commands);
}

QStringList RedisClient::masterAddresses() const
{
    return m_cluster ? m_cluster->masterAddresses() : QStringList{m_single->address()};
}

QFuture<RedisReply> RedisClient::commandAt(const QString& node, const RedisCommand& args)
{
    if (m_cluster)
        return m_cluster->commandAt(node, args);
    Q_ASSERT(node == m_single->address());
    return command(args);
}

QFuture<QList<RedisNodeReply>> RedisClient::onEachNode(const RedisCommand& args, bool mastersOnly)
{
    if (m_cluster)
        return m_cluster->onEachNode(args, mastersOnly);
    const QString node = m_single->address();
    return command(args).then([node](const RedisReply& reply) { return QList<RedisNodeReply>{{node, reply}}; });
}

RedisClusterTopology RedisClient::topology() const
{
    return m_cluster ? m_cluster->topology() : RedisClusterTopology{};
}

ConnectionState RedisClient::state() const
{
    return m_cluster ? m_cluster->state() : m_single->state();
}

QString RedisClient::stateMessage() const
{
    return m_cluster ? m_cluster->stateMessage() : m_single->stateMessage();
}
