#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/QueueOperations.h>
#include <models/queues/BulkJobAction.h>
#include <models/queues/JobActions.h>
#include <models/queues/JobFlow.h>
#include <models/queues/QueueControls.h>
#include <models/queues/QueueRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QDateTime>
#include <QElapsedTimer>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// Our BullMQ key layout, checked by BullMQ itself: the demo queue read through the real npm package
// must show the states, counts and job fields that PostgreSQL says it should.
class TestBullmqInterop : public QObject
{
    Q_OBJECT

    // The next JSON line the worker script prints, within the timeout.
    static QJsonObject nextEvent(QProcess& node, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!node.canReadLine() && timer.elapsed() < timeoutMs && node.state() == QProcess::Running)
            node.waitForReadyRead(100);
        if (!node.canReadLine())
            return {};
        return QJsonDocument::fromJson(node.readLine()).object();
    }

    // One of the interop scripts, with its errors on ours; on the cluster when the test row says so.
    static bool startScript(QProcess& node, const QString& script, const QString& queue, bool onCluster = false)
    {
        if (onCluster) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("TS_REDIS_URL"), qEnvironmentVariable("TS_REDIS_CLUSTER_URL"));
            environment.insert(QStringLiteral("TS_BULL_PREFIX"), QStringLiteral("{bull}"));
            node.setProcessEnvironment(environment);
        }
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.start(QStringLiteral(TS_NODE), {script, queue});
        return node.waitForStarted(10000);
    }

private slots:
    // Retry and remove written by us, run by the real BullMQ Worker: the retried job runs again exactly
    // once (a second retry is refused), removed jobs never run, a running job cannot be removed.
    // Once on the single server, once on the Redis Cluster with BullMQ's hash-tagged prefix {bull}.
    void bullmqWorkerRunsOurRetryOnceAndNeverRunsRemovedJobs_data()
    {
        QTest::addColumn<bool>("onCluster");
        QTest::newRow("single server") << false;
        QTest::newRow("cluster, {bull}") << true;
    }

    void bullmqWorkerRunsOurRetryOnceAndNeverRunsRemovedJobs()
    {
        TS_REQUIRE_SERVERS();
        QFETCH(bool, onCluster);
        if (onCluster && qEnvironmentVariableIsEmpty("TS_REDIS_CLUSTER_URL"))
            QFAIL("TS_REDIS_CLUSTER_URL is not set: start the servers with scripts/services start --cluster");
        const QString queue = QStringLiteral("interop-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess node;
        QVERIFY(startScript(node, QStringLiteral("worker_interop.mjs"), queue, onCluster));
        const QJsonObject ready = nextEvent(node, 30000);
        QCOMPARE(ready.value(QStringLiteral("event")).toString(), QStringLiteral("ready"));

        std::unique_ptr<RedisClient> redis;
        if (onCluster) {
            QString error;
            redis = std::make_unique<RedisClient>(
                RedisConfig::fromUrl(qEnvironmentVariable("TS_REDIS_CLUSTER_URL"), &error),
                TestServers::adminSecrets().redisPassword);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            redis->connectToServer();
        } else {
            redis = TestServers::adminRedis();
        }
        auto pg = TestServers::adminPg();
        QueueRepository queues(redis.get(), onCluster ? QStringLiteral("{bull}") : QStringLiteral("bull"));
        QVERIFY(queues.clusterProblem(queue).isEmpty());
        JobActions actions(queues, pg.get());
        const auto act = [&](JobActions::Kind kind, const QString& id) {
            auto future = actions.run(kind, queue, id, QStringLiteral("interop test"));
            return awaitFuture(future, 10000) ? future.result() : Fetched<QString>{QStringLiteral("timeout"), {}};
        };

        const QString retryId = ready.value(QStringLiteral("retry")).toString();
        auto before = queues.job(queue, retryId);
        QVERIFY(awaitFuture(before));
        QCOMPARE(before.result().value.summary.state, QStringLiteral("failed"));
        QVERIFY(before.result().value.failedReason.contains(QLatin1String("planned failure")));
        QCOMPARE(before.result().value.summary.tenantId, QStringLiteral("11111111-2222-4333-8444-555555555555"));

        const Fetched<QString> retried = act(JobActions::Kind::Retry, retryId);
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        const Fetched<QString> again = act(JobActions::Kind::Retry, retryId);
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(QLatin1String("not failed any more")), qPrintable(again.error));

        const Fetched<QString> removedFailed
            = act(JobActions::Kind::Remove, ready.value(QStringLiteral("removeFailed")).toString());
        QVERIFY2(removedFailed.ok(), qPrintable(removedFailed.error));
        const Fetched<QString> removedDelayed
            = act(JobActions::Kind::Remove, ready.value(QStringLiteral("removeDelayed")).toString());
        QVERIFY2(removedDelayed.ok(), qPrintable(removedDelayed.error));
        const Fetched<QString> removedRunning
            = act(JobActions::Kind::Remove, ready.value(QStringLiteral("running")).toString());
        QVERIFY(!removedRunning.ok());
        QVERIFY2(removedRunning.error.contains(QLatin1String("running")), qPrintable(removedRunning.error));

        node.write("go\n");
        const QJsonObject summary = nextEvent(node, 30000);
        QCOMPARE(summary.value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
        QVERIFY(node.waitForFinished(20000));
        QCOMPARE(node.exitCode(), 0);

        QVERIFY(summary.value(QStringLiteral("completedAgain")).toBool());
        const QJsonObject runs = summary.value(QStringLiteral("runs")).toObject();
        const QJsonObject completions = summary.value(QStringLiteral("completions")).toObject();
        QCOMPARE(runs.value(retryId).toInt(), 2); // the planned failure, then our retry: once
        QCOMPARE(completions.value(retryId).toInt(), 1);
        QCOMPARE(runs.value(ready.value(QStringLiteral("removeFailed")).toString()).toInt(), 1);
        QVERIFY(!runs.contains(ready.value(QStringLiteral("removeDelayed")).toString()));
        QCOMPARE(completions.value(ready.value(QStringLiteral("running")).toString()).toInt(), 1);
        QVERIFY(!summary.value(QStringLiteral("removedFailedExists")).toBool());
        QVERIFY(!summary.value(QStringLiteral("removedDelayedExists")).toBool());
        const QJsonObject counts = summary.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("delayed")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("completed")).toInt(), 2);

        // Each action that happened has its audit record; the refused ones have none.
        const PgResult audit = TestServers::exec(
            pg.get(),
            QStringLiteral("SELECT action, count(*) FROM audit_log WHERE object_type = 'bullmq_job' "
                           "AND object_id LIKE ? GROUP BY action ORDER BY action"),
            {queue + QStringLiteral("/%")});
        QVERIFY2(audit.ok(), qPrintable(audit.error));
        QCOMPARE(audit.rows.size(), 2);
        QCOMPARE(audit.rows.at(0).at(0).toString(), QStringLiteral("job.remove"));
        QCOMPARE(audit.rows.at(0).at(1).toInt(), 2);
        QCOMPARE(audit.rows.at(1).at(0).toString(), QStringLiteral("job.retry"));
        QCOMPARE(audit.rows.at(1).at(1).toInt(), 1);
    }

    // A failed flow child retried through TenantScope ends where BullMQ's own retry leaves its twin: back
    // among its parent's dependencies, run once more, and the waiting parent then runs with its result
    // (a parent that failed with its child stays failed, in both).
    void flowChildRetryKeepsItsParentLinkAsBullmqDoes()
    {
        TS_REQUIRE_SERVERS();
        const QString queue = QStringLiteral("interop-flow-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess node;
        QVERIFY(startScript(node, QStringLiteral("flow_interop.mjs"), queue));
        const QJsonObject ready = nextEvent(node, 30000);
        QVERIFY2(ready.value(QStringLiteral("event")).toString() == QLatin1String("ready"),
                 QJsonDocument(ready).toJson().constData());

        auto redis = TestServers::adminRedis();
        auto pg = TestServers::adminPg();
        QueueRepository queues(redis.get());
        JobActions actions(queues, pg.get());
        for (const char* flow : {"plain", "failing"}) {
            auto retried = actions.run(JobActions::Kind::Retry,
                                       queue,
                                       ready.value(QLatin1String(flow)).toString(),
                                       QStringLiteral("flow interop"));
            QVERIFY(awaitFuture(retried, 10000));
            QVERIFY2(retried.result().ok(), qPrintable(retried.result().error));
        }

        node.write("go\n");
        const QJsonObject summary = nextEvent(node, 40000);
        QVERIFY2(summary.value(QStringLiteral("event")).toString() == QLatin1String("summary"),
                 QJsonDocument(summary).toJson().constData());
        QVERIFY(node.waitForFinished(20000));
        QCOMPARE(node.exitCode(), 0);
        QVERIFY(summary.value(QStringLiteral("done")).toBool());

        for (const char* flow : {"plain", "failing"}) {
            QJsonObject ours = summary.value(QLatin1String(flow)).toObject().value(QStringLiteral("ours")).toObject();
            QJsonObject theirs
                = summary.value(QLatin1String(flow)).toObject().value(QStringLiteral("theirs")).toObject();
            QVERIFY(ours.value(QStringLiteral("childParentKey")).toBool());
            QCOMPARE(ours.value(QStringLiteral("childState")).toString(), QStringLiteral("completed"));
            const QJsonValue oursResult = ours.take(QStringLiteral("parentResult"));
            const QJsonValue theirsResult = theirs.take(QStringLiteral("parentResult"));
            QCOMPARE(oursResult.isNull(), theirsResult.isNull());
            QCOMPARE(ours, theirs); // where the parent keeps the child, and the states of both
        }
        const QJsonObject plain
            = summary.value(QStringLiteral("plain")).toObject().value(QStringLiteral("ours")).toObject();
        QCOMPARE(plain.value(QStringLiteral("parentState")).toString(), QStringLiteral("completed"));
        QCOMPARE(plain.value(QStringLiteral("processed")).toArray(), QJsonArray{QStringLiteral("child")});
        QCOMPARE(plain.value(QStringLiteral("parentResult"))
                     .toObject()
                     .value(QStringLiteral("children"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("child"))
                     .toString(),
                 QStringLiteral("child-plain-ours"));
        const QJsonObject runs = summary.value(QStringLiteral("runs")).toObject();
        QCOMPARE(runs.value(QStringLiteral("child-plain-ours")).toInt(), 2); // failed once, our retry once
        QCOMPARE(runs.value(QStringLiteral("parent-plain-ours")).toInt(), 1);
    }

    // Pause, resume, global concurrency and clearing the rate limit written by TenantScope (QueueControls,
    // as support's Redis user would), obeyed by the real BullMQ Queue and Workers.
    void queueControlsAsBullmqSeesThem()
    {
        TS_REQUIRE_SERVERS();
        const QString queue = QStringLiteral("interop-ctl-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess node;
        QVERIFY(startScript(node, QStringLiteral("controls_interop.mjs"), queue));
        const auto expectEvent = [&node](const QString& name) {
            const QJsonObject event = nextEvent(node, 30000);
            if (event.value(QStringLiteral("event")).toString() != name)
                qWarning("expected %s, got %s", qPrintable(name), QJsonDocument(event).toJson().constData());
            return event;
        };
        QCOMPARE(expectEvent(QStringLiteral("ready")).value(QStringLiteral("event")).toString(),
                 QStringLiteral("ready"));

        auto redis = TestServers::adminRedis();
        auto pg = TestServers::adminPg();
        QueueRepository queues(redis.get());
        QueueControls controls(redis.get(), queues, pg.get(), redis.get());
        const auto done = [](QFuture<Fetched<QString>> change) {
            return awaitFuture(change, 10000) ? change.result() : Fetched<QString>{QStringLiteral("timeout"), {}};
        };

        Fetched<QString> changed = done(controls.setPaused(queue, true, QStringLiteral("interop pause")));
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        node.write("paused\n");
        const QJsonObject whilePaused = expectEvent(QStringLiteral("whilePaused"));
        QVERIFY(whilePaused.value(QStringLiteral("isPaused")).toBool());
        QCOMPARE(whilePaused.value(QStringLiteral("ranWhilePaused")).toInt(), 0);
        changed = done(controls.setPaused(queue, false, QStringLiteral("interop resume")));
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        node.write("resumed\n");
        const QJsonObject afterResume = expectEvent(QStringLiteral("afterResume"));
        QVERIFY(!afterResume.value(QStringLiteral("isPaused")).toBool());
        QCOMPARE(afterResume.value(QStringLiteral("ranAfterResume")).toInt(), 3);

        changed = done(controls.setGlobalConcurrency(queue, 2, QStringLiteral("interop concurrency")));
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        node.write("concurrency\n");
        const QJsonObject limited = expectEvent(QStringLiteral("concurrency"));
        QCOMPARE(limited.value(QStringLiteral("global")).toInt(), 2);
        QCOMPARE(limited.value(QStringLiteral("ranLimited")).toInt(), 6);
        QVERIFY2(limited.value(QStringLiteral("maxActive")).toInt() <= 2, QJsonDocument(limited).toJson().constData());
        changed = done(controls.setGlobalConcurrency(queue, std::nullopt, QStringLiteral("interop no limit")));
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        node.write("unlimited\n");
        const QJsonObject free = expectEvent(QStringLiteral("unlimited"));
        QVERIFY(free.value(QStringLiteral("global")).isNull());
        QCOMPARE(free.value(QStringLiteral("ranFree")).toInt(), 6);
        QVERIFY2(free.value(QStringLiteral("maxActive")).toInt() > 2, QJsonDocument(free).toJson().constData());

        const QJsonObject rateLimited = expectEvent(QStringLiteral("rateLimited"));
        QVERIFY(!rateLimited.value(QStringLiteral("ran")).toBool());
        auto state = controls.state(queue);
        QVERIFY(awaitFuture(state, 10000));
        QVERIFY(state.result().value.rateLimited());
        QVERIFY2(state.result().value.limiterTtlMs > 50000,
                 qPrintable(QString::number(state.result().value.limiterTtlMs)));
        changed = done(controls.clearRateLimit(queue, QStringLiteral("interop clear")));
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        node.write("cleared\n");
        const QJsonObject afterClear = expectEvent(QStringLiteral("afterClear"));
        QVERIFY(afterClear.value(QStringLiteral("ttl")).toInt() <= 0); // BullMQ reads no limit any more
        QCOMPARE(afterClear.value(QStringLiteral("ranAfterClear")).toInt(), 1);
        QVERIFY2(afterClear.value(QStringLiteral("ms")).toInt() < 5000, QJsonDocument(afterClear).toJson().constData());
        QVERIFY(node.waitForFinished(20000));
        QCOMPARE(node.exitCode(), 0);

        const PgResult audit = TestServers::exec(
            pg.get(),
            QStringLiteral(
                "SELECT string_agg(action, ' ' ORDER BY id) FROM audit_log WHERE object_type = 'bullmq_queue' "
                "AND object_id = ?"),
            {queue});
        QCOMPARE(audit.scalar().toString(),
                 QStringLiteral("queue.pause queue.resume queue.concurrency_set queue.concurrency_set "
                                "queue.rate_limit_clear"));
    }

    // Every failed job of a queue retried through TenantScope in batches of 7 (the jobs chosen by state, as
    // `jobs retry --all` does): the real Worker runs each exactly once more; a second pass refuses them all.
    void bulkRetryRunsEveryJobOnce()
    {
        TS_REQUIRE_SERVERS();
        constexpr int kJobs = 40;
        const QString queue = QStringLiteral("interop-bulk-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.start(QStringLiteral(TS_NODE), {QStringLiteral("bulk_interop.mjs"), queue, QString::number(kJobs)});
        QVERIFY(node.waitForStarted(10000));
        const QJsonObject ready = nextEvent(node, 40000);
        QVERIFY2(ready.value(QStringLiteral("event")).toString() == QLatin1String("ready"),
                 QJsonDocument(ready).toJson().constData());
        QCOMPARE(ready.value(QStringLiteral("failed")).toInt(), kJobs);

        auto redis = TestServers::adminRedis();
        auto pg = TestServers::adminPg();
        QueueRepository queues(redis.get());
        JobActions actions(queues, pg.get());
        QueueControls controls(redis.get(), queues, pg.get(), redis.get());
        QueueOperations operations(&queues, &actions, &controls, redis.get());
        JobSearchQuery chosen;
        chosen.queues = {queue};
        chosen.state = QStringLiteral("failed");
        chosen.maxResults = 1000;
        auto collected = operations.collect(chosen);
        QVERIFY(awaitFuture(collected, 20000));
        QVERIFY2(collected.result().ok(), qPrintable(collected.result().error));
        QCOMPARE(collected.result().value.size(), kJobs);
        const auto runBulk = [&](const QVector<JobSummary>& jobs) {
            std::unique_ptr<BulkJobAction> bulk
                = operations.bulk(JobActions::Kind::Retry, jobs, 7, QStringLiteral("interop bulk retry"));
            QSignalSpy finished(bulk.get(), &BulkJobAction::finished);
            bulk->start();
            finished.wait(60000);
            return bulk->progress();
        };
        const BulkJobProgress first = runBulk(collected.result().value);
        QCOMPARE(first.stop, BulkJobProgress::Stop::Done);
        QCOMPARE(first.done, kJobs);
        QCOMPARE(first.batches, 6); // 40 in batches of 7
        const BulkJobProgress again = runBulk(collected.result().value);
        QCOMPARE(again.done, 0);
        QCOMPARE(again.refused.size(), kJobs);
        QVERIFY(again.refused.first().reason.contains(QLatin1String("not failed any more")));

        node.write("go\n");
        const QJsonObject summary = nextEvent(node, 40000);
        QVERIFY2(summary.value(QStringLiteral("event")).toString() == QLatin1String("summary"),
                 QJsonDocument(summary).toJson().constData());
        QVERIFY(node.waitForFinished(20000));
        const QJsonObject runs = summary.value(QStringLiteral("runs")).toObject();
        const QJsonObject completions = summary.value(QStringLiteral("completions")).toObject();
        QCOMPARE(runs.size(), kJobs);
        for (const QJsonValue& id : ready.value(QStringLiteral("ids")).toArray()) {
            QCOMPARE(runs.value(id.toString()).toInt(), 2); // the planned failure, then our retry: once
            QCOMPARE(completions.value(id.toString()).toInt(), 1);
        }
        QCOMPARE(summary.value(QStringLiteral("counts")).toObject().value(QStringLiteral("failed")).toInt(), 0);
        const PgResult audit = TestServers::exec(
            pg.get(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'job.retry' AND object_id LIKE ?"),
            {queue + QStringLiteral("/%")});
        QCOMPARE(audit.scalar().toInt(), kJobs);
    }

    // A flow over two queues (processed, pending, ignored children, a grandchild level), read by TenantScope
    // from its deepest job: the same tree, states and relations as BullMQ's own Job.getDependencies() and
    // getState() give, from the root.
    void flowTreeIsBullmqsOwn()
    {
        TS_REQUIRE_SERVERS();
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString queueA = QStringLiteral("interop-tree-a-") + stamp;
        const QString queueB = QStringLiteral("interop-tree-b-") + stamp;
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.start(QStringLiteral(TS_NODE), {QStringLiteral("flow_tree_interop.mjs"), queueA, queueB});
        QVERIFY(node.waitForStarted(10000));
        const QJsonObject tree = nextEvent(node, 40000);
        QVERIFY2(tree.value(QStringLiteral("event")).toString() == QLatin1String("tree"),
                 QJsonDocument(tree).toJson().constData());

        auto redis = TestServers::adminRedis();
        QueueRepository queues(redis.get());
        const QJsonObject start = tree.value(QStringLiteral("start")).toObject();
        auto ours = JobFlow::read(
            queues, start.value(QStringLiteral("queue")).toString(), start.value(QStringLiteral("id")).toString());
        QVERIFY(awaitFuture(ours, 10000));
        node.write("done\n");
        node.closeWriteChannel();
        QVERIFY(node.waitForFinished(20000));
        QVERIFY2(ours.result().ok(), qPrintable(ours.result().error));
        // Only what BullMQ's side says of each job.
        std::function<QJsonObject(const FlowNode&)> comparable = [&comparable](const FlowNode& n) {
            QJsonArray kids;
            for (const FlowNode& child : n.children)
                kids.append(comparable(child));
            return QJsonObject{{QStringLiteral("queue"), n.queue},
                               {QStringLiteral("id"), n.id},
                               {QStringLiteral("name"), n.name},
                               {QStringLiteral("state"), n.state},
                               {QStringLiteral("relation"), n.relation},
                               {QStringLiteral("children"), kids}};
        };
        const QJsonObject theirs = tree.value(QStringLiteral("root")).toObject();
        const QJsonObject mine = comparable(ours.result().value);
        QVERIFY2(mine == theirs,
                 qPrintable(QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)) + u'\n'
                            + QString::fromUtf8(QJsonDocument(theirs).toJson(QJsonDocument::Compact))));
        QCOMPARE(ours.result().value.size(), 7);
        QCOMPARE(ours.result().value.state, QStringLiteral("waiting-children"));
        QStringList relations;
        for (const FlowNode& child : ours.result().value.children)
            relations << child.relation;
        relations.sort();
        QCOMPARE(relations.join(u' '), QStringLiteral("ignored pending pending processed"));
    }

    void bullmqReadsOurQueue()
    {
        TS_REQUIRE_SERVERS();
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(TS_INTEROP_DIR));
        node.start(QStringLiteral(TS_NODE), {QStringLiteral("check_demo_queue.mjs"), QStringLiteral("workflow-runs")});
        QVERIFY(node.waitForFinished(60000));
        const QByteArray err = node.readAllStandardError();
        QVERIFY2(node.exitCode() == 0, err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QVERIFY2(!seen.isEmpty(), err.constData());

        auto pg = TestServers::adminPg();
        const PgResult expected = TestServers::exec(
            pg.get(),
            QStringLiteral("SELECT count(*) FILTER (WHERE status = 'queued' AND job_id::bigint % 3 <> 0), "
                           "count(*) FILTER (WHERE status = 'queued' AND job_id::bigint % 3 = 0), "
                           "count(*) FILTER (WHERE status = 'running'), "
                           "count(*) FILTER (WHERE status = 'failed' AND created_at > now() - interval '7 days') FROM "
                           "executions"));
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        const QJsonObject counts = seen.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("wait")).toInteger(), expected.rows.first().at(0).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("delayed")).toInteger(), expected.rows.first().at(1).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("active")).toInteger(), expected.rows.first().at(2).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("failed")).toInteger(), expected.rows.first().at(3).toLongLong());
        QCOMPARE(counts.value(QStringLiteral("completed")).toInteger(), 100);

        const QJsonObject failed = seen.value(QStringLiteral("failed")).toObject();
        QCOMPARE(failed.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QStringLiteral("attemptsMade")).toInt(), 3);
        QVERIFY(!failed.value(QStringLiteral("failedReason")).toString().isEmpty());
        QVERIFY(failed.value(QStringLiteral("stacktraceEntries")).toInt() >= 1);
        QVERIFY(failed.value(QStringLiteral("finishedOn")).toDouble() > 0);
        // The job's tenant and execution are the ones PostgreSQL has for that job id.
        const PgResult execution = TestServers::exec(
            pg.get(),
            QStringLiteral("SELECT tenant_id::text, id::text, error_message FROM executions WHERE job_id = ?"),
            {failed.value(QStringLiteral("id")).toString()});
        QCOMPARE(execution.rows.size(), 1);
        QCOMPARE(failed.value(QStringLiteral("tenantId")).toString(), execution.rows.first().at(0).toString());
        QCOMPARE(failed.value(QStringLiteral("executionId")).toString(), execution.rows.first().at(1).toString());
        QCOMPARE(failed.value(QStringLiteral("failedReason")).toString(), execution.rows.first().at(2).toString());

        QCOMPARE(seen.value(QStringLiteral("waiting")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(seen.value(QStringLiteral("active")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        const QJsonObject delayed = seen.value(QStringLiteral("delayed")).toObject();
        QCOMPARE(delayed.value(QStringLiteral("state")).toString(), QStringLiteral("delayed"));
        QVERIFY(delayed.value(QStringLiteral("delay")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBullmqInterop)
#include "TestBullmqInterop.moc"
