#include <net/RedisCluster.h>

#include <net/Logging.h>
#include <net/RedisConnection.h>
#include <net/RedisSlots.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QPromise>
#include <QSet>

using RedisSlots::Routing;

// A run of commands that must reach one node together: one command, or MULTI ... EXEC.
struct RedisCluster::Unit
{
    int first = 0; // position of its first command in the caller's pipeline
    int count = 0; // its commands follow one another there
    int slot = -1; // -1: no keys, any master
    bool readOnly = true;
    int redirects = 0;
    QString askTarget; // set by an ASK redirect: the next send goes there, after ASKING
    QByteArray refusal; // set when the unit is refused before sending
    bool finished = false;
};

struct RedisCluster::Request
{
    QPromise<QList<RedisReply>> promise;
    QList<RedisCommand> commands;
    QList<RedisReply> replies;
    std::vector<Unit> units;
    int remaining = 0;
    QElapsedTimer started;

    // A client closed while units wait (a retry timer that will not fire) still answers every command.
    ~Request()
    {
        if (remaining == 0)
            return;
        for (const Unit& unit : units) {
            if (unit.finished)
                continue;
            for (int index = unit.first; index < unit.first + unit.count; ++index)
                replies[index] = RedisReply::error("CONNECTIONLOST client closed");
        }
        promise.addResult(replies);
        promise.finish();
    }
};

QString RedisClusterNode::slotsText() const
{
    QStringList ranges;
    for (const auto& [first, last] : slotRanges)
        ranges << (first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last));
    return ranges.join(QStringLiteral(", "));
}

QList<RedisClusterNode> RedisClusterTopology::masters() const
{
    QList<RedisClusterNode> list;
    for (const RedisClusterNode& node : nodes) {
        if (node.master)
            list << node;
    }
    return list;
}

int RedisClusterTopology::replicaCount() const
{
    return static_cast<int>(nodes.size() - masters().size());
}

int RedisClusterTopology::coveredSlots() const
{
    int count = 0;
    for (const RedisClusterNode& node : nodes) {
        for (const auto& [first, last] : node.slotRanges)
            count += last - first + 1;
    }
    return count;
}

namespace
{
constexpr int kMaxRedirects = 5;
constexpr int kRetryDelayMs = 200;

QHash<QByteArray, RedisReply> fields(const RedisReply& flat)
{
    QHash<QByteArray, RedisReply> map;
    for (qsizetype i = 0; i + 1 < flat.elements.size(); i += 2)
        map.insert(flat.elements.at(i).text, flat.elements.at(i + 1));
    return map;
}

QString hostPort(const QString& host, qint64 port)
{
    return (host.contains(u':') ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

bool splitHostPort(const QString& address, QString* host, int* port)
{
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *port = address.mid(colon + 1).toInt(&ok);
    *host = address.left(colon);
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
    return ok;
}

bool startsWithAny(const QByteArray& text, std::initializer_list<const char*> prefixes)
{
    for (const char* prefix : prefixes) {
        if (text.startsWith(prefix))
            return true;
    }
    return false;
}

// The error replies that prove a command did not run, so it may be sent again.
bool notRun(const RedisReply& reply)
{
    return reply.isError()
        && startsWithAny(reply.text, {"NOTCONNECTED", "TRYAGAIN", "CLUSTERDOWN", "READONLY", "LOADING", "MASTERDOWN"});
}

bool connectionLost(const RedisReply& reply)
{
    return reply.isError() && reply.text.startsWith("CONNECTIONLOST");
}
// The layout as CLUSTER SHARDS gives it: masters first (by their first slot), each followed by its
// replicas. Every host:port a node is known by goes into aliases (MOVED names nodes by endpoint).
RedisClusterTopology parseShards(const RedisReply& reply, bool tls, QHash<QString, QString>* aliases)
{
    RedisClusterTopology topology;
    for (const RedisReply& shard : reply.elements) {
        const auto shardFields = fields(shard);
        QList<QPair<int, int>> ranges;
        const auto& slotList = shardFields.value("slots").elements;
        for (qsizetype i = 0; i + 1 < slotList.size(); i += 2)
            ranges.append({int(slotList.at(i).toInteger()), int(slotList.at(i + 1).toInteger())});
        QString masterId;
        QList<RedisClusterNode> replicas;
        const qsizetype firstOfShard = topology.nodes.size();
        for (const RedisReply& entry : shardFields.value("nodes").elements) {
            const auto nodeFields = fields(entry);
            RedisClusterNode node;
            node.id = QString::fromUtf8(nodeFields.value("id").text);
            const QString ip = QString::fromUtf8(nodeFields.value("ip").text);
            QString endpoint = QString::fromUtf8(nodeFields.value("endpoint").text);
            if (endpoint.isEmpty() || endpoint == u'?')
                endpoint = ip;
            const QString hostname = QString::fromUtf8(nodeFields.value("hostname").text);
            const qint64 plainPort = nodeFields.value("port").toInteger();
            const qint64 tlsPort = nodeFields.value("tls-port").toInteger();
            const qint64 port = tls && tlsPort > 0 ? tlsPort : plainPort;
            topology.tlsPortsMissing = topology.tlsPortsMissing || (tls && tlsPort <= 0);
            // TLS checks the certificate against the name we connect to: the node's host name
            // when it announces one.
            node.address = hostPort(tls && !hostname.isEmpty() ? hostname : endpoint, port);
            for (const QString& host : {ip, endpoint, hostname}) {
                if (!host.isEmpty())
                    aliases->insert(hostPort(host, port), node.address);
            }
            node.master = nodeFields.value("role").text == "master";
            // "loading" (a replica still copying its master's data) is not ready either.
            node.online = nodeFields.value("health").text == "online";
            if (node.master) {
                node.slotRanges = ranges;
                topology.nodes.append(node);
            } else {
                replicas << node;
            }
        }
        // After a failover the old master is still listed in its shard, as a failed master,
        // until it comes back as a replica: it is shown as a replica that is down.
        QList<RedisClusterNode*> shardMasters;
        for (qsizetype m = firstOfShard; m < topology.nodes.size(); ++m)
            shardMasters << &topology.nodes[m];
        const bool anyOnline = std::any_of(
            shardMasters.begin(), shardMasters.end(), [](const RedisClusterNode* node) { return node->online; });
        for (RedisClusterNode* node : std::as_const(shardMasters)) {
            // A failed master without slots (listed alone once its replica took over) is a node
            // that is down, not a master.
            if (!node->online && (anyOnline || node->slotRanges.isEmpty())) {
                node->master = false;
                node->slotRanges.clear();
                replicas << *node;
            } else {
                masterId = node->id;
            }
        }
        topology.nodes.erase(std::remove_if(topology.nodes.begin() + firstOfShard,
                                            topology.nodes.end(),
                                            [](const RedisClusterNode& node) { return !node.master; }),
                             topology.nodes.end());
        for (RedisClusterNode& replica : replicas) {
            replica.masterId = masterId;
            topology.nodes.append(replica);
        }
    }
    // Masters first (by their first slot), each followed by its replicas, for a stable view.
    std::stable_sort(topology.nodes.begin(), topology.nodes.end(), [&topology](const auto& a, const auto& b) {
        const auto key = [&topology](const RedisClusterNode& node) {
            const RedisClusterNode* master = &node;
            if (!node.master) {
                for (const RedisClusterNode& other : topology.nodes) {
                    if (other.id == node.masterId)
                        master = &other;
                }
            }
            const int first = master->slotRanges.isEmpty() ? RedisSlots::kSlotCount : master->slotRanges.first().first;
            return std::make_pair(first, node.master ? 0 : 1);
        };
        return key(a) < key(b);
    });
    return topology;
}
} // namespace

RedisCluster::RedisCluster(const RedisConfig& config, Secret password, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_password(std::move(password))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RedisCluster::refreshTopology);
}

RedisCluster::~RedisCluster()
{
    m_wanted = false;
    for (RedisConnection* connection : std::as_const(m_connections))
        connection->disconnect(this);
}

void RedisCluster::setState(ConnectionState state, const QString& message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}

void RedisCluster::connectToServer()
{
    m_wanted = true;
    m_fatal.clear();
    if (m_topology.nodes.isEmpty())
        setState(ConnectionState::Connecting,
                 tr("Connecting to the Redis Cluster at %1").arg(hostPort(m_config.host, m_config.port)));
    refreshTopology();
}

void RedisCluster::disconnectFromServer()
{
    m_wanted = false;
    m_refreshTimer.stop();
    for (RedisConnection* connection : std::as_const(m_connections))
        connection->disconnectFromServer();
    setState(ConnectionState::Disconnected, tr("Disconnected"));
}

RedisConnection* RedisCluster::connectionTo(const QString& address, QString* problem)
{
    if (RedisConnection* known = m_connections.value(address))
        return known;
    QString host;
    int port = 0;
    if (!splitHostPort(address, &host, &port)) {
        *problem = tr("The cluster named a node without a port: %1").arg(address);
        return nullptr;
    }
    const RedisConfig nodeConfig = m_config.forNode(host, port);
    // A node on another machine is held to the same rule as the URL: TLS, or plain TCP allowed explicitly.
    const QString transport = nodeConfig.transportProblem();
    if (!transport.isEmpty()) {
        *problem = transport;
        return nullptr;
    }
    auto* connection = new RedisConnection(nodeConfig, m_password, this);
    m_connections.insert(address, connection);
    connect(connection, &RedisConnection::stateChanged, this, [this, address](ConnectionState state) {
        if (!m_wanted)
            return;
        // A master that stops answering: ask the others who serves its slots now.
        if (state == ConnectionState::Reconnecting && m_slotOwner.contains(address) && !m_refreshTimer.isActive())
            m_refreshTimer.start(100);
        updateState();
    });
    connection->connectToServer();
    return connection;
}

QString RedisCluster::anyMaster() const
{
    for (const RedisClusterNode& node : m_topology.nodes) {
        if (node.master && node.online)
            return node.address;
    }
    return {};
}

QStringList RedisCluster::masterAddresses() const
{
    QStringList list;
    for (const RedisClusterNode& node : m_topology.nodes) {
        if (node.master)
            list << node.address;
    }
    return list;
}

QString RedisCluster::nodeAddress(const QString& redirectTarget) const
{
    return m_aliases.value(redirectTarget, redirectTarget);
}

void RedisCluster::whenTopologyKnown(std::function<void()> then)
{
    if (!m_topology.nodes.isEmpty() || !m_fatal.isEmpty() || !m_wanted) {
        then();
        return;
    }
    m_waitingForTopology.push_back(std::move(then));
    if (m_wanted)
        refreshTopology();
}

// ---- topology -------------------------------------------------------------------------------------------

void RedisCluster::refreshTopology()
{
    if (m_refreshing || !m_wanted || !m_fatal.isEmpty())
        return;
    m_refreshing = true;
    // Masters we know first, then the other nodes, then the seeds of the URL: a dead seed is passed over.
    QStringList candidates;
    for (const RedisClusterNode& node : std::as_const(m_topology.nodes)) {
        if (node.master && node.online)
            candidates << node.address;
    }
    for (const RedisClusterNode& node : std::as_const(m_topology.nodes))
        candidates << node.address;
    candidates << hostPort(m_config.host, m_config.port);
    for (const RedisConfig::Node& seed : std::as_const(m_config.seeds))
        candidates << hostPort(seed.host, seed.port);
    candidates.removeDuplicates();
    tryRefreshFrom(candidates, QString());
}

void RedisCluster::tryRefreshFrom(QStringList candidates, QString lastError)
{
    if (candidates.isEmpty()) {
        refreshFailed(tr("No node of the Redis Cluster answers: %1").arg(lastError), false);
        return;
    }
    const QString address = candidates.takeFirst();
    QString problem;
    RedisConnection* connection = connectionTo(address, &problem);
    if (!connection) {
        tryRefreshFrom(candidates, problem);
        return;
    }
    connection->pipeline({{"CLUSTER", "SHARDS"}})
        .then(QCoreApplication::instance(),
              [this, self = QPointer<RedisCluster>(this), address, candidates](const QList<RedisReply>& replies) {
                  if (!self)
                      return; // closed while the layout was asked for
                  const RedisReply reply = replies.value(0);
                  if (reply.isError() && reply.text.contains("cluster support disabled")) {
                      refreshFailed(tr("%1 is not a Redis Cluster (cluster support is disabled there). Remove "
                                       "cluster=on from the Redis URL to use it as a single server.")
                                        .arg(address),
                                    true);
                      return;
                  }
                  if (reply.isError() && (reply.text.startsWith("NOPERM") || reply.text.startsWith("WRONGPASS"))) {
                      refreshFailed(tr("The Redis user may not read the cluster's layout (CLUSTER SHARDS): %1")
                                        .arg(QString::fromUtf8(reply.text)),
                                    true);
                      return;
                  }
                  if (reply.isError()) {
                      qCInfo(lcRedis) << "cluster topology not read from" << address << reply.text;
                      tryRefreshFrom(candidates, QString::fromUtf8(reply.text));
                      return;
                  }
                  const RedisClusterTopology topology = parseShards(reply, m_config.tls, &m_aliases);
                  if (topology.tlsPortsMissing) {
                      refreshFailed(tr("The Redis Cluster at %1 does not publish its nodes' TLS ports (its servers "
                                       "run with tls-cluster no), so they cannot be reached over TLS. Set "
                                       "tls-cluster yes on every node, or connect with redis:// over plain TCP.")
                                        .arg(address),
                                    true);
                      return;
                  }
                  applyTopology(topology);
              });
}

void RedisCluster::applyTopology(const RedisClusterTopology& topology)
{
    m_refreshing = false;
    m_problem.clear();
    m_topology = topology;
    m_slotOwner = QVector<QString>(RedisSlots::kSlotCount);
    QSet<QString> masters;
    for (const RedisClusterNode& node : std::as_const(m_topology.nodes)) {
        if (!node.master || !node.online)
            continue;
        masters.insert(node.address);
        for (const auto& [first, last] : node.slotRanges) {
            for (int slot = std::max(first, 0); slot <= last && slot < RedisSlots::kSlotCount; ++slot)
                m_slotOwner[slot] = node.address;
        }
    }
    // Connections to nodes that are no longer masters and do not answer stop retrying.
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (!masters.contains(it.key()) && it.value()->state() != ConnectionState::Connected)
            it.value()->disconnectFromServer();
    }
    for (const QString& address : std::as_const(masters)) {
        QString problem;
        if (RedisConnection* connection = connectionTo(address, &problem);
            connection && connection->state() == ConnectionState::Disconnected)
            connection->connectToServer();
    }
    emit topologyChanged();
    updateState();
    // Looked at again now and then, so a failed replica or a moved slot shows without a redirect.
    m_refreshTimer.start(m_state == ConnectionState::Connected ? 30000 : 1000);
    auto waiting = std::exchange(m_waitingForTopology, {});
    for (auto& then : waiting)
        then();
}

void RedisCluster::refreshFailed(const QString& reason, bool final)
{
    m_refreshing = false;
    qCWarning(lcRedis) << "cluster topology:" << reason;
    if (final) {
        m_fatal = reason;
        m_topology = {};
        setState(ConnectionState::Failed, reason);
    } else {
        setState(ConnectionState::Reconnecting, reason);
        if (m_wanted)
            m_refreshTimer.start(1000);
    }
    m_problem = reason;
    if (final || m_topology.nodes.isEmpty()) {
        // Nothing to route by: whoever waits is answered now (with the reason) rather than left hanging.
        auto waiting = std::exchange(m_waitingForTopology, {});
        for (auto& then : waiting)
            then();
    }
}

void RedisCluster::updateState()
{
    if (!m_fatal.isEmpty() || m_topology.nodes.isEmpty())
        return;
    QStringList down;
    for (const RedisClusterNode& node : std::as_const(m_topology.nodes)) {
        if (!node.master)
            continue;
        const RedisConnection* connection = m_connections.value(node.address);
        if (!node.online || !connection || connection->state() != ConnectionState::Connected)
            down << tr("%1 (slots %2)").arg(node.address, node.slotsText());
    }
    const int covered = m_topology.coveredSlots();
    if (!down.isEmpty()) {
        setState(ConnectionState::Reconnecting,
                 tr("Redis Cluster: master %1 is not answering; waiting for a replica to take over")
                     .arg(down.join(QStringLiteral(", "))));
    } else if (covered < RedisSlots::kSlotCount) {
        setState(ConnectionState::Reconnecting,
                 tr("Redis Cluster: %1 of %2 slots have a master").arg(covered).arg(RedisSlots::kSlotCount));
    } else {
        int replicasDown = 0;
        for (const RedisClusterNode& node : std::as_const(m_topology.nodes))
            replicasDown += !node.master && !node.online;
        QString message = tr("Redis Cluster: %n master(s)", nullptr, int(m_topology.masters().size()))
            + QStringLiteral(", ") + tr("%n replica(s)", nullptr, m_topology.replicaCount());
        if (replicasDown > 0)
            message += QStringLiteral(", ") + tr("%n node(s) down", nullptr, replicasDown);
        setState(ConnectionState::Connected, message);
    }
}

// ---- requests -------------------------------------------------------------------------------------------

QFuture<QList<RedisReply>> RedisCluster::pipeline(const QList<RedisCommand>& commands)
{
    auto request = std::make_shared<Request>();
    request->promise.start();
    QFuture<QList<RedisReply>> future = request->promise.future();
    request->commands = commands;
    request->replies.resize(commands.size());
    request->started.start();

    // Group MULTI ... EXEC, and find each unit's slot; refuse what cannot go to one node.
    request->units.reserve(size_t(commands.size()));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        Unit unit;
        unit.first = int(i);
        RedisSlots::CommandKeys keys = RedisSlots::keysOf(commands.at(i));
        qsizetype last = i;
        if (keys.routing == Routing::TransactionStart) {
            while (last + 1 < commands.size()
                   && RedisSlots::keysOf(commands.at(last)).routing != Routing::TransactionEnd)
                ++last;
        }
        unit.count = int(last - i + 1);
        int slot = -1;
        QList<int> otherSlots; // slots beyond the first: a cross-slot unit
        for (qsizetype j = i; j <= last; ++j) {
            const RedisCommand& command = commands.at(j);
            if (j > i)
                keys = RedisSlots::keysOf(command);
            unit.readOnly = unit.readOnly && keys.readOnly;
            if (keys.routing == Routing::Unknown) {
                unit.refusal = "ERR TenantScope does not know which keys " + command.value(0).toUpper()
                    + " touches, so it is not sent to a Redis Cluster";
            } else if (keys.routing == Routing::PerNode) {
                unit.refusal = "ERR " + command.value(0).toUpper()
                    + " is about one node of a Redis Cluster and is not routed by key";
            }
            for (qsizetype k = keys.first; k < keys.end; k += keys.step) {
                const int keySlot = RedisSlots::slotOf(command.at(k));
                if (slot < 0)
                    slot = keySlot;
                else if (keySlot != slot && !otherSlots.contains(keySlot))
                    otherSlots << keySlot;
            }
        }
        if (unit.refusal.isEmpty() && !otherSlots.isEmpty()) {
            otherSlots << slot;
            std::sort(otherSlots.begin(), otherSlots.end());
            QByteArrayList names;
            for (int each : std::as_const(otherSlots))
                names << QByteArray::number(each);
            unit.refusal = "CROSSSLOT the keys of " + commands.at(i).value(0).toUpper()
                + " are in different slots of the Redis Cluster (" + names.join(", ")
                + "); refused before sending. Keys used together need one hash tag, such as {bull}.";
        }
        unit.slot = slot;
        request->units.push_back(std::move(unit));
        i = last;
    }
    request->remaining = int(request->units.size());
    if (request->remaining == 0) {
        request->promise.addResult(request->replies);
        request->promise.finish();
        return future;
    }
    QList<UnitRef> toSend;
    for (int u = 0; u < int(request->units.size()); ++u) {
        const Unit& unit = request->units[u];
        if (!unit.refusal.isEmpty()) {
            QList<RedisReply> refused;
            for (qsizetype k = 0; k < unit.count; ++k)
                refused << RedisReply::error(unit.refusal);
            finishUnit({request, u}, refused);
        } else {
            toSend.append({request, u});
        }
    }
    if (!toSend.isEmpty())
        whenTopologyKnown([this, toSend] { dispatch(toSend); });
    return future;
}

void RedisCluster::dispatch(const QList<UnitRef>& units)
{
    // One pipeline per node, in the callers' order: the answers of a node come back in the order sent.
    QHash<QString, QList<UnitRef>> byNode;
    QStringList order;
    for (const UnitRef& ref : units) {
        Unit& unit = ref.first->units[ref.second];
        QString target = unit.askTarget;
        if (target.isEmpty())
            target = unit.slot >= 0 && !m_slotOwner.isEmpty() ? m_slotOwner.at(unit.slot) : anyMaster();
        if (target.isEmpty()) {
            const QByteArray reason = !m_problem.isEmpty() ? m_problem.toUtf8()
                : !m_wanted
                ? QByteArray("Redis is not connected")
                : (unit.slot >= 0 ? "no master serves slot " + QByteArray::number(unit.slot) : "no master answers");
            QList<RedisReply> failed;
            for (qsizetype k = 0; k < unit.count; ++k)
                failed << RedisReply::error("NOTCONNECTED " + reason);
            // Wait for a replica to take over, unless the cluster said no or was never reached.
            const bool giveUp = !m_fatal.isEmpty() || m_topology.nodes.isEmpty();
            if (!giveUp && ref.first->started.elapsed() < kFailoverWaitMs)
                retryLater({ref});
            else
                finishUnit(ref, failed);
            continue;
        }
        if (!byNode.contains(target))
            order << target;
        byNode[target].append(ref);
    }
    for (const QString& node : std::as_const(order)) {
        const QList<UnitRef> nodeUnits = byNode.value(node);
        QString problem;
        RedisConnection* connection = connectionTo(node, &problem);
        if (!connection) {
            for (const UnitRef& ref : nodeUnits) {
                QList<RedisReply> refused;
                for (qsizetype k = 0; k < ref.first->units[ref.second].count; ++k)
                    refused << RedisReply::error("NOTCONNECTED " + problem.toUtf8());
                finishUnit(ref, refused);
            }
            continue;
        }
        QList<RedisCommand> batch;
        for (const UnitRef& ref : nodeUnits) {
            const Unit& unit = ref.first->units[ref.second];
            for (int index = unit.first; index < unit.first + unit.count; ++index) {
                if (!unit.askTarget.isEmpty())
                    batch.append({"ASKING"});
                batch.append(ref.first->commands.at(index));
            }
        }
        connection->pipeline(batch).then(
            QCoreApplication::instance(),
            [this, self = QPointer<RedisCluster>(this), node, nodeUnits](const QList<RedisReply>& replies) {
                if (self) {
                    onNodeReplies(node, nodeUnits, replies);
                    return;
                }
                // Closed with the request in flight: answered with what the connection said, never left
                // without an answer.
                qsizetype at = 0;
                for (const UnitRef& ref : nodeUnits) {
                    QList<RedisReply> unitReplies;
                    for (qsizetype k = 0; k < ref.first->units[ref.second].count; ++k)
                        unitReplies << replies.value(at++, RedisReply::error("CONNECTIONLOST client closed"));
                    finishUnit(ref, unitReplies);
                }
            });
    }
}

void RedisCluster::onNodeReplies(const QString& node, const QList<UnitRef>& units, const QList<RedisReply>& replies)
{
    Q_UNUSED(node)
    qsizetype at = 0;
    QList<UnitRef> again;
    QList<UnitRef> later;
    bool topologyStale = false;
    for (const UnitRef& ref : units) {
        Unit& unit = ref.first->units[ref.second];
        const bool asked = !unit.askTarget.isEmpty();
        // Where the unit's own replies are in the node's answer (after each ASKING's OK, when asked).
        const qsizetype step = asked ? 2 : 1;
        const qsizetype from = at + (asked ? 1 : 0);
        at += step * unit.count;
        unit.askTarget.clear();
        // A redirect anywhere in the unit (a transaction aborts as a whole) sends all of it again.
        const RedisReply* redirect = nullptr;
        bool retryable = false;
        bool anyError = false;
        for (qsizetype k = 0; k < unit.count; ++k) {
            const qsizetype index = from + k * step;
            if (index >= replies.size() || replies.at(index).isError()) {
                anyError = true;
                break;
            }
        }
        QList<RedisReply> unitReplies;
        if (anyError) {
            for (qsizetype k = 0; k < unit.count; ++k)
                unitReplies << replies.value(from + k * step);
        }
        for (const RedisReply& reply : std::as_const(unitReplies)) {
            if (reply.isError() && (reply.text.startsWith("MOVED ") || reply.text.startsWith("ASK ")))
                redirect = &reply;
            else if (notRun(reply) || (connectionLost(reply) && unit.readOnly))
                retryable = true;
        }
        if (redirect && unit.redirects < kMaxRedirects) {
            ++unit.redirects;
            const QList<QByteArray> parts = redirect->text.split(' ');
            const int slot = parts.value(1).toInt();
            const QString target = nodeAddress(QString::fromUtf8(parts.value(2)));
            if (redirect->text.startsWith("MOVED ")) {
                if (slot >= 0 && slot < m_slotOwner.size())
                    m_slotOwner[slot] = target;
                topologyStale = true;
            } else {
                unit.askTarget = target; // a slot being migrated: only this request goes there
            }
            again.append(ref);
            continue;
        }
        if (retryable && ref.first->started.elapsed() < kFailoverWaitMs) {
            topologyStale = true;
            later.append(ref);
            continue;
        }
        if (anyError)
            finishUnit(ref, unitReplies);
        else
            finishUnit(ref, replies, from, step); // the common case: answered, nothing to look at again
    }
    if (topologyStale && !m_refreshTimer.isActive())
        m_refreshTimer.start(0);
    if (!again.isEmpty())
        dispatch(again);
    if (!later.isEmpty())
        retryLater(later);
}

void RedisCluster::retryLater(const QList<UnitRef>& units)
{
    QTimer::singleShot(kRetryDelayMs, this, [this, units] { dispatch(units); });
}

void RedisCluster::finishUnit(const UnitRef& ref, const QList<RedisReply>& replies, qsizetype from, qsizetype step)
{
    Request& request = *ref.first;
    Unit& unit = request.units[ref.second];
    if (unit.finished)
        return;
    unit.finished = true;
    for (qsizetype k = 0; k < unit.count; ++k)
        request.replies[unit.first + int(k)] = replies.value(from + k * step);
    if (--request.remaining == 0) {
        request.promise.addResult(request.replies);
        request.promise.finish();
    }
}

QFuture<RedisReply> RedisCluster::commandAt(const QString& node, const RedisCommand& command)
{
    auto promise = std::make_shared<QPromise<RedisReply>>();
    promise->start();
    QFuture<RedisReply> future = promise->future();
    whenTopologyKnown([this, node, command, promise] {
        QString problem = m_topology.nodes.isEmpty() ? m_problem : QString();
        RedisConnection* connection = problem.isEmpty() ? connectionTo(node, &problem) : nullptr;
        if (!connection) {
            promise->addResult(RedisReply::error("NOTCONNECTED " + problem.toUtf8()));
            promise->finish();
            return;
        }
        connection->pipeline({command}).then(QCoreApplication::instance(), [promise](const QList<RedisReply>& replies) {
            promise->addResult(replies.value(0));
            promise->finish();
        });
    });
    return future;
}

QFuture<QList<RedisNodeReply>> RedisCluster::onEachNode(const RedisCommand& command, bool mastersOnly)
{
    auto promise = std::make_shared<QPromise<QList<RedisNodeReply>>>();
    promise->start();
    QFuture<QList<RedisNodeReply>> future = promise->future();
    whenTopologyKnown([this, command, mastersOnly, promise] {
        QStringList nodes;
        for (const RedisClusterNode& node : std::as_const(m_topology.nodes)) {
            if (node.master || !mastersOnly)
                nodes << node.address;
        }
        auto answers = std::make_shared<QList<RedisNodeReply>>();
        auto remaining = std::make_shared<int>(int(nodes.size()));
        if (nodes.isEmpty()) {
            answers->append({QString(), RedisReply::error("NOTCONNECTED " + m_problem.toUtf8())});
            promise->addResult(*answers);
            promise->finish();
            return;
        }
        for (const QString& node : std::as_const(nodes))
            answers->append({node, RedisReply()});
        for (int i = 0; i < nodes.size(); ++i) {
            commandAt(nodes.at(i), command)
                .then(QCoreApplication::instance(), [answers, remaining, promise, i](const RedisReply& reply) {
                    (*answers)[i].reply = reply;
                    if (--*remaining == 0) {
                        promise->addResult(*answers);
                        promise->finish();
                    }
                });
        }
    });
    return future;
}
