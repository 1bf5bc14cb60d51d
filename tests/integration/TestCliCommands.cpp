#include <CliOverview.h>
#include <NodePeer.h>
#include <StripePeer.h>
#include <StripeSeed.h>
#include <TestServers.h>
#include <WebhookPeer.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

// Every tenantscope-cli command once on its success path, on demo data, its effect checked in the servers
// (the refusals are tested beside each feature). The overview's list of commands is the checklist: a new
// command without a row here fails the test.
class TestCliCommands : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    QString m_nearQuota;
    QTemporaryDir m_dir;
    NodePeer m_provider;
    const QString m_key = QStringLiteral("sk-tour-") + TestServers::randomSecret().left(24);
    qint64 m_auditBefore = 0;
    QStringList m_succeeded;

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENAI_BASE_URL"), m_provider.url + QStringLiteral("/v1"));
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TS_CLI_PATH), args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // Runs a command that must succeed; records its name for the checklist.
    Run ok(const QString& name, const QStringList& rest, const QByteArray& input = {})
    {
        const Run run = cli(name.split(u' ') + rest, input);
        if (run.exitCode == 0)
            m_succeeded << name;
        else
            qWarning("%s exited %d: %s", qPrintable(name), run.exitCode, run.err.constData());
        return run;
    }

    // A command that talks to a peer in this process: the event loop runs while it does.
    Run okServing(const QString& name, const QStringList& rest)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TS_CLI_PATH), name.split(u' ') + rest);
        process.closeWriteChannel();
        if (!finished.wait(120000))
            process.kill();
        const Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      process.readAllStandardOutput(),
                      process.readAllStandardError()};
        if (run.exitCode == 0)
            m_succeeded << name;
        else
            qWarning("%s exited %d: %s", qPrintable(name), run.exitCode, run.err.constData());
        return run;
    }

    QString scalar(const QString& sql, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_pg.get(), sql, params);
        return result.ok() && !result.rows.isEmpty() ? result.rows.first().value(0).toString() : QString();
    }

    int audited(const QString& action, const QString& objectId = {})
    {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND id > ? "
                                     "AND (? = '' OR object_id = ?)"),
                      {action, m_auditBefore, objectId, objectId})
            .toInt();
    }

    static QJsonArray array(const Run& run) { return QJsonDocument::fromJson(run.out).array(); }
    static QJsonObject object(const Run& run) { return QJsonDocument::fromJson(run.out).object(); }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_auditBefore = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PEER_OPENAI_KEY"), m_key);
        QVERIFY2(m_provider.start(m_dir.filePath(QStringLiteral("peer.log")), env), "the provider peer did not start");
    }

    void setup()
    {
        QVERIFY(ok(QStringLiteral("migrate"), {}).out.contains("schema up to date"));
        QVERIFY(ok(QStringLiteral("demo-data"), {QStringLiteral("--size"), QStringLiteral("small")})
                    .out.contains("loaded"));
        // What needs attention now: every part read, as JSON and as text.
        const QJsonObject home = object(ok(QStringLiteral("home"), {QStringLiteral("--json")}));
        for (const char* part : {"spend", "failures", "quota", "queues"})
            QVERIFY2(!home.value(QLatin1String(part)).toObject().contains(QStringLiteral("error")), part);
        QVERIFY(ok(QStringLiteral("home"), {}).out.contains("spend today"));
        const QString password = TestServers::randomSecret();
        ok(QStringLiteral("redis-user"),
           {QStringLiteral("finance"), QStringLiteral("ts_tour_finance")},
           password.toUtf8() + '\n');
        QCOMPARE(TestServers::redis(m_redis.get(), {"ACL", "DRYRUN", "ts_tour_finance", "GET", "usage:x"}).text,
                 QByteArray("OK"));
        QCOMPARE(audited(QStringLiteral("redis_acl.set_user"), QStringLiteral("ts_tour_finance")), 1);
        TestServers::redis(m_redis.get(), {"ACL", "DELUSER", "ts_tour_finance"});
    }

    void reads()
    {
        const QJsonArray tenants
            = array(ok(QStringLiteral("tenants list"),
                       {QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")}));
        QCOMPARE(tenants.size(), 3);
        const QString tenant = tenants.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(object(ok(QStringLiteral("tenants show"), {tenant, QStringLiteral("--json")}))
                     .value(QStringLiteral("id"))
                     .toString(),
                 tenant);
        const QDate today = QDate::currentDate();
        QVERIFY(!array(ok(QStringLiteral("usage"),
                          {QStringLiteral("--from"),
                           today.addDays(-7).toString(Qt::ISODate),
                           QStringLiteral("--to"),
                           today.toString(Qt::ISODate),
                           QStringLiteral("--json")}))
                     .isEmpty());
        QVERIFY(!array(ok(QStringLiteral("costs"),
                          {QStringLiteral("--month"),
                           today.toString(QStringLiteral("yyyy-MM")),
                           QStringLiteral("--by"),
                           QStringLiteral("model"),
                           QStringLiteral("--json")}))
                     .isEmpty());
        const QJsonArray failed
            = array(ok(QStringLiteral("executions list"),
                       {QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--json")}));
        QVERIFY(!failed.isEmpty());
        const QString execution = failed.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(object(ok(QStringLiteral("executions show"), {execution, QStringLiteral("--json")}))
                     .value(QStringLiteral("id"))
                     .toString(),
                 execution);
        // Two failed runs of one workflow, node by node: both totals, every node once, the diffs by path.
        const PgResult pair = TestServers::exec(
            m_pg.get(),
            QStringLiteral("SELECT id::text FROM executions WHERE status = 'failed' AND workflow_id = (SELECT "
                           "workflow_id FROM executions WHERE status = 'failed' GROUP BY 1 ORDER BY count(*) DESC, 1 "
                           "LIMIT 1) ORDER BY created_at DESC LIMIT 2"));
        QCOMPARE(pair.rows.size(), 2);
        const QString first = pair.rows.at(0).value(0).toString();
        const QString second = pair.rows.at(1).value(0).toString();
        const QJsonObject compared
            = object(ok(QStringLiteral("executions compare"), {first, second, QStringLiteral("--json")}));
        QCOMPARE(compared.value(QStringLiteral("first"))[QStringLiteral("id")].toString(), first);
        QCOMPARE(compared.value(QStringLiteral("second"))[QStringLiteral("id")].toString(), second);
        const int nodesOfBoth
            = scalar(QStringLiteral("SELECT count(*) FROM execution_nodes WHERE execution_id IN (?::uuid, ?::uuid)"),
                     {first, second})
                  .toInt();
        int shown = 0;
        for (const QJsonValue& node : compared.value(QStringLiteral("nodes")).toArray())
            shown += node[QStringLiteral("change")].toString() == QLatin1String("added")
                    || node[QStringLiteral("change")].toString() == QLatin1String("removed")
                ? 1
                : 2;
        QCOMPARE(shown, nodesOfBoth);
        QVERIFY(ok(QStringLiteral("executions compare"), {first, second}).out.contains(first.toUtf8()));
        const Run unknown = cli({QStringLiteral("executions"),
                                 QStringLiteral("compare"),
                                 first,
                                 QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("was not found"), unknown.err.constData());
        // The failed run as OTLP JSON, and the file read back offline: the same run, every node a span.
        const QString otlp = m_dir.filePath(QStringLiteral("run.otlp.json"));
        const QJsonObject exported = object(
            ok(QStringLiteral("executions export"), {first, QStringLiteral("--otlp"), otlp, QStringLiteral("--json")}));
        const int nodesOfFirst
            = scalar(QStringLiteral("SELECT count(*) FROM execution_nodes WHERE execution_id = ?::uuid"), {first})
                  .toInt();
        QCOMPARE(exported.value(QStringLiteral("spans")).toInt(), nodesOfFirst + 1);
        QCOMPARE(exported.value(QStringLiteral("llm_spans")).toInt(),
                 scalar(QStringLiteral("SELECT count(*) FROM execution_nodes WHERE execution_id = ?::uuid AND model IS "
                                       "NOT NULL"),
                        {first})
                     .toInt());
        const QJsonObject opened
            = object(ok(QStringLiteral("executions open"), {QStringLiteral("--otlp"), otlp, QStringLiteral("--json")}));
        QCOMPARE(opened.value(QStringLiteral("spans")).toInt(), nodesOfFirst + 1);
        QCOMPARE(opened.value(QStringLiteral("traces"))[0][QStringLiteral("id")].toString(), first);
        QCOMPARE(opened.value(QStringLiteral("traces"))[0][QStringLiteral("nodes")].toArray().size(), nodesOfFirst);
        QVERIFY(ok(QStringLiteral("executions open"), {QStringLiteral("--otlp"), otlp}).out.contains(first.toUtf8()));
        const Run notOtlp = cli({QStringLiteral("executions"),
                                 QStringLiteral("open"),
                                 QStringLiteral("--otlp"),
                                 QStringLiteral(TS_SOURCE_DIR "/README.md")});
        QCOMPARE(notOtlp.exitCode, 1);
        QVERIFY2(notOtlp.err.contains("not JSON"), notOtlp.err.constData());
        QVERIFY(!array(ok(QStringLiteral("executions errors"), {QStringLiteral("--json")})).isEmpty());
        QVERIFY(!array(ok(QStringLiteral("jobs list"), {QStringLiteral("--json")})).isEmpty());
        QVERIFY(!array(ok(QStringLiteral("jobs errors"), {QStringLiteral("--json")})).isEmpty());
        QCOMPARE(array(ok(QStringLiteral("plans list"), {QStringLiteral("--json")})).size(),
                 scalar(QStringLiteral("SELECT count(*) FROM plans")).toInt());
        QCOMPARE(object(ok(QStringLiteral("plans show"), {QStringLiteral("starter"), QStringLiteral("--json")}))
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("starter"));
        QCOMPARE(array(ok(QStringLiteral("overrides list"), {QStringLiteral("--json")})).size(),
                 scalar(QStringLiteral("SELECT count(*) FROM tenant_limit_overrides")).toInt());
    }

    void executionActions()
    {
        const QString retry
            = scalar(QStringLiteral("SELECT id FROM executions e WHERE status = 'failed' AND NOT EXISTS "
                                    "(SELECT 1 FROM executions r WHERE r.retry_of = e.id) ORDER BY id LIMIT 1"));
        const QString resume
            = scalar(QStringLiteral(
                         "SELECT id FROM executions e WHERE status = 'failed' AND id <> ?::uuid AND NOT EXISTS "
                         "(SELECT 1 FROM executions r WHERE r.retry_of = e.id) AND EXISTS (SELECT 1 FROM "
                         "execution_nodes n WHERE n.execution_id = e.id AND n.status NOT IN ('succeeded', 'skipped')) "
                         "ORDER BY id DESC LIMIT 1"),
                     {retry});
        const QString cancel
            = scalar(QStringLiteral("SELECT id FROM executions WHERE status IN ('queued', 'running') LIMIT 1"));
        const QStringList reason{QStringLiteral("--reason"), QStringLiteral("tour"), QStringLiteral("--json")};
        const QString retried = object(ok(QStringLiteral("executions retry"), QStringList{retry} + reason))
                                    .value(QStringLiteral("new_execution"))
                                    .toString();
        QCOMPARE(scalar(QStringLiteral("SELECT retry_of FROM executions WHERE id = ?::uuid"), {retried}), retry);
        ok(QStringLiteral("executions resume"), QStringList{resume} + reason);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM executions WHERE retry_of = ?::uuid AND resume_from IS NOT NULL"),
                        {resume}),
                 QStringLiteral("1"));
        ok(QStringLiteral("executions cancel"), QStringList{cancel} + reason);
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM execution_requests WHERE execution_id = ?::uuid AND action = 'cancel'"),
                   {cancel}),
            QStringLiteral("1"));
    }

    void jobActions()
    {
        const RedisReply failed = TestServers::redis(m_redis.get(), {"ZRANGE", "bull:workflow-runs:failed", "0", "1"});
        const RedisReply completed
            = TestServers::redis(m_redis.get(), {"ZRANGE", "bull:workflow-runs:completed", "0", "0"});
        QVERIFY(failed.elements.size() == 2 && completed.elements.size() == 1);
        const QString job = QString::fromUtf8(failed.elements.at(0).text);
        const QString done = QString::fromUtf8(completed.elements.at(0).text);
        const QStringList queue{QStringLiteral("--queue"), QStringLiteral("workflow-runs")};
        QCOMPARE(
            object(ok(QStringLiteral("jobs show"), QStringList{job} + queue + QStringList{QStringLiteral("--json")}))
                .value(QStringLiteral("id"))
                .toString(),
            job);
        ok(QStringLiteral("jobs retry"),
           QStringList{job} + queue + QStringList{QStringLiteral("--reason"), QStringLiteral("tour")});
        QVERIFY(TestServers::redis(m_redis.get(), {"ZSCORE", "bull:workflow-runs:failed", job.toUtf8()}).isNil());
        ok(QStringLiteral("jobs remove"),
           QStringList{done} + queue + QStringList{QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(TestServers::redis(m_redis.get(), {"EXISTS", "bull:workflow-runs:" + done.toUtf8()}).integer, 0);
        QCOMPARE(audited(QStringLiteral("job.remove"), QStringLiteral("workflow-runs/") + done), 1);
    }

    void jobSearch()
    {
        const RedisReply failed = TestServers::redis(m_redis.get(), {"ZRANGE", "bull:workflow-runs:failed", "0", "0"});
        QCOMPARE(failed.elements.size(), 1);
        const QString job = QString::fromUtf8(failed.elements.at(0).text);
        const QJsonObject byId
            = object(ok(QStringLiteral("jobs search"),
                        {job, QStringLiteral("--in"), QStringLiteral("id"), QStringLiteral("--json")}));
        QCOMPARE(byId[QStringLiteral("jobs")].toArray().size(), 1);
        QCOMPARE(byId[QStringLiteral("jobs")][0][QStringLiteral("state")].toString(), QStringLiteral("failed"));
        const QJsonObject byReason = object(cli({QStringLiteral("jobs"),
                                                 QStringLiteral("search"),
                                                 QStringLiteral("Bad Gateway"),
                                                 QStringLiteral("--in"),
                                                 QStringLiteral("reason"),
                                                 QStringLiteral("--queue"),
                                                 QStringLiteral("workflow-runs"),
                                                 QStringLiteral("--limit"),
                                                 QStringLiteral("3"),
                                                 QStringLiteral("--json")}));
        QCOMPARE(byReason[QStringLiteral("jobs")].toArray().size(), 3);
        QCOMPARE(byReason[QStringLiteral("search")][QStringLiteral("stop")].toString(), QStringLiteral("limit"));
        for (const QJsonValue& found : byReason[QStringLiteral("jobs")].toArray())
            QVERIFY(found[QStringLiteral("failed_reason")].toString().contains(QLatin1String("Bad Gateway")));
        // Every failed job with that reason, 3 at a time; each audited.
        const QJsonObject bulk = object(ok(QStringLiteral("jobs retry"),
                                           {QStringLiteral("--all"),
                                            QStringLiteral("--filter"),
                                            QStringLiteral("Bad Gateway"),
                                            QStringLiteral("--in"),
                                            QStringLiteral("reason"),
                                            QStringLiteral("--batch"),
                                            QStringLiteral("3"),
                                            QStringLiteral("--reason"),
                                            QStringLiteral("tour"),
                                            QStringLiteral("--json")}));
        QVERIFY(bulk[QStringLiteral("total")].toInt() > 0);
        QCOMPARE(bulk[QStringLiteral("done")].toInt(), bulk[QStringLiteral("total")].toInt());
        QCOMPARE(bulk[QStringLiteral("batches")].toInt(), (bulk[QStringLiteral("total")].toInt() + 2) / 3);
        QCOMPARE(audited(QStringLiteral("job.retry")), bulk[QStringLiteral("done")].toInt() + 1); // + jobActions'
        const QJsonObject removed = object(ok(QStringLiteral("jobs remove"),
                                              {QStringLiteral("--all"),
                                               QStringLiteral("--queue"),
                                               QStringLiteral("workflow-runs"),
                                               QStringLiteral("--state"),
                                               QStringLiteral("completed"),
                                               QStringLiteral("--limit"),
                                               QStringLiteral("2"),
                                               QStringLiteral("--reason"),
                                               QStringLiteral("tour"),
                                               QStringLiteral("--json")}));
        QCOMPARE(removed[QStringLiteral("done")].toInt(), 2);
        // A job outside any flow is its own root.
        const QJsonObject flow
            = object(ok(QStringLiteral("jobs flow"),
                        {job, QStringLiteral("--queue"), QStringLiteral("workflow-runs"), QStringLiteral("--json")}));
        QCOMPARE(flow[QStringLiteral("id")].toString(), job);
        QCOMPARE(flow[QStringLiteral("relation")].toString(), QStringLiteral("root"));
        QCOMPARE(cli({QStringLiteral("jobs"),
                      QStringLiteral("flow"),
                      QStringLiteral("no-such-job"),
                      QStringLiteral("--queue"),
                      QStringLiteral("workflow-runs")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("jobs"),
                      QStringLiteral("search"),
                      QStringLiteral("x"),
                      QStringLiteral("--pace"),
                      QStringLiteral("5")})
                     .exitCode,
                 2);
    }

    void queueControls()
    {
        const QString queue = QStringLiteral("ts-cli-ctl-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QByteArray prefix = "bull:" + queue.toUtf8() + ':';
        TestServers::redis(m_redis.get(), {"HSET", prefix + "meta", "opts.maxLenEvents", "100"});
        const QStringList named{QStringLiteral("--queue"), queue};
        const QStringList reason{QStringLiteral("--reason"), QStringLiteral("tour")};
        ok(QStringLiteral("jobs pause"), named + reason);
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", prefix + "meta", "paused"}).text, QByteArray("1"));
        QVERIFY(object(ok(QStringLiteral("jobs limiter"), named + QStringList{QStringLiteral("--json")}))
                    .value(QStringLiteral("paused"))
                    .toBool());
        ok(QStringLiteral("jobs resume"), named + reason);
        QCOMPARE(TestServers::redis(m_redis.get(), {"HEXISTS", prefix + "meta", "paused"}).integer, 0);
        TestServers::redis(m_redis.get(), {"SET", prefix + "limiter", "1", "PX", "60000"});
        ok(QStringLiteral("jobs limiter"), named + reason + QStringList{QStringLiteral("--clear")});
        QCOMPARE(TestServers::redis(m_redis.get(), {"EXISTS", prefix + "limiter"}).integer, 0);
        ok(QStringLiteral("jobs concurrency"),
           named + reason + QStringList{QStringLiteral("--set"), QStringLiteral("3")});
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", prefix + "meta", "concurrency"}).text, QByteArray("3"));
        QCOMPARE(
            cli(QStringList{
                    QStringLiteral("jobs"), QStringLiteral("concurrency"), QStringLiteral("--set"), QStringLiteral("0")}
                + named + reason)
                .exitCode,
            2); // refused before connecting
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", prefix + "meta", "concurrency"}).text, QByteArray("3"));
        QCOMPARE(audited(QStringLiteral("queue.pause"), queue), 1);
        QCOMPARE(audited(QStringLiteral("queue.resume"), queue), 1);
        QCOMPARE(audited(QStringLiteral("queue.rate_limit_clear"), queue), 1);
        QCOMPARE(audited(QStringLiteral("queue.concurrency_set"), queue), 1);

        // Every queue: this one and the demo's, each paused then resumed.
        const QJsonArray paused = array(
            ok(QStringLiteral("jobs pause"), reason + QStringList{QStringLiteral("--all"), QStringLiteral("--json")}));
        QStringList pausedQueues;
        for (const QJsonValue& outcome : paused) {
            QVERIFY2(outcome[QStringLiteral("ok")].toBool(), qPrintable(outcome[QStringLiteral("message")].toString()));
            pausedQueues << outcome[QStringLiteral("queue")].toString();
        }
        QVERIFY(pausedQueues.contains(queue) && pausedQueues.contains(QStringLiteral("workflow-runs")));
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", "bull:workflow-runs:meta", "paused"}).text,
                 QByteArray("1"));
        ok(QStringLiteral("jobs resume"), reason + QStringList{QStringLiteral("--all")});
        QCOMPARE(TestServers::redis(m_redis.get(), {"HEXISTS", "bull:workflow-runs:meta", "paused"}).integer, 0);

        const Run ghost = cli({QStringLiteral("jobs"),
                               QStringLiteral("pause"),
                               QStringLiteral("--queue"),
                               QStringLiteral("ts-cli-no-such-queue"),
                               QStringLiteral("--reason"),
                               QStringLiteral("tour")});
        QCOMPARE(ghost.exitCode, 1);
        QVERIFY2(ghost.err.contains("does not exist"), ghost.err.constData());
        QCOMPARE(TestServers::redis(m_redis.get(), {"EXISTS", "bull:ts-cli-no-such-queue:meta"}).integer, 0);
        const RedisReply keys = TestServers::redis(m_redis.get(), {"KEYS", prefix + '*'});
        for (const RedisReply& key : keys.elements)
            TestServers::redis(m_redis.get(), {"DEL", key.text});
    }

    void plansOverridesLimitsAudit()
    {
        const QString included = scalar(QStringLiteral("SELECT included_tokens FROM plans WHERE id = 'starter'"));
        ok(QStringLiteral("plans set"),
           {QStringLiteral("starter"),
            QStringLiteral("included_tokens=") + QString::number(included.toLongLong() + 5),
            QStringLiteral("--reason"),
            QStringLiteral("tour")});
        QCOMPARE(scalar(QStringLiteral("SELECT included_tokens FROM plans WHERE id = 'starter'")).toLongLong(),
                 included.toLongLong() + 5);
        const QString tenant = scalar(QStringLiteral("SELECT id FROM tenants WHERE id NOT IN (SELECT tenant_id FROM "
                                                     "tenant_limit_overrides) ORDER BY id LIMIT 1"));
        ok(QStringLiteral("overrides set"),
           {tenant, QStringLiteral("max_concurrent=7"), QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", "limits:" + tenant.toUtf8(), "max_concurrent"}).text,
                 QByteArray("7"));
        ok(QStringLiteral("overrides clear"), {tenant, QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM tenant_limit_overrides WHERE tenant_id = ?::uuid"), {tenant}),
            QStringLiteral("0"));
        TestServers::exec(m_pg.get(),
                          QStringLiteral("INSERT INTO limits_push_pending (tenant_id, cause) VALUES (?::uuid, 'tour')"),
                          {tenant});
        QVERIFY(ok(QStringLiteral("limits push"), {}).out.contains("pushed the limits of 1 tenant"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM limits_push_pending")), QStringLiteral("0"));
        const QJsonArray entries
            = array(ok(QStringLiteral("audit list"),
                       {QStringLiteral("--action"), QStringLiteral("override."), QStringLiteral("--json")}));
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("override.clear"));
    }

    void flagsAndAiConfig()
    {
        const QString key = QStringLiteral("tour-flag");
        QVERIFY(ok(QStringLiteral("flags set"),
                   {key,
                    QStringLiteral("enabled=true"),
                    QStringLiteral("rollout=percentage"),
                    QStringLiteral("percentage=30"),
                    QStringLiteral("--reason"),
                    QStringLiteral("tour")})
                    .out.contains("version 1"));
        const QString tenantsOn
            = scalar(QStringLiteral("SELECT tenants_on FROM feature_flags_overview() WHERE key = ?"), {key});
        QVERIFY(tenantsOn.toInt() > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));
        ok(QStringLiteral("flags set"),
           {key, QStringLiteral("rollout=all"), QStringLiteral("--reason"), QStringLiteral("tour")});
        const QJsonArray flags = array(ok(QStringLiteral("flags list"), {QStringLiteral("--json")}));
        QJsonObject listed;
        for (const QJsonValue& flag : flags) {
            if (flag.toObject().value(QStringLiteral("key")).toString() == key)
                listed = flag.toObject();
        }
        QCOMPARE(flags.size(), int(scalar(QStringLiteral("SELECT count(*) FROM feature_flags")).toInt()));
        QCOMPARE(listed.value(QStringLiteral("tenants_on")).toInt(),
                 scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt());
        ok(QStringLiteral("flags rollback"),
           {key, QStringLiteral("--to"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("tour")});
        const QJsonObject shown = object(ok(QStringLiteral("flags show"), {key, QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(shown.value(QStringLiteral("rollout")).toString(), QStringLiteral("percentage"));
        QCOMPARE(shown.value(QStringLiteral("tenants_on")).toInt(), tenantsOn.toInt()); // the 30 % again
        QCOMPARE(shown.value(QStringLiteral("history"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("rolled_back_to"))
                     .toInt(),
                 1);
        QCOMPARE(audited(QStringLiteral("flag.rollback"), key), 1);
        // A tenant's effective configuration, and the same flag value in its Redis hash.
        const QString tenant = scalar(QStringLiteral("SELECT id FROM tenants ORDER BY id LIMIT 1"));
        const QJsonObject config = object(ok(QStringLiteral("ai-config show"), {tenant, QStringLiteral("--json")}));
        QCOMPARE(config.value(QStringLiteral("tenant")).toString(), tenant);
        const bool on = config.value(QStringLiteral("flags")).toObject().value(key).toBool();
        const QJsonObject held
            = QJsonDocument::fromJson(
                  TestServers::redis(m_redis.get(), {"HGET", "ai_config:" + tenant.toUtf8(), "flags"}).text)
                  .object();
        QCOMPARE(held.value(key).toBool(), on);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));

        // A tenant's own setting, changed, read back, rolled back and cleared; Redis follows each step.
        const QString own = scalar(QStringLiteral("SELECT id FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM ai_configs "
                                                  "c WHERE c.tenant_id = t.id) ORDER BY id "
                                                  "LIMIT 1"));
        const auto heldTemperature = [&] {
            return QString::fromUtf8(
                TestServers::redis(m_redis.get(), {"HGET", "ai_config:" + own.toUtf8(), "temperature"}).text);
        };
        const QString globalTemperature = heldTemperature();
        ok(QStringLiteral("ai-config set"),
           {own, QStringLiteral("temperature=0.7"), QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(heldTemperature(), QStringLiteral("0.7"));
        ok(QStringLiteral("ai-config set"),
           {own,
            QStringLiteral("temperature=0.9"),
            QStringLiteral("rag=false"),
            QStringLiteral("--reason"),
            QStringLiteral("tour")});
        const QJsonArray versions = array(ok(QStringLiteral("ai-config history"), {own, QStringLiteral("--json")}));
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().toObject().value(QStringLiteral("temperature")).toDouble(), 0.9);
        QCOMPARE(versions.first().toObject().value(QStringLiteral("rag")).toBool(true), false);
        ok(QStringLiteral("ai-config rollback"),
           {own, QStringLiteral("--to"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(heldTemperature(), QStringLiteral("0.7"));
        QCOMPARE(audited(QStringLiteral("ai_config.rollback"), own), 1);
        ok(QStringLiteral("ai-config set"),
           {own, QStringLiteral("temperature=null"), QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(heldTemperature(), globalTemperature); // follows the global default again
        // An out-of-range value is the server's to refuse, with nothing changed.
        const Run refused = cli({QStringLiteral("ai-config"),
                                 QStringLiteral("set"),
                                 own,
                                 QStringLiteral("temperature=7"),
                                 QStringLiteral("--reason"),
                                 QStringLiteral("tour")});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("temperature"), refused.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT max(version) FROM ai_configs WHERE tenant_id = ?"), {own}),
                 QStringLiteral("4"));

        // Every flag for flagd, on standard output.
        const QJsonObject flagSet
            = object(ok(QStringLiteral("flags export"), {QStringLiteral("--flagd"), QStringLiteral("-")}));
        QCOMPARE(QString::number(flagSet.value(QStringLiteral("flags")).toObject().size()),
                 scalar(QStringLiteral("SELECT count(*) FROM feature_flags")));
    }

    void alerts()
    {
        // A tenant at 95 %: the check fires its 80 % and 90 % alerts whatever the day of the month.
        m_nearQuota
            = TestServers::tenantNearQuota(m_pg.get(), m_redis.get(), QStringLiteral("CLI tour near quota"), 95);
        QVERIFY(!m_nearQuota.isEmpty());
        const QJsonObject checked = object(ok(QStringLiteral("alerts check"), {QStringLiteral("--json")}));
        QVERIFY(checked.value(QStringLiteral("fired")).toArray().size() >= 2);
        const QJsonArray open = array(ok(QStringLiteral("alerts list"), {QStringLiteral("--json")}));
        QVERIFY(open.size() >= 2);
        const QString first = QString::number(open.at(0).toObject().value(QStringLiteral("id")).toInteger());
        const QString second = QString::number(open.at(1).toObject().value(QStringLiteral("id")).toInteger());
        ok(QStringLiteral("alerts ack"), {first, QStringLiteral("--note"), QStringLiteral("seen")});
        QVERIFY(!scalar(QStringLiteral("SELECT acknowledged_by FROM quota_alerts WHERE id = ?"), {first.toLongLong()})
                     .isEmpty());
        ok(QStringLiteral("alerts snooze"), {second, QStringLiteral("--hours"), QStringLiteral("2")});
        QCOMPARE(
            scalar(QStringLiteral("SELECT snoozed_until > now() + interval '1 hour' FROM quota_alerts WHERE id = ?"),
                   {second.toLongLong()}),
            QStringLiteral("true"));
        ok(QStringLiteral("alerts thresholds"),
           {QStringLiteral("75,90,100"), QStringLiteral("--reason"), QStringLiteral("tour")});
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM platform_settings WHERE key = 'alerts.thresholds'")),
                 QStringLiteral("75,90,100"));
        ok(QStringLiteral("alerts thresholds"),
           {QStringLiteral("80,90,100"), QStringLiteral("--reason"), QStringLiteral("tour over")});
    }

    void spikesAndDelivery()
    {
        WebhookPeer peer;
        const QString tenant
            = TestServers::tenantNearQuota(m_pg.get(), m_redis.get(), QStringLiteral("CLI tour spike"), 10);
        QVERIFY(!tenant.isEmpty());
        // $40 in the last hour, nothing on earlier days.
        QVERIFY(TestServers::exec(m_pg.get(),
                                  QStringLiteral("INSERT INTO usage_events (tenant_id, ts, model, provider, "
                                                 "prompt_tokens, completion_tokens, cost_usd) VALUES (?::uuid, now() - "
                                                 "interval '5 minutes', 'gpt-4o', 'openai', 1000, 1000, 40)"),
                                  {tenant})
                    .ok());
        ok(QStringLiteral("alerts rule-set"),
           {QStringLiteral("tour spike"),
            QStringLiteral("--metric"),
            QStringLiteral("spend"),
            QStringLiteral("--tenant"),
            tenant,
            QStringLiteral("--factor"),
            QStringLiteral("2"),
            QStringLiteral("--minimum"),
            QStringLiteral("5"),
            QStringLiteral("--reason"),
            QStringLiteral("tour")});
        QCOMPARE(audited(QStringLiteral("anomaly_rule.create")), 1);
        const QJsonArray rules = array(ok(QStringLiteral("alerts rules"), {QStringLiteral("--json")}));
        QVERIFY(std::any_of(rules.begin(), rules.end(), [](const QJsonValue& r) {
            return r.toObject().value(QStringLiteral("name")).toString() == QLatin1String("tour spike");
        }));
        ok(QStringLiteral("alerts destination-set"),
           {QStringLiteral("tour hook"),
            QStringLiteral("--kind"),
            QStringLiteral("webhook"),
            QStringLiteral("--reason"),
            QStringLiteral("tour")},
           peer.url(QStringLiteral("/tour")).toString().toUtf8() + '\n');
        const Run destinations = ok(QStringLiteral("alerts destinations"), {QStringLiteral("--json")});
        QVERIFY(destinations.out.contains("tour hook") && !destinations.out.contains("/tour\""));
        const QJsonObject checked = object(ok(QStringLiteral("alerts check"), {QStringLiteral("--json")}));
        QVERIFY(!checked.value(QStringLiteral("spikes_fired")).toArray().isEmpty());
        const QJsonArray spikes = array(ok(QStringLiteral("alerts spikes"), {QStringLiteral("--json")}));
        const auto spike = std::find_if(spikes.begin(), spikes.end(), [&](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("tenant_id")).toString() == tenant
                && v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("tour spike");
        });
        QVERIFY(spike != spikes.end());
        QCOMPARE(spike->toObject().value(QStringLiteral("observed")).toString(), QStringLiteral("40"));
        const QJsonObject sent = object(okServing(QStringLiteral("alerts deliver"), {QStringLiteral("--json")}));
        QVERIFY2(sent.value(QStringLiteral("sent")).toInt() >= 1, QJsonDocument(sent).toJson().constData());
        QVERIFY(!peer.requestsTo("/tour").isEmpty());
        const QJsonArray deliveries = array(ok(QStringLiteral("alerts deliveries"), {QStringLiteral("--json")}));
        QVERIFY(std::any_of(deliveries.begin(), deliveries.end(), [](const QJsonValue& d) {
            return d.toObject().value(QStringLiteral("destination")).toString() == QLatin1String("tour hook")
                && d.toObject().value(QStringLiteral("state")).toString() == QLatin1String("sent");
        }));
        ok(QStringLiteral("alerts spike-ack"),
           {QString::number(spike->toObject().value(QStringLiteral("id")).toInteger()),
            QStringLiteral("--note"),
            QStringLiteral("seen")});
        QCOMPARE(audited(QStringLiteral("anomaly_alert.ack")), 1);
        ok(QStringLiteral("alerts destination-set"),
           {QStringLiteral("tour hook"),
            QStringLiteral("--kind"),
            QStringLiteral("webhook"),
            QStringLiteral("--keep-url"),
            QStringLiteral("--disabled"),
            QStringLiteral("--reason"),
            QStringLiteral("tour pause")});
        QCOMPARE(scalar(QStringLiteral("SELECT enabled FROM alert_destinations WHERE name = 'tour hook'")),
                 QStringLiteral("false"));
        ok(QStringLiteral("alerts destination-remove"),
           {QStringLiteral("tour hook"), QStringLiteral("--reason"), QStringLiteral("tour over")});
        ok(QStringLiteral("alerts rule-remove"),
           {QStringLiteral("tour spike"), QStringLiteral("--reason"), QStringLiteral("tour over")});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM anomaly_rules WHERE name = 'tour spike'")),
                 QStringLiteral("0"));
        TestServers::exec(m_pg.get(), QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ?::uuid"), {tenant});
        TestServers::exec(
            m_pg.get(), QStringLiteral("DELETE FROM usage_rollup_pending WHERE tenant_id = ?::uuid"), {tenant});
        TestServers::removeTenant(m_pg.get(), m_redis.get(), tenant);
    }

    void keysChatAndSnapshots()
    {
        ok(QStringLiteral("keys set"), {QStringLiteral("--provider"), QStringLiteral("openai")}, m_key.toUtf8() + '\n');
        QVERIFY(ok(QStringLiteral("keys list"), {QStringLiteral("--json")}).out.contains(m_key.right(4).toUtf8()));
        QVERIFY(object(ok(QStringLiteral("keys test"),
                          {QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--json")}))
                    .value(QStringLiteral("accepted"))
                    .toBool());
        const QString tenant
            = scalar(QStringLiteral("SELECT id FROM tenants WHERE status = 'active' ORDER BY id LIMIT 1"));
        const QString uploaded = object(ok(QStringLiteral("keys upload"),
                                           {QStringLiteral("--provider"),
                                            QStringLiteral("openai"),
                                            QStringLiteral("--tenant"),
                                            tenant,
                                            QStringLiteral("--json")}))
                                     .value(QStringLiteral("id"))
                                     .toString();
        QCOMPARE(scalar(QStringLiteral("SELECT last4 FROM sealed_provider_keys WHERE id = ?::uuid"), {uploaded}),
                 m_key.right(4));
        ok(QStringLiteral("keys revoke"), {uploaded, QStringLiteral("--reason"), QStringLiteral("tour")});
        QVERIFY(!scalar(QStringLiteral("SELECT revoked_at FROM sealed_provider_keys WHERE id = ?::uuid"), {uploaded})
                     .isEmpty());
        const Run chat = ok(QStringLiteral("chat"),
                            {QStringLiteral("--provider"),
                             QStringLiteral("openai"),
                             QStringLiteral("--model"),
                             QStringLiteral("gpt-4o-mini"),
                             QStringLiteral("Hello")});
        QVERIFY2(chat.out.contains("Resume the execution"), chat.out.constData());
        ok(QStringLiteral("keys delete"), {QStringLiteral("--provider"), QStringLiteral("openai")});
        QVERIFY(!cli({QStringLiteral("keys"), QStringLiteral("list")}).out.contains(m_key.right(4).toUtf8()));

        const QString file = m_dir.filePath(QStringLiteral("tour.tsnap"));
        ok(QStringLiteral("snapshot export"), {QStringLiteral("--tenant"), tenant, QStringLiteral("--out"), file});
        QCOMPARE(object(ok(QStringLiteral("snapshot show"), {file, QStringLiteral("--json")}))
                     .value(QStringLiteral("tenant_id"))
                     .toString(),
                 tenant);
    }

    // The Stripe key in the keychain, then a month reconciled against a local Stripe holding what the demo's
    // reporter sent: the planted double report is found, as JSON and as text.
    void billing()
    {
        StripePeer stripe;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);
        QVERIFY(StripeSeed::fromLedger(m_pg.get(), stripe, month));
        ok(QStringLiteral("billing key set"), {}, stripe.validKey.toUtf8() + '\n');
        qputenv("TS_STRIPE_API_BASE", stripe.url().toString().toUtf8());
        const QString tenant = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoDoubleReport%'"));
        const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
        const QJsonArray rows = array(okServing(
            QStringLiteral("billing reconcile"),
            {QStringLiteral("--month"), monthText, QStringLiteral("--tenant"), tenant, QStringLiteral("--json")}));
        const Run text = okServing(QStringLiteral("billing reconcile"),
                                   {QStringLiteral("--month"), monthText, QStringLiteral("--drift-only")});
        qunsetenv("TS_STRIPE_API_BASE");
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("tenant_id")).toString(), tenant);
        QCOMPARE(row.value(QStringLiteral("differences")).toArray().first().toObject().value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("double_report")));
        QVERIFY(row.value(QStringLiteral("drift_units")).toDouble() > 0);
        QVERIFY2(text.out.contains("Double report") && text.out.contains("Unreported day")
                     && text.out.contains("Rounding"),
                 text.out.constData());
        QVERIFY2(text.err.contains("with differences"), text.err.constData());
        // The unreported day re-sent: recorded, audited, and the tenant reconciles clean.
        const QString unreported = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoUnreportedDay%'"));
        qputenv("TS_STRIPE_API_BASE", stripe.url().toString().toUtf8());
        const QJsonArray before = array(okServing(
            QStringLiteral("billing reconcile"),
            {QStringLiteral("--month"), monthText, QStringLiteral("--tenant"), unreported, QStringLiteral("--json")}));
        const QString day = before.first()
                                .toObject()
                                .value(QStringLiteral("differences"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("day"))
                                .toString();
        const QJsonObject resent = object(okServing(QStringLiteral("billing resend"),
                                                    {QStringLiteral("--tenant"),
                                                     unreported,
                                                     QStringLiteral("--day"),
                                                     day,
                                                     QStringLiteral("--reason"),
                                                     QStringLiteral("reporter was down"),
                                                     QStringLiteral("--json")}));
        qunsetenv("TS_STRIPE_API_BASE");
        QVERIFY(resent.value(QStringLiteral("accepted")).toBool());
        QCOMPARE(audited(QStringLiteral("billing.report_resend"),
                         QString::number(resent.value(QStringLiteral("id")).toDouble(), 'f', 0)),
                 1);
        TestServers::exec(
            m_pg.get(),
            QStringLiteral("DELETE FROM billing_usage_reports WHERE identifier LIKE 'tenantscope-resend-%'"));
    }

    // The reads as a person sees them (without --json): one line per row, the values a reader looks for.
    void readsAsText()
    {
        const auto lines = [](const Run& run) { return run.out.trimmed().split('\n'); };
        Run run = cli({QStringLiteral("plans"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("starter") && run.out.contains("included") && run.out.contains("overage"),
                 run.out.constData());
        run = cli({QStringLiteral("plans"), QStringLiteral("show"), QStringLiteral("starter")});
        QVERIFY2(run.out.contains("plan starter, version") && run.out.contains("allowed_models"), run.out.constData());
        run = cli({QStringLiteral("overrides"), QStringLiteral("list")});
        QCOMPARE(lines(run).size(), scalar(QStringLiteral("SELECT count(*) FROM tenant_limit_overrides")).toInt());
        QVERIFY2(run.out.contains("until"), run.out.constData());
        run = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("4")});
        QCOMPARE(lines(run).size(), 4);
        const QString job
            = QString::fromUtf8(TestServers::redis(m_redis.get(), {"ZRANGE", "bull:workflow-runs:failed", "0", "0"})
                                    .elements.value(0)
                                    .text);
        run = cli({QStringLiteral("jobs"),
                   QStringLiteral("list"),
                   QStringLiteral("--queue"),
                   QStringLiteral("workflow-runs"),
                   QStringLiteral("--state"),
                   QStringLiteral("failed"),
                   QStringLiteral("--limit"),
                   QStringLiteral("3")});
        QCOMPARE(lines(run).size(), 3);
        for (const QByteArray& line : lines(run))
            QVERIFY2(line.contains(" failed "), line.constData());
        run = cli({QStringLiteral("jobs"),
                   QStringLiteral("show"),
                   job,
                   QStringLiteral("--queue"),
                   QStringLiteral("workflow-runs")});
        QVERIFY2(run.out.startsWith("job " + job.toUtf8() + " of workflow-runs") && run.out.contains("failed: "),
                 run.out.constData());
        run = cli({QStringLiteral("jobs"), QStringLiteral("errors")});
        QVERIFY2(run.exitCode == 0 && run.out.contains("(e.g. job"), run.out.constData());
        const QDate today = QDate::currentDate();
        run = cli({QStringLiteral("usage"),
                   QStringLiteral("--from"),
                   today.addDays(-2).toString(Qt::ISODate),
                   QStringLiteral("--to"),
                   today.toString(Qt::ISODate),
                   QStringLiteral("--by"),
                   QStringLiteral("day")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(" tokens ") && run.out.contains(" requests "),
                 run.out.constData());
        run = cli({QStringLiteral("costs"),
                   QStringLiteral("--month"),
                   today.toString(QStringLiteral("yyyy-MM")),
                   QStringLiteral("--limit"),
                   QStringLiteral("3")});
        QCOMPARE(lines(run).size(), 3);
        QVERIFY2(run.out.contains(" cost ") && run.out.contains("(BYOK $") && run.out.contains("margin $"),
                 run.out.constData());
        run = cli(
            {QStringLiteral("executions"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(lines(run).size(), 3);
        const QString execution = QString::fromUtf8(lines(run).first().split(' ').first());
        run = cli({QStringLiteral("executions"), QStringLiteral("show"), execution});
        QVERIFY2(run.out.startsWith(execution.toUtf8()) && run.out.contains("  1. "), run.out.constData());
        run = cli({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--all")});
        QVERIFY2(run.exitCode == 0 && run.out.contains("acknowledged by"), run.out.constData());
    }

    // The checklist: every command the overview lists succeeded above.
    void everyCommandSucceeded()
    {
        const Run overview = cli({QStringLiteral("--help")});
        const QStringList names = cliCommandNames(overview.out);
        const qsizetype listed = names.size();
        QStringList missing;
        for (const QString& name : names)
            if (!m_succeeded.contains(name))
                missing << name;
        QVERIFY2(listed >= 35, overview.out.constData()); // the overview itself was read
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no success path for: ") + missing.join(QStringLiteral(", "))));
    }

    void cleanupTestCase()
    {
        m_provider.stop();
        if (!m_pg)
            return;
        cli({QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("--provider"), QStringLiteral("openai")});
        TestServers::removeTenant(m_pg.get(), m_redis.get(), m_nearQuota);
        // Leave the demo data as the fixture made it for the tests that follow.
        const Run reloaded = cli({QStringLiteral("demo-data"),
                                  QStringLiteral("--size"),
                                  QStringLiteral("small"),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("42")});
        QVERIFY2(reloaded.exitCode == 0, reloaded.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
