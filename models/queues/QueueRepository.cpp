#include <models/queues/QueueRepository.h>

#include <models/common/ReadError.h>
#include <models/executions/ErrorSignature.h>
#include <models/platform/RedisKeys.h>
#include <models/queues/LuaScript.h>

#include <net/RedisClient.h>
#include <net/RedisScan.h>
#include <net/RedisSlots.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>

namespace
{
using BullJob::firstLine;
using BullJob::isoUtc;
using BullJob::optionalText;
using BullJob::text;

QString tr(const char* text)
{
    return QCoreApplication::translate("QueueRepository", text);
}

QByteArray bytes(const QString& text)
{
    return text.toUtf8();
}

// An HMGET reply's values (nil: empty).
QList<QByteArray> texts(const RedisReply& reply)
{
    QList<QByteArray> values;
    values.reserve(reply.elements.size());
    for (const RedisReply& element : reply.elements)
        values.append(element.text);
    return values;
}
} // namespace

namespace JobState
{
const QStringList& all()
{
    static const QStringList states{QStringLiteral("wait"),
                                    QStringLiteral("paused"),
                                    QStringLiteral("active"),
                                    QStringLiteral("delayed"),
                                    QStringLiteral("prioritized"),
                                    QStringLiteral("waiting-children"),
                                    QStringLiteral("completed"),
                                    QStringLiteral("failed")};
    return states;
}

bool isList(const QString& state)
{
    return state == QLatin1String("wait") || state == QLatin1String("active") || state == QLatin1String("paused");
}
} // namespace JobState

QJsonObject QueueCounts::toJson() const
{
    QJsonObject counts;
    for (const QString& state : JobState::all())
        counts.insert(state, double(count(state)));
    QJsonObject object{
        {QStringLiteral("queue"), queue}, {QStringLiteral("paused"), paused}, {QStringLiteral("counts"), counts}};
    if (!clusterProblem.isEmpty())
        object.insert(QStringLiteral("cluster_problem"), clusterProblem);
    return object;
}

qint64 TenantJobCounts::total() const
{
    qint64 sum = 0;
    for (qint64 n : byState)
        sum += n;
    return sum;
}

QJsonObject FailedJobGroup::toJson() const
{
    return {{QStringLiteral("signature"), signature},
            {QStringLiteral("count"), double(count)},
            {QStringLiteral("tenants"), double(tenants)},
            {QStringLiteral("queues"), QJsonArray::fromStringList(queues)},
            {QStringLiteral("last_seen"), optionalText(isoUtc(lastSeen))},
            {QStringLiteral("sample_queue"), sampleQueue},
            {QStringLiteral("sample_job_id"), sampleJobId},
            {QStringLiteral("sample_reason"), sampleReason}};
}

QueueRepository::QueueRepository(RedisClient* redis, const QString& prefix)
    : m_redis(redis)
    , m_prefix(prefix.toUtf8())
    , m_tenantOfJob(std::make_shared<QHash<QString, QString>>())
{
}

QByteArray QueueRepository::key(const QString& queue, const QByteArray& suffix) const
{
    return RedisKeys::bull(m_prefix, queue, suffix);
}

QString QueueRepository::validateQueueName(const QString& queue)
{
    // BullMQ refuses ':' in queue names; we also keep glob characters out of our SCAN patterns.
    static const QRegularExpression valid(QStringLiteral("^[^:*?\\[\\]\\s]{1,200}$"));
    if (!valid.match(queue).hasMatch())
        return tr("\"%1\" is not a queue name (1 to 200 characters, no ':', spaces or wildcards).").arg(queue);
    return {};
}

QString QueueRepository::validateJobId(const QString& id)
{
    static const QRegularExpression valid(QStringLiteral("^[^:\\s]{1,200}$"));
    if (!valid.match(id).hasMatch())
        return tr("\"%1\" is not a job id.").arg(id);
    return {};
}

QString QueueRepository::JobPage::validate() const
{
    QString invalid = validateQueueName(queue);
    if (!invalid.isEmpty())
        return invalid;
    if (!JobState::all().contains(state))
        return tr("Unknown job state \"%1\" (use one of %2).").arg(state, JobState::all().join(QStringLiteral(", ")));
    if (offset < 0 || limit < 1 || limit > 1000)
        return tr("A page is 1 to 1000 jobs from a non-negative offset.");
    return {};
}

QString QueueRepository::tenantOf(const QByteArray& jobData)
{
    return BullJob::tenantOf(jobData);
}

QFuture<Fetched<QStringList>> QueueRepository::discoverQueues() const
{
    // One SCAN walk for "<prefix>:*:meta" over every master, on demand (the page's "discover"), never per
    // refresh.
    const QByteArray prefix = m_prefix + ':';
    return scanKeys(m_redis, prefix + "*:meta").then([prefix](const RedisScanResult& scanned) {
        Fetched<QStringList> result;
        if (!scanned.error.isEmpty()) {
            result.error = scanned.error;
            return result;
        }
        for (const QByteArray& key : scanned.keys) {
            const QByteArray name = key.mid(prefix.size(), key.size() - prefix.size() - 5);
            const QString queue = QString::fromUtf8(name);
            if (!name.isEmpty() && !name.contains(':') && !result.value.contains(queue))
                result.value.append(queue);
        }
        result.value.sort();
        return result;
    });
}

QString QueueRepository::clusterProblem(const QString& queue) const
{
    if (!m_redis->isCluster())
        return {};
    // BullMQ's scripts touch several keys of a queue at once; on a cluster they must share one slot, which
    // only a hash tag in the prefix ({bull}) or in the queue's name gives.
    if (RedisSlots::hasHashTag(m_prefix + ':' + queue.toUtf8() + ':'))
        return {};
    return tr("Queue %1 has no hash tag: on a Redis Cluster its keys fall in different slots, so BullMQ cannot "
              "run it and TenantScope does not change its jobs. Use a prefix such as {%2}.")
        .arg(queue, QString::fromUtf8(m_prefix));
}

QFuture<Fetched<QVector<QueueCounts>>> QueueRepository::counts(const QStringList& queues) const
{
    for (const QString& queue : queues) {
        const QString invalid = validateQueueName(queue);
        if (!invalid.isEmpty())
            return refusedFuture<QVector<QueueCounts>>(invalid);
    }
    // Every queue's lengths in one pipeline: one round trip, whatever the number of queues.
    QList<RedisCommand> commands;
    for (const QString& queue : queues) {
        for (const QString& state : JobState::all())
            commands.append(
                {JobState::isList(state) ? QByteArray("LLEN") : QByteArray("ZCARD"), key(queue, bytes(state))});
        commands.append({"HEXISTS", key(queue, "meta"), "paused"});
    }
    QStringList problems;
    for (const QString& queue : queues)
        problems << clusterProblem(queue);
    return m_redis->pipeline(commands).then([queues, problems](const QList<RedisReply>& replies) {
        Fetched<QVector<QueueCounts>> fetched;
        const qsizetype perQueue = JobState::all().size() + 1;
        if (replies.size() != queues.size() * perQueue) {
            fetched.error = tr("Redis answered %1 of %2 commands.").arg(replies.size()).arg(queues.size() * perQueue);
            return fetched;
        }
        for (qsizetype q = 0; q < queues.size(); ++q) {
            QueueCounts counts;
            counts.queue = queues.at(q);
            counts.clusterProblem = problems.at(q);
            for (qsizetype s = 0; s < perQueue; ++s) {
                const RedisReply& reply = replies.at(q * perQueue + s);
                if (reply.isError()) {
                    fetched.error = redisError(reply);
                    return fetched;
                }
                if (s < perQueue - 1)
                    counts.byState.insert(JobState::all().at(s), reply.integer);
                else
                    counts.paused = reply.integer == 1;
            }
            fetched.value.append(counts);
        }
        return fetched;
    });
}

QFuture<Fetched<QStringList>> QueueRepository::stateIds(const QString& queue, const QString& state, int cap) const
{
    const QByteArray stateKey = key(queue, bytes(state));
    const QByteArray last = QByteArray::number(cap - 1);
    // Lists: the worker takes from the right, so the next to run is last; sorted sets: newest first.
    const RedisCommand command = JobState::isList(state)
        ? RedisCommand{"LRANGE", stateKey, QByteArray::number(-cap), "-1"}
        : RedisCommand{"ZRANGE", stateKey, "0", last, "REV"};
    return m_redis->command(command).then([state](const RedisReply& reply) {
        Fetched<QStringList> fetched;
        if (reply.isError()) {
            fetched.error = redisError(reply);
            return fetched;
        }
        for (const RedisReply& element : reply.elements)
            fetched.value.append(text(element.text));
        if (JobState::isList(state))
            std::reverse(fetched.value.begin(), fetched.value.end());
        return fetched;
    });
}

QFuture<QString> QueueRepository::resolveTenants(const QString& queue, const QStringList& ids) const
{
    auto cache = m_tenantOfJob;
    QStringList unknown;
    for (const QString& id : ids)
        if (!cache->contains(queue + u'\n' + id))
            unknown.append(id);
    if (unknown.isEmpty())
        return QtFuture::makeReadyFuture(QString());
    if (cache->size() + unknown.size() > 500000)
        cache->clear(); // bounded memory; the next refresh reads again
    QList<RedisCommand> commands;
    commands.reserve(unknown.size());
    for (const QString& id : unknown)
        commands.append({"HGET", key(queue, bytes(id)), "data"});
    return m_redis->pipeline(commands).then([cache, queue, unknown](const QList<RedisReply>& replies) {
        for (qsizetype i = 0; i < replies.size() && i < unknown.size(); ++i) {
            if (replies.at(i).isError())
                return redisError(replies.at(i));
            // A job removed in between has no data: not cached, so it is looked up again if it returns.
            if (!replies.at(i).isNil())
                cache->insert(queue + u'\n' + unknown.at(i), QueueRepository::tenantOf(replies.at(i).text));
        }
        return QString();
    });
}

QFuture<Fetched<QVector<TenantJobCounts>>> QueueRepository::tenantCounts(const QString& queue) const
{
    const QString invalid = validateQueueName(queue);
    if (!invalid.isEmpty())
        return refusedFuture<QVector<TenantJobCounts>>(invalid);
    QList<RedisCommand> commands;
    const QByteArray last = QByteArray::number(kTenantScanCap - 1);
    for (const QString& state : JobState::all()) {
        const QByteArray stateKey = key(queue, bytes(state));
        commands.append(JobState::isList(state) ? RedisCommand{"LRANGE", stateKey, "0", last}
                                                : RedisCommand{"ZRANGE", stateKey, "0", last, "REV"});
    }
    const QueueRepository self = *this;
    return m_redis->pipeline(commands)
        .then([self, queue](const QList<RedisReply>& replies) {
            auto idsByState = std::make_shared<QHash<QString, QStringList>>();
            QStringList all;
            for (qsizetype s = 0; s < replies.size() && s < JobState::all().size(); ++s) {
                if (replies.at(s).isError())
                    return refusedFuture<QVector<TenantJobCounts>>(redisError(replies.at(s)));
                QStringList ids;
                for (const RedisReply& element : replies.at(s).elements)
                    ids.append(text(element.text));
                all += ids;
                idsByState->insert(JobState::all().at(s), ids);
            }
            auto cache = self.m_tenantOfJob;
            return self.resolveTenants(queue, all).then([cache, idsByState, queue](const QString& problem) {
                Fetched<QVector<TenantJobCounts>> fetched;
                if (!problem.isEmpty()) {
                    fetched.error = problem;
                    return fetched;
                }
                QHash<QString, TenantJobCounts> byTenant;
                for (auto it = idsByState->cbegin(); it != idsByState->cend(); ++it) {
                    for (const QString& id : it.value()) {
                        const auto known = cache->constFind(queue + u'\n' + id);
                        if (known == cache->cend())
                            continue; // removed while we looked
                        TenantJobCounts& counts = byTenant[known.value()];
                        counts.tenantId = known.value();
                        ++counts.byState[it.key()];
                    }
                }
                fetched.value = byTenant.values().toVector();
                std::sort(
                    fetched.value.begin(), fetched.value.end(), [](const TenantJobCounts& a, const TenantJobCounts& b) {
                        return a.total() != b.total() ? a.total() > b.total() : a.tenantId < b.tenantId;
                    });
                return fetched;
            });
        })
        .unwrap();
}

QFuture<Fetched<QVector<JobSummary>>>
QueueRepository::summaries(const QString& queue, const QString& state, const QStringList& ids) const
{
    if (ids.isEmpty())
        return QtFuture::makeReadyFuture(Fetched<QVector<JobSummary>>{});
    QList<RedisCommand> commands;
    for (const QString& id : ids)
        commands.append(RedisCommand{"HMGET", key(queue, bytes(id))} + BullJob::summaryFields());
    return m_redis->pipeline(commands).then([queue, state, ids](const QList<RedisReply>& replies) {
        Fetched<QVector<JobSummary>> fetched;
        for (qsizetype i = 0; i < replies.size() && i < ids.size(); ++i) {
            if (replies.at(i).isError()) {
                fetched.error = redisError(replies.at(i));
                return fetched;
            }
            // A job removed between the two reads has no fields left; skip it.
            if (replies.at(i).elements.isEmpty() || replies.at(i).elements.at(0).isNil())
                continue;
            fetched.value.append(BullJob::summary(queue, ids.at(i), state, texts(replies.at(i))));
        }
        return fetched;
    });
}

QFuture<Fetched<QVector<JobSummary>>> QueueRepository::jobs(const JobPage& page) const
{
    const QString invalid = page.validate();
    if (!invalid.isEmpty())
        return refusedFuture<QVector<JobSummary>>(invalid);
    const QueueRepository self = *this;
    if (page.tenantId.isEmpty()) {
        // One page of ids straight from the list or set.
        const QByteArray stateKey = key(page.queue, bytes(page.state));
        const qint64 first = page.offset;
        const qint64 lastIndex = page.offset + page.limit - 1;
        const RedisCommand command = JobState::isList(page.state)
            ? RedisCommand{"LRANGE", stateKey, QByteArray::number(-lastIndex - 1), QByteArray::number(-first - 1)}
            : RedisCommand{"ZRANGE", stateKey, QByteArray::number(first), QByteArray::number(lastIndex), "REV"};
        return m_redis->command(command)
            .then([self, page](const RedisReply& reply) {
                if (reply.isError())
                    return refusedFuture<QVector<JobSummary>>(redisError(reply));
                QStringList ids;
                for (const RedisReply& element : reply.elements)
                    ids.append(text(element.text));
                if (JobState::isList(page.state))
                    std::reverse(ids.begin(), ids.end());
                return self.summaries(page.queue, page.state, ids);
            })
            .unwrap();
    }
    // One tenant's jobs: the state's ids (up to the cap), filtered through the job-to-tenant cache.
    auto cache = m_tenantOfJob;
    return stateIds(page.queue, page.state, kTenantScanCap)
        .then([self, page, cache](const Fetched<QStringList>& ids) {
            if (!ids.ok())
                return refusedFuture<QVector<JobSummary>>(ids.error);
            return self.resolveTenants(page.queue, ids.value)
                .then([self, page, cache, ids](const QString& problem) {
                    if (!problem.isEmpty())
                        return refusedFuture<QVector<JobSummary>>(problem);
                    QStringList mine;
                    for (const QString& id : ids.value)
                        if (cache->value(page.queue + u'\n' + id) == page.tenantId)
                            mine.append(id);
                    return self.summaries(page.queue, page.state, mine.mid(page.offset, page.limit));
                })
                .unwrap();
        })
        .unwrap();
}

QFuture<Fetched<JobDetail>> QueueRepository::job(const QString& queue, const QString& id) const
{
    QString invalid = validateQueueName(queue);
    if (invalid.isEmpty())
        invalid = validateJobId(id);
    if (!invalid.isEmpty())
        return refusedFuture<JobDetail>(invalid);
    const QByteArray jobKey = key(queue, bytes(id));
    QList<RedisCommand> commands{{"HGETALL", jobKey}, {"EXISTS", jobKey + ":lock"}};
    for (const QString& state : JobState::all())
        commands.append(JobState::isList(state) ? RedisCommand{"LPOS", key(queue, bytes(state)), bytes(id)}
                                                : RedisCommand{"ZSCORE", key(queue, bytes(state)), bytes(id)});
    return m_redis->pipeline(commands).then([queue, id](const QList<RedisReply>& replies) {
        Fetched<JobDetail> fetched;
        for (const RedisReply& reply : replies) {
            if (reply.isError()) {
                fetched.error = redisError(reply);
                return fetched;
            }
        }
        const QHash<QByteArray, QByteArray> hash = replies.value(0).toHash();
        if (hash.isEmpty()) {
            fetched.error = tr("Job %1 is not in queue %2 (removed, or never there).").arg(id, queue);
            return fetched;
        }
        QString state = QStringLiteral("unknown");
        for (qsizetype s = 0; s < JobState::all().size(); ++s) {
            if (!replies.value(2 + s).isNil()) {
                state = JobState::all().at(s);
                break;
            }
        }
        fetched.value = BullJob::detail(queue, id, state, replies.value(1).integer == 1, hash);
        return fetched;
    });
}

QFuture<RedisReply>
QueueRepository::evalAfterReading(const RedisCommand& read,
                                  const std::function<RedisCommand(const QByteArray&)>& evalFor) const
{
    QPointer<RedisClient> redis = m_redis; // the profile may be closed between the two commands
    return m_redis->command(read)
        .then([redis, evalFor](const RedisReply& value) {
            if (value.isError())
                return QtFuture::makeReadyFuture(value);
            if (!redis)
                return QtFuture::makeReadyFuture(RedisReply::error("ERR the connection was closed"));
            return redis->command(evalFor(value.isNil() ? QByteArray() : value.text));
        })
        .unwrap();
}

QString QueueRepository::changedMeanwhile(const QString& id)
{
    return tr("Job %1 changed while TenantScope looked at it (another tool acted on it). Nothing was changed: "
              "look at it again and retry.")
        .arg(id);
}

QFuture<Fetched<QString>> QueueRepository::retry(const QString& queue, const QString& id) const
{
    QString invalid = validateQueueName(queue);
    if (invalid.isEmpty())
        invalid = validateJobId(id);
    if (invalid.isEmpty())
        invalid = clusterProblem(queue);
    if (!invalid.isEmpty())
        return refusedFuture<QString>(invalid);
    static const QByteArray source = luaScript("retry_failed_job");
    const QByteArray jobKey = key(queue, bytes(id));
    const RedisCommand command{"EVAL",
                               source,
                               "9",
                               jobKey,
                               key(queue, "failed"),
                               key(queue, "wait"),
                               key(queue, "meta"),
                               key(queue, "active"),
                               key(queue, "marker"),
                               key(queue, "prioritized"),
                               key(queue, "pc"),
                               key(queue, "events")};
    // The script names every key it touches: a flow child's parent keys come from the job, read first
    // (the script refuses if the parent changed in between).
    const auto withParent = [command, id](const QByteArray& parentKey) {
        RedisCommand eval = command;
        if (!parentKey.isEmpty()) {
            eval[2] = "13";
            eval << parentKey << parentKey + ":unsuccessful" << parentKey + ":failed" << parentKey + ":dependencies";
        }
        return eval << bytes(id) << parentKey;
    };
    return evalAfterReading({"HGET", jobKey, "parentKey"}, withParent).then([queue, id](const RedisReply& reply) {
        Fetched<QString> outcome;
        if (reply.isError()) {
            outcome.error = reply.text.startsWith("NOPERM")
                ? tr("Job %1 was not retried: %2").arg(id, redisError(reply))
                : tr("Job %1 was not retried: %2. If the connection was lost, look at the job's state before "
                     "trying again.")
                      .arg(id, text(reply.text));
            return outcome;
        }
        const qint64 code = reply.elements.value(0).integer;
        if (code == 1)
            outcome.value = QueueRepository::tenantOf(reply.elements.value(1).text);
        else if (code == -1)
            outcome.error = tr("Job %1 is not in queue %2 any more (removed).").arg(id, queue);
        else if (code == -5)
            outcome.error = changedMeanwhile(id);
        else
            outcome.error = tr("Job %1 is not failed any more: someone retried it already, or it never failed. "
                               "Nothing was changed.")
                                .arg(id);
        return outcome;
    });
}

QFuture<Fetched<QString>> QueueRepository::remove(const QString& queue, const QString& id) const
{
    QString invalid = validateQueueName(queue);
    if (invalid.isEmpty())
        invalid = validateJobId(id);
    if (invalid.isEmpty())
        invalid = clusterProblem(queue);
    if (!invalid.isEmpty())
        return refusedFuture<QString>(invalid);
    static const QByteArray source = luaScript("remove_job");
    const QByteArray jobKey = key(queue, bytes(id));
    RedisCommand command{"EVAL", source, "19", jobKey, key(queue, "events"), key(queue, "meta")};
    for (const char* own : {":lock", ":logs", ":dependencies", ":processed", ":failed", ":unsuccessful"})
        command << jobKey + own;
    for (const char* state :
         {"completed", "failed", "delayed", "prioritized", "waiting-children", "wait", "paused", "active"})
        command << key(queue, state);
    // The deduplication keys come from the job, read first (the script refuses if it changed in between).
    const auto withDedup = [command, queueKey = key(queue, {}), id](const QByteArray& dedupId) {
        return RedisCommand(command) << queueKey + "de:" + dedupId << queueKey + "dn:" + dedupId << bytes(id)
                                     << dedupId;
    };
    auto cache = m_tenantOfJob;
    return evalAfterReading({"HGET", jobKey, "deid"}, withDedup).then([queue, id, cache](const RedisReply& reply) {
        Fetched<QString> outcome;
        if (reply.isError()) {
            outcome.error = reply.text.startsWith("NOPERM")
                ? tr("Job %1 was not removed: %2").arg(id, redisError(reply))
                : tr("Job %1 was not removed: %2. If the connection was lost, look at the job's state before "
                     "trying again.")
                      .arg(id, text(reply.text));
            return outcome;
        }
        const qint64 code = reply.elements.value(0).integer;
        if (code == 1) {
            outcome.value = QueueRepository::tenantOf(reply.elements.value(2).text);
            cache->remove(queue + u'\n' + id);
        } else if (code == -1) {
            outcome.error = tr("Job %1 is not in queue %2 any more (removed already).").arg(id, queue);
        } else if (code == -5) {
            outcome.error = changedMeanwhile(id);
        } else if (code == -2) {
            outcome.error = tr("Job %1 is running (a worker holds its lock): cancel its execution instead. Nothing "
                               "was changed.")
                                .arg(id);
        } else {
            outcome.error = tr("Job %1 belongs to a flow (it has a parent or children); remove it with BullMQ's own "
                               "tools. Nothing was changed.")
                                .arg(id);
        }
        return outcome;
    });
}

QFuture<Fetched<QVector<FailedJobGroup>>> QueueRepository::failedJobGroups(const QStringList& queues,
                                                                           const QString& errorText) const
{
    for (const QString& queue : queues) {
        const QString invalid = validateQueueName(queue);
        if (!invalid.isEmpty())
            return refusedFuture<QVector<FailedJobGroup>>(invalid);
    }
    if (errorText.size() > 500)
        return refusedFuture<QVector<FailedJobGroup>>(tr("The error text to search for is limited to 500 characters."));
    QList<RedisCommand> ranges;
    const QByteArray last = QByteArray::number(kFailedScanCap - 1);
    for (const QString& queue : queues)
        ranges.append({"ZRANGE", key(queue, "failed"), "0", last, "REV"});
    const QueueRepository self = *this;
    return m_redis->pipeline(ranges)
        .then([self, queues, errorText](const QList<RedisReply>& idLists) {
            auto jobs = std::make_shared<QList<QPair<QString, QString>>>(); // queue, id
            QList<RedisCommand> reads;
            for (qsizetype q = 0; q < idLists.size() && q < queues.size(); ++q) {
                if (idLists.at(q).isError())
                    return refusedFuture<QVector<FailedJobGroup>>(redisError(idLists.at(q)));
                for (const RedisReply& id : idLists.at(q).elements) {
                    jobs->append({queues.at(q), text(id.text)});
                    reads.append({"HMGET", self.key(queues.at(q), id.text), "failedReason", "data", "finishedOn"});
                }
            }
            if (reads.isEmpty())
                return QtFuture::makeReadyFuture(Fetched<QVector<FailedJobGroup>>{});
            return self.m_redis->pipeline(reads).then([jobs, errorText](const QList<RedisReply>& fields) {
                Fetched<QVector<FailedJobGroup>> fetched;
                QHash<QString, FailedJobGroup> groups;
                QHash<QString, QSet<QString>> tenantsOf;
                for (qsizetype i = 0; i < fields.size() && i < jobs->size(); ++i) {
                    if (fields.at(i).isError()) {
                        fetched.error = redisError(fields.at(i));
                        return fetched;
                    }
                    const QVector<RedisReply>& f = fields.at(i).elements;
                    if (f.size() < 3 || f.at(0).isNil())
                        continue; // removed in between, or failed without a reason
                    const QString reason = text(f.at(0).text);
                    if (!errorText.isEmpty() && !reason.contains(errorText, Qt::CaseInsensitive))
                        continue;
                    const QString signature = ErrorSignature::of(firstLine(reason, 300));
                    FailedJobGroup& group = groups[signature];
                    const QDateTime finished = BullJob::timeFromMs(f.at(2).text);
                    if (group.count == 0 || finished > group.lastSeen) {
                        group.lastSeen = finished;
                        group.sampleQueue = jobs->at(i).first;
                        group.sampleJobId = jobs->at(i).second;
                        group.sampleReason = firstLine(reason, 300);
                    }
                    group.signature = signature;
                    ++group.count;
                    if (!group.queues.contains(jobs->at(i).first))
                        group.queues.append(jobs->at(i).first);
                    tenantsOf[signature].insert(QueueRepository::tenantOf(f.at(1).text));
                }
                for (auto it = groups.begin(); it != groups.end(); ++it) {
                    it->tenants = tenantsOf.value(it.key()).size();
                    fetched.value.append(*it);
                }
                std::sort(
                    fetched.value.begin(), fetched.value.end(), [](const FailedJobGroup& a, const FailedJobGroup& b) {
                        return a.count != b.count ? a.count > b.count : a.lastSeen > b.lastSeen;
                    });
                return fetched;
            });
        })
        .unwrap();
}
