#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/common/Decimal.h>
#include <models/home/HomeRepository.h>
#include <models/operations/Operations.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QTest>

// The first screen's reads (issue 23) on the demo data: each figure equals an independent count over the
// raw rows or Redis; a failure made now shows at once; a role without a part's grant still sees the
// others; a tenant admin's home is its own tenant.
class TestHome : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_redis;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
    QString m_failure;

    QString scalar(const QString& sql, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_admin.get(), sql, params);
        return result.ok() ? result.scalar().toString() : QStringLiteral("error: ") + result.error;
    }

    static HomeReport read(Operations& services)
    {
        auto future = services.home()->read();
        if (!awaitFuture(future, 60000))
            return {};
        return future.result();
    }

    std::unique_ptr<Operations> servicesAs(const QString& role, const QString& tenant = {})
    {
        return TestServers::operationsAs(m_admin.get(), m_redis.get(), role, tenant, &m_logins, &m_redisUsers);
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        if (!m_failure.isEmpty())
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM executions WHERE id = ?::uuid"), {m_failure});
        for (const QString& login : std::as_const(m_logins)) {
            TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            TestServers::exec(m_admin.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login); // our generated name
        }
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
    }

    void staffSeeWhatTheServersHold()
    {
        Operations services(TestServers::adminProfile(), TestServers::adminSecrets());
        services.connectAll();
        const HomeReport report = read(services);
        QVERIFY(report.ownTenant.isEmpty());
        QVERIFY2(report.spend.ok(), qPrintable(report.spend.error));
        QVERIFY2(report.failures.ok(), qPrintable(report.failures.error));
        QVERIFY2(report.quota.ok(), qPrintable(report.quota.error));
        QVERIFY2(report.queues.ok(), qPrintable(report.queues.error));

        // Spend: the raw events of today on platform keys, against the rollup the page reads.
        QCOMPARE(report.spend.today,
                 scalar(QStringLiteral("SELECT coalesce(sum(cost_usd), 0)::numeric(20, 2)::text FROM usage_events "
                                       "WHERE NOT byok AND ts >= date_trunc('day', now() AT TIME ZONE 'UTC') "
                                       "AT TIME ZONE 'UTC'")));
        QVERIFY(Decimal::compare(report.spend.today, QStringLiteral("0")) > 0);
        QCOMPARE(report.spend.sameHours.size(), 7);
        // Yesterday's same hours, whole hours only when the page's are (the hour now is prorated there).
        const QString yesterdayWholeHours = scalar(QStringLiteral(
            "SELECT coalesce(sum(cost_usd), 0)::numeric(20, 2)::text FROM usage_events WHERE NOT byok "
            "AND ts >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - interval '1 day' "
            "AND ts < date_trunc('hour', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - interval '1 day'"));
        QVERIFY2(Decimal::compare(report.spend.sameHours.first(), yesterdayWholeHours) >= 0,
                 qPrintable(report.spend.sameHours.first() + QStringLiteral(" < ") + yesterdayWholeHours));

        // Failures: the last hour by cause and the day by hour.
        QCOMPARE(QString::number(report.failures.lastHour),
                 scalar(QStringLiteral("SELECT count(*) FROM executions WHERE status = 'failed' "
                                       "AND created_at > now() - interval '1 hour'")));
        qint64 day = 0;
        for (qint64 n : report.failures.byHour)
            day += n;
        QCOMPARE(report.failures.byHour.size(), 24);
        QCOMPARE(QString::number(day),
                 scalar(QStringLiteral("SELECT count(*) FROM executions WHERE status = 'failed' "
                                       "AND created_at > now() - interval '24 hours'")));
        QVERIFY(day > 0);

        // Quotas: open alerts of this month, tenants at or past their quota.
        QCOMPARE(QString::number(report.quota.openAlerts),
                 scalar(QStringLiteral("SELECT count(*) FROM quota_alerts WHERE acknowledged_at IS NULL AND "
                                       "(snoozed_until IS NULL OR snoozed_until <= now()) AND period = "
                                       "date_trunc('month', now() AT TIME ZONE 'UTC')::date")));
        QCOMPARE(QString::number(report.quota.openSpikes),
                 scalar(QStringLiteral("SELECT count(*) FROM anomaly_alerts WHERE acknowledged_at IS NULL AND "
                                       "fired_at > now() - interval '24 hours'")));
        QCOMPARE(QString::number(report.quota.overQuota),
                 scalar(QStringLiteral("SELECT count(*) FROM usage_monthly m JOIN tenant_effective_limits el "
                                       "USING (tenant_id) WHERE m.month = date_trunc('month', now() AT TIME ZONE "
                                       "'UTC')::date AND el.included_tokens > 0 AND m.prompt_tokens + "
                                       "m.completion_tokens >= el.included_tokens")));
        QVERIFY(report.quota.overQuotaNames.size() == qMin<qint64>(3, report.quota.overQuota));

        // Queues: the demo queue's waiting, prioritized and delayed jobs, as Redis counts them.
        const qint64 backlog
            = TestServers::redis(m_redis.get(), {"LLEN", RedisKeys::bull(QStringLiteral("workflow-runs"), "wait")})
                  .integer
            + TestServers::redis(m_redis.get(),
                                 {"ZCARD", RedisKeys::bull(QStringLiteral("workflow-runs"), "prioritized")})
                  .integer
            + TestServers::redis(m_redis.get(), {"ZCARD", RedisKeys::bull(QStringLiteral("workflow-runs"), "delayed")})
                  .integer;
        QVERIFY(backlog > 0);
        QCOMPARE(report.queues.backlog(), backlog);
        QCOMPARE(report.queues.busiest(), QStringLiteral("workflow-runs"));

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("spend")).toObject().value(QStringLiteral("today_usd")).toString(),
                 report.spend.today);
        QCOMPARE(json.value(QStringLiteral("queues")).toObject().value(QStringLiteral("backlog")).toInteger(), backlog);
    }

    void aFailureNowShowsAtOnce()
    {
        ConnectionProfile primary = TestServers::adminProfile();
        primary.useStandby = false; // read where it was written, not a moment behind
        Operations services(primary, TestServers::adminSecrets());
        services.connectAll();
        const HomeReport before = read(services);
        m_failure = scalar(QStringLiteral(
            "INSERT INTO executions (tenant_id, workflow_id, status, error_code, error_message, created_at) "
            "SELECT tenant_id, id, 'failed', 'home_test', 'made by test_home', now() FROM workflows ORDER BY id "
            "LIMIT 1 RETURNING id::text"));
        QVERIFY(!m_failure.startsWith(QLatin1String("error")));
        const HomeReport after = read(services);
        QCOMPARE(after.failures.lastHour, before.failures.lastHour + 1);
        QCOMPARE(after.failures.byHour.last(), before.failures.byHour.last() + 1);
        bool seen = false;
        for (const HomeFailureCause& c : after.failures.causes)
            seen |= c.code == QLatin1String("home_test") && c.count == 1;
        QVERIFY(seen);
    }

    void aSpikeNowShowsAtOnce()
    {
        ConnectionProfile primary = TestServers::adminProfile();
        primary.useStandby = false;
        Operations services(primary, TestServers::adminSecrets());
        services.connectAll();
        const HomeReport before = read(services);
        const QString rule = scalar(QStringLiteral("SELECT anomaly_rule_save(NULL, 'ts-test-home spike', 'spend', "
                                                   "'platform', NULL, 7, 3, 1, false, 'home test')"));
        QVERIFY(scalar(QStringLiteral("INSERT INTO anomaly_alerts (rule_id, rule_name, tenant_id, period, metric, "
                                      "window_start, window_end, observed, baseline, samples, factor, minimum, method) "
                                      "VALUES (?::bigint, 'ts-test-home spike', NULL, current_date, 'spend', now() - "
                                      "interval '1 hour', now(), 30, 2, '{2,2,2,2,2,2,2}', 3, 1, 'test') RETURNING id"),
                       {rule})
                    .toLongLong()
                > 0);
        const HomeReport after = read(services);
        TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM anomaly_rules WHERE id = ?::bigint"), {rule});
        QCOMPARE(after.quota.openSpikes, before.quota.openSpikes + 1);
        QCOMPARE(after.quota.firing(), after.quota.openAlerts + after.quota.openSpikes);
    }

    void financeSeesSpendButNotWorkflowFailures()
    {
        auto services = servicesAs(QStringLiteral("finance"));
        QVERIFY(services);
        const HomeReport report = read(*services);
        QVERIFY(report.ownTenant.isEmpty());
        QVERIFY2(report.spend.ok(), qPrintable(report.spend.error));
        QVERIFY2(report.quota.ok(), qPrintable(report.quota.error));
        // Finance may not read executions (prompts and outputs are customer data): said, not hidden.
        QVERIFY(!report.failures.ok());
        QVERIFY2(report.failures.error.contains(QLatin1String("not permitted"), Qt::CaseInsensitive),
                 qPrintable(report.failures.error));
    }

    void aTenantAdminsHomeIsItsTenant()
    {
        const QString tenant = scalar(QStringLiteral("SELECT id::text FROM tenants WHERE status = 'active' "
                                                     "ORDER BY name LIMIT 1"));
        auto services = servicesAs(QStringLiteral("tenant_admin"), tenant);
        QVERIFY(services);
        const HomeReport report = read(*services);
        QCOMPARE(report.ownTenant, tenant);
        QCOMPARE(report.toJson().value(QStringLiteral("own_tenant")).toString(), tenant);
        QVERIFY(!report.toJson().contains(QStringLiteral("spend"))); // nothing platform-wide was read
    }
};

QTEST_GUILESS_MAIN(TestHome)
#include "TestHome.moc"
