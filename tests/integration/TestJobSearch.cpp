#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/operations/QueueOperations.h>
#include <models/queues/BulkJobAction.h>
#include <models/queues/JobSearch.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// Job search on the real Redis, as support's Redis user (the support role's exact ACL): a queue of this
// test's own with 2,400 jobs in every state, names, data and failed reasons planted so that the expected
// answer of each search is known here; one job hash malformed, one hash that is not a job, a job's logs.
// Every match is found with its state and tenant and nothing else; by id in every queue without a scan;
// limited, paced, cancelled; bad queries refused before Redis is asked.
class TestJobSearch : public QObject
{
    Q_OBJECT

    struct Planted
    {
        QString id;
        QString state;
        QString tenant;
        QString name;
        QString data;
        QString reason;
    };

    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<Operations> m_support;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
    QString m_queue;
    QVector<Planted> m_jobs;
    const QString m_tenantA = QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000a");
    const QString m_tenantB = QStringLiteral("bbbbbbbb-0000-4000-8000-00000000000b");
    static constexpr int kJobs = 2400;

    QByteArray key(const QByteArray& suffix) const { return "bull:" + m_queue.toUtf8() + ':' + suffix; }
    RedisReply redis(const QList<QByteArray>& args) { return TestServers::redis(m_redis.get(), args); }

    struct Outcome
    {
        QVector<JobSummary> jobs;
        JobSearchProgress progress;
        int batches = 0;
    };
    Outcome run(const JobSearchQuery& query, const std::function<void(JobSearch&)>& whileRunning = {})
    {
        Outcome outcome;
        std::unique_ptr<JobSearch> search = m_support->queueOperations()->search(query);
        QObject::connect(search.get(), &JobSearch::found, search.get(), [&outcome](const QVector<JobSummary>& jobs) {
            outcome.jobs += jobs;
            ++outcome.batches;
        });
        QSignalSpy finished(search.get(), &JobSearch::finished);
        search->start();
        if (whileRunning)
            whileRunning(*search);
        if (!finished.wait(60000))
            qFatal("the search did not finish");
        outcome.progress = search->progress();
        return outcome;
    }
    // What the planted data says a query must find.
    QSet<QString> expected(const std::function<bool(const Planted&)>& wanted) const
    {
        QSet<QString> ids;
        for (const Planted& job : m_jobs)
            if (wanted(job))
                ids.insert(job.id);
        return ids;
    }
    static QSet<QString> idsOf(const QVector<JobSummary>& jobs)
    {
        QSet<QString> ids;
        for (const JobSummary& job : jobs)
            ids.insert(job.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(m_support);
        m_queue = QStringLiteral("ts-test-search-%1").arg(QDateTime::currentMSecsSinceEpoch());
        redis({"HSET", key("meta"), "opts.maxLenEvents", "10000"});
        const QStringList states{QStringLiteral("completed"),
                                 QStringLiteral("failed"),
                                 QStringLiteral("wait"),
                                 QStringLiteral("delayed"),
                                 QStringLiteral("active"),
                                 QStringLiteral("prioritized")};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<QList<QByteArray>> commands;
        for (int i = 1; i <= kJobs; ++i) {
            Planted job;
            job.id = QString::number(i);
            job.state = states.at(i % states.size());
            job.tenant = i % 2 ? m_tenantA : m_tenantB;
            job.name = i % 5 == 0 ? QStringLiteral("send-invoice") : QStringLiteral("run-workflow");
            job.data = QStringLiteral(R"({"tenantId":"%1","order":"ORD-%2","note":"%3"})")
                           .arg(job.tenant)
                           .arg(i)
                           .arg(i % 97 == 0 ? QStringLiteral("Needle in the data") : QStringLiteral("plain"));
            job.reason = job.state == QLatin1String("failed")
                ? (i % 4 == 0 ? QStringLiteral("ECONNRESET from the provider")
                              : QStringLiteral("429 Too Many Requests"))
                : QString();
            const QByteArray id = job.id.toUtf8();
            QList<QByteArray> hash{"HSET",
                                   key(id),
                                   "name",
                                   job.name.toUtf8(),
                                   "data",
                                   job.data.toUtf8(),
                                   "opts",
                                   "{}",
                                   "timestamp",
                                   QByteArray::number(now - i),
                                   "atm",
                                   "0"};
            if (!job.reason.isEmpty())
                hash << "failedReason" << job.reason.toUtf8() << "finishedOn" << QByteArray::number(now);
            commands << hash;
            if (job.state == QLatin1String("wait") || job.state == QLatin1String("active"))
                commands << QList<QByteArray>{"LPUSH", key(job.state.toUtf8()), id};
            else
                commands << QList<QByteArray>{"ZADD", key(job.state.toUtf8()), QByteArray::number(i), id};
            m_jobs << job;
        }
        // A malformed job: no name, data that is not UTF-8 nor JSON, in failed.
        commands << QList<QByteArray>{"HSET", key("malformed"), "data", "\xff\xfe Needle \xc3("}
                 << QList<QByteArray>{"ZADD", key("failed"), "1", "malformed"};
        m_jobs << Planted{QStringLiteral("malformed"),
                          QStringLiteral("failed"),
                          {},
                          {},
                          QString::fromUtf8("\xff\xfe Needle \xc3("),
                          {}};
        // Not jobs: a job's logs (a list) and a hash with no job field.
        commands << QList<QByteArray>{"RPUSH", key("7:logs"), "Needle in a log line"}
                 << QList<QByteArray>{"HSET", key("stray"), "unrelated", "Needle"};
        auto planted = m_redis->pipeline(commands);
        QVERIFY(awaitFuture(planted, 60000));
    }

    void cleanupTestCase()
    {
        if (m_redis && !m_queue.isEmpty()) {
            const RedisReply keys = redis({"KEYS", key("*")});
            QList<QByteArray> del{"DEL"};
            for (const RedisReply& k : keys.elements)
                del << k.text;
            if (del.size() > 1)
                redis(del);
        }
        m_support.reset();
        for (const QString& login : std::as_const(m_logins))
            TestServers::exec(m_pg.get(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        for (const QByteArray& user : std::as_const(m_redisUsers))
            redis({"ACL", "DELUSER", user});
    }

    // Text in the data, case-insensitive: exactly the planted jobs, each with its state and tenant, the
    // malformed one included; the logs and the stray hash are not jobs.
    void findsEveryMatchInTheDataAndNothingElse()
    {
        JobSearchQuery query;
        query.queues = {m_queue};
        query.field = JobSearchQuery::Field::Data;
        query.text = QStringLiteral("needle");
        query.maxResults = 1000;
        const Outcome outcome = run(query);
        QCOMPARE(outcome.progress.stop, JobSearchProgress::Stop::Done);
        const QSet<QString> wanted = expected(
            [](const Planted& job) { return job.data.contains(QLatin1String("needle"), Qt::CaseInsensitive); });
        QCOMPARE(wanted.size(), kJobs / 97 + 1);
        QCOMPARE(idsOf(outcome.jobs), wanted);
        QCOMPARE(outcome.progress.matches, qint64(wanted.size()));
        for (const JobSummary& job : outcome.jobs) {
            const auto planted
                = std::find_if(m_jobs.begin(), m_jobs.end(), [&job](const Planted& p) { return p.id == job.id; });
            QCOMPARE(job.state, planted->state);
            QCOMPARE(job.tenantId, planted->tenant);
            QCOMPARE(job.queue, m_queue);
        }
        // Every key of the queue was seen; the stray hash was read and skipped as no job.
        QCOMPARE(outcome.progress.jobsRead, qint64(kJobs + 1));
        QCOMPARE(outcome.progress.vanished, 1);
        QVERIFY(outcome.progress.firstResultMs >= 0);
        qInfo("%lld keys in %lld ms, first result after %lld ms",
              outcome.progress.keysScanned,
              outcome.progress.elapsedMs,
              outcome.progress.firstResultMs);
    }

    void filtersByFieldStateAndTenant()
    {
        JobSearchQuery query;
        query.queues = {m_queue};
        query.maxResults = 5000;
        query.field = JobSearchQuery::Field::FailedReason;
        query.text = QStringLiteral("econnreset");
        QCOMPARE(idsOf(run(query).jobs),
                 expected([](const Planted& job) { return job.reason.startsWith(QLatin1String("ECONNRESET")); }));

        query.field = JobSearchQuery::Field::Name;
        query.text = QStringLiteral("send-invoice");
        query.state = QStringLiteral("wait");
        query.tenantId = m_tenantB;
        QCOMPARE(idsOf(run(query).jobs), expected([this](const Planted& job) {
                     return job.name == QLatin1String("send-invoice") && job.state == QLatin1String("wait")
                         && job.tenant == m_tenantB;
                 }));

        query = {};
        query.queues = {m_queue};
        query.maxResults = 5000;
        query.text = QStringLiteral("ORD-1234\"");
        const Outcome any = run(query);
        QCOMPARE(idsOf(any.jobs), QSet<QString>{QStringLiteral("1234")});
    }

    // By id: straight to the job in every queue (discovered), no scan.
    void findsAJobByIdInEveryQueue()
    {
        JobSearchQuery query;
        query.field = JobSearchQuery::Field::Id;
        query.text = QStringLiteral("1999");
        const Outcome outcome = run(query);
        QCOMPARE(outcome.progress.stop, JobSearchProgress::Stop::Done);
        QVector<JobSummary> mine;
        for (const JobSummary& job : outcome.jobs)
            if (job.queue == m_queue)
                mine << job;
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().state, m_jobs.at(1998).state);
        QCOMPARE(outcome.progress.keysScanned, qint64(outcome.progress.queuesTotal)); // one read per queue
    }

    // The result limit stops the search; a pace holds it to the keys a second asked; Stop stops it.
    void limitPaceAndStop()
    {
        JobSearchQuery query;
        query.queues = {m_queue};
        query.text = QStringLiteral("run-workflow");
        query.maxResults = 10;
        Outcome outcome = run(query);
        QCOMPARE(outcome.progress.stop, JobSearchProgress::Stop::LimitReached);
        QCOMPARE(outcome.jobs.size(), 10);

        query.maxResults = 5000;
        query.keysPerSecond = 4000;
        outcome = run(query);
        QCOMPARE(outcome.progress.stop, JobSearchProgress::Stop::Done);
        // 2,403 keys at 4,000 a second: at least the pace's due time for all but the last page.
        const qint64 dueMs = (outcome.progress.keysScanned - 400) * 1000 / query.keysPerSecond;
        QVERIFY2(
            outcome.progress.elapsedMs >= dueMs,
            qPrintable(
                QStringLiteral("%1 keys in %2 ms").arg(outcome.progress.keysScanned).arg(outcome.progress.elapsedMs)));
        QVERIFY(outcome.batches > 1); // results came as they were found, not at the end

        query.keysPerSecond = 1000;
        outcome = run(query, [](JobSearch& search) {
            QSignalSpy progressed(&search, &JobSearch::progressed);
            progressed.wait(10000);
            search.cancel();
        });
        QCOMPARE(outcome.progress.stop, JobSearchProgress::Stop::Cancelled);
        QVERIFY(outcome.progress.keysScanned < kJobs);
    }

    // Bulk removal in batches as support: the jobs chosen by state; a batch size of 0 refused before any job
    // changes; Stop ends it between batches; a running job (its lock held) is refused and reported, the
    // others go on; every removal audited.
    void bulkActionsGoInBatchesStopAndReport()
    {
        const QString queue = QStringLiteral("ts-test-bulk-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QByteArray prefix = "bull:" + queue.toUtf8() + ':';
        QList<QList<QByteArray>> commands{{"HSET", prefix + "meta", "opts.maxLenEvents", "100"}};
        for (int i = 1; i <= 30; ++i) {
            commands << QList<QByteArray>{"HSET", prefix + QByteArray::number(i), "name", "bulk", "data", "{}"}
                     << QList<QByteArray>{"ZADD", prefix + "completed", QByteArray::number(i), QByteArray::number(i)};
        }
        commands << QList<QByteArray>{"SET", prefix + "5:lock", "a-worker"}; // held: refused
        auto planted = m_redis->pipeline(commands);
        QVERIFY(awaitFuture(planted, 20000));
        QueueOperations* operations = m_support->queueOperations();

        JobSearchQuery chosen;
        chosen.queues = {queue};
        chosen.state = QStringLiteral("completed");
        chosen.maxResults = 100;
        auto collected = operations->collect(chosen);
        QVERIFY(awaitFuture(collected, 20000));
        QVERIFY2(collected.result().ok(), qPrintable(collected.result().error));
        const QVector<JobSummary> jobs = collected.result().value;
        QCOMPARE(jobs.size(), 30);
        chosen.queues.clear();
        auto refusedChoice = operations->collect(chosen);
        QVERIFY(awaitFuture(refusedChoice, 5000));
        QVERIFY(!refusedChoice.result().ok()); // a state needs its queue

        const auto bulk = [&](int batch, bool stopAfterFirst) {
            std::unique_ptr<BulkJobAction> action
                = operations->bulk(JobActions::Kind::Remove, jobs, batch, QStringLiteral("bulk test"));
            QSignalSpy finished(action.get(), &BulkJobAction::finished);
            if (stopAfterFirst)
                QObject::connect(
                    action.get(), &BulkJobAction::progressed, action.get(), [&action] { action->cancel(); });
            action->start();
            if (!finished.wait(30000))
                qFatal("bulk did not finish");
            return action->progress();
        };
        const BulkJobProgress zero = bulk(0, false);
        QCOMPARE(zero.stop, BulkJobProgress::Stop::Failed);
        QVERIFY(zero.error.contains(QLatin1String("1 to 1000")));
        QCOMPARE(redis({"ZCARD", prefix + "completed"}).integer, 30);

        const BulkJobProgress stopped = bulk(4, true);
        QCOMPARE(stopped.stop, BulkJobProgress::Stop::Stopped);
        QCOMPARE(stopped.tried, 4);
        QCOMPARE(redis({"ZCARD", prefix + "completed"}).integer, 30 - stopped.done);

        const BulkJobProgress rest = bulk(8, false);
        QCOMPARE(rest.stop, BulkJobProgress::Stop::Done);
        QCOMPARE(rest.batches, 4);
        // Those removed by the stopped run are gone now; job 5 is running.
        QCOMPARE(rest.done, 30 - stopped.done - 1);
        QStringList refusedIds;
        for (const auto& refusal : rest.refused)
            refusedIds << refusal.id;
        QVERIFY(refusedIds.contains(QStringLiteral("5")));
        QCOMPARE(redis({"ZCARD", prefix + "completed"}).integer, 1);
        const PgResult audit = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'job.remove' AND object_id LIKE ?"),
            {queue + QStringLiteral("/%")});
        QCOMPARE(audit.scalar().toInt(), 29);
        redis({"DEL", prefix + "meta", prefix + "completed", prefix + "5", prefix + "5:lock", prefix + "events"});
        TestServers::exec(
            m_pg.get(), QStringLiteral("DELETE FROM audit_log WHERE object_id LIKE ?"), {queue + QStringLiteral("/%")});
    }

    void badQueriesAreRefusedBeforeRedis()
    {
        JobSearchQuery query;
        query.queues = {m_queue};
        QVERIFY(query.validate().contains(QLatin1String("Type what to look for")));
        query.text = QStringLiteral("x");
        query.keysPerSecond = 0;
        QVERIFY(!query.validate().isEmpty());
        query.keysPerSecond = 100000;
        query.maxResults = 0;
        QVERIFY(!query.validate().isEmpty());
        query.maxResults = 10;
        query.queues = {QStringLiteral("bad:name")};
        QVERIFY(!query.validate().isEmpty());
        query.queues = {m_queue};
        query.state = QStringLiteral("sleeping");
        QVERIFY(!query.validate().isEmpty());
        query.state.clear();
        query.field = JobSearchQuery::Field::Id;
        query.text = QStringLiteral("a:b");
        QVERIFY(!query.validate().isEmpty());
        const Outcome refused = run(query);
        QCOMPARE(refused.progress.stop, JobSearchProgress::Stop::Failed);
        QCOMPARE(refused.progress.keysScanned, 0);
        // A queue that does not exist: nothing to scan, nothing found.
        query.field = JobSearchQuery::Field::Any;
        query.text = QStringLiteral("anything");
        query.queues = {QStringLiteral("ts-test-search-no-such-queue")};
        const Outcome none = run(query);
        QCOMPARE(none.progress.stop, JobSearchProgress::Stop::Done);
        QVERIFY(none.jobs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobSearch)
#include "TestJobSearch.moc"
