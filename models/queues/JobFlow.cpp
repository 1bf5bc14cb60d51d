#include <models/queues/JobFlow.h>

#include <models/common/ReadError.h>

#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("JobFlow", text);
}

// Commands read per job: HMGET name, the five sorted-set states, the three list states, four child sets.
constexpr int kReadsPerNode = 1 + 5 + 3 + 4;

struct FlatNode
{
    FlowNode node; // children filled when the tree is built
    int parent = -1;
};

struct FlowWalk : std::enable_shared_from_this<FlowWalk>
{
    QPointer<RedisClient> redis;
    QueueRepository queues;
    QByteArray prefix; // "<prefix>:"
    QVector<FlatNode> nodes;
    QPromise<Fetched<FlowNode>> promise;
    bool* truncated = nullptr;
    bool cut = false;

    explicit FlowWalk(const QueueRepository& repository)
        : queues(repository)
        , prefix(repository.prefix().toUtf8() + ':')
    {
    }

    void fail(const QString& why)
    {
        promise.addResult(Fetched<FlowNode>(why, {}));
        promise.finish();
    }

    FlowNode nodeOf(const QByteArray& key, const QString& relation) const
    {
        FlowNode node;
        node.key = QString::fromUtf8(key);
        node.relation = relation;
        const QByteArray rest = key.startsWith(prefix) ? key.mid(prefix.size()) : QByteArray();
        const qsizetype colon = rest.indexOf(':');
        if (colon <= 0 || colon == rest.size() - 1 || rest.indexOf(':', colon + 1) >= 0) {
            node.outside = true;
            return node;
        }
        node.queue = QString::fromUtf8(rest.left(colon));
        node.id = QString::fromUtf8(rest.mid(colon + 1));
        return node;
    }

    // Up through parentKey, as far as this prefix goes.
    void climb(const QByteArray& key, int depth)
    {
        if (!redis)
            return fail(tr("The connection was closed."));
        auto self = shared_from_this();
        redis->command({"HGET", key, "parentKey"})
            .then(QCoreApplication::instance(), [self, key, depth](const RedisReply& reply) {
                if (reply.isError())
                    return self->fail(redisError(reply));
                const QByteArray parent = reply.isNil() ? QByteArray() : reply.text;
                if (!parent.isEmpty() && parent.startsWith(self->prefix) && depth < JobFlow::kMaxDepth)
                    return self->climb(parent, depth + 1);
                self->nodes.append({self->nodeOf(key, QStringLiteral("root")), -1});
                self->readLevel({0});
            });
    }

    // One pipeline for a level's jobs: what each is, its state, its children (the next level).
    void readLevel(const QList<int>& level)
    {
        if (!redis)
            return fail(tr("The connection was closed."));
        QList<RedisCommand> reads;
        QList<int> readable;
        for (int index : level) {
            const FlowNode& node = nodes.at(index).node;
            if (node.outside)
                continue;
            readable << index;
            const QByteArray key = node.key.toUtf8();
            reads << RedisCommand{"HMGET", key, "name", "timestamp"};
            for (const char* state : {"completed", "failed", "delayed", "prioritized", "waiting-children"})
                reads << RedisCommand{"ZSCORE", queues.key(node.queue, state), node.id.toUtf8()};
            for (const char* state : {"wait", "active", "paused"})
                reads << RedisCommand{"LPOS", queues.key(node.queue, state), node.id.toUtf8()};
            reads << RedisCommand{"SMEMBERS", key + ":dependencies"} << RedisCommand{"HKEYS", key + ":processed"}
                  << RedisCommand{"HKEYS", key + ":failed"} << RedisCommand{"ZRANGE", key + ":unsuccessful", "0", "-1"};
        }
        if (readable.isEmpty())
            return finish();
        auto self = shared_from_this();
        redis->pipeline(reads).then(QCoreApplication::instance(), [self, readable](const QList<RedisReply>& replies) {
            static const QStringList states{QStringLiteral("completed"),
                                            QStringLiteral("failed"),
                                            QStringLiteral("delayed"),
                                            QStringLiteral("prioritized"),
                                            QStringLiteral("waiting-children"),
                                            QStringLiteral("wait"),
                                            QStringLiteral("active"),
                                            QStringLiteral("paused")};
            // As BullMQ's getDependencies reads them: :failed holds the children whose failure was ignored
            // (ignoreDependencyOnFailure), :unsuccessful those that failed (continueParentOnFailure and the like).
            static const QStringList relations{QStringLiteral("pending"),
                                               QStringLiteral("processed"),
                                               QStringLiteral("ignored"),
                                               QStringLiteral("failed")};
            QList<int> next;
            for (int r = 0; r < readable.size(); ++r) {
                const int base = r * kReadsPerNode;
                for (int i = 0; i < kReadsPerNode; ++i)
                    if (replies.value(base + i).isError())
                        return self->fail(redisError(replies.value(base + i)));
                FlowNode& node = self->nodes[readable.at(r)].node;
                const RedisReply& fields = replies.value(base);
                node.missing = fields.elements.value(0).isNil() && fields.elements.value(1).isNil();
                node.name = QString::fromUtf8(fields.elements.value(0).text);
                for (int s = 0; s < states.size() && node.state.isEmpty(); ++s)
                    if (!replies.value(base + 1 + s).isNil())
                        node.state = states.at(s);
                if (node.state.isEmpty() && !node.missing)
                    node.state = QStringLiteral("unknown");
                for (int c = 0; c < relations.size(); ++c) {
                    for (const RedisReply& child : replies.value(base + 9 + c).elements) {
                        if (self->nodes.size() >= JobFlow::kMaxNodes) {
                            self->cut = true;
                            break;
                        }
                        self->nodes.append({self->nodeOf(child.text, relations.at(c)), readable.at(r)});
                        next << int(self->nodes.size()) - 1;
                    }
                }
            }
            if (next.isEmpty())
                return self->finish();
            self->readLevel(next);
        });
    }

    FlowNode build(int index) const
    {
        FlowNode node = nodes.at(index).node;
        for (int i = index + 1; i < nodes.size(); ++i)
            if (nodes.at(i).parent == index)
                node.children.append(build(i));
        std::sort(node.children.begin(), node.children.end(), [](const FlowNode& a, const FlowNode& b) {
            return a.queue != b.queue ? a.queue < b.queue : a.id < b.id;
        });
        return node;
    }

    void finish()
    {
        if (truncated)
            *truncated = cut;
        Fetched<FlowNode> tree;
        tree.value = build(0);
        promise.addResult(tree);
        promise.finish();
    }
};
} // namespace

int FlowNode::size() const
{
    int total = 1;
    for (const FlowNode& child : children)
        total += child.size();
    return total;
}

QJsonObject FlowNode::toJson() const
{
    QJsonArray kids;
    for (const FlowNode& child : children)
        kids.append(child.toJson());
    QJsonObject json{
        {QStringLiteral("key"), key}, {QStringLiteral("relation"), relation}, {QStringLiteral("children"), kids}};
    if (outside) {
        json.insert(QStringLiteral("outside"), true);
        return json;
    }
    json.insert(QStringLiteral("queue"), queue);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("state"), missing ? QJsonValue() : QJsonValue(state));
    if (missing)
        json.insert(QStringLiteral("missing"), true);
    return json;
}

QFuture<Fetched<FlowNode>>
JobFlow::read(const QueueRepository& queues, const QString& queue, const QString& id, bool* truncated)
{
    QString invalid = QueueRepository::validateQueueName(queue);
    if (invalid.isEmpty())
        invalid = QueueRepository::validateJobId(id);
    if (invalid.isEmpty())
        invalid = queues.clusterProblem(queue);
    if (!invalid.isEmpty())
        return refusedFuture<FlowNode>(invalid);
    auto walk = std::make_shared<FlowWalk>(queues);
    walk->redis = queues.redis();
    walk->truncated = truncated;
    walk->promise.start();
    QFuture<Fetched<FlowNode>> future = walk->promise.future();
    const QByteArray key = queues.key(queue, id.toUtf8());
    // A job that does not exist is said plainly, not drawn as a tree of one.
    queues.redis()
        ->command({"EXISTS", key})
        .then(QCoreApplication::instance(), [walk, key, queue, id](const RedisReply& reply) {
            if (reply.isError())
                return walk->fail(redisError(reply));
            if (reply.integer == 0)
                return walk->fail(tr("Job %1 is not in queue %2.").arg(id, queue));
            walk->climb(key, 0);
        });
    return future;
}
