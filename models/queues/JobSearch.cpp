#include <models/queues/JobSearch.h>

#include <async/Guarded.h>
#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("JobSearch", text);
}

bool allNil(const RedisReply& reply)
{
    for (const RedisReply& value : reply.elements)
        if (!value.isNil())
            return false;
    return true;
}

QStringList sortedSetStates()
{
    QStringList states;
    for (const QString& state : JobState::all())
        if (!JobState::isList(state))
            states << state;
    return states;
}

QStringList listStates()
{
    QStringList states;
    for (const QString& state : JobState::all())
        if (JobState::isList(state))
            states << state;
    return states;
}
} // namespace

QString JobSearchQuery::validate() const
{
    for (const QString& queue : queues) {
        const QString invalid = QueueRepository::validateQueueName(queue);
        if (!invalid.isEmpty())
            return invalid;
    }
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("JobSearch",
                                           "Type what to look for: a job id, or text in the name, data or "
                                           "failed reason.");
    if (text.size() > 1000)
        return QCoreApplication::translate("JobSearch", "The text to look for is at most 1,000 characters.");
    if (field == Field::Id) {
        const QString invalid = QueueRepository::validateJobId(text.trimmed());
        if (!invalid.isEmpty())
            return invalid;
    }
    if (!state.isEmpty() && !JobState::all().contains(state))
        return QCoreApplication::translate("JobSearch", "The state is one of %1.")
            .arg(JobState::all().join(QStringLiteral(", ")));
    if (!tenantId.isEmpty() && !Validation::isUuid(tenantId))
        return QCoreApplication::translate("JobSearch", "The tenant is a tenant id (a UUID).");
    if (maxResults < 1 || maxResults > kMaxResults)
        return QCoreApplication::translate("JobSearch", "At most 1 to %1 results.").arg(kMaxResults);
    if (keysPerSecond < kMinKeysPerSecond || keysPerSecond > kMaxKeysPerSecond)
        return QCoreApplication::translate("JobSearch", "The pace is %1 to %2 keys a second.")
            .arg(kMinKeysPerSecond)
            .arg(kMaxKeysPerSecond);
    return {};
}

bool JobSearchQuery::matchesText(const QString& id,
                                 const QString& name,
                                 const QString& data,
                                 const QString& failedReason) const
{
    const QString needle = text.trimmed();
    const auto has = [&needle](const QString& haystack) { return haystack.contains(needle, Qt::CaseInsensitive); };
    switch (field) {
    case Field::Id:
        return id == needle;
    case Field::Name:
        return has(name);
    case Field::Data:
        return has(data);
    case Field::FailedReason:
        return has(failedReason);
    case Field::Any:
        break;
    }
    return id == needle || has(name) || has(data) || has(failedReason);
}

JobSearchQuery::Field JobSearchQuery::fieldFromName(const QString& name, bool* ok)
{
    *ok = true;
    if (name == QLatin1String("any"))
        return Field::Any;
    if (name == QLatin1String("id"))
        return Field::Id;
    if (name == QLatin1String("name"))
        return Field::Name;
    if (name == QLatin1String("data"))
        return Field::Data;
    if (name == QLatin1String("reason"))
        return Field::FailedReason;
    *ok = false;
    return Field::Any;
}

QString JobSearchQuery::fieldName(Field field)
{
    switch (field) {
    case Field::Id:
        return QStringLiteral("id");
    case Field::Name:
        return QStringLiteral("name");
    case Field::Data:
        return QStringLiteral("data");
    case Field::FailedReason:
        return QStringLiteral("reason");
    case Field::Any:
        break;
    }
    return QStringLiteral("any");
}

double JobSearchProgress::keysPerSecond() const
{
    return elapsedMs > 0 ? double(keysScanned) * 1000.0 / double(elapsedMs) : 0.0;
}

QString JobSearchProgress::stopText() const
{
    switch (stop) {
    case Stop::Running:
        return tr("searching");
    case Stop::Done:
        return tr("done: every job scanned");
    case Stop::LimitReached:
        return tr("stopped at the result limit");
    case Stop::Cancelled:
        return tr("stopped");
    case Stop::Failed:
        return tr("failed: %1").arg(error);
    }
    return {};
}

QJsonObject JobSearchProgress::toJson() const
{
    static const char* const stops[] = {"running", "done", "limit", "cancelled", "failed"};
    QJsonObject json{{QStringLiteral("stop"), QLatin1String(stops[int(stop)])},
                     {QStringLiteral("keys_scanned"), double(keysScanned)},
                     {QStringLiteral("jobs_read"), double(jobsRead)},
                     {QStringLiteral("matches"), double(matches)},
                     {QStringLiteral("vanished"), double(vanished)},
                     {QStringLiteral("elapsed_ms"), double(elapsedMs)},
                     {QStringLiteral("first_result_ms"), firstResultMs < 0 ? QJsonValue() : double(firstResultMs)},
                     {QStringLiteral("keys_per_second"), qRound64(keysPerSecond())},
                     {QStringLiteral("queues_scanned"), queuesDone},
                     {QStringLiteral("queues"), queuesTotal}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

JobSearch::JobSearch(const QueueRepository& queues, const JobSearchQuery& query, QObject* parent)
    : QObject(parent)
    , m_redis(queues.redis())
    , m_queues(queues)
    , m_query(query)
{
}

void JobSearch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_progress = {};
    m_clock.start();
    const QString invalid = m_query.validate();
    if (!invalid.isEmpty()) {
        // Through the event loop: whoever started the search hears its end after start() returns.
        QTimer::singleShot(0, this, [this, invalid] { finish(JobSearchProgress::Stop::Failed, invalid); });
        return;
    }
    if (!m_query.queues.isEmpty()) {
        QTimer::singleShot(0, this, [this] { beginQueues(m_query.queues); });
        return;
    }
    m_queues.discoverQueues().then(QCoreApplication::instance(),
                                   guarded(this, [this](const Fetched<QStringList>& names) {
                                       if (!names.ok())
                                           finish(JobSearchProgress::Stop::Failed, names.error);
                                       else
                                           beginQueues(names.value);
                                   }));
}

void JobSearch::cancel()
{
    m_cancelled = true;
}

void JobSearch::beginQueues(const QStringList& queues)
{
    m_pendingQueues = queues;
    m_progress.queuesTotal = int(queues.size());
    if (m_query.field == JobSearchQuery::Field::Id) {
        lookUpId();
        return;
    }
    nextQueue();
}

void JobSearch::finish(JobSearchProgress::Stop stop, const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_progress.stop = stop;
    m_progress.error = error;
    m_progress.elapsedMs = m_clock.elapsed();
    emit finished(m_progress);
}

// Straight to the job: one read per queue, no scan.
void JobSearch::lookUpId()
{
    if (m_cancelled) {
        finish(JobSearchProgress::Stop::Cancelled);
        return;
    }
    if (m_pendingQueues.isEmpty() || !m_redis) {
        finish(m_redis ? JobSearchProgress::Stop::Done : JobSearchProgress::Stop::Failed,
               m_redis ? QString() : tr("The connection was closed."));
        return;
    }
    const QString queue = m_pendingQueues.takeFirst();
    m_progress.queue = queue;
    const QString id = m_query.text.trimmed();
    RedisCommand read{"HMGET", m_queues.key(queue, id.toUtf8())};
    read += BullJob::summaryFields();
    m_redis->command(read).then(QCoreApplication::instance(), guarded(this, [this, queue, id](const RedisReply& reply) {
                                    if (reply.isError()) {
                                        finish(JobSearchProgress::Stop::Failed, redisError(reply));
                                        return;
                                    }
                                    ++m_progress.queuesDone;
                                    ++m_progress.keysScanned;
                                    if (allNil(reply)) {
                                        lookUpId();
                                        return;
                                    }
                                    ++m_progress.jobsRead;
                                    QList<QByteArray> values;
                                    for (const RedisReply& value : reply.elements)
                                        values << value.text;
                                    QVector<JobSummary> candidates{BullJob::summary(queue, id, QString(), values)};
                                    if (!m_query.tenantId.isEmpty() && candidates.first().tenantId != m_query.tenantId)
                                        candidates.clear();
                                    resolveStates(candidates, [this] { lookUpId(); });
                                }));
}

void JobSearch::nextQueue()
{
    if (m_cancelled) {
        finish(JobSearchProgress::Stop::Cancelled);
        return;
    }
    if (m_pendingQueues.isEmpty()) {
        finish(JobSearchProgress::Stop::Done);
        return;
    }
    if (!m_redis) {
        finish(JobSearchProgress::Stop::Failed, tr("The connection was closed."));
        return;
    }
    const QString queue = m_pendingQueues.takeFirst();
    const QString refused = m_queues.clusterProblem(queue);
    if (!refused.isEmpty()) {
        finish(JobSearchProgress::Stop::Failed, refused);
        return;
    }
    m_progress.queue = queue;
    m_keyPrefix = m_queues.key(queue, QByteArray());
    m_pattern = QByteArray(m_keyPrefix).replace('\\', "\\\\") + '*'; // a backslash in a name is no escape
    m_cursor = "0";
    m_nodes = m_redis->masterAddresses();
    if (m_nodes.isEmpty()) // a cluster whose topology is not known yet
        learnNodes();
    else
        nextPage();
}

void JobSearch::learnNodes()
{
    m_redis->onEachNode({"PING"}, true)
        .then(QCoreApplication::instance(), guarded(this, [this](const QList<RedisNodeReply>& replies) {
                  for (const RedisNodeReply& reply : replies) {
                      if (reply.reply.isError()) {
                          finish(JobSearchProgress::Stop::Failed, redisError(reply.reply));
                          return;
                      }
                      m_nodes << reply.node;
                  }
                  nextPage();
              }));
}

void JobSearch::nextPage()
{
    if (m_cancelled) {
        finish(JobSearchProgress::Stop::Cancelled);
        return;
    }
    if (!m_redis) {
        finish(JobSearchProgress::Stop::Failed, tr("The connection was closed."));
        return;
    }
    if (m_nodes.isEmpty()) {
        ++m_progress.queuesDone;
        nextQueue();
        return;
    }
    // A slow pace asks for smaller pages, so that each page's reads stay short too.
    const int count = std::clamp(m_query.keysPerSecond / 10, 100, kPageSize);
    const RedisCommand scan{"SCAN", m_cursor, "MATCH", m_pattern, "COUNT", QByteArray::number(count), "TYPE", "hash"};
    m_redis->commandAt(m_nodes.first(), scan)
        .then(QCoreApplication::instance(), guarded(this, [this](const RedisReply& reply) {
                  if (reply.isError() || reply.elements.size() != 2) {
                      finish(JobSearchProgress::Stop::Failed,
                             reply.isError() ? redisError(reply) : tr("Redis answered SCAN with something else."));
                      return;
                  }
                  QList<QByteArray> keys;
                  for (const RedisReply& key : reply.elements.at(1).elements)
                      keys << key.text;
                  readJobs(keys, reply.elements.at(0).text);
              }));
}

void JobSearch::readJobs(const QList<QByteArray>& keys, const QByteArray& nextCursor)
{
    m_progress.keysScanned += keys.size();
    // A job's hash is "<prefix>:<queue>:<id>" (BullMQ refuses ':' in ids); the queue's own hashes
    // (meta, a job's ":logs" are lists) are not jobs.
    QStringList ids;
    QList<RedisCommand> reads;
    for (const QByteArray& key : keys) {
        const QByteArray id = key.mid(m_keyPrefix.size());
        if (id.isEmpty() || id.contains(':') || id == "meta")
            continue;
        ids << QString::fromUtf8(id);
        RedisCommand read{"HMGET", key};
        read += BullJob::summaryFields();
        reads << read;
    }
    const auto advance = [this, nextCursor] {
        if (nextCursor == "0") {
            m_nodes.removeFirst();
            m_cursor = "0";
        } else {
            m_cursor = nextCursor;
        }
        emit progressed(m_progress);
        pace([this] { nextPage(); });
    };
    if (reads.isEmpty()) {
        advance();
        return;
    }
    const QString queue = m_progress.queue;
    m_redis->pipeline(reads).then(
        QCoreApplication::instance(), guarded(this, [this, ids, queue, advance](const QList<RedisReply>& replies) {
            QVector<JobSummary> candidates;
            for (int i = 0; i < replies.size() && i < ids.size(); ++i) {
                const RedisReply& reply = replies.at(i);
                if (reply.isError()) {
                    finish(JobSearchProgress::Stop::Failed, redisError(reply));
                    return;
                }
                if (allNil(reply)) { // removed since the scan saw it
                    ++m_progress.vanished;
                    continue;
                }
                ++m_progress.jobsRead;
                const QByteArray& name = reply.elements.value(0).text;
                const QByteArray& data = reply.elements.value(1).text;
                const QByteArray& reason = reply.elements.value(6).text;
                if (!m_query.matchesText(ids.at(i), BullJob::text(name), BullJob::text(data), BullJob::text(reason)))
                    continue;
                QList<QByteArray> values;
                for (const RedisReply& value : reply.elements)
                    values << value.text;
                JobSummary job = BullJob::summary(queue, ids.at(i), QString(), values);
                if (!m_query.tenantId.isEmpty() && job.tenantId != m_query.tenantId)
                    continue;
                candidates << job;
            }
            resolveStates(candidates, advance);
        }));
}

// The state of each job found: its score in a sorted set, or (only for those in none) its place in a list.
void JobSearch::resolveStates(QVector<JobSummary> candidates, const std::function<void()>& then)
{
    if (candidates.isEmpty()) {
        then();
        return;
    }
    const QStringList zsets = sortedSetStates();
    QList<RedisCommand> scores;
    for (const JobSummary& job : candidates)
        for (const QString& state : zsets)
            scores << RedisCommand{"ZSCORE", m_queues.key(job.queue, state.toUtf8()), job.id.toUtf8()};
    m_redis->pipeline(scores).then(
        QCoreApplication::instance(),
        guarded(this, [this, candidates, zsets, then](const QList<RedisReply>& replies) mutable {
            QList<RedisCommand> positions;
            QList<int> unplaced;
            const QStringList lists = listStates();
            for (int j = 0; j < candidates.size(); ++j) {
                for (int s = 0; s < zsets.size(); ++s) {
                    const RedisReply& reply = replies.value(j * int(zsets.size()) + s);
                    if (reply.isError()) {
                        finish(JobSearchProgress::Stop::Failed, redisError(reply));
                        return;
                    }
                    if (!reply.isNil() && candidates[j].state.isEmpty())
                        candidates[j].state = zsets.at(s);
                }
                if (candidates[j].state.isEmpty()) {
                    unplaced << j;
                    for (const QString& state : lists)
                        positions << RedisCommand{
                            "LPOS", m_queues.key(candidates[j].queue, state.toUtf8()), candidates[j].id.toUtf8()};
                }
            }
            const auto done = [this, then](QVector<JobSummary> placed) {
                deliver(std::move(placed));
                if (m_running)
                    then();
            };
            if (positions.isEmpty()) {
                done(candidates);
                return;
            }
            m_redis->pipeline(positions).then(
                QCoreApplication::instance(),
                guarded(this, [this, candidates, unplaced, lists, done](const QList<RedisReply>& found) mutable {
                    for (int u = 0; u < unplaced.size(); ++u)
                        for (int s = 0; s < lists.size(); ++s) {
                            const RedisReply& reply = found.value(u * int(lists.size()) + s);
                            if (reply.isError()) {
                                finish(JobSearchProgress::Stop::Failed, redisError(reply));
                                return;
                            }
                            JobSummary& job = candidates[unplaced.at(u)];
                            if (!reply.isNil() && job.state.isEmpty())
                                job.state = lists.at(s);
                        }
                    for (JobSummary& job : candidates)
                        if (job.state.isEmpty())
                            job.state = QStringLiteral("unknown"); // in no state: being moved, or orphaned
                    done(candidates);
                }));
        }));
}

void JobSearch::deliver(QVector<JobSummary> jobs)
{
    if (!m_query.state.isEmpty())
        jobs.removeIf([this](const JobSummary& job) { return job.state != m_query.state; });
    const qint64 room = m_query.maxResults - m_progress.matches;
    if (jobs.size() > room)
        jobs.resize(room);
    if (!jobs.isEmpty()) {
        if (m_progress.firstResultMs < 0)
            m_progress.firstResultMs = m_clock.elapsed();
        m_progress.matches += jobs.size();
        emit found(jobs);
    }
    if (m_progress.matches >= m_query.maxResults)
        finish(JobSearchProgress::Stop::LimitReached);
}

// At most keysPerSecond: wait until the keys scanned so far are due, then go on.
void JobSearch::pace(const std::function<void()>& then)
{
    m_progress.elapsedMs = m_clock.elapsed();
    const qint64 dueMs = m_progress.keysScanned * 1000 / m_query.keysPerSecond;
    const qint64 wait = dueMs - m_progress.elapsedMs;
    if (wait <= 0) {
        then();
        return;
    }
    QTimer::singleShot(int(std::min<qint64>(wait, 10000)), this, then);
}
