// Live counters of every tenant (today's usage hash of each, read in one pipelined batch and summed, as
// the pages do), on the single Redis and on the Redis Cluster of `scripts/services start --cluster`,
// measured in the same run. The single node is the baseline: the cluster splits the batch per master and
// answers in order. The cluster gets the same hashes first (copied from the single node), and both must
// give the same totals.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/platform/RedisKeys.h>
#include <models/usage/UsageRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/RedisConfig.h>

#include "BenchSupport.h"

#include <QDateTime>
#include <QTcpSocket>

namespace
{
QList<RedisReply> runPipeline(RedisClient* client, const QList<RedisCommand>& commands)
{
    auto future = client->pipeline(commands);
    if (!awaitFuture(future, 60000))
        qFatal("pipeline timed out");
    return future.result();
}

std::unique_ptr<RedisClient> clusterClient(QString* why)
{
    const QString url = qEnvironmentVariable("TS_REDIS_CLUSTER_URL");
    if (url.isEmpty()) {
        *why = QStringLiteral("TS_REDIS_CLUSTER_URL is not set: start the servers with scripts/services start "
                              "--cluster");
        return nullptr;
    }
    QString error;
    const RedisConfig config = RedisConfig::fromUrl(url, &error);
    if (!error.isEmpty()) {
        *why = error;
        return nullptr;
    }
    auto client = std::make_unique<RedisClient>(config, TestServers::adminSecrets().redisPassword);
    client->connectToServer();
    return client;
}

// Copies the hashes of keys from one server to the other (HGETALL, HSET); how many exist.
int copyHashes(RedisClient* from, RedisClient* to, const QList<QByteArray>& keys)
{
    QList<RedisCommand> reads;
    for (const QByteArray& key : keys)
        reads.append({"HGETALL", key});
    const QList<RedisReply> source = runPipeline(from, reads);
    QList<RedisCommand> writes;
    for (int i = 0; i < keys.size(); ++i) {
        const RedisReply& hash = source.at(i);
        if (hash.isError())
            qFatal("reading %s: %s", keys.at(i).constData(), hash.text.constData());
        if (hash.elements.isEmpty())
            continue;
        RedisCommand write{"HSET", keys.at(i)};
        for (const RedisReply& element : hash.elements)
            write << element.text;
        writes << write;
    }
    for (const RedisReply& reply : runPipeline(to, writes)) {
        if (reply.isError())
            qFatal("writing: %s", reply.text.constData());
    }
    return int(writes.size());
}

// The server's own share: the same commands over a bare socket that only counts the bytes of the
// answer (no parsing, no objects). What a client cannot go below on this machine.
class RawPipeline
{
public:
    RawPipeline(const RedisConfig& config, const QByteArray& password, const QList<RedisCommand>& commands)
    {
        m_socket.connectToHost(config.host, quint16(config.port));
        if (!m_socket.waitForConnected(5000))
            qFatal("raw socket: %s", qPrintable(m_socket.errorString()));
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.write(formatRedisCommand({"AUTH", config.user.toUtf8(), password}));
        m_socket.waitForReadyRead(5000);
        m_socket.readAll();
        for (const RedisCommand& command : commands)
            appendRedisCommand(m_wire, command);
        // The answer's size, learnt once: everything that arrives until the server goes quiet.
        m_socket.write(m_wire);
        while (m_socket.waitForReadyRead(500))
            m_answerBytes += m_socket.readAll().size();
    }

    void once()
    {
        m_socket.write(m_wire);
        qint64 received = 0;
        while (received < m_answerBytes && m_socket.waitForReadyRead(10000))
            received += m_socket.readAll().size();
        if (received != m_answerBytes)
            qFatal("raw socket: %lld of %lld bytes", received, m_answerBytes);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_wire;
    qint64 m_answerBytes = 0;
};

UsageRepository::LiveTotals liveTotals(const UsageRepository& usage, const QStringList& tenants, QDate today)
{
    auto future = usage.liveToday(tenants, today);
    if (!awaitFuture(future, 60000))
        qFatal("live counters timed out");
    const UsageRepository::LiveTotals totals = future.result();
    if (!totals.available)
        qFatal("live counters: %s", qPrintable(totals.error));
    return totals;
}
} // namespace

int runRedisBench()
{
    using namespace Bench;
    auto pg = TestServers::adminPg();
    auto single = TestServers::adminRedis();
    QString why;
    auto cluster = clusterClient(&why);
    if (!cluster) {
        QTextStream(stderr) << why << Qt::endl;
        return 1;
    }
    const PgResult ids = TestServers::exec(pg.get(), QStringLiteral("SELECT id::text FROM tenants"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate month(today.year(), today.month(), 1);
    QStringList tenants;
    QList<QByteArray> dailyKeys;
    QList<QByteArray> monthlyKeys;
    for (const auto& row : ids.rows) {
        tenants << row.first().toString();
        dailyKeys << RedisKeys::usageDaily(tenants.last(), today);
        monthlyKeys << RedisKeys::usageMonthly(tenants.last(), month);
    }
    // The same counters on the cluster, each key on its own slot's master.
    const int daily = copyHashes(single.get(), cluster.get(), dailyKeys);
    const int monthly = copyHashes(single.get(), cluster.get(), monthlyKeys);

    // What the pages read: today's counters of every tenant (the Usage page's "all tenants", reconciled
    // live), through the repository, summed. Both servers must give the same totals.
    UsageRepository onSingle(pg.get(), single.get());
    UsageRepository onCluster(pg.get(), cluster.get());
    const UsageRepository::LiveTotals singleTotals = liveTotals(onSingle, tenants, today);
    const UsageRepository::LiveTotals clusterTotals = liveTotals(onCluster, tenants, today);
    if (singleTotals.promptTokens != clusterTotals.promptTokens || singleTotals.requests != clusterTotals.requests
        || singleTotals.costUsd != clusterTotals.costUsd)
        qFatal("the cluster's totals differ from the single node's");
    const int runs = 40;
    const Stats liveSingle = measure(runs, [&] { liveTotals(onSingle, tenants, today); });
    QList<RedisCommand> liveReads;
    for (const QByteArray& key : std::as_const(dailyKeys))
        liveReads.append({"HMGET", key, "prompt_tokens", "completion_tokens", "requests", "cost_usd"});
    RawPipeline raw(
        TestServers::adminProfile().redis, TestServers::adminSecrets().redisPassword->view().toByteArray(), liveReads);
    const Stats serverOnly = measure(runs, [&] { raw.once(); });
    const Stats liveCluster = measure(runs, [&] { liveTotals(onCluster, tenants, today); });
    QJsonObject data{{QStringLiteral("tenants"), double(tenants.size())},
                     {QStringLiteral("hashes"), daily},
                     {QStringLiteral("cluster_masters"), int(cluster->masterAddresses().size())},
                     {QStringLiteral("target_p95_ms"), 30},
                     {QStringLiteral("requests_today"), double(singleTotals.requests)}};
    report(QStringLiteral("redis.live_today_all_tenants_single_node"),
           liveSingle,
           QStringLiteral("raw_socket_no_parsing"),
           serverOnly,
           data);
    report(QStringLiteral("redis.live_today_all_tenants_cluster"),
           liveCluster,
           QStringLiteral("single_node"),
           liveSingle,
           data);

    // Every field of every tenant's month (HGETALL): more than any page reads, for comparison with
    // earlier runs of this benchmark.
    QList<RedisCommand> reads;
    for (const QByteArray& key : std::as_const(monthlyKeys))
        reads.append({"HGETALL", key});
    const auto readAll = [&](RedisClient* client) {
        int hashes = 0;
        for (const RedisReply& reply : runPipeline(client, reads)) {
            if (reply.isError())
                qFatal("%s", reply.text.constData());
            hashes += reply.elements.isEmpty() ? 0 : 1;
        }
        if (hashes != monthly)
            qFatal("read %d hashes, expected %d", hashes, monthly);
    };
    const Stats allSingle = measure(runs, [&] { readAll(single.get()); });
    const Stats allCluster = measure(runs, [&] { readAll(cluster.get()); });
    data.insert(QStringLiteral("hashes"), monthly);
    data.remove(QStringLiteral("target_p95_ms"));
    report(QStringLiteral("redis.hgetall_month_all_tenants_single_node"),
           allSingle,
           QStringLiteral("itself"),
           allSingle,
           data);
    report(QStringLiteral("redis.hgetall_month_all_tenants_cluster"),
           allCluster,
           QStringLiteral("single_node"),
           allSingle,
           data);
    // The copies go again: the integration tests share this cluster and need slots with no keys in them
    // (a slot migration test moves an empty slot back and forth).
    QList<RedisCommand> removals;
    for (const QList<QByteArray>* keys : {&dailyKeys, &monthlyKeys}) {
        for (const QByteArray& key : *keys)
            removals.append({"DEL", key});
    }
    for (const RedisReply& reply : runPipeline(cluster.get(), removals)) {
        if (reply.isError())
            qFatal("removing the copies: %s", reply.text.constData());
    }
    return liveSingle.p95 <= 30 && liveCluster.p95 <= 30 ? 0 : 1;
}
