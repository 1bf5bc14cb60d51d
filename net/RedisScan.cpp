#include <net/RedisScan.h>

#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace
{
// A walk that keeps itself alive through its own continuations.
struct ScanWalk : std::enable_shared_from_this<ScanWalk>
{
    QPointer<RedisClient> redis; // the profile may be closed between two pages
    QByteArray pattern;
    QByteArray count;
    QStringList nodes;
    RedisScanResult result;
    QPromise<RedisScanResult> promise;

    void finish(const QString& error)
    {
        result.error = error;
        promise.addResult(result);
        promise.finish();
    }

    void page(const QByteArray& cursor)
    {
        if (!redis) {
            finish(QCoreApplication::translate("RedisScan", "The connection was closed before Redis answered."));
            return;
        }
        if (nodes.isEmpty()) {
            finish({});
            return;
        }
        auto self = shared_from_this();
        redis->commandAt(nodes.first(), {"SCAN", cursor, "MATCH", pattern, "COUNT", count})
            .then(QCoreApplication::instance(), [self](const RedisReply& reply) {
                if (reply.isError() || reply.elements.size() != 2) {
                    self->finish(QCoreApplication::translate("RedisScan", "Redis refused SCAN on %1: %2")
                                     .arg(self->nodes.first(), QString::fromUtf8(reply.text)));
                    return;
                }
                for (const RedisReply& key : reply.elements.at(1).elements)
                    self->result.keys.append(key.text);
                const QByteArray next = reply.elements.at(0).text;
                if (next == "0") {
                    self->nodes.removeFirst();
                    self->page("0");
                } else {
                    self->page(next);
                }
            });
    }
};
} // namespace

QFuture<RedisScanResult> scanKeys(RedisClient* redis, const QByteArray& pattern, int count)
{
    auto walk = std::make_shared<ScanWalk>();
    walk->redis = redis;
    walk->pattern = pattern;
    walk->count = QByteArray::number(count);
    walk->promise.start();
    QFuture<RedisScanResult> future = walk->promise.future();
    if (redis->isCluster() && redis->masterAddresses().isEmpty()) {
        // The topology is not known yet: asking each node for nothing learns it first.
        redis->onEachNode({"PING"}, true)
            .then(QCoreApplication::instance(), [walk](const QList<RedisNodeReply>& replies) {
                for (const RedisNodeReply& reply : replies) {
                    if (reply.reply.isError()) {
                        walk->finish(QCoreApplication::translate("RedisScan", "Redis Cluster: %1")
                                         .arg(QString::fromUtf8(reply.reply.text)));
                        return;
                    }
                    walk->nodes << reply.node;
                }
                walk->page("0");
            });
        return future;
    }
    walk->nodes = redis->masterAddresses();
    walk->page("0");
    return future;
}
