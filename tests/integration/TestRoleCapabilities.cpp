#include <DocTable.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/alerts/Alerts.h>
#include <models/common/ReadError.h>
#include <models/costs/CostRepository.h>
#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionRepository.h>
#include <models/keys/ProviderKeys.h>
#include <models/operations/Operations.h>
#include <models/operations/QueueOperations.h>
#include <models/plans/AuditRepository.h>
#include <models/plans/LimitsPusher.h>
#include <models/plans/PlanRepository.h>
#include <models/platform/RedisKeys.h>
#include <models/queues/JobActions.h>
#include <models/queues/QueueRepository.h>
#include <models/tenants/TenantRepository.h>
#include <models/usage/UsageRepository.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// The role x capability table of docs/security.md, measured: every capability is asked of the service
// layer (the repositories the app and the CLI share) under a real login of each role, PostgreSQL login
// and Redis user alike, against another tenant's data. What the servers allow is written as the table;
// the test fails when the table in docs/security.md says anything else (TS_WRITE_SECURITY_TABLE=1 writes
// it). A refusal must say "not permitted"; getting nothing silently does not count as a refusal.
class TestRoleCapabilities : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool allowed = false;
        QString message; // a refusal's text, shown to the user
    };
    // One capability, asked for tenant `tenantId` (empty for one that is not about a tenant).
    using Probe = std::function<Outcome(Operations&, const QString& tenantId)>;
    struct Capability
    {
        QString name;
        bool tenantScoped = true;
        Probe probe;
        // An aggregate the server scopes to what the login may see: narrower is not a refused request.
        bool scopedAggregate = false;
    };

    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_adminRedis;
    std::unique_ptr<Operations> m_adminServices;
    QString m_tenantA; // the tenant admin's own tenant
    QString m_tenantB; // another tenant
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
    QString m_queue;
    QString m_reason;
    QStringList m_unclearRefusals;
    QStringList m_createdExecutions; // removed again, with what retries made of them
    QList<qint64> m_createdAlerts;
    struct Credentials
    {
        QString login; // PostgreSQL login and Redis user alike
        QString pgPassword;
        QString redisPassword;
    };
    QHash<QString, Credentials> m_credentials; // by role

    static const QStringList& roles() { return TestServers::roles(); }

    template <typename T> static Fetched<T> wait(const QFuture<Fetched<T>>& future)
    {
        if (!awaitFuture(future))
            return Fetched<T>{QStringLiteral("timed out"), {}};
        return future.result();
    }
    template <typename T> static Outcome outcomeOf(const Fetched<T>& fetched, bool enough = true)
    {
        if (!fetched.ok())
            return {false, fetched.error};
        return {enough, enough ? QString() : QStringLiteral("(nothing returned, no refusal)")};
    }

    // A Operations of `role`: a fresh PostgreSQL login in the role's group (a tenant admin a member of A)
    // and a Redis user with the role's ACL rules.
    std::unique_ptr<Operations> servicesAs(const QString& role)
    {
        const QString pgPassword = TestServers::randomSecret();
        const QString login = TestServers::createLogin(m_admin.get(), QStringLiteral("ts_cap"), role, pgPassword);
        if (login.isEmpty())
            return nullptr;
        m_logins << login;
        if (role == QLatin1String("tenant_admin"))
            TestServers::exec(m_admin.get(),
                              QStringLiteral("INSERT INTO tenant_members (tenant_id, db_role) VALUES (?::uuid, ?)"),
                              {m_tenantA, login});
        const QList<QByteArray> rules = TestServers::redisRulesOf(role, m_tenantA);
        const QByteArray redisUser = login.toUtf8();
        const QString redisPassword = TestServers::randomSecret();
        QList<QByteArray> setUser{"ACL", "SETUSER", redisUser, "reset", ">" + redisPassword.toUtf8()};
        setUser += rules;
        if (TestServers::redis(m_adminRedis.get(), setUser).isError())
            return nullptr;
        m_redisUsers << redisUser;

        m_credentials.insert(role, {login, pgPassword, redisPassword});
        ConnectionProfile profile = TestServers::adminProfile();
        profile.name = QStringLiteral("capabilities-") + role;
        profile.pg.user = login;
        profile.redis.user = QString::fromUtf8(redisUser);
        auto services = std::make_unique<Operations>(
            profile,
            ConnectionSecrets{SecretBuffer::copyOf(pgPassword.toUtf8()), SecretBuffer::copyOf(redisPassword.toUtf8())});
        services->connectAll();
        return services;
    }

    QString queuedExecutionOf(const QString& tenantId)
    {
        const QString id
            = TestServers::exec(m_admin.get(),
                                QStringLiteral("INSERT INTO executions (tenant_id, workflow_id, status) "
                                               "SELECT tenant_id, id, 'queued' FROM workflows WHERE "
                                               "tenant_id = ?::uuid ORDER BY id LIMIT 1 RETURNING id::text"),
                                {tenantId})
                  .scalar()
                  .toString();
        m_createdExecutions << id;
        return id;
    }

    QString failedJobOf(const QString& tenantId)
    {
        static int next = 0;
        const QByteArray id = QByteArray::number(++next);
        const QByteArray prefix = "bull:" + m_queue.toUtf8() + ':';
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        TestServers::redis(m_adminRedis.get(), {"HSET", prefix + "meta", "opts.maxLenEvents", "100"});
        TestServers::redis(m_adminRedis.get(),
                           {"HSET",
                            prefix + id,
                            "name",
                            "cap",
                            "data",
                            "{\"tenantId\":\"" + tenantId.toUtf8() + "\"}",
                            "opts",
                            "{}",
                            "timestamp",
                            QByteArray::number(now),
                            "atm",
                            "1",
                            "failedReason",
                            "boom",
                            "finishedOn",
                            QByteArray::number(now),
                            "priority",
                            "0"});
        TestServers::redis(m_adminRedis.get(), {"ZADD", prefix + "failed", QByteArray::number(now), id});
        return QString::fromLatin1(id);
    }

    QVector<Capability> capabilities()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVector<Capability> list;
        list.append({QStringLiteral("Tenant detail (plan, limits, members)"),
                     true,
                     [](Operations& s, const QString& t) { return outcomeOf(wait(s.tenants()->detail(t))); }});
        list.append({QStringLiteral("Usage history"), true, [today](Operations& s, const QString& t) {
                         UsageQuery query;
                         query.tenantId = t;
                         query.from = today.addDays(-30);
                         query.to = today;
                         const auto series = wait(s.usage()->series(query));
                         return outcomeOf(series, !series.value.points.isEmpty());
                     }});
        list.append({QStringLiteral("Costs and margins"),
                     true,
                     [this, today](Operations& s, const QString& t) {
                         // An aggregate over what the login may see: all tenants the owner sees, or (asked for
                         // the tenant admin's own tenant) at least its own.
                         const QDate month(today.year(), today.month(), 1);
                         const auto totals = wait(s.costs()->totals(month));
                         if (!totals.ok())
                             return Outcome{false, totals.error};
                         const int all = wait(m_adminServices->costs()->totals(month)).value.tenants;
                         const int needed = t == m_tenantA ? 1 : all;
                         return Outcome{totals.value.tenants >= needed,
                                        QStringLiteral("(totals cover the %1 of %2 tenants this login may see)")
                                            .arg(totals.value.tenants)
                                            .arg(all)};
                     },
                     true});
        list.append({QStringLiteral("Executions list"), true, [](Operations& s, const QString& t) {
                         ExecutionRepository::Filter filter;
                         filter.tenantId = t;
                         const auto rows = wait(s.executions()->list(filter));
                         return outcomeOf(rows, !rows.value.isEmpty());
                     }});
        list.append(
            {QStringLiteral("Execution trace (node input and output)"), true, [this](Operations& s, const QString& t) {
                 const QString id
                     = TestServers::exec(m_admin.get(),
                                         QStringLiteral("SELECT id::text FROM executions WHERE tenant_id = "
                                                        "?::uuid AND status = 'failed' LIMIT 1"),
                                         {t})
                           .scalar()
                           .toString();
                 return outcomeOf(wait(s.executions()->detail(id)));
             }});
        list.append(
            {QStringLiteral("Cancel, retry or resume an execution"), true, [this](Operations& s, const QString& t) {
                 return outcomeOf(
                     wait(s.executionActions()->run(ExecutionActions::Kind::Cancel, queuedExecutionOf(t), m_reason)));
             }});
        list.append({QStringLiteral("Quota alerts"), true, [](Operations& s, const QString& t) {
                         AlertRepository::Filter filter;
                         filter.openOnly = false;
                         filter.tenantId = t;
                         const auto alerts = wait(s.alerts()->list(filter));
                         return outcomeOf(alerts, !alerts.value.isEmpty());
                     }});
        list.append({QStringLiteral("Audit trail"), true, [](Operations& s, const QString& t) {
                         AuditRepository::Filter filter;
                         filter.tenantId = t;
                         const auto entries = wait(s.audit()->list(filter));
                         return outcomeOf(entries, !entries.value.isEmpty());
                     }});
        list.append({QStringLiteral("Set a limit override"), true, [this](Operations& s, const QString& t) {
                         std::optional<LimitOverride> original;
                         const auto overrides = wait(m_adminServices->plans()->overrides());
                         for (const LimitOverride& o : overrides.value)
                             if (o.tenantId == t)
                                 original = o;
                         const auto saved = wait(
                             s.plans()->setOverride(t,
                                                    original ? std::optional<int>(original->version) : std::nullopt,
                                                    QJsonObject{{QStringLiteral("max_concurrent"), 3}},
                                                    {},
                                                    m_reason));
                         // Put back what the tenant had (the demo data's override, or none).
                         if (saved.ok() && original)
                             wait(m_adminServices->plans()->setOverride(
                                 t, saved.value.version, original->fields, original->expiresAt, m_reason));
                         else if (saved.ok())
                             wait(m_adminServices->plans()->clearOverride(t, saved.value.version, m_reason));
                         return outcomeOf(saved);
                     }});
        list.append({QStringLiteral("Provider keys: list (metadata)"), true, [](Operations& s, const QString& t) {
                         const auto keys = wait(s.sealedKeys()->list(t));
                         return outcomeOf(keys, !keys.value.isEmpty());
                     }});
        list.append({QStringLiteral("Provider keys: upload sealed"), true, [this](Operations& s, const QString& t) {
                         const auto uploaded = wait(s.sealedKeys()->upload(t,
                                                                           QStringLiteral("anthropic"),
                                                                           QStringLiteral("capability test"),
                                                                           {},
                                                                           TestServers::randomSecret()));
                         return outcomeOf(uploaded);
                     }});
        list.append(
            {QStringLiteral("Live rate window and concurrency (Redis)"), true, [](Operations& s, const QString& t) {
                 const auto future = s.tenants()->liveState(t);
                 if (!awaitFuture(future))
                     return Outcome{false, QStringLiteral("timed out")};
                 return Outcome{future.result().available, future.result().error};
             }});
        list.append({QStringLiteral("BullMQ jobs (Redis)"), true, [this](Operations& s, const QString& t) {
                         QueueRepository::JobPage page;
                         page.queue = m_queue;
                         page.state = QStringLiteral("failed");
                         page.tenantId = t;
                         const auto jobs = wait(s.queues()->jobs(page));
                         return outcomeOf(jobs, !jobs.value.isEmpty());
                     }});
        list.append({QStringLiteral("Retry a BullMQ job (Redis)"), true, [this](Operations& s, const QString& t) {
                         return outcomeOf(
                             wait(s.jobActions()->run(JobActions::Kind::Retry, m_queue, failedJobOf(t), m_reason)));
                     }});
        list.append(
            {QStringLiteral("Pause and resume a BullMQ queue (Redis)"), false, [this](Operations& s, const QString&) {
                 failedJobOf(m_tenantB); // the queue exists (its meta hash)
                 const auto paused = wait(s.queueOperations()->controls()->setPaused(m_queue, true, m_reason));
                 if (paused.ok())
                     return outcomeOf(wait(s.queueOperations()->controls()->setPaused(m_queue, false, m_reason)));
                 return outcomeOf(paused);
             }});
        list.append({QStringLiteral("Set a queue's global concurrency or clear its rate limit (Redis)"),
                     false,
                     [this](Operations& s, const QString&) {
                         failedJobOf(m_tenantB);
                         TestServers::redis(m_adminRedis.get(),
                                            {"SET", "bull:" + m_queue.toUtf8() + ":limiter", "1", "PX", "60000"});
                         const auto set
                             = wait(s.queueOperations()->controls()->setGlobalConcurrency(m_queue, 3, m_reason));
                         if (!set.ok())
                             return outcomeOf(set);
                         const auto removed = wait(
                             s.queueOperations()->controls()->setGlobalConcurrency(m_queue, std::nullopt, m_reason));
                         if (!removed.ok())
                             return outcomeOf(removed);
                         return outcomeOf(wait(s.queueOperations()->controls()->clearRateLimit(m_queue, m_reason)));
                     }});
        list.append(
            {QStringLiteral("Edit a plan"), false, [this](Operations& s, const QString&) {
                 const auto plans = wait(m_adminServices->plans()->plans());
                 Plan starter;
                 for (const Plan& plan : plans.value)
                     if (plan.id == QLatin1String("starter"))
                         starter = plan;
                 const qint64 runs = starter.fields.value(QStringLiteral("monthly_runs")).toInteger();
                 const auto saved = wait(s.plans()->updatePlan(
                     starter.id, starter.version, QJsonObject{{QStringLiteral("monthly_runs"), runs + 1}}, m_reason));
                 if (saved.ok())
                     wait(m_adminServices->plans()->updatePlan(starter.id,
                                                               saved.value.version,
                                                               QJsonObject{{QStringLiteral("monthly_runs"), runs}},
                                                               m_reason));
                 return outcomeOf(saved);
             }});
        list.append({QStringLiteral("Push a tenant's limits to Redis"), true, [](Operations& s, const QString& t) {
                         return outcomeOf(wait(s.limitsPusher()->push({t}, true)));
                     }});
        list.append({QStringLiteral("Change alert thresholds"), false, [this](Operations& s, const QString&) {
                         const QString current
                             = TestServers::exec(m_admin.get(),
                                                 QStringLiteral("SELECT value FROM platform_settings WHERE key = "
                                                                "'alerts.thresholds'"))
                                   .scalar()
                                   .toString();
                         // Saving the value it has already: a real write, checked and audited, that changes nothing.
                         return outcomeOf(wait(s.alerts()->setThresholds(current, m_reason)));
                     }});
        list.append({QStringLiteral("Read sealed key material"), false, [](Operations& s, const QString&) {
                         const PgResult read = TestServers::exec(
                             s.pg(), QStringLiteral("SELECT sealed FROM sealed_provider_keys LIMIT 1"));
                         return Outcome{read.ok(), readError(read)};
                     }});
        list.append({QStringLiteral("Alter or delete the audit log"), false, [](Operations& s, const QString&) {
                         for (const char* sql : {"UPDATE audit_log SET reason = 'changed' WHERE id = (SELECT max(id) "
                                                 "FROM audit_log)",
                                                 "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
                                                 "TRUNCATE audit_log"}) {
                             const PgResult changed = TestServers::exec(s.pg(), QString::fromLatin1(sql));
                             if (changed.ok() && changed.rowsAffected != 0)
                                 return Outcome{true, {}};
                             if (changed.ok())
                                 return Outcome{false, QStringLiteral("(no row changed, no refusal)")};
                         }
                         return Outcome{false, QStringLiteral("Not permitted")};
                     }});
        return list;
    }

    // "all tenants" / "own tenant" / "no" for tenant-scoped capabilities, "yes" / "no" for the others.
    QString cell(const Capability& capability, Operations& services, const QString& role)
    {
        const auto refusedClearly = [&](const Outcome& outcome) {
            if (!capability.scopedAggregate
                && !outcome.message.contains(QLatin1String("not permitted"), Qt::CaseInsensitive))
                m_unclearRefusals << QStringLiteral("%1 / %2: %3").arg(role, capability.name, outcome.message);
        };
        if (!capability.tenantScoped) {
            const Outcome outcome = capability.probe(services, {});
            if (!outcome.allowed)
                refusedClearly(outcome);
            return outcome.allowed ? QStringLiteral("yes") : QStringLiteral("no");
        }
        const Outcome other = capability.probe(services, m_tenantB);
        if (other.allowed)
            return QStringLiteral("all tenants");
        refusedClearly(other);
        if (role != QLatin1String("tenant_admin"))
            return QStringLiteral("no");
        const Outcome own = capability.probe(services, m_tenantA);
        return own.allowed ? QStringLiteral("own tenant") : QStringLiteral("no");
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_adminRedis = TestServers::adminRedis();
        m_adminServices = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_adminServices->connectAll();
        m_reason = QStringLiteral("capability test %1").arg(QDateTime::currentMSecsSinceEpoch());
        m_queue = QStringLiteral("cap-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        // Two active tenants with executions, usage and alerts: every read has something to find.
        const PgResult tenants = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT t.id::text FROM tenants t WHERE t.status = 'active' "
                           "AND EXISTS (SELECT 1 FROM executions e WHERE e.tenant_id = t.id AND e.status = 'failed') "
                           "AND EXISTS (SELECT 1 FROM quota_alerts a WHERE a.tenant_id = t.id) "
                           "AND EXISTS (SELECT 1 FROM usage_daily d WHERE d.tenant_id = t.id "
                           "AND d.day > current_date - 30) ORDER BY t.name LIMIT 2"));
        QVERIFY2(tenants.ok() && tenants.rows.size() == 2, qPrintable(tenants.error + QStringLiteral(" (demo data?)")));
        m_tenantA = tenants.rows.at(0).at(0).toString();
        m_tenantB = tenants.rows.at(1).at(0).toString();
        for (const QString& tenant : {m_tenantA, m_tenantB}) {
            // An audit entry, a sealed key and a failed job of each tenant, so "sees them" is a real check.
            QVERIFY(TestServers::exec(m_admin.get(),
                                      QStringLiteral("SELECT audit_write(?::uuid, 'test.capability', 'tenant', ?, "
                                                     "NULL, NULL, ?)"),
                                      {tenant, tenant, m_reason})
                        .ok());
            const auto uploaded = wait(m_adminServices->sealedKeys()->upload(
                tenant, QStringLiteral("openai"), QStringLiteral("capability test"), {}, TestServers::randomSecret()));
            QVERIFY2(uploaded.ok(), qPrintable(uploaded.error));
            failedJobOf(tenant);
            // An alert of this month: the demo's own depend on the day of the month (none early in a month).
            const PgResult alert = TestServers::exec(
                m_admin.get(),
                QStringLiteral("INSERT INTO quota_alerts (tenant_id, metric, threshold_pct, period, observed, "
                               "limit_value) VALUES (?::uuid, 'runs', 80, date_trunc('month', now() AT TIME ZONE "
                               "'UTC')::date, 80, 100) ON CONFLICT DO NOTHING RETURNING id"),
                {tenant});
            QVERIFY2(alert.ok(), qPrintable(alert.error));
            if (!alert.rows.isEmpty())
                m_createdAlerts.append(alert.scalar().toLongLong());
        }
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        TestServers::exec(m_admin.get(),
                          QStringLiteral("DELETE FROM sealed_provider_keys WHERE label = 'capability test'"));
        for (const qint64 id : std::as_const(m_createdAlerts))
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM quota_alerts WHERE id = ?"), {id});
        for (const QString& id : std::as_const(m_createdExecutions)) {
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM executions WHERE retry_of = ?::uuid"), {id});
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM executions WHERE id = ?::uuid"), {id});
        }
        for (const QString& login : std::as_const(m_logins)) {
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            TestServers::exec(m_admin.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login); // our generated name
        }
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_adminRedis.get(), {"ACL", "DELUSER", user});
        QList<QByteArray> del{"DEL"};
        const RedisReply found = TestServers::redis(m_adminRedis.get(), {"KEYS", "bull:" + m_queue.toUtf8() + ":*"});
        for (const RedisReply& key : found.elements)
            del << key.text;
        if (del.size() > 1)
            TestServers::redis(m_adminRedis.get(), del);
    }

    void tableMatchesWhatTheServersAllow()
    {
        std::map<QString, std::unique_ptr<Operations>> byRole;
        for (const QString& role : roles()) {
            byRole[role] = servicesAs(role);
            QVERIFY2(byRole[role], qPrintable(role));
        }
        QString table
            = QStringLiteral("| Capability | ") + roles().join(QStringLiteral(" | ")) + QStringLiteral(" |\n|---|");
        for (int i = 0; i < roles().size(); ++i)
            table += QStringLiteral("---|");
        table += u'\n';
        int cells = 0;
        for (const Capability& capability : capabilities()) {
            QStringList row{capability.name};
            for (const QString& role : roles()) {
                row << cell(capability, *byRole[role], role);
                ++cells;
            }
            table += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        qInfo("%d cells asked of the servers:\n%s", cells, qPrintable(table));

        TS_VERIFY_DOC_TABLE(QStringLiteral("capability-table"), table);
    }

    // The CLI, as a tenant admin of A, for every command that takes a tenant (or an object of one),
    // asked about B: exit 1, nothing on standard output, "not permitted" on standard error.
    void cliRefusesAnotherTenantPlainly()
    {
        const Credentials admin = m_credentials.value(QStringLiteral("tenant_admin"));
        QVERIFY2(!admin.login.isEmpty(), "run after tableMatchesWhatTheServersAllow");
        const ConnectionProfile profile = TestServers::adminProfile();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        PgConfig pg = profile.pg;
        pg.user = admin.login;
        RedisConfig redis = profile.redis;
        redis.user = admin.login;
        environment.insert(QStringLiteral("TS_PG_URL"), pg.toUrl());
        environment.insert(QStringLiteral("TS_PG_PASSWORD"), admin.pgPassword);
        environment.insert(QStringLiteral("TS_REDIS_URL"), redis.toUrl());
        environment.insert(QStringLiteral("TS_REDIS_PASSWORD"), admin.redisPassword);
        environment.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-not-sent"));

        const QString failed = TestServers::exec(m_admin.get(),
                                                 QStringLiteral("SELECT id::text FROM executions WHERE tenant_id = "
                                                                "?::uuid AND status = 'failed' LIMIT 1"),
                                                 {m_tenantB})
                                   .scalar()
                                   .toString();
        const QString queued = queuedExecutionOf(m_tenantB);
        const QString job = failedJobOf(m_tenantB);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString reason = m_reason;
        const QList<QStringList> commands{
            {QStringLiteral("tenants"), QStringLiteral("show"), m_tenantB},
            {QStringLiteral("usage"),
             QStringLiteral("--tenant"),
             m_tenantB,
             QStringLiteral("--from"),
             today.addDays(-7).toString(Qt::ISODate),
             QStringLiteral("--to"),
             today.toString(Qt::ISODate)},
            {QStringLiteral("executions"), QStringLiteral("list"), QStringLiteral("--tenant"), m_tenantB},
            {QStringLiteral("executions"), QStringLiteral("errors"), QStringLiteral("--tenant"), m_tenantB},
            {QStringLiteral("executions"), QStringLiteral("show"), failed},
            {QStringLiteral("executions"), QStringLiteral("cancel"), queued, QStringLiteral("--reason"), reason},
            {QStringLiteral("executions"), QStringLiteral("retry"), failed, QStringLiteral("--reason"), reason},
            {QStringLiteral("jobs"),
             QStringLiteral("list"),
             QStringLiteral("--queue"),
             m_queue,
             QStringLiteral("--tenant"),
             m_tenantB},
            {QStringLiteral("jobs"),
             QStringLiteral("retry"),
             QStringLiteral("--queue"),
             m_queue,
             job,
             QStringLiteral("--reason"),
             reason},
            {QStringLiteral("overrides"),
             QStringLiteral("set"),
             m_tenantB,
             QStringLiteral("max_concurrent=3"),
             QStringLiteral("--reason"),
             reason},
            {QStringLiteral("overrides"), QStringLiteral("clear"), m_tenantB, QStringLiteral("--reason"), reason},
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--tenant"), m_tenantB},
            {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--tenant"), m_tenantB},
            {QStringLiteral("keys"),
             QStringLiteral("upload"),
             QStringLiteral("--provider"),
             QStringLiteral("openai"),
             QStringLiteral("--tenant"),
             m_tenantB},
            {QStringLiteral("limits"), QStringLiteral("push"), QStringLiteral("--tenant"), m_tenantB},
            {QStringLiteral("chat"),
             QStringLiteral("--provider"),
             QStringLiteral("openai"),
             QStringLiteral("--base-url"),
             QStringLiteral("http://127.0.0.1:1/v1"),
             QStringLiteral("--model"),
             QStringLiteral("gpt-4o-mini"),
             QStringLiteral("--tenant"),
             m_tenantB,
             QStringLiteral("hello")},
        };
        QStringList unclear;
        for (const QStringList& command : commands) {
            QProcess cli;
            cli.setProcessEnvironment(environment);
            cli.start(QStringLiteral(TS_CLI_PATH), command);
            QVERIFY(cli.waitForStarted(10000));
            cli.write("sk-test-key-for-upload-1234\n"); // keys upload reads the key from standard input
            cli.closeWriteChannel();
            QVERIFY2(cli.waitForFinished(60000), qPrintable(command.join(u' ')));
            const QString out = QString::fromUtf8(cli.readAllStandardOutput());
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            if (cli.exitCode() == 0 || !out.trimmed().isEmpty()
                || !err.contains(QLatin1String("not permitted"), Qt::CaseInsensitive))
                unclear << QStringLiteral("%1 -> exit %2, stdout \"%3\", stderr \"%4\"")
                               .arg(command.join(u' '))
                               .arg(cli.exitCode())
                               .arg(out.trimmed().left(200), err.trimmed().left(300));
        }
        qInfo("%lld CLI commands asked about another tenant as a tenant admin", qlonglong(commands.size()));
        QVERIFY2(unclear.isEmpty(), qPrintable(unclear.join(u'\n')));
        // And nothing changed: the execution is still queued, the job still failed.
        QCOMPARE(TestServers::exec(
                     m_admin.get(), QStringLiteral("SELECT status FROM executions WHERE id = ?::uuid"), {queued})
                     .scalar()
                     .toString(),
                 QStringLiteral("queued"));
        QVERIFY(TestServers::redis(m_adminRedis.get(), {"ZSCORE", "bull:" + m_queue.toUtf8() + ":failed", job.toUtf8()})
                    .type
                == RedisReply::Type::String);
    }

    // Every refusal above said "not permitted" (not an empty page, not a raw SQL error).
    void refusalsSayNotPermitted() { QVERIFY2(m_unclearRefusals.isEmpty(), qPrintable(m_unclearRefusals.join(u'\n'))); }
};

QTEST_GUILESS_MAIN(TestRoleCapabilities)
#include "TestRoleCapabilities.moc"
