#include <NodePeer.h>
#include <StripePeer.h>
#include <TestServers.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

// Docs as tests: every `build/bin/tenantscope-cli` line of README.md (the code blocks and the inline
// commands of "Connecting to a real platform") is run as written, in order, through bash on demo data.
// Placeholders (<tenant-id>, <execution-id>, <job-id>) are filled from the servers; the example hosts of
// the real-platform lines become the private servers, the provider endpoints a local peer that follows
// each provider's wire format (OPENAI_BASE_URL / ANTHROPIC_BASE_URL, as the SDKs read them). Each line must
// exit 0 and its documented effect is then checked in PostgreSQL, Redis or its output. A new README line
// without a check here fails the test, so the README cannot drift from what the CLI does.
class TestReadme : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    struct Check
    {
        QRegularExpression pattern;
        std::function<void(const Run&)> verify;
    };

    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    QTemporaryDir m_logs;
    NodePeer m_provider; // plays api.openai.com and api.anthropic.com: requires the keys
    NodePeer m_local; // plays a local model server (Ollama, vLLM): no key
    QProcess m_stripe; // ts_stripe_peer plays api.stripe.com, with what the demo's report log says was sent
    QString m_stripeUrl;
    QString m_billingTenant, m_billingDay; // a day the reconciliation finds unreported (for `billing resend`)
    QList<Check> m_checks;
    const QString m_openAiKey = QStringLiteral("sk-readme-") + TestServers::randomSecret().left(24);
    const QString m_anthropicKey = QStringLiteral("sk-ant-readme-") + TestServers::randomSecret().left(24);
    const QString m_redisPassword = TestServers::randomSecret();
    QString m_tenant, m_execution, m_job, m_nearQuota;
    qint64 m_auditBefore = 0;

    QString scalar(const QString& sql, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_pg.get(), sql, params);
        if (!result.ok() || result.rows.isEmpty())
            return {};
        return result.rows.first().value(0).toString();
    }

    RedisReply redis(const QList<QByteArray>& args) { return TestServers::redis(m_redis.get(), args); }

    // One tenant that every README line can use: active, its plan allows claude-sonnet-4 (the Anthropic
    // chat line), a failed execution that can be resumed, a failed job in workflow-runs. Chosen after the
    // README's own demo-data line has run.
    void choosePlaceholders()
    {
        if (!m_tenant.isEmpty())
            return;
        const RedisReply failed = redis({"ZRANGE", "bull:workflow-runs:failed", "0", "-1"});
        for (const RedisReply& id : failed.elements) {
            const QJsonObject data
                = QJsonDocument::fromJson(redis({"HGET", "bull:workflow-runs:" + id.text, "data"}).text).object();
            const QString tenant = data.value(QStringLiteral("tenantId")).toString();
            const QString execution
                = scalar(QStringLiteral("SELECT e.id FROM executions e JOIN tenants t ON t.id = e.tenant_id JOIN plans "
                                        "p ON p.id = t.plan_id "
                                        "WHERE e.tenant_id = ?::uuid AND e.status = 'failed' AND t.status = 'active' "
                                        "AND 'claude-sonnet-4' = ANY (p.allowed_models) "
                                        "AND NOT EXISTS (SELECT 1 FROM executions r WHERE r.retry_of = e.id) "
                                        "AND EXISTS (SELECT 1 FROM execution_nodes n WHERE n.execution_id = e.id "
                                        "            AND n.status NOT IN ('succeeded', 'skipped')) "
                                        "ORDER BY e.created_at DESC LIMIT 1"),
                         {tenant});
            if (!execution.isEmpty()) {
                m_tenant = tenant;
                m_execution = execution;
                m_job = QString::fromUtf8(id.text);
                return;
            }
        }
    }

    // The demo reports the month before the current one (UTC): the README's billing month stands for it.
    static QDate billingMonth()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return QDate(today.year(), today.month(), 1).addMonths(-1);
    }

    // The line as bash will run it: this build's CLI, filled placeholders, the private servers and the peers.
    QString runnable(QString line)
    {
        line.replace(QStringLiteral("build/bin/tenantscope-cli"), QStringLiteral(TS_CLI_PATH));
        if (line.contains(QStringLiteral("tenantscope-cli billing"))) {
            // Stripe (the README's ts_stripe_peer) holds what the demo's report log says was sent: started once
            // the README's demo data exists.
            if (m_stripeUrl.isEmpty()) {
                m_stripe.start(QStringLiteral(TS_STRIPE_PEER_PATH), {});
                if (m_stripe.waitForReadyRead(30000))
                    m_stripeUrl = QString::fromUtf8(m_stripe.readLine()).trimmed();
                if (m_stripeUrl.isEmpty())
                    qWarning("ts_stripe_peer did not start: %s", m_stripe.readAllStandardError().constData());
            }
            line.replace(QStringLiteral("read -rs SK;"), QStringLiteral("SK=\"$README_STRIPE_KEY\";"));
            line.replace(QStringLiteral("--month 2026-11"),
                         QStringLiteral("--month ") + billingMonth().toString(QStringLiteral("yyyy-MM")));
            // The example day and tenant are the day the reconciliation above found unreported.
            line.replace(QStringLiteral("--tenant <tenant-id> --day 2026-11-10"),
                         QStringLiteral("--tenant %1 --day %2").arg(m_billingTenant, m_billingDay));
        }
        if (line.contains(QStringLiteral("<tenant-id>")) || line.contains(QStringLiteral("<execution-id>"))
            || line.contains(QStringLiteral("<job-id>"))) {
            choosePlaceholders();
            if (line.contains(QStringLiteral("<retry-id>"))) // the run the README's resume line made
                line.replace(
                    QStringLiteral("<retry-id>"),
                    scalar(QStringLiteral("SELECT id FROM executions WHERE retry_of = ?::uuid"), {m_execution}));
            line.replace(QStringLiteral("<tenant-id>"), m_tenant)
                .replace(QStringLiteral("<execution-id>"), m_execution)
                .replace(QStringLiteral("<job-id>"), m_job);
        }
        // The README's trace file goes to the test's own folder, not the checkout.
        line.replace(QStringLiteral("run.otlp.json"), m_logs.filePath(QStringLiteral("run.otlp.json")));
        // "read -rs KEY;" waits for a person: the secret comes from the test's environment instead.
        line.replace(QStringLiteral("read -rs KEY;"), QStringLiteral("KEY=\"$README_OPENAI_KEY\";"));
        line.replace(QStringLiteral("read -rs PW;"), QStringLiteral("PW=\"$README_REDIS_PASSWORD\";"));
        // The team's Slack webhook: the local peer plays it.
        line.replace(QStringLiteral("read -rs URL;"), QStringLiteral("URL=\"%1/hooks/readme\";").arg(m_local.url));
        // The real-platform example: db.example.com and cache.example.com are the private servers.
        static const QRegularExpression connection(QStringLiteral("\\b(TS_(?:PG|REDIS)_(?:URL|PASSWORD))=\\S+"));
        line.replace(connection, QStringLiteral("\\1=\"$\\1\""));
        // A file the README writes goes to the test's folder, not the checkout.
        line.replace(QStringLiteral(" flags.flagd.json"),
                     QLatin1Char(' ') + m_logs.filePath(QStringLiteral("flags.flagd.json")));
        // A local model server on another port: the peer.
        line.replace(QStringLiteral("http://localhost:11434"), m_local.url);
        return line;
    }

    Run bash(const QString& line)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPENAI_BASE_URL"), m_provider.url + QStringLiteral("/v1"));
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), m_provider.url);
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), m_anthropicKey);
        env.remove(QStringLiteral("OPENAI_API_KEY")); // the README's chat takes the key `keys set` stored
        env.insert(QStringLiteral("README_OPENAI_KEY"), m_openAiKey);
        env.insert(QStringLiteral("README_REDIS_PASSWORD"), m_redisPassword);
        env.insert(QStringLiteral("README_STRIPE_KEY"), QString::fromLatin1(StripePeer::kValidKey));
        env.insert(QStringLiteral("TS_STRIPE_API_BASE"), m_stripeUrl);
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(QStringLiteral(TS_SOURCE_DIR));
        process.start(QStringLiteral("bash"),
                      {QStringLiteral("-o"), QStringLiteral("pipefail"), QStringLiteral("-c"), line});
        process.closeWriteChannel();
        // The peers answer in their own processes, so waiting here blocks nothing they need.
        if (!process.waitForFinished(120000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonArray array(const Run& run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning("not a JSON array: %s", run.out.left(400).constData());
        return document.array();
    }

    static QJsonObject object(const Run& run) { return QJsonDocument::fromJson(run.out).object(); }

    QString peerAnswer() const
    {
        // The peer's canned answer, read from its source: the CLI must print exactly that text.
        QFile file(QStringLiteral(TS_SOURCE_DIR "/tests/peers/openai_stream_peer.mjs"));
        file.open(QIODevice::ReadOnly);
        const QString source = QString::fromUtf8(file.readAll());
        const qsizetype start = source.indexOf(QStringLiteral("const answer = `")) + 16;
        QString text = source.mid(start, source.indexOf(QStringLiteral("`;"), start) - start);
        return text.replace(QStringLiteral("\\`"), QStringLiteral("`"));
    }

    int auditCount(const QString& action, const QString& objectId)
    {
        // The audit log outlives demo data: only this run's records count.
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND object_id = ? AND id > ?"),
                      {action, objectId, m_auditBefore})
            .toInt();
    }

    void defineChecks()
    {
        auto on = [this](const char* pattern, std::function<void(const Run&)> verify) {
            m_checks.append({QRegularExpression(QString::fromLatin1(pattern)), std::move(verify)});
        };
        on("demo-data --size small", [this](const Run& run) {
            // "demo data: N tenants, ..." is what it promised; the servers hold exactly that.
            const auto promised
                = QRegularExpression(QStringLiteral("demo data: (\\d+) tenants")).match(QString::fromUtf8(run.out));
            QVERIFY2(promised.hasMatch(), run.out.constData());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tenants")), promised.captured(1));
            QCOMPARE(redis({"EXISTS", "bull:workflow-runs:meta"}).integer, 1);
            // A tenant past its quota, so `alerts check` below fires alerts whatever the day of the month (the
            // demo's own tenants are near their quota only later in a month, as in a real one): 120 % of the
            // starter plan's tokens now, 96 % once `plans set starter included_tokens=2500000` has run.
            m_nearQuota
                = TestServers::tenantNearQuota(m_pg.get(), m_redis.get(), QStringLiteral("README near quota"), 120);
            QVERIFY(!m_nearQuota.isEmpty());
        });
        on("home --json", [this](const Run& run) {
            const QJsonObject home = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(home.value(QStringLiteral("spend")).toObject().value(QStringLiteral("today_usd")).toString(),
                     scalar(QStringLiteral("SELECT coalesce(sum(cost_usd), 0)::numeric(20, 2)::text FROM "
                                           "usage_events WHERE NOT byok AND ts >= date_trunc('day', now() AT TIME "
                                           "ZONE 'UTC') AT TIME ZONE 'UTC'")));
            QCOMPARE(QString::number(
                         home.value(QStringLiteral("queues")).toObject().value(QStringLiteral("backlog")).toInteger()),
                     QString::number(redis({"LLEN", "bull:workflow-runs:wait"}).integer
                                     + redis({"ZCARD", "bull:workflow-runs:delayed"}).integer
                                     + redis({"ZCARD", "bull:workflow-runs:prioritized"}).integer));
        });
        on("tenants list --limit 5 --json", [this](const Run& run) { QCOMPARE(array(run).size(), 5); });
        on("tenants list --search acme", [](const Run& run) {
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            QVERIFY(lines.size() >= 2);
            for (const QByteArray& line : lines)
                QVERIFY2(line.toLower().contains("acme"), line.constData());
        });
        on("tenants show \\S+ --json", [this](const Run& run) {
            const QJsonObject tenant = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(tenant.value(QStringLiteral("id")).toString(), m_tenant);
            QVERIFY(tenant.value(QStringLiteral("live")).toObject().value(QStringLiteral("available")).toBool());
        });
        on("usage --tenant .* --by day --json", [this](const Run& run) {
            const QJsonArray points = array(run);
            QVERIFY(!points.isEmpty());
            for (const QJsonValue& point : points) {
                const QString bucket = point.toObject().value(QStringLiteral("bucket")).toString();
                QVERIFY2(bucket >= QStringLiteral("2026-11-01") && bucket <= QStringLiteral("2026-11-23"),
                         qPrintable(bucket));
            }
        });
        on("costs --month 2026-11 --by tenant --json", [this](const Run& run) {
            const QJsonArray rows = array(run);
            QVERIFY(!rows.isEmpty());
            QVERIFY(rows.first().toObject().value(QStringLiteral("cost_usd")).isString());
        });
        on("executions list --status failed --error 429 --since 24h --json", [this](const Run& run) {
            const QJsonArray rows = array(run);
            QVERIFY(!rows.isEmpty());
            for (const QJsonValue& row : rows) {
                QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
                QVERIFY(
                    row.toObject().value(QStringLiteral("error_message")).toString().contains(QStringLiteral("429")));
            }
        });
        on("executions errors --since 7d",
           [](const Run& run) { QVERIFY2(run.out.contains("provider_429"), run.out.constData()); });
        on("executions show \\S+ --json", [this](const Run& run) {
            const QJsonObject execution = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(execution.value(QStringLiteral("id")).toString(), m_execution);
            QVERIFY(!execution.value(QStringLiteral("nodes")).toArray().isEmpty());
        });
        on("executions resume \\S+ --reason", [this](const Run&) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM executions WHERE retry_of = ?::uuid "
                                           "AND resume_from IS NOT NULL AND status = 'queued'"),
                            {m_execution}),
                     QStringLiteral("1"));
            QCOMPARE(auditCount(QStringLiteral("execution.resume"), m_execution), 1);
        });
        on("executions compare \\S+ \\S+ --json", [this](const Run& run) {
            const QJsonObject compared = object(run);
            QCOMPARE(compared.value(QStringLiteral("first"))[QStringLiteral("id")].toString(), m_execution);
            QCOMPARE(compared.value(QStringLiteral("second"))[QStringLiteral("id")].toString(),
                     scalar(QStringLiteral("SELECT id FROM executions WHERE retry_of = ?::uuid"), {m_execution}));
            QCOMPARE(compared.value(QStringLiteral("first"))[QStringLiteral("status")].toString(),
                     QStringLiteral("failed"));
            QVERIFY(!compared.value(QStringLiteral("nodes")).toArray().isEmpty());
        });
        on("executions export \\S+ --otlp ", [this](const Run& run) {
            QVERIFY2(run.out.contains("LLM calls with gen_ai.* attributes"), run.out.constData());
            QVERIFY(QFileInfo(m_logs.filePath(QStringLiteral("run.otlp.json"))).size() > 0);
        });
        on("executions open --otlp ", [this](const Run& run) {
            QVERIFY2(run.out.startsWith(m_execution.toUtf8() + "  failed"), run.out.constData());
        });
        on("jobs list$",
           [](const Run& run) { QVERIFY2(run.out.contains("workflow-runs: wait"), run.out.constData()); });
        on("jobs list --queue workflow-runs --state failed --tenant \\S+ --json", [this](const Run& run) {
            const QJsonArray jobs = array(run);
            bool found = false;
            for (const QJsonValue& job : jobs) {
                QCOMPARE(job.toObject().value(QStringLiteral("tenant_id")).toString(), m_tenant);
                QCOMPARE(job.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
                found = found || job.toObject().value(QStringLiteral("id")).toString() == m_job;
            }
            QVERIFY2(found, qPrintable(m_job));
        });
        on("jobs retry --queue workflow-runs \\S+ --reason", [this](const Run&) {
            QVERIFY(redis({"ZSCORE", "bull:workflow-runs:failed", m_job.toUtf8()}).isNil());
            QVERIFY(!redis({"LPOS", "bull:workflow-runs:wait", m_job.toUtf8()}).isNil());
            QCOMPARE(auditCount(QStringLiteral("job.retry"), QStringLiteral("workflow-runs/") + m_job), 1);
        });
        on("jobs search \"Bad Gateway\" --in reason --state failed --limit 5", [](const Run& run) {
            const QList<QByteArray> lines = run.out.trimmed().split('\n');
            QCOMPARE(lines.size(), 5);
            for (const QByteArray& line : lines)
                QVERIFY2(line.startsWith("workflow-runs") && line.contains(" failed ") && line.contains("Bad Gateway"),
                         line.constData());
            QVERIFY2(run.err.contains("5 jobs found") && run.err.contains("stopped at the result limit"),
                     run.err.constData());
        });
        on("jobs retry --all --filter \"Bad Gateway\" --in reason --batch 50", [this](const Run& run) {
            // Every failed job with that reason is waiting again, each audited.
            QVERIFY2(run.out.contains(" refused") && run.out.contains(", 0 refused"), run.out.constData());
            QVERIFY(redis({"ZCARD", "bull:workflow-runs:failed"}).integer > 0); // the other failures stay
            const int retried = run.out.split(' ').first().toInt();
            QVERIFY(retried > 0);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'job.retry' AND id > ? "
                                           "AND reason = 'provider is back'"),
                            {m_auditBefore}),
                     QString::number(retried));
        });
        on("jobs flow \\S+ --queue workflow-runs", [this](const Run& run) {
            // The demo's jobs are not in flows: the job is its own root, with its state.
            QVERIFY2(run.out.startsWith("workflow-runs/" + m_job.toUtf8() + " run-workflow [")
                         && run.out.contains("<-"),
                     run.out.constData());
        });
        on("jobs pause --queue workflow-runs --reason", [this](const Run& run) {
            QCOMPARE(redis({"HGET", "bull:workflow-runs:meta", "paused"}).text, QByteArray("1"));
            QVERIFY2(run.out.contains("Queue workflow-runs is paused."), run.out.constData());
            QCOMPARE(auditCount(QStringLiteral("queue.pause"), QStringLiteral("workflow-runs")), 1);
        });
        on("jobs limiter --queue workflow-runs$", [](const Run& run) {
            QVERIFY2(run.out.contains("queue workflow-runs: paused") && run.out.contains("not rate limited")
                         && run.out.contains("global concurrency: none"),
                     run.out.constData());
        });
        on("jobs resume --all --reason", [this](const Run& run) {
            QCOMPARE(redis({"HEXISTS", "bull:workflow-runs:meta", "paused"}).integer, 0);
            QVERIFY2(run.out.contains("Queue workflow-runs is running again."), run.out.constData());
        });
        on("jobs concurrency --queue workflow-runs --set 20 --reason", [this](const Run&) {
            QCOMPARE(redis({"HGET", "bull:workflow-runs:meta", "concurrency"}).text, QByteArray("20"));
            QCOMPARE(auditCount(QStringLiteral("queue.concurrency_set"), QStringLiteral("workflow-runs")), 1);
            redis({"HDEL", "bull:workflow-runs:meta", "concurrency"}); // the demo queue as it was
        });
        on("plans set starter included_tokens=2500000 overage_per_1k=0.03", [this](const Run&) {
            QCOMPARE(scalar(QStringLiteral("SELECT included_tokens || ' ' || overage_per_1k::numeric(10,2) FROM plans "
                                           "WHERE id = 'starter'")),
                     QStringLiteral("2500000 0.03"));
            QCOMPARE(auditCount(QStringLiteral("plan.update"), QStringLiteral("starter")), 1);
            // The limits were pushed: a starter tenant's hash in Redis carries the new allowance.
            const QString starter
                = scalar(QStringLiteral("SELECT t.id FROM tenants t WHERE t.plan_id = 'starter' AND NOT EXISTS "
                                        "(SELECT 1 FROM tenant_limit_overrides o WHERE o.tenant_id = t.id AND "
                                        "o.included_tokens IS NOT NULL) LIMIT 1"));
            QCOMPARE(redis({"HGET", "limits:" + starter.toUtf8(), "included_tokens"}).text, QByteArray("2500000"));
        });
        on("overrides set \\S+ max_concurrent=20 --until 2027-03-31", [this](const Run&) {
            // --until names the last day the override holds: it expires when that day ends.
            QCOMPARE(scalar(QStringLiteral("SELECT max_concurrent || ' ' || ((expires_at - interval '1 second') "
                                           "AT TIME ZONE 'UTC')::date "
                                           "FROM tenant_limit_overrides WHERE tenant_id = ?::uuid"),
                            {m_tenant}),
                     QStringLiteral("20 2027-03-31"));
            QCOMPARE(redis({"HGET", "limits:" + m_tenant.toUtf8(), "max_concurrent"}).text, QByteArray("20"));
        });
        on("limits push$", [this](const Run&) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM limits_push_pending")), QStringLiteral("0"));
        });
        on("alerts rule-set \"tenant spend\" --metric spend --factor 3 --minimum 5", [this](const Run&) {
            QCOMPARE(scalar(QStringLiteral("SELECT metric || ' ' || scope || ' ' || baseline_days || ' ' || "
                                           "trim_scale(factor) || ' ' || trim_scale(minimum) FROM anomaly_rules "
                                           "WHERE name = 'tenant spend'")),
                     QStringLiteral("spend tenants 7 3 5"));
        });
        on("alerts destination-set team --kind slack", [this](const Run& run) {
            QVERIFY2(run.out.contains("created"), run.out.constData());
            // Kept on the server, shown only by its hint.
            QCOMPARE(scalar(QStringLiteral("SELECT url FROM alert_destinations WHERE name = 'team'")),
                     m_local.url + QStringLiteral("/hooks/readme"));
            QCOMPARE(scalar(QStringLiteral("SELECT url_hint FROM alert_destinations WHERE name = 'team'")),
                     m_local.url + QStringLiteral("/…adme"));
        });
        on("alerts spikes --json", [this](const Run& run) {
            QCOMPARE(QString::number(array(run).size()),
                     scalar(QStringLiteral("SELECT count(*) FROM anomaly_alerts WHERE acknowledged_at IS NULL AND "
                                           "fired_at > now() - interval '7 days'")));
        });
        on("alerts deliver", [this](const Run& run) {
            // Everything the check fired went to the team's webhook, once each.
            const QString sent
                = scalar(QStringLiteral("SELECT count(*) FROM alert_deliveries l JOIN alert_destinations "
                                        "d ON d.id = l.destination_id WHERE d.name = 'team' AND "
                                        "l.state = 'sent'"));
            QVERIFY(sent.toInt() >= 1);
            QVERIFY2(run.out.contains(QStringLiteral("%1 sent, 0 to retry, 0 failed").arg(sent).toUtf8()),
                     run.out.constData());
            int received = 0;
            for (const QJsonObject& request : m_local.requests())
                received += request.value(QStringLiteral("path")).toString() == QLatin1String("/hooks/readme");
            QCOMPARE(QString::number(received), sent);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM alert_deliveries WHERE state <> 'sent'")),
                     QStringLiteral("0"));
        });
        on("alerts check --min 90", [this](const Run&) {
            // The tenant made at 95 % (initTestCase) now has its 90 % alert of this month.
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quota_alerts WHERE tenant_id = ?::uuid AND "
                                           "threshold_pct = 90 AND period = date_trunc('month', now() AT TIME "
                                           "ZONE 'UTC')::date"),
                            {m_nearQuota}),
                     QStringLiteral("1"));
        });
        on("alerts list --json", [this](const Run& run) {
            QCOMPARE(QString::number(array(run).size()),
                     scalar(QStringLiteral("SELECT count(*) FROM quota_alerts WHERE acknowledged_at IS NULL "
                                           "AND (snoozed_until IS NULL OR snoozed_until < now()) "
                                           "AND period = date_trunc('month', now())::date")));
        });
        on("audit list --action plan\\. --json", [this](const Run& run) {
            const QJsonArray rows = array(run);
            QVERIFY(!rows.isEmpty());
            for (const QJsonValue& row : rows)
                QVERIFY(row.toObject().value(QStringLiteral("action")).toString().startsWith(QStringLiteral("plan.")));
        });
        on("flags set new-retriever enabled=true rollout=percentage percentage=25", [this](const Run& run) {
            QVERIFY2(run.out.contains("Redis has the AI configuration of"), run.out.constData());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));
        });
        on("flags list$", [this](const Run& run) {
            const QString tenantsOn
                = scalar(QStringLiteral("SELECT tenants_on FROM feature_flags_overview() WHERE key = "
                                        "'new-retriever'"));
            QVERIFY2(run.out.contains("new-retriever")
                         && run.out.contains(QStringLiteral("on for %1").arg(tenantsOn).toUtf8()),
                     run.out.constData());
        });
        on("flags set new-retriever rollout=all", [this](const Run&) {
            QCOMPARE(scalar(QStringLiteral("SELECT tenants_on = (SELECT count(*) FROM tenants) FROM "
                                           "feature_flags_overview() WHERE key = 'new-retriever'")),
                     QStringLiteral("true"));
        });
        on("flags show new-retriever --json", [](const Run& run) {
            const QJsonObject flag = object(run);
            QCOMPARE(flag.value(QStringLiteral("rollout")).toString(), QStringLiteral("percentage"));
            const QJsonArray history = flag.value(QStringLiteral("history")).toArray();
            QVERIFY(history.size() >= 3);
            QCOMPARE(history.first().toObject().value(QStringLiteral("rolled_back_to")).toInt(), 1);
        });
        on("flags rollback new-retriever --to 1", [this](const Run&) {
            // Back to 25 % of the tenants, in PostgreSQL and in every tenant's Redis hash.
            QCOMPARE(scalar(QStringLiteral("SELECT rollout || ' ' || percentage FROM feature_flags WHERE key = "
                                           "'new-retriever'")),
                     QStringLiteral("percentage 25"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));
            const bool flagOn
                = scalar(QStringLiteral("SELECT ai_effective_config(?::uuid) -> 'flags' ->> 'new-retriever'"),
                         {m_tenant})
                == QLatin1String("true");
            const QJsonObject held
                = QJsonDocument::fromJson(redis({"HGET", "ai_config:" + m_tenant.toUtf8(), "flags"}).text).object();
            QCOMPARE(held.value(QStringLiteral("new-retriever")).toBool(), flagOn);
        });
        on("ai-config show \\S+ --json", [this](const Run& run) {
            QCOMPARE(object(run).value(QStringLiteral("tenant")).toString(), m_tenant);
            QVERIFY(object(run).value(QStringLiteral("flags")).toObject().contains(QStringLiteral("new-retriever")));
        });
        on("ai-config set global model=gpt-4o temperature=0\\.5", [this](const Run& run) {
            QVERIFY2(run.out.contains("Redis has the AI configuration of"), run.out.constData());
            QCOMPARE(scalar(QStringLiteral("SELECT model || ' ' || temperature FROM ai_configs WHERE tenant_id IS NULL "
                                           "ORDER BY version DESC LIMIT 1")),
                     QStringLiteral("gpt-4o 0.50"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));
            const QString model = scalar(QStringLiteral("SELECT ai_effective_config(?::uuid) ->> 'model'"), {m_tenant});
            QCOMPARE(QString::fromUtf8(redis({"HGET", "ai_config:" + m_tenant.toUtf8(), "model"}).text), model);
        });
        on("ai-config history global$", [this](const Run& run) {
            const QString newest
                = scalar(QStringLiteral("SELECT max(version) FROM ai_configs WHERE tenant_id IS NULL"));
            QVERIFY2(run.out.contains(QStringLiteral("v%1 ").arg(newest).toUtf8())
                         && run.out.contains("new default model"),
                     run.out.constData());
        });
        on("ai-config rollback global --to 1", [this](const Run& run) {
            QVERIFY2(run.out.contains("Redis has the AI configuration of"), run.out.constData());
            // Exactly version 1 again, in PostgreSQL and in the tenant's Redis hash.
            QCOMPARE(scalar(QStringLiteral("SELECT (SELECT ts_ai_config_json(c) - 'version' FROM ai_configs c WHERE "
                                           "tenant_id IS NULL ORDER BY version DESC LIMIT 1) = (SELECT "
                                           "ts_ai_config_json(c) - 'version' FROM ai_configs c WHERE tenant_id IS NULL "
                                           "AND version = 1)")),
                     QStringLiteral("true"));
            const QString temperature
                = scalar(QStringLiteral("SELECT ai_effective_config(?::uuid) ->> 'temperature'"), {m_tenant});
            QCOMPARE(
                QString::fromUtf8(redis({"HGET", "ai_config:" + m_tenant.toUtf8(), "temperature"}).text).toDouble(),
                temperature.toDouble());
        });
        on("flags export --flagd", [this](const Run& run) {
            QVERIFY2(run.out.contains("written to"), run.out.constData());
            QFile file(m_logs.filePath(QStringLiteral("flags.flagd.json")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject flags
                = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("flags")).toObject();
            QCOMPARE(QString::number(flags.size()), scalar(QStringLiteral("SELECT count(*) FROM feature_flags")));
            QVERIFY(flags.contains(QStringLiteral("new-retriever")));
        });
        on("keys set --provider openai", [this](const Run& run) {
            QVERIFY(!run.out.contains(m_openAiKey.toUtf8()) && !run.err.contains(m_openAiKey.toUtf8()));
        });
        on("keys list$", [this](const Run& run) {
            QVERIFY2(run.out.contains("openai") && run.out.contains(m_openAiKey.right(4).toUtf8()),
                     run.out.constData());
            QVERIFY(!run.out.contains(m_openAiKey.toUtf8()));
        });
        on("keys test --provider openai", [this](const Run&) {
            const QList<QJsonObject> requests = m_provider.requests();
            QVERIFY(!requests.isEmpty());
            QCOMPARE(requests.last().value(QStringLiteral("path")).toString(), QStringLiteral("/v1/models"));
            QVERIFY(requests.last().value(QStringLiteral("authorised")).toBool());
        });
        on("keys upload --provider openai --tenant \\S+ --label production", [this](const Run&) {
            const QString id = scalar(QStringLiteral("SELECT id FROM sealed_provider_keys WHERE tenant_id = ?::uuid "
                                                     "AND label = 'production' AND last4 = ? AND revoked_at IS NULL"),
                                      {m_tenant, m_openAiKey.right(4)});
            QVERIFY(!id.isEmpty());
            QCOMPARE(auditCount(QStringLiteral("provider_key.upload"), id), 1);
        });
        on("chat --provider openai --model gpt-4o-mini", [this](const Run& run) {
            QCOMPARE(QString::fromUtf8(run.out), peerAnswer());
            const QJsonObject request = m_provider.requests().last();
            QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/chat/completions"));
            QVERIFY(request.value(QStringLiteral("authorised")).toBool()); // the key from the keychain
        });
        on("chat --provider anthropic --model claude-sonnet-4 --tenant", [this](const Run& run) {
            QCOMPARE(QString::fromUtf8(run.out), peerAnswer());
            const QJsonObject request = m_provider.requests().last();
            QCOMPARE(request.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/messages"));
            QCOMPARE(request.value(QStringLiteral("model")).toString(), QStringLiteral("claude-sonnet-4"));
            QVERIFY(request.value(QStringLiteral("authorised")).toBool());
        });
        on("chat --provider openai --base-url \\S+ --model llama3", [this](const Run& run) {
            QCOMPARE(QString::fromUtf8(run.out), peerAnswer());
            QVERIFY(!m_local.requests().isEmpty());
            QCOMPARE(m_local.requests().last().value(QStringLiteral("model")).toString(), QStringLiteral("llama3"));
        });
        on("billing key set$", [this](const Run& run) {
            const QByteArray key(StripePeer::kValidKey);
            QVERIFY(!run.out.contains(key) && !run.err.contains(key));
        });
        on("billing reconcile --month \\S+ --drift-only --json", [this](const Run& run) {
            // The demo's six planted cases, each explained, and no other tenant: the key came from the keychain.
            const QJsonArray tenants = array(run);
            QCOMPARE(tenants.size(), 6);
            for (const QJsonValue& value : tenants) {
                const QJsonObject tenant = value.toObject();
                QVERIFY(tenant.value(QStringLiteral("customer")).toString().startsWith(QLatin1String("cus_Demo")));
                const QJsonArray differences = tenant.value(QStringLiteral("differences")).toArray();
                QVERIFY(!differences.isEmpty());
                for (const QJsonValue& difference : differences)
                    if (difference[QStringLiteral("kind")].toString() == QLatin1String("unreported_day")) {
                        m_billingTenant = tenant.value(QStringLiteral("tenant_id")).toString();
                        m_billingDay = difference[QStringLiteral("day")].toString();
                    }
            }
            QVERIFY(!m_billingTenant.isEmpty());
        });
        on("billing resend --tenant \\S+ --day \\S+ --reason", [this](const Run& run) {
            const QString identifier
                = QStringLiteral("tenantscope-resend-%1-%2").arg(m_billingTenant, QString(m_billingDay).remove(u'-'));
            QCOMPARE(
                scalar(QStringLiteral("SELECT outcome FROM billing_usage_reports WHERE identifier = ?"), {identifier}),
                QStringLiteral("accepted"));
            QVERIFY2(run.out.contains(identifier.toUtf8()), run.out.constData());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'billing.report_resend' "
                                           "AND reason = 'reporter was down' AND id > ?"),
                            {m_auditBefore}),
                     QStringLiteral("1"));
        });
        on("tenantscope-cli migrate",
           [](const Run& run) { QVERIFY2(run.out.contains("schema up to date"), run.out.constData()); });
        on("redis-user support alice", [this](const Run&) {
            QCOMPARE(redis({"ACL", "DRYRUN", "alice", "HGETALL", "bull:x:1"}).text, QByteArray("OK"));
            QVERIFY(redis({"ACL", "DRYRUN", "alice", "CLIENT", "PAUSE", "1"}).text != "OK");
            QCOMPARE(auditCount(QStringLiteral("redis_acl.set_user"), QStringLiteral("alice")), 1);
        });
    }

    // The README's commands in order: `build/bin/tenantscope-cli` lines of the code blocks, and inline
    // code spans that run it. Trailing "# comments" are dropped.
    static QList<QPair<int, QString>> readmeCommands()
    {
        QFile file(QStringLiteral(TS_SOURCE_DIR "/README.md"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QPair<int, QString>> commands;
        static const QRegularExpression comment(QStringLiteral("\\s{2,}#.*$"));
        static const QRegularExpression inlineCode(QStringLiteral("`([^`]*build/bin/tenantscope-cli \\w[^`]*)`"));
        bool inBlock = false;
        int number = 0;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            ++number;
            if (line.startsWith(QStringLiteral("```"))) {
                inBlock = !inBlock;
                continue;
            }
            if (inBlock) {
                if (line.contains(QStringLiteral("build/bin/tenantscope-cli")))
                    commands.append({number, QString(line).remove(comment).trimmed()});
                continue;
            }
            for (auto match = inlineCode.globalMatch(line); match.hasNext();)
                commands.append({number, match.next().captured(1)});
        }
        return commands;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_auditBefore = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QVERIFY2(m_local.start(m_logs.filePath(QStringLiteral("local.log")), env),
                 "the local peer did not start (node)");
        env.insert(QStringLiteral("PEER_OPENAI_KEY"), m_openAiKey);
        env.insert(QStringLiteral("PEER_ANTHROPIC_KEY"), m_anthropicKey);
        QVERIFY2(m_provider.start(m_logs.filePath(QStringLiteral("provider.log")), env),
                 "the provider peer did not start");
        defineChecks();
    }

    void everyCliLineRuns_data()
    {
        QTest::addColumn<QString>("line");
        const auto commands = readmeCommands();
        QVERIFY2(commands.size() >= 25, "README.md lost its CLI section");
        for (const auto& [number, line] : commands)
            QTest::addRow("README.md:%d", number) << line;
    }

    void everyCliLineRuns()
    {
        QFETCH(QString, line);
        const Check* check = nullptr;
        for (const Check& candidate : m_checks)
            if (candidate.pattern.match(line).hasMatch())
                check = &candidate;
        QVERIFY2(check, qPrintable(QStringLiteral("no documented-effect check in TestReadme for: ") + line));
        const Run run = bash(runnable(line));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QStringLiteral("exit %1: %2\n%3").arg(run.exitCode).arg(line, QString::fromUtf8(run.err))));
        check->verify(run);
    }

    void cleanupTestCase()
    {
        m_provider.stop();
        m_local.stop();
        m_stripe.kill();
        m_stripe.waitForFinished(5000);
        if (!m_pg)
            return;
        // Leave the servers as the demo-data fixture left them for the tests that follow.
        redis({"ACL", "DELUSER", "alice"});
        TestServers::removeTenant(m_pg.get(), m_redis.get(), m_nearQuota);
        Run deleted = bash(QStringLiteral(TS_CLI_PATH " keys delete --provider openai"));
        Q_UNUSED(deleted);
        const Run reloaded = bash(QStringLiteral(TS_CLI_PATH " demo-data --size small --seed 42"));
        QVERIFY2(reloaded.exitCode == 0, reloaded.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "TestReadme.moc"
