#include <TestServers.h>
#include <WebhookPeer.h>
#include <async/AwaitFuture.h>
#include <models/alerts/AlertDelivery.h>
#include <models/alerts/Anomalies.h>
#include <models/operations/Operations.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QJsonArray>
#include <QTest>

// Anomaly rules on the real PostgreSQL: tenants of the test's own with usage planted in the same hour of
// earlier days and in the last hour. A rule fires exactly when the last hour reaches factor x the median
// baseline and the minimum, once per day, with its method, baseline and samples; a platform rule's figures
// are checked against the raw events of the window it recorded; rules are validated (a baseline window of
// zero is refused by the app and the server) and changed only by platform admins, audited.
class TestAnomalies : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<Operations> m_ops;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
    QString m_spiky; // $1 an hour on earlier days, $6 in the last hour
    QString m_steady; // $1, then $2.50: below 3 x
    QString m_small; // nothing, then $1: below the minimum
    QString m_failing; // 5 failed executions in the last hour, none before
    QStringList m_planted; // every tenant this test planted usage for

    template <typename T> static T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }
    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_pg.get(), statement, params);
    }
    QString newTenant(const QString& name)
    {
        return sql(QStringLiteral("INSERT INTO tenants (slug, name, plan_id) VALUES ('ts-test-spike-' || "
                                  "substr(md5(random()::text), 1, 10), ?, 'starter') RETURNING id::text"),
                   {name})
            .scalar()
            .toString();
    }
    // One usage event of `cost` dollars (and 1000 tokens per dollar) `daysAgo` days before, 30 minutes ago.
    void spend(const QString& tenant, int daysAgo, const QString& cost)
    {
        if (!m_planted.contains(tenant))
            m_planted << tenant;
        QVERIFY(
            sql(QStringLiteral("INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, "
                               "completion_tokens, cost_usd) VALUES (?::uuid, now() - make_interval(days => ?, mins "
                               "=> 30), 'gpt-4o-mini', 'openai', (?::numeric * 800)::int, (?::numeric * 200)::int, "
                               "?::numeric)"),
                {tenant, daysAgo, cost, cost, cost})
                .ok());
    }
    AnomalyRule rule(const QString& name,
                     const QString& metric,
                     const QString& tenant,
                     const QString& factor,
                     const QString& minimum,
                     int days = 7)
    {
        AnomalyRule r;
        r.name = name;
        r.metric = metric;
        r.scope = tenant.isEmpty() ? QStringLiteral("platform") : QStringLiteral("tenants");
        r.tenantId = tenant;
        r.baselineDays = days;
        r.factor = factor;
        r.minimum = minimum;
        return r;
    }
    QVector<AnomalyAlert> spikesOf(Operations& ops, const QString& tenant)
    {
        AnomalyRepository::Filter filter;
        filter.openOnly = false;
        filter.tenantId = tenant;
        const auto listed = wait(ops.anomalies()->list(filter));
        if (!listed.ok())
            qWarning("%s", qPrintable(listed.error));
        // The demo's own rules may fire on these tenants too: only this test's rules count.
        QVector<AnomalyAlert> mine;
        for (const AnomalyAlert& a : listed.value)
            if (a.ruleName.startsWith(QLatin1String("ts-test-")))
                mine.append(a);
        return mine;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_ops = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_ops->connectAll();
        sql(QStringLiteral("DELETE FROM anomaly_rules WHERE name LIKE 'ts-test-%'"));
        sql(QStringLiteral("DELETE FROM tenants WHERE slug LIKE 'ts-test-spike-%'"));
        m_spiky = newTenant(QStringLiteral("Spiky"));
        m_steady = newTenant(QStringLiteral("Steady"));
        m_small = newTenant(QStringLiteral("Small"));
        m_failing = newTenant(QStringLiteral("Failing"));
        for (int day = 1; day <= 7; ++day) {
            // One earlier spike (day 4) does not move the median.
            spend(m_spiky, day, day == 4 ? QStringLiteral("50.00") : QStringLiteral("1.00"));
            spend(m_steady, day, QStringLiteral("1.00"));
        }
        spend(m_spiky, 0, QStringLiteral("6.00"));
        spend(m_steady, 0, QStringLiteral("2.50"));
        spend(m_small, 0, QStringLiteral("1.00"));
        const QString workflow = sql(QStringLiteral("INSERT INTO workflows (tenant_id, name) VALUES (?::uuid, 'flaky') "
                                                    "RETURNING id::text"),
                                     {m_failing})
                                     .scalar()
                                     .toString();
        QVERIFY(sql(QStringLiteral("INSERT INTO executions (tenant_id, workflow_id, status, created_at, error_code, "
                                   "error_message) SELECT ?::uuid, ?::uuid, 'failed', now() - interval '10 minutes', "
                                   "'provider_timeout', 'timed out' FROM generate_series(1, 5)"),
                    {m_failing, workflow})
                    .ok());
    }

    void cleanupTestCase()
    {
        // Usage events have no foreign key: this test's go with its tenants, so the tests that follow compare
        // the rollups with the events they came from.
        for (const QString& tenant : std::as_const(m_planted)) {
            sql(QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ?::uuid"), {tenant});
            sql(QStringLiteral("DELETE FROM usage_rollup_pending WHERE tenant_id = ?::uuid"), {tenant});
        }
        sql(QStringLiteral("DELETE FROM anomaly_rules WHERE name LIKE 'ts-test-%'"));
        sql(QStringLiteral("DELETE FROM alert_destinations WHERE name LIKE 'ts-test-%'"));
        sql(QStringLiteral("DELETE FROM tenants WHERE slug LIKE 'ts-test-spike-%'"));
        for (const QString& login : std::as_const(m_logins))
            sql(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
    }

    void refusesBadRulesPlainly()
    {
        AnomalyRule zero = rule(QStringLiteral("ts-test-zero"),
                                QStringLiteral("spend"),
                                m_spiky,
                                QStringLiteral("3"),
                                QStringLiteral("2"),
                                0);
        auto refused = wait(m_ops->anomalies()->saveRule(zero, QStringLiteral("anomaly test")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("baseline window is 1 to 28 days")), qPrintable(refused.error));
        // The server says the same to anyone who goes around the app.
        const PgResult server = sql(QStringLiteral("SELECT anomaly_rule_save(NULL, 'ts-test-zero', 'spend', 'tenants', "
                                                   "NULL, 0, 3, 2, true, 'anomaly test')"));
        QVERIFY(!server.ok());
        QVERIFY2(server.error.contains(QLatin1String("baseline window is 1 to 28 days")), qPrintable(server.error));
        AnomalyRule bad = zero;
        bad.baselineDays = 7;
        bad.factor = QStringLiteral("1");
        QVERIFY(!wait(m_ops->anomalies()->saveRule(bad, QStringLiteral("anomaly test"))).ok());
        bad.factor = QStringLiteral("3");
        bad.metric = QStringLiteral("latency");
        QVERIFY(!wait(m_ops->anomalies()->saveRule(bad, QStringLiteral("anomaly test"))).ok());
        bad.metric = QStringLiteral("spend");
        QVERIFY(!wait(m_ops->anomalies()->saveRule(bad, QString())).ok()); // no reason
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM anomaly_rules WHERE name LIKE 'ts-test-%'")).scalar().toInt(),
                 0);
        // Only platform admins change rules.
        auto support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(support);
        auto notPermitted = wait(support->anomalies()->saveRule(bad, QStringLiteral("anomaly test")));
        QVERIFY(!notPermitted.ok());
        QVERIFY2(notPermitted.error.contains(QLatin1String("not permitted"), Qt::CaseInsensitive),
                 qPrintable(notPermitted.error));
    }

    void firesOnASpikeOnceWithItsBaseline()
    {
        const auto saved = wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-spiky spend"),
                                                                  QStringLiteral("spend"),
                                                                  m_spiky,
                                                                  QStringLiteral("3"),
                                                                  QStringLiteral("2")),
                                                             QStringLiteral("anomaly test")));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const auto fired = wait(m_ops->anomalies()->evaluate());
        QVERIFY2(fired.ok(), qPrintable(fired.error));
        const QVector<AnomalyAlert> spikes = spikesOf(*m_ops, m_spiky);
        QCOMPARE(spikes.size(), 1);
        QVERIFY(fired.value.contains(spikes.first().id));
        const AnomalyAlert& a = spikes.first();
        QCOMPARE(a.metric, QStringLiteral("spend"));
        QCOMPARE(a.observed, QStringLiteral("6"));
        QCOMPARE(a.baseline, QStringLiteral("1")); // the median: day 4's $50 does not count
        QCOMPARE(a.samples,
                 QStringList({QStringLiteral("1.00000000"),
                              QStringLiteral("1.00000000"),
                              QStringLiteral("1.00000000"),
                              QStringLiteral("50.00000000"),
                              QStringLiteral("1.00000000"),
                              QStringLiteral("1.00000000"),
                              QStringLiteral("1.00000000")}));
        QCOMPARE(a.ruleName, QStringLiteral("ts-test-spiky spend"));
        QCOMPARE(a.factor, QStringLiteral("3"));
        QVERIFY2(a.method.contains(QLatin1String("median of the same 60 min on the 7 previous days")),
                 qPrintable(a.method));
        QVERIFY2(a.methodText().contains(QLatin1String("7 previous day")), qPrintable(a.methodText()));
        QCOMPARE(a.ratioText(), QStringLiteral("6.0 ×"));
        QCOMPARE(a.windowStart.secsTo(a.windowEnd), 3600);
        // Once per rule, tenant and day, whoever evaluates again.
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        QCOMPARE(spikesOf(*m_ops, m_spiky).size(), 1);
    }

    void belowTheFactorOrTheMinimumNothingFires()
    {
        QVERIFY(wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-steady spend"),
                                                       QStringLiteral("spend"),
                                                       m_steady,
                                                       QStringLiteral("3"),
                                                       QStringLiteral("2")),
                                                  QStringLiteral("anomaly test")))
                    .ok());
        QVERIFY(wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-small spend"),
                                                       QStringLiteral("spend"),
                                                       m_small,
                                                       QStringLiteral("3"),
                                                       QStringLiteral("2")),
                                                  QStringLiteral("anomaly test")))
                    .ok());
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        QCOMPARE(spikesOf(*m_ops, m_steady).size(), 0); // $2.50 against $1: 2.5 x
        QCOMPARE(spikesOf(*m_ops, m_small).size(), 0); // $1 against $0: under the $2 minimum
        // The same tenant with a lower factor fires.
        QVERIFY(wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-steady 2x"),
                                                       QStringLiteral("spend"),
                                                       m_steady,
                                                       QStringLiteral("2"),
                                                       QStringLiteral("2")),
                                                  QStringLiteral("anomaly test")))
                    .ok());
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        QCOMPARE(spikesOf(*m_ops, m_steady).size(), 1);
    }

    void failuresAgainstABaselineOfZero()
    {
        QVERIFY(wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-failing"),
                                                       QStringLiteral("failures"),
                                                       m_failing,
                                                       QStringLiteral("2"),
                                                       QStringLiteral("3"),
                                                       3),
                                                  QStringLiteral("anomaly test")))
                    .ok());
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        const auto spikes = spikesOf(*m_ops, m_failing);
        QCOMPARE(spikes.size(), 1);
        QCOMPARE(spikes.first().observed, QStringLiteral("5"));
        QCOMPARE(spikes.first().baseline, QStringLiteral("0"));
        QCOMPARE(spikes.first().samples.size(), 3);
        QCOMPARE(spikes.first().ratioText(), QStringLiteral("from 0"));
    }

    void aPlatformRuleMatchesTheRawEventsOfItsWindow()
    {
        // A platform-wide spike: a tenant's last hour alone outweighs the platform's usual hour.
        spend(m_spiky, 0, QStringLiteral("100000.00"));
        QVERIFY(wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-platform tokens"),
                                                       QStringLiteral("tokens"),
                                                       {},
                                                       QStringLiteral("1.5"),
                                                       QStringLiteral("1000")),
                                                  QStringLiteral("anomaly test")))
                    .ok());
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        const PgResult row = sql(QStringLiteral(
            "SELECT a.observed::text, a.samples::text, a.baseline::text, "
            "(SELECT sum(prompt_tokens + completion_tokens) FROM usage_events WHERE ts >= a.window_start AND ts < "
            "a.window_end)::text, "
            "(SELECT array_agg(coalesce((SELECT sum(prompt_tokens + completion_tokens) FROM usage_events WHERE ts >= "
            "a.window_start - make_interval(days => k) AND ts < a.window_end - make_interval(days => k)), 0) ORDER BY "
            "k) "
            "FROM generate_series(1, 7) k)::text "
            "FROM anomaly_alerts a JOIN anomaly_rules r ON r.id = a.rule_id WHERE r.name = 'ts-test-platform tokens' "
            "AND a.tenant_id IS NULL"));
        QCOMPARE(row.rows.size(), 1);
        QCOMPARE(row.rows.first().at(0).toString(), row.rows.first().at(3).toString());
        QCOMPARE(row.rows.first().at(1).toString(), row.rows.first().at(4).toString());
        AnomalyRepository::Filter filter;
        filter.openOnly = false;
        const auto all = wait(m_ops->anomalies()->list(filter));
        const auto platform = std::find_if(all.value.begin(), all.value.end(), [](const AnomalyAlert& a) {
            return a.ruleName == QLatin1String("ts-test-platform tokens");
        });
        QVERIFY(platform != all.value.end());
        QCOMPARE(platform->subjectText(), QStringLiteral("whole platform"));
    }

    void rolesSeeAndHandleWhatTheyMay()
    {
        // A tenant admin sees its own tenant's spikes, and is refused another tenant's plainly.
        auto admin = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("tenant_admin"), m_spiky, &m_logins, &m_redisUsers);
        QVERIFY(admin);
        AnomalyRepository::Filter all;
        all.openOnly = false;
        const auto own = wait(admin->anomalies()->list(all));
        QVERIFY2(own.ok(), qPrintable(own.error));
        QVERIFY(!own.value.isEmpty());
        for (const AnomalyAlert& a : own.value)
            QCOMPARE(a.tenantId, m_spiky);
        all.tenantId = m_failing;
        const auto other = wait(admin->anomalies()->list(all));
        QVERIFY(!other.ok());
        QVERIFY2(other.error.contains(QLatin1String("not permitted"), Qt::CaseInsensitive), qPrintable(other.error));
        QVERIFY(!wait(admin->anomalies()->evaluate()).ok());
        // Finance evaluates; support acknowledges, audited.
        auto finance = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("finance"), {}, &m_logins, &m_redisUsers);
        QVERIFY(finance);
        QVERIFY(wait(finance->anomalies()->evaluate()).ok());
        auto support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(support);
        const qint64 id = spikesOf(*m_ops, m_failing).first().id;
        const auto acked = wait(support->anomalies()->acknowledge(id, QStringLiteral("retries fixed upstream")));
        QVERIFY2(acked.ok(), qPrintable(acked.error));
        QVERIFY(!wait(support->anomalies()->acknowledge(id, {})).ok()); // once
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anomaly_alert.ack' AND object_id = ? "
                               "AND reason = 'retries fixed upstream'"),
                {QString::number(id)})
                .scalar()
                .toInt(),
            1);
        AnomalyRepository::Filter open;
        open.tenantId = m_failing;
        const auto stillOpen = wait(m_ops->anomalies()->list(open)).value;
        QVERIFY(std::none_of(stillOpen.begin(), stillOpen.end(), [id](const AnomalyAlert& a) { return a.id == id; }));
    }

    void rulesChangeAndGoAudited()
    {
        const auto rules = wait(m_ops->anomalies()->rules());
        QVERIFY(rules.ok());
        auto found = std::find_if(rules.value.begin(), rules.value.end(), [](const AnomalyRule& r) {
            return r.name == QLatin1String("ts-test-small spend");
        });
        QVERIFY(found != rules.value.end());
        QCOMPARE(found->tenantName, QStringLiteral("Small"));
        AnomalyRule changed = *found;
        changed.minimum = QStringLiteral("0.5");
        changed.enabled = false;
        QCOMPARE(wait(m_ops->anomalies()->saveRule(changed, QStringLiteral("anomaly test"))).value, changed.id);
        QCOMPARE(sql(QStringLiteral("SELECT minimum::text, enabled FROM anomaly_rules WHERE id = ?"), {changed.id})
                     .rows.first()
                     .at(1)
                     .toBool(),
                 false);
        QVERIFY(wait(m_ops->anomalies()->removeRule(changed.id, QStringLiteral("anomaly test"))).ok());
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE object_type = "
                                    "'anomaly_rule' AND object_id = ?"),
                     {QString::number(changed.id)})
                     .scalar()
                     .toString(),
                 QStringLiteral("anomaly_rule.create,anomaly_rule.update,anomaly_rule.remove"));
    }

    void aRemovedTenantsUsageIsNoSpike()
    {
        // Usage events have no foreign key: a removed tenant's stay, and must not break the evaluation.
        const QString gone = newTenant(QStringLiteral("Removed"));
        spend(gone, 0, QStringLiteral("500.00"));
        sql(QStringLiteral("DELETE FROM tenants WHERE id = ?::uuid"), {gone});
        AnomalyRule eachTenant = rule(QStringLiteral("ts-test-each tenant"),
                                      QStringLiteral("spend"),
                                      {},
                                      QStringLiteral("3"),
                                      QStringLiteral("100"));
        eachTenant.scope = QStringLiteral("tenants");
        QVERIFY(wait(m_ops->anomalies()->saveRule(eachTenant, QStringLiteral("anomaly test"))).ok());
        const auto fired = wait(m_ops->anomalies()->evaluate());
        QVERIFY2(fired.ok(), qPrintable(fired.error));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM anomaly_alerts a JOIN anomaly_rules r ON r.id = a.rule_id "
                                    "WHERE r.name = 'ts-test-each tenant' AND a.tenant_id IS NULL"))
                     .scalar()
                     .toInt(),
                 0);
        sql(QStringLiteral("DELETE FROM anomaly_rules WHERE name = 'ts-test-each tenant'"));
    }

    void aSpikeIsDeliveredWithItsBaseline()
    {
        WebhookPeer peer;
        AlertDestination hook;
        hook.name = QStringLiteral("ts-test-spikes");
        hook.kind = QStringLiteral("webhook");
        QVERIFY(wait(m_ops->deliveries()->saveDestination(
                         hook, peer.url(QStringLiteral("/spikes")).toString(), QStringLiteral("anomaly test")))
                    .ok());
        const QString late = newTenant(QStringLiteral("Late spike"));
        spend(late, 0, QStringLiteral("9.00"));
        QVERIFY(wait(m_ops->anomalies()->saveRule(rule(QStringLiteral("ts-test-late"),
                                                       QStringLiteral("spend"),
                                                       late,
                                                       QStringLiteral("3"),
                                                       QStringLiteral("2")),
                                                  QStringLiteral("anomaly test")))
                    .ok());
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        const auto round = wait(m_ops->alertSender()->sendDue(100));
        QVERIFY2(round.ok(), qPrintable(round.error));
        QJsonObject sent;
        for (const auto& request : std::as_const(peer.requests))
            if (request.json().value(QLatin1String("alert")).toObject().value(QLatin1String("rule")).toString()
                == QLatin1String("ts-test-late"))
                sent = request.json();
        QVERIFY(!sent.isEmpty());
        const QJsonObject alert = sent.value(QLatin1String("alert")).toObject();
        QCOMPARE(alert.value(QLatin1String("kind")).toString(), QStringLiteral("anomaly"));
        QCOMPARE(alert.value(QLatin1String("rule")).toString(), QStringLiteral("ts-test-late"));
        QCOMPARE(alert.value(QLatin1String("observed")).toDouble(), 9.0);
        QCOMPARE(alert.value(QLatin1String("baseline")).toDouble(), 0.0);
        QCOMPARE(alert.value(QLatin1String("samples")).toArray().size(), 7);
        QVERIFY(alert.value(QLatin1String("method")).toString().contains(QLatin1String("median")));
        QVERIFY2(sent.value(QLatin1String("text")).toString().contains(QLatin1String("Spike: spend of Late spike")),
                 qPrintable(sent.value(QLatin1String("text")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAnomalies)
#include "TestAnomalies.moc"
