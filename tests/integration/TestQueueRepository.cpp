#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/executions/ErrorSignature.h>
#include <models/platform/RedisKeys.h>
#include <models/queues/QueueRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

// BullMQ reads and actions on the private Redis: counts and per-tenant counts equal what Redis holds,
// pages and filters, failures grouped by cause, and actions refused plainly (by Redis ACLs, by state, by
// a server that is gone) without changing anything.
class TestQueueRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RedisClient> m_redis;
    QList<QByteArray> m_users;
    QString m_queue;

    template <typename T> T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 30000))
            qFatal("timed out");
        return future.result();
    }

    qint64 integer(const QList<QByteArray>& command) { return TestServers::redis(m_redis.get(), command).integer; }

    std::unique_ptr<RedisClient> aclUser(const QList<QByteArray>& rules)
    {
        const QByteArray name = "ts_test_q_" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '_'
            + QByteArray::number(m_users.size());
        const QString password = TestServers::randomSecret();
        QList<QByteArray> setUser{"ACL", "SETUSER", name, "reset", ">" + password.toUtf8()};
        setUser += rules;
        if (TestServers::redis(m_redis.get(), setUser).isError())
            return nullptr;
        m_users << name;
        RedisConfig config = TestServers::adminProfile().redis;
        config.user = QString::fromUtf8(name);
        auto client = std::make_unique<RedisClient>(config, password);
        client->connectToServer();
        return client;
    }

    // A failed job in the test's own queue.
    void failedJob(const QByteArray& id, const QByteArray& tenant)
    {
        const QByteArray prefix = "bull:" + m_queue.toUtf8() + ':';
        TestServers::redis(m_redis.get(),
                           {"HSET",
                            prefix + id,
                            "name",
                            "t",
                            "data",
                            "{\"tenantId\":\"" + tenant + "\"}",
                            "opts",
                            "{}",
                            "timestamp",
                            "1",
                            "atm",
                            "1",
                            "failedReason",
                            "boom 42",
                            "finishedOn",
                            "2",
                            "priority",
                            "0"});
        TestServers::redis(m_redis.get(), {"ZADD", prefix + "failed", "2", id});
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_redis = TestServers::adminRedis();
        m_queue = QStringLiteral("test-queue-%1").arg(QDateTime::currentMSecsSinceEpoch());
        TestServers::redis(m_redis.get(), {"HSET", "bull:" + m_queue.toUtf8() + ":meta", "opts.maxLenEvents", "100"});
    }

    void cleanupTestCase()
    {
        for (const QByteArray& user : std::as_const(m_users))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
        for (const char* suffix : {"meta", "failed", "wait", "marker", "events", "prioritized", "pc", "1", "2", "3"})
            TestServers::redis(m_redis.get(), {"DEL", "bull:" + m_queue.toUtf8() + ':' + suffix});
    }

    void countsAreWhatRedisHolds()
    {
        QueueRepository queues(m_redis.get());
        const auto names = wait(queues.discoverQueues());
        QVERIFY2(names.ok(), qPrintable(names.error));
        QVERIFY(names.value.contains(QStringLiteral("workflow-runs")));
        QVERIFY(names.value.contains(m_queue));
        const auto counts = wait(queues.counts({QStringLiteral("workflow-runs")}));
        QVERIFY2(counts.ok(), qPrintable(counts.error));
        const QueueCounts& c = counts.value.first();
        QCOMPARE(c.count(QStringLiteral("wait")), integer({"LLEN", "bull:workflow-runs:wait"}));
        QCOMPARE(c.count(QStringLiteral("active")), integer({"LLEN", "bull:workflow-runs:active"}));
        QCOMPARE(c.count(QStringLiteral("delayed")), integer({"ZCARD", "bull:workflow-runs:delayed"}));
        QCOMPARE(c.count(QStringLiteral("failed")), integer({"ZCARD", "bull:workflow-runs:failed"}));
        QCOMPARE(c.count(QStringLiteral("completed")), integer({"ZCARD", "bull:workflow-runs:completed"}));
        QVERIFY(c.count(QStringLiteral("failed")) > 0);
        QVERIFY(!wait(queues.counts({QStringLiteral("bad:name")})).ok());

        // Per tenant, the counts add up to the queue's.
        const auto perTenant = wait(queues.tenantCounts(QStringLiteral("workflow-runs")));
        QVERIFY2(perTenant.ok(), qPrintable(perTenant.error));
        for (const QString& state : {QStringLiteral("wait"), QStringLiteral("failed"), QStringLiteral("completed")}) {
            qint64 sum = 0;
            for (const TenantJobCounts& t : perTenant.value)
                sum += t.byState.value(state);
            QCOMPARE(sum, c.count(state));
        }
    }

    void pagesAndTheTenantFilter()
    {
        QueueRepository queues(m_redis.get());
        QueueRepository::JobPage page;
        page.queue = QStringLiteral("workflow-runs");
        page.state = QStringLiteral("failed");
        page.limit = 5;
        const auto first = wait(queues.jobs(page));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.value.size(), 5);
        for (int i = 1; i < first.value.size(); ++i) // newest first
            QVERIFY(first.value.at(i - 1).finishedAt >= first.value.at(i).finishedAt);
        page.offset = 5;
        const auto second = wait(queues.jobs(page));
        QVERIFY(!second.value.isEmpty());
        QVERIFY(second.value.first().id != first.value.last().id);

        const QString tenant = first.value.first().tenantId;
        QVERIFY(!tenant.isEmpty());
        page.offset = 0;
        page.limit = 1000;
        page.tenantId = tenant;
        const auto mine = wait(queues.jobs(page));
        QVERIFY(!mine.value.isEmpty());
        for (const JobSummary& job : mine.value)
            QCOMPARE(job.tenantId, tenant);
        page.state = QStringLiteral("exploded");
        QVERIFY(!wait(queues.jobs(page)).ok());
        QVERIFY(wait(queues.job(QStringLiteral("workflow-runs"), QStringLiteral("no-such-job")))
                    .error.contains(QLatin1String("not in queue")));
    }

    void failedJobsGroupByCause()
    {
        QueueRepository queues(m_redis.get());
        const auto groups = wait(queues.failedJobGroups({QStringLiteral("workflow-runs")}, {}));
        QVERIFY2(groups.ok(), qPrintable(groups.error));
        qint64 total = 0;
        static const QRegularExpression digit(QStringLiteral("\\d"));
        for (const FailedJobGroup& group : groups.value) {
            total += group.count;
            QVERIFY2(!group.signature.contains(digit), qPrintable(group.signature));
            QVERIFY(!group.sampleJobId.isEmpty());
        }
        QCOMPARE(total, integer({"ZCARD", "bull:workflow-runs:failed"}));
        const auto only = wait(queues.failedJobGroups({QStringLiteral("workflow-runs")}, QStringLiteral("too many")));
        QCOMPARE(only.value.size(), 1);
        QVERIFY(only.value.first().signature.contains(QLatin1String("Too Many Requests")));
    }

    void errorSignaturesMatchTheServer()
    {
        auto pg = TestServers::adminPg();
        for (const QString& message :
             {QStringLiteral("429 Too Many Requests: rate limit reached; retry after 20s"),
              QStringLiteral("Model output is not valid JSON: Unexpected token '`' at position 0"),
              QStringLiteral("upstream error; request id req_3fa2b1c9d0e1 for 6f1c2d3e-aaaa-4bbb-8ccc-1234567890ab"),
              QStringLiteral("Provider \"acme\" did not answer within 30000 ms\n(attempt 3 of 3)")}) {
            const QString server
                = TestServers::exec(pg.get(), QStringLiteral("SELECT ts_error_signature(?)"), {message})
                      .scalar()
                      .toString();
            QCOMPARE(ErrorSignature::of(message), server);
        }
    }

    void aclDecidesWhoMayAct()
    {
        failedJob("1", "11111111-2222-4333-8444-555555555555");
        failedJob("2", "11111111-2222-4333-8444-555555555555");
        const QByteArray prefix = "bull:" + m_queue.toUtf8() + ':';
        // A tenant admin's Redis user cannot touch queues: refused by Redis, nothing changed.
        auto tenantAdmin = aclUser(RedisAcl::tenantAdminRules(QStringLiteral("11111111-2222-4333-8444-555555555555")));
        QVERIFY(tenantAdmin);
        const auto refused = wait(QueueRepository(tenantAdmin.get()).retry(m_queue, QStringLiteral("1")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("NOPERM"), Qt::CaseInsensitive)
                     || refused.error.contains(QLatin1String("permission"), Qt::CaseInsensitive),
                 qPrintable(refused.error));
        QVERIFY(!TestServers::redis(m_redis.get(), {"ZSCORE", prefix + "failed", "1"}).isNil());
        // Support's user can: the whole script runs under its ACL (EVAL, keys under bull:*).
        auto support = aclUser(RedisAcl::supportRules());
        QVERIFY(support);
        const auto retried = wait(QueueRepository(support.get()).retry(m_queue, QStringLiteral("1")));
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        QCOMPARE(integer({"LPOS", prefix + "wait", "1"}), 0);
        QCOMPARE(integer({"ZCARD", prefix + "marker"}), 1);
        QCOMPARE(integer({"XLEN", prefix + "events"}), 1);
        const auto removed = wait(QueueRepository(support.get()).remove(m_queue, QStringLiteral("2")));
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(integer({"EXISTS", prefix + "2"}), 0);
        // Finance reads money, never queues.
        auto finance = aclUser(RedisAcl::financeRules());
        QVERIFY(!wait(QueueRepository(finance.get()).remove(m_queue, QStringLiteral("1"))).ok());
        QCOMPARE(integer({"EXISTS", prefix + "1"}), 1);
    }

    // Every key our Lua scripts touch is declared in KEYS: run as a Redis user allowed exactly the keys the
    // script is given (and nothing else), a script that touched another key would get NOPERM.
    void scriptsTouchOnlyTheKeysTheyDeclare()
    {
        const QByteArray prefix = "bull:" + m_queue.toUtf8() + ':';
        const QByteArray parent = prefix + "flow-parent";
        failedJob("flow-child", "t");
        TestServers::redis(m_redis.get(), {"HSET", prefix + "flow-child", "parentKey", parent});
        TestServers::redis(m_redis.get(), {"HSET", parent, "name", "parent"});
        TestServers::redis(m_redis.get(), {"ZADD", parent + ":unsuccessful", "1", prefix + "flow-child"});
        QList<QByteArray> retryKeys{"%RW~" + prefix + "flow-child", "%RW~" + parent};
        for (const char* own : {"failed", "wait", "meta", "active", "marker", "prioritized", "pc", "events"})
            retryKeys << "%RW~" + prefix + own;
        for (const char* own : {":unsuccessful", ":failed", ":dependencies"})
            retryKeys << "%RW~" + parent + own;
        const QList<QByteArray> commands{"+hget",
                                         "+eval",
                                         "+exists",
                                         "+zrem",
                                         "+hdel",
                                         "+hmget",
                                         "+llen",
                                         "+incr",
                                         "+zadd",
                                         "+lpush",
                                         "+rpush",
                                         "+xadd",
                                         "+sadd",
                                         "+ping"};
        auto exact = aclUser(QList<QByteArray>{"on", "-@all"} + commands + retryKeys);
        QVERIFY(exact);
        const auto retried = wait(QueueRepository(exact.get()).retry(m_queue, QStringLiteral("flow-child")));
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        // The child is back among its parent's dependencies, as BullMQ's own retry puts it.
        QCOMPARE(integer({"SISMEMBER", parent + ":dependencies", prefix + "flow-child"}), 1);
        QCOMPARE(integer({"ZCARD", parent + ":unsuccessful"}), 0);
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", prefix + "flow-child", "parentKey"}).text, parent);

        failedJob("dedup", "t");
        TestServers::redis(m_redis.get(), {"HSET", prefix + "dedup", "deid", "d1"});
        TestServers::redis(m_redis.get(), {"SET", prefix + "de:d1", "dedup"});
        QList<QByteArray> removeKeys{"%RW~" + prefix + "dedup", "%RW~" + prefix + "de:d1", "%RW~" + prefix + "dn:d1"};
        for (const char* own : {":lock", ":logs", ":dependencies", ":processed", ":failed", ":unsuccessful"})
            removeKeys << "%RW~" + prefix + "dedup" + own;
        for (const char* own : {"events",
                                "meta",
                                "completed",
                                "failed",
                                "delayed",
                                "prioritized",
                                "waiting-children",
                                "wait",
                                "paused",
                                "active"})
            removeKeys << "%RW~" + prefix + own;
        auto exactRemove = aclUser(QList<QByteArray>{"on", "-@all", "+get", "+del", "+lrem"} + commands + removeKeys);
        QVERIFY(exactRemove);
        const auto removed = wait(QueueRepository(exactRemove.get()).remove(m_queue, QStringLiteral("dedup")));
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(integer({"EXISTS", prefix + "dedup", prefix + "de:d1"}), 0);
    }

    void prioritizedAndLifoJobsGoWhereBullmqPutsThem()
    {
        const QByteArray prefix = "bull:" + m_queue.toUtf8() + ':';
        failedJob("3", "t");
        TestServers::redis(m_redis.get(), {"HSET", prefix + "3", "priority", "5"});
        QueueRepository queues(m_redis.get());
        QVERIFY(wait(queues.retry(m_queue, QStringLiteral("3"))).ok());
        const RedisReply score = TestServers::redis(m_redis.get(), {"ZSCORE", prefix + "prioritized", "3"});
        QVERIFY(!score.isNil());
        QCOMPARE(score.text.toLongLong() >> 32, 5); // priority in the high bits, arrival order below
        QVERIFY(TestServers::redis(m_redis.get(), {"LPOS", prefix + "wait", "3"}).isNil());
    }

    void aPrefixOtherThanBullIsFollowed()
    {
        // A platform that gives BullMQ its own prefix (here "tsq:{app}"): discovery, counts and retry use it.
        const QByteArray prefix = "tsq:{app}:" + m_queue.toUtf8() + ':';
        TestServers::redis(m_redis.get(), {"HSET", prefix + "meta", "opts.maxLenEvents", "100"});
        TestServers::redis(m_redis.get(),
                           {"HSET", prefix + "7", "name", "t", "data", "{}", "failedReason", "x", "priority", "0"});
        TestServers::redis(m_redis.get(), {"ZADD", prefix + "failed", "1", "7"});
        QueueRepository custom(m_redis.get(), QStringLiteral("tsq:{app}"));
        const auto names = wait(custom.discoverQueues());
        QCOMPARE(names.value, QStringList{m_queue});
        const auto counts = wait(custom.counts(names.value));
        QCOMPARE(counts.value.first().count(QStringLiteral("failed")), 1);
        QVERIFY(wait(custom.retry(m_queue, QStringLiteral("7"))).ok());
        QCOMPARE(integer({"LLEN", prefix + "wait"}), 1);
        // The default prefix does not see it.
        QVERIFY(
            !wait(QueueRepository(m_redis.get()).discoverQueues()).value.contains(QStringLiteral("{app}:") + m_queue));
        for (const char* suffix : {"meta", "failed", "wait", "marker", "events", "7"})
            TestServers::redis(m_redis.get(), {"DEL", prefix + suffix});
        QVERIFY(!RedisKeys::isValidQueuePrefix(QStringLiteral("bull*")));
        QVERIFY(!RedisKeys::isValidQueuePrefix(QString()));
    }

    void aServerThatIsGoneIsAClearMessage()
    {
        RedisConfig config = TestServers::adminProfile().redis;
        config.port = 1; // nothing listens there
        config.connectTimeoutMs = 500;
        RedisClient gone(config, QStringLiteral("x"));
        gone.connectToServer();
        QueueRepository queues(&gone);
        const auto outcome = wait(queues.retry(m_queue, QStringLiteral("1")));
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(QLatin1String("was not retried")), qPrintable(outcome.error));
        QVERIFY(!wait(queues.counts({m_queue})).ok());
    }
};

QTEST_GUILESS_MAIN(TestQueueRepository)
#include "TestQueueRepository.moc"
