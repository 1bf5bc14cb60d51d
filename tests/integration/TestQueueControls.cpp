#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/operations/QueueOperations.h>
#include <models/queues/QueueControls.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Queue controls on the real Redis and PostgreSQL, as a support login whose Redis user has exactly the
// support role's ACL (so the scripts' every command is tried against it): pause and resume leave the keys
// as BullMQ's own pause script does, a BullMQ 4 paused list goes back to wait in rounds, the rate limit is
// read and cleared, the global concurrency set and removed; each change is audited once, and nothing
// changes for a queue that does not exist, a bad value, a missing reason or a role without the right.
// The real BullMQ Worker's view of the same controls is tests/interop (queueControlsAsBullmqSeesThem).
class TestQueueControls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<Operations> m_support;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
    QStringList m_queues; // every queue this test made, removed at the end

    template <typename T> static T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }
    RedisReply redis(const QList<QByteArray>& args) { return TestServers::redis(m_redis.get(), args); }
    static QByteArray key(const QString& queue, const QByteArray& suffix)
    {
        return "bull:" + queue.toUtf8() + ':' + suffix;
    }
    // A queue as BullMQ leaves it after adding jobs: its meta hash, waiting jobs and the marker.
    QString newQueue(const QString& name, int waiting)
    {
        const QString queue = QStringLiteral("ts-test-ctl-%1-%2").arg(name).arg(QDateTime::currentMSecsSinceEpoch());
        m_queues << queue;
        redis({"HSET", key(queue, "meta"), "opts.maxLenEvents", "10000", "version", "bullmq:6.7.0"});
        for (int i = 1; i <= waiting; ++i)
            redis({"LPUSH", key(queue, "wait"), QByteArray::number(i)});
        if (waiting > 0)
            redis({"ZADD", key(queue, "marker"), "0", "0"});
        return queue;
    }
    // The audit records of one queue: "action before after reason" lines, oldest first.
    QStringList auditOf(const QString& queue)
    {
        const PgResult rows = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT action, before::text, after::text, reason, object_type FROM audit_log "
                           "WHERE object_id = ? ORDER BY id"),
            {queue});
        QStringList lines;
        for (const QVariantList& row : rows.rows)
            lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(row.at(0).toString(),
                              row.at(1).toString(),
                              row.at(2).toString(),
                              row.at(3).toString(),
                              row.at(4).toString());
        return lines;
    }
    QueueControls* controls() { return m_support->queueOperations()->controls(); }
    QStringList events(const QString& queue)
    {
        QStringList names;
        const RedisReply stream = redis({"XRANGE", key(queue, "events"), "-", "+"});
        for (const RedisReply& entry : stream.elements) {
            const QList<RedisReply>& fields = entry.elements.value(1).elements;
            for (int i = 0; i + 1 < fields.size(); i += 2)
                if (fields.at(i).text == "event")
                    names << QString::fromUtf8(fields.at(i + 1).text);
        }
        return names;
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
    }

    void cleanupTestCase()
    {
        for (const QString& queue : std::as_const(m_queues)) {
            const RedisReply keys = redis({"KEYS", key(queue, "*")});
            for (const RedisReply& k : keys.elements)
                redis({"DEL", k.text});
            TestServers::exec(m_pg.get(), QStringLiteral("DELETE FROM audit_log WHERE object_id = ?"), {queue});
        }
        m_support.reset();
        for (const QString& login : std::as_const(m_logins))
            TestServers::exec(m_pg.get(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        for (const QByteArray& user : std::as_const(m_redisUsers))
            redis({"ACL", "DELUSER", user});
    }

    // As BullMQ 6's pause script: the meta field and no marker, jobs stay in wait; resume puts the marker
    // back. Each change is one audit record and one event; a pause of a paused queue changes nothing.
    void pauseAndResumeAsBullmqDoes()
    {
        const QString queue = newQueue(QStringLiteral("pause"), 3);
        const auto paused = wait(controls()->setPaused(queue, true, QStringLiteral("deploy of the workers")));
        QVERIFY2(paused.ok(), qPrintable(paused.error));
        QCOMPARE(paused.value, QStringLiteral("Queue %1 is paused.").arg(queue));
        QCOMPARE(redis({"HGET", key(queue, "meta"), "paused"}).text, QByteArray("1"));
        QCOMPARE(redis({"EXISTS", key(queue, "marker")}).integer, 0);
        QCOMPARE(redis({"LLEN", key(queue, "wait")}).integer, 3);
        const auto state = wait(controls()->state(queue));
        QVERIFY2(state.ok(), qPrintable(state.error));
        QVERIFY(state.value.paused);
        QCOMPARE(state.value.waiting, 3);

        const auto again = wait(controls()->setPaused(queue, true, QStringLiteral("deploy of the workers")));
        QVERIFY(again.ok());
        QVERIFY2(again.value.contains(QLatin1String("paused already")), qPrintable(again.value));

        const auto resumed = wait(controls()->setPaused(queue, false, QStringLiteral("workers are back")));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        QCOMPARE(redis({"HEXISTS", key(queue, "meta"), "paused"}).integer, 0);
        QCOMPARE(redis({"ZSCORE", key(queue, "marker"), "0"}).text, QByteArray("0"));
        QCOMPARE(events(queue), (QStringList{QStringLiteral("paused"), QStringLiteral("resumed")}));
        QCOMPARE(
            auditOf(queue),
            (QStringList{
                QStringLiteral(R"(queue.pause {"paused": false} {"paused": true} deploy of the workers bullmq_queue)"),
                QStringLiteral(R"(queue.resume {"paused": true} {"paused": false} workers are back bullmq_queue)")}));
    }

    // Jobs a BullMQ before 5 kept in the paused list go back to wait after the jobs already there, 7000 per
    // script call (so Redis is never blocked long), until none is left; one audit record for the resume.
    void resumeMovesAnOldPausedListInRounds()
    {
        const QString queue = newQueue(QStringLiteral("legacy"), 2);
        redis({"HSET", key(queue, "meta"), "paused", "1"});
        QList<QByteArray> push{"RPUSH", key(queue, "paused")};
        for (int i = 0; i < 15000; ++i)
            push << "old-" + QByteArray::number(i);
        redis(push);
        const auto resumed = wait(controls()->setPaused(queue, false, QStringLiteral("old workers retired")));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        QCOMPARE(redis({"EXISTS", key(queue, "paused")}).integer, 0);
        QCOMPARE(redis({"LLEN", key(queue, "wait")}).integer, 15002);
        // Workers take from the right: the old jobs, older, come after the two already waiting... in order.
        QCOMPARE(redis({"LINDEX", key(queue, "wait"), "2"}).text, QByteArray("old-0"));
        QCOMPARE(redis({"LINDEX", key(queue, "wait"), "-1"}).text, QByteArray("old-14999"));
        QCOMPARE(auditOf(queue).size(), 1);
    }

    // A queue with only delayed jobs: the marker says when the first is due, as BullMQ's resume does.
    void resumeWithOnlyDelayedJobsMarksTheFirstDue()
    {
        const QString queue = newQueue(QStringLiteral("delayed"), 0);
        redis({"HSET", key(queue, "meta"), "paused", "1"});
        const qint64 due = QDateTime::currentMSecsSinceEpoch() + 60000;
        redis({"ZADD", key(queue, "delayed"), QByteArray::number(due * 0x1000 + 7), "9"});
        QVERIFY(wait(controls()->setPaused(queue, false, QStringLiteral("resume delayed"))).ok());
        // BullMQ's score / 0x1000 keeps the counter as a fraction: the whole part is the time.
        QCOMPARE(qint64(redis({"ZSCORE", key(queue, "marker"), "1"}).text.toDouble()), due);
    }

    // The limiter as BullMQ's workers read it: limited when its count reached the queue's max (or, set by
    // Queue.rateLimit, by the key alone); cleared at once, audited with what it was.
    void rateLimitIsShownAndCleared()
    {
        const QString queue = newQueue(QStringLiteral("limit"), 1);
        redis({"HSET", key(queue, "meta"), "max", "5", "duration", "60000"});
        redis({"SET", key(queue, "limiter"), "3", "PX", "60000"});
        auto state = wait(controls()->state(queue));
        QVERIFY2(state.ok(), qPrintable(state.error));
        QVERIFY(!state.value.rateLimited()); // 3 of 5
        QCOMPARE(state.value.rateLimitMax, std::optional<qint64>(5));
        redis({"SET", key(queue, "limiter"), "5", "PX", "60000"});
        state = wait(controls()->state(queue));
        QVERIFY(state.value.rateLimited());
        QVERIFY2(state.value.limiterTtlMs > 50000 && state.value.limiterTtlMs <= 60000,
                 qPrintable(QString::number(state.value.limiterTtlMs)));
        QCOMPARE(state.value.toJson().value(QStringLiteral("rate_limited")).toBool(), true);

        const auto cleared = wait(controls()->clearRateLimit(queue, QStringLiteral("burst is over")));
        QVERIFY2(cleared.ok(), qPrintable(cleared.error));
        QCOMPARE(redis({"EXISTS", key(queue, "limiter")}).integer, 0);
        QVERIFY(!wait(controls()->state(queue)).value.rateLimited());
        const auto none = wait(controls()->clearRateLimit(queue, QStringLiteral("burst is over")));
        QVERIFY(none.ok());
        QVERIFY2(none.value.contains(QLatin1String("no rate limit")), qPrintable(none.value));
        const QStringList audit = auditOf(queue);
        QCOMPARE(audit.size(), 1);
        QVERIFY2(audit.first().startsWith(QLatin1String("queue.rate_limit_clear {\"limiter_count\": \"5\"")),
                 qPrintable(audit.first()));

        // Set by Queue.rateLimit: BullMQ stores no max, the key alone limits.
        redis({"HDEL", key(queue, "meta"), "max", "duration"});
        redis({"SET", key(queue, "limiter"), "9007199254740991", "PX", "30000"});
        QVERIFY(wait(controls()->state(queue)).value.rateLimited());
    }

    void globalConcurrencyIsSetAndRemoved()
    {
        const QString queue = newQueue(QStringLiteral("conc"), 2);
        const auto set = wait(controls()->setGlobalConcurrency(queue, 2, QStringLiteral("the provider throttles")));
        QVERIFY2(set.ok(), qPrintable(set.error));
        QCOMPARE(redis({"HGET", key(queue, "meta"), "concurrency"}).text, QByteArray("2"));
        QCOMPARE(wait(controls()->state(queue)).value.globalConcurrency, std::optional<qint64>(2));
        const auto same = wait(controls()->setGlobalConcurrency(queue, 2, QStringLiteral("the provider throttles")));
        QVERIFY(same.ok());
        QVERIFY2(same.value.contains(QLatin1String("nothing changed")), qPrintable(same.value));
        const auto removed
            = wait(controls()->setGlobalConcurrency(queue, std::nullopt, QStringLiteral("throttling is over")));
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(redis({"HEXISTS", key(queue, "meta"), "concurrency"}).integer, 0);
        QCOMPARE(auditOf(queue),
                 (QStringList{QStringLiteral(R"(queue.concurrency_set {"global_concurrency": null} )"
                                             R"({"global_concurrency": 2} the provider throttles bullmq_queue)"),
                              QStringLiteral(R"(queue.concurrency_set {"global_concurrency": 2} )"
                                             R"({"global_concurrency": null} throttling is over bullmq_queue)")}));
    }

    // Refused with a clear sentence, and nothing in Redis or the audit log changed.
    void badInputChangesNothing()
    {
        const QString missing = QStringLiteral("ts-test-ctl-nosuch-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_queues << missing;
        const auto pause = wait(controls()->setPaused(missing, true, QStringLiteral("pause a ghost")));
        QVERIFY(!pause.ok());
        QVERIFY2(pause.error.contains(QLatin1String("does not exist")), qPrintable(pause.error));
        QCOMPARE(redis({"EXISTS", key(missing, "meta")}).integer, 0); // BullMQ's own pause would create it
        QVERIFY(!wait(controls()->clearRateLimit(missing, QStringLiteral("clear a ghost"))).ok());
        QVERIFY(!wait(controls()->setGlobalConcurrency(missing, 3, QStringLiteral("limit a ghost"))).ok());
        QVERIFY(!wait(controls()->state(missing)).ok());
        QCOMPARE(redis({"KEYS", key(missing, "*")}).elements.size(), 0);
        QVERIFY(auditOf(missing).isEmpty());

        const QString queue = newQueue(QStringLiteral("refuse"), 1);
        const auto zero = wait(controls()->setGlobalConcurrency(queue, 0, QStringLiteral("zero")));
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error.contains(QLatin1String("1 to 100000")), qPrintable(zero.error));
        const auto noReason = wait(controls()->setPaused(queue, true, QString()));
        QVERIFY(!noReason.ok());
        QVERIFY2(noReason.error.contains(QLatin1String("reason")), qPrintable(noReason.error));
        const auto badName = wait(controls()->setPaused(QStringLiteral("a:b"), true, QStringLiteral("bad name")));
        QVERIFY(!badName.ok());
        QCOMPARE(redis({"HGETALL", key(queue, "meta")}).elements.size(), 4); // opts.maxLenEvents, version
        QVERIFY(auditOf(queue).isEmpty());
    }

    // Finance's Redis user has no queue keys and no scripts; a tenant admin's neither: refused by Redis,
    // said plainly, nothing changed.
    void rolesWithoutTheRightAreRefusedByRedis()
    {
        const QString queue = newQueue(QStringLiteral("roles"), 1);
        auto finance = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("finance"), {}, &m_logins, &m_redisUsers);
        QVERIFY(finance);
        const auto refused
            = wait(finance->queueOperations()->controls()->setPaused(queue, true, QStringLiteral("not mine")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("Not permitted")), qPrintable(refused.error));
        QCOMPARE(redis({"HEXISTS", key(queue, "meta"), "paused"}).integer, 0);
        QVERIFY(auditOf(queue).isEmpty());
    }

    // Every queue under a prefix, one after another, each audited; again: each says nothing changed.
    void pauseAndResumeEveryQueueOfAPrefix()
    {
        const QString prefix = QStringLiteral("tsctl%1").arg(QDateTime::currentMSecsSinceEpoch());
        Operations admin(
            [&] {
                ConnectionProfile profile = TestServers::adminProfile();
                profile.queuePrefix = prefix;
                return profile;
            }(),
            TestServers::adminSecrets());
        admin.connectAll();
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QStringList names{
            QStringLiteral("alpha-") + stamp, QStringLiteral("beta-") + stamp, QStringLiteral("gamma-") + stamp};
        const QString namesArray = u'{' + names.join(u',') + u'}';
        for (const QString& name : names)
            redis({"HSET", prefix.toUtf8() + ':' + name.toUtf8() + ":meta", "opts.maxLenEvents", "10000"});
        const auto paused
            = wait(admin.queueOperations()->setPausedEverywhere(true, QStringLiteral("maintenance window")));
        QVERIFY2(paused.ok(), qPrintable(paused.error));
        QCOMPARE(paused.value.size(), 3);
        for (const auto& outcome : paused.value) {
            QVERIFY2(outcome.ok, qPrintable(outcome.message));
            QCOMPARE(redis({"HGET", prefix.toUtf8() + ':' + outcome.queue.toUtf8() + ":meta", "paused"}).text,
                     QByteArray("1"));
        }
        const auto resumed
            = wait(admin.queueOperations()->setPausedEverywhere(false, QStringLiteral("maintenance over")));
        QVERIFY(resumed.ok());
        for (const auto& outcome : resumed.value)
            QCOMPARE(redis({"HEXISTS", prefix.toUtf8() + ':' + outcome.queue.toUtf8() + ":meta", "paused"}).integer, 0);
        const PgResult audit = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT action, count(*) FROM audit_log WHERE object_id = ANY (?::text[]) GROUP BY action "
                           "ORDER BY action"),
            {namesArray});
        QCOMPARE(audit.rows.size(), 2);
        QCOMPARE(audit.rows.at(0).at(1).toInt(), 3); // queue.pause
        QCOMPARE(audit.rows.at(1).at(1).toInt(), 3); // queue.resume
        TestServers::exec(
            m_pg.get(), QStringLiteral("DELETE FROM audit_log WHERE object_id = ANY (?::text[])"), {namesArray});
        for (const QString& name : names) {
            redis({"DEL",
                   prefix.toUtf8() + ':' + name.toUtf8() + ":meta",
                   prefix.toUtf8() + ':' + name.toUtf8() + ":events",
                   prefix.toUtf8() + ':' + name.toUtf8() + ":marker"});
        }
        // A reason is checked before any queue changes.
        QVERIFY(!wait(admin.queueOperations()->setPausedEverywhere(true, QStringLiteral("x"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestQueueControls)
#include "TestQueueControls.moc"
