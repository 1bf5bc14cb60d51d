#include <TestServers.h>
#include <WebhookPeer.h>
#include <async/AwaitFuture.h>
#include <models/alerts/AlertDelivery.h>
#include <models/alerts/AlertMonitor.h>
#include <models/alerts/Alerts.h>
#include <models/alerts/Anomalies.h>
#include <models/operations/Operations.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <net/WebhookPost.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

// Alert delivery on the real PostgreSQL against a local webhook peer that answers as Slack's incoming
// webhooks do: each alert reaches each destination once, 500 and 429 are retried with backoff (Retry-After
// honoured), a 404 or a timeout ends as a failed delivery that is shown, two consoles sending at once send
// nothing twice, and the URL is a secret no role but the sender's reads.
class TestAlertDelivery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<Operations> m_ops;
    WebhookPeer m_peer;
    QStringList m_tenants;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;

    template <typename T> static T wait(QFuture<T> future, int timeoutMs = 60000)
    {
        if (!awaitFuture(future, timeoutMs))
            qFatal("timed out");
        return future.result();
    }
    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_pg.get(), statement, params);
    }
    void setSetting(const QString& key, const QString& value)
    {
        QVERIFY(
            sql(QStringLiteral("INSERT INTO platform_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                               "SET value = excluded.value"),
                {key, value})
                .ok());
    }
    qint64 addDestination(const QString& name, const QString& kind, const QString& path)
    {
        AlertDestination d;
        d.name = name;
        d.kind = kind;
        const Fetched<qint64> saved = wait(
            m_ops->deliveries()->saveDestination(d, m_peer.url(path).toString(), QStringLiteral("delivery test")));
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.error));
        return saved.value;
    }
    // A new tenant over its quota, and one evaluation: its quota alerts fire (and are queued).
    QString fireQuotaAlerts(const QString& name)
    {
        const QString tenant = TestServers::tenantNearQuota(m_pg.get(), m_redis.get(), name, 95);
        m_tenants << tenant;
        const auto evaluation = wait(m_ops->alerts()->evaluate(), 120000);
        if (!evaluation.ok())
            qWarning("%s", qPrintable(evaluation.error));
        return tenant;
    }
    int deliveriesOf(const QString& tenant, const QString& state = {})
    {
        return sql(QStringLiteral(
                       "SELECT count(*) FROM alert_deliveries WHERE tenant_id = ?::uuid AND (? = '' OR state = ?)"),
                   {tenant, state, state})
            .scalar()
            .toInt();
    }
    void clean()
    {
        sql(QStringLiteral("DELETE FROM alert_destinations WHERE name LIKE 'ts-test-%'"));
        for (const QString& t : std::as_const(m_tenants))
            TestServers::removeTenant(m_pg.get(), m_redis.get(), t);
        m_tenants.clear();
        m_peer.requests.clear();
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_ops = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_ops->connectAll();
        m_ops->alertSender()->setTimeoutMs(2000);
        // Destinations left by another test would receive this test's alerts.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM alert_destinations WHERE name NOT LIKE 'ts-test-%'"))
                     .scalar()
                     .toInt(),
                 0);
        clean();
        // Whatever the demo data has crossed fires now, before any destination exists: only this test's
        // alerts are delivered below.
        QVERIFY(wait(m_ops->alerts()->evaluate(), 120000).ok());
        QVERIFY(wait(m_ops->anomalies()->evaluate()).ok());
        setSetting(QStringLiteral("alerts.delivery_backoff_seconds"), QStringLiteral("1"));
        setSetting(QStringLiteral("alerts.delivery_max_attempts"), QStringLiteral("6"));
    }

    void cleanup() { clean(); }

    void cleanupTestCase()
    {
        clean();
        setSetting(QStringLiteral("alerts.delivery_backoff_seconds"), QStringLiteral("30"));
        setSetting(QStringLiteral("alerts.delivery_max_attempts"), QStringLiteral("6"));
        for (const QString& login : std::as_const(m_logins))
            sql(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
    }

    void refusesBadDestinationsPlainly()
    {
        AlertDestination d;
        d.name = QStringLiteral("ts-test-plain");
        d.kind = QStringLiteral("webhook");
        // Not HTTPS: refused before the server, and by the server too.
        auto refused = wait(m_ops->deliveries()->saveDestination(
            d, QStringLiteral("http://hooks.example.com/x"), QStringLiteral("delivery test")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("https://")), qPrintable(refused.error));
        const PgResult server = sql(QStringLiteral("SELECT alert_destination_save(NULL, 'ts-test-plain', 'webhook', "
                                                   "'http://hooks.example.com/x', true, 'delivery test')"));
        QVERIFY(!server.ok());
        QVERIFY2(server.error.contains(QLatin1String("https://")), qPrintable(server.error));
        // Not a URL, no reason, an unknown kind.
        QVERIFY(!wait(m_ops->deliveries()->saveDestination(d, QStringLiteral("hooks"), QStringLiteral("delivery test")))
                     .ok());
        QVERIFY(!wait(m_ops->deliveries()->saveDestination(d, m_peer.url(QStringLiteral("/x")).toString(), {})).ok());
        d.kind = QStringLiteral("email");
        QVERIFY(!wait(m_ops->deliveries()->saveDestination(
                          d, m_peer.url(QStringLiteral("/x")).toString(), QStringLiteral("delivery test")))
                     .ok());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM alert_destinations")).scalar().toInt(), 0);
        // Support may not set one.
        auto support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(support);
        d.kind = QStringLiteral("slack");
        auto notPermitted = wait(support->deliveries()->saveDestination(
            d, m_peer.url(QStringLiteral("/x")).toString(), QStringLiteral("delivery test")));
        QVERIFY(!notPermitted.ok());
        QVERIFY2(notPermitted.error.contains(QLatin1String("not permitted"), Qt::CaseInsensitive),
                 qPrintable(notPermitted.error));
    }

    void theUrlIsASecret()
    {
        const qint64 id = addDestination(QStringLiteral("ts-test-hidden"),
                                         QStringLiteral("slack"),
                                         QStringLiteral("/services/T000/B000/XXXXsecretXXXX"));
        QVERIFY(id > 0);
        for (const QString& role : TestServers::roles())
            QVERIFY2(
                !sql(QStringLiteral("SELECT has_column_privilege(?, 'alert_destinations', 'url', 'SELECT')"), {role})
                     .scalar()
                     .toBool(),
                qPrintable(role));
        // Support sees the destination by its hint, not its URL, and may not claim deliveries (which hand it out).
        auto support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(support);
        const auto listed = wait(support->deliveries()->destinations());
        QVERIFY2(listed.ok(), qPrintable(listed.error));
        QCOMPARE(listed.value.size(), 1);
        QVERIFY(!listed.value.first().urlHint.contains(QLatin1String("secret")));
        QVERIFY(listed.value.first().urlHint.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!TestServers::exec(support->pg(), QStringLiteral("SELECT url FROM alert_destinations")).ok());
        const auto claim = wait(support->deliveries()->claim(10, 30));
        QVERIFY(!claim.ok());
        // The audit log has the change, not the URL.
        const PgResult audit
            = sql(QStringLiteral("SELECT count(*), bool_or(after::text LIKE '%secret%') FROM audit_log "
                                 "WHERE object_type = 'alert_destination' AND object_id = ?"),
                  {QString::number(id)});
        QVERIFY2(audit.ok(), qPrintable(audit.error));
        QCOMPARE(audit.rows.first().at(0).toInt(), 1);
        QCOMPARE(audit.rows.first().at(1).toBool(), false);
    }

    void deliversEachAlertOnceToSlackAndAWebhook()
    {
        QVERIFY(addDestination(QStringLiteral("ts-test-slack"), QStringLiteral("slack"), QStringLiteral("/slack")) > 0);
        QVERIFY(addDestination(QStringLiteral("ts-test-hook"), QStringLiteral("webhook"), QStringLiteral("/hook")) > 0);
        // A tenant name Slack would read as a channel-wide mention.
        const QString tenant = fireQuotaAlerts(QStringLiteral("<!channel> Acme & Co"));
        const int alerts = sql(QStringLiteral("SELECT count(*) FROM quota_alerts WHERE tenant_id = ?::uuid"), {tenant})
                               .scalar()
                               .toInt();
        QVERIFY(alerts >= 2); // 80 and 90 % of its tokens
        QCOMPARE(deliveriesOf(tenant), 2 * alerts);

        const auto round = wait(m_ops->alertSender()->sendDue());
        QVERIFY2(round.ok(), qPrintable(round.error));
        QCOMPARE(round.value.sent, 2 * alerts);
        QCOMPARE(deliveriesOf(tenant, QStringLiteral("sent")), 2 * alerts);
        const auto slack = m_peer.requestsTo("/slack");
        const auto hook = m_peer.requestsTo("/hook");
        QCOMPARE(slack.size(), alerts);
        QCOMPARE(hook.size(), alerts);
        // Slack: {"text", "blocks"}, the name escaped so it notifies nobody.
        const QJsonObject message = slack.first().json();
        QCOMPARE(slack.first().method, QByteArray("POST"));
        QCOMPARE(slack.first().header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(
            message.value(QLatin1String("text")).toString().contains(QLatin1String("&lt;!channel&gt; Acme &amp; Co")),
            slack.first().body.constData());
        QVERIFY(!slack.first().body.contains("<!channel>"));
        QCOMPARE(
            message.value(QLatin1String("blocks")).toArray().first().toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("section"));
        // The generic webhook: the alert as data, and a key to recognise a retry by.
        QSet<qint64> alertIds;
        for (const auto& request : hook) {
            const QJsonObject body = request.json();
            QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("tenantscope.alert"));
            const QJsonObject alert = body.value(QLatin1String("alert")).toObject();
            QCOMPARE(alert.value(QLatin1String("tenant_id")).toString(), tenant);
            QCOMPARE(alert.value(QLatin1String("kind")).toString(), QStringLiteral("quota"));
            alertIds.insert(qint64(alert.value(QLatin1String("id")).toDouble()));
            QCOMPARE(request.header("Idempotency-Key"),
                     "tenantscope-alert-delivery-"
                         + QByteArray::number(qint64(body.value(QLatin1String("delivery_id")).toDouble())));
        }
        QCOMPARE(alertIds.size(), alerts);

        // Nothing is sent twice: another round, and another evaluation of the same month, send nothing.
        QCOMPARE(wait(m_ops->alertSender()->sendDue()).value.claimed, 0);
        QVERIFY(wait(m_ops->alerts()->evaluate(), 120000).ok());
        QCOMPARE(wait(m_ops->alertSender()->sendDue()).value.claimed, 0);
        QCOMPARE(m_peer.requests.size(), 2 * alerts);
        // What the deliveries list shows.
        const auto rows = wait(m_ops->deliveries()->deliveries());
        QVERIFY(rows.ok());
        int sentRows = 0;
        for (const AlertDeliveryRow& r : rows.value)
            if (r.tenantName.contains(QLatin1String("Acme")) && r.state == QLatin1String("sent"))
                ++sentRows;
        QCOMPARE(sentRows, 2 * alerts);
    }

    void retriesAfter500And429WithBackoff()
    {
        QVERIFY(addDestination(QStringLiteral("ts-test-retry"), QStringLiteral("slack"), QStringLiteral("/retry")) > 0);
        sql(QStringLiteral("UPDATE platform_settings SET value = '80' WHERE key = 'alerts.thresholds'"));
        const QString tenant = fireQuotaAlerts(QStringLiteral("Retry test"));
        sql(QStringLiteral("UPDATE platform_settings SET value = '80,90,100' WHERE key = 'alerts.thresholds'"));
        QCOMPARE(deliveriesOf(tenant), 1);
        m_peer.script({{500, "internal_error", {}, false},
                       {429, "rate_limited", {{"Retry-After", "3"}}, false},
                       {200, "ok", {}, false}});

        auto round = wait(m_ops->alertSender()->sendDue());
        QCOMPARE(round.value.retrying, 1);
        QVERIFY(round.value.problems.join(u' ').contains(QLatin1String("HTTP 500")));
        PgResult row
            = sql(QStringLiteral("SELECT state, attempts, last_status, extract(epoch FROM next_attempt_at - now()) "
                                 "FROM alert_deliveries WHERE tenant_id = ?::uuid"),
                  {tenant});
        QCOMPARE(row.rows.first().at(0).toString(), QStringLiteral("pending"));
        QCOMPARE(row.rows.first().at(2).toInt(), 500);
        QVERIFY(row.rows.first().at(3).toDouble() > 0.2); // backoff: 1 s after the first failure
        // Not due yet: nothing is sent.
        QCOMPARE(wait(m_ops->alertSender()->sendDue()).value.claimed, 0);
        QTest::qWait(1200);
        round = wait(m_ops->alertSender()->sendDue());
        QCOMPARE(round.value.retrying, 1);
        row = sql(
            QStringLiteral("SELECT last_status, extract(epoch FROM next_attempt_at - now()) FROM alert_deliveries "
                           "WHERE tenant_id = ?::uuid"),
            {tenant});
        QCOMPARE(row.rows.first().at(0).toInt(), 429);
        // Retry-After (3 s) is longer than the backoff (2 s): it is honoured.
        QVERIFY2(row.rows.first().at(1).toDouble() > 2.3, qPrintable(row.rows.first().at(1).toString()));
        QTest::qWait(2000);
        QCOMPARE(wait(m_ops->alertSender()->sendDue()).value.claimed, 0);
        QTest::qWait(1200);
        round = wait(m_ops->alertSender()->sendDue());
        QCOMPARE(round.value.sent, 1);
        QCOMPARE(m_peer.requests.size(), 3);
        // The same delivery each time (the receiver can tell a retry by its key), sent once in the end.
        QCOMPARE(m_peer.requests.at(0).header("Idempotency-Key"), m_peer.requests.at(2).header("Idempotency-Key"));
        row = sql(QStringLiteral("SELECT state, attempts FROM alert_deliveries WHERE tenant_id = ?::uuid"), {tenant});
        QCOMPARE(row.rows.first().at(0).toString(), QStringLiteral("sent"));
        QCOMPARE(row.rows.first().at(1).toInt(), 3);
    }

    void a404IsAFailedDeliveryShownNotRetried()
    {
        QVERIFY(addDestination(QStringLiteral("ts-test-gone"), QStringLiteral("slack"), QStringLiteral("/gone")) > 0);
        sql(QStringLiteral("UPDATE platform_settings SET value = '80' WHERE key = 'alerts.thresholds'"));
        const QString tenant = fireQuotaAlerts(QStringLiteral("Gone test"));
        sql(QStringLiteral("UPDATE platform_settings SET value = '80,90,100' WHERE key = 'alerts.thresholds'"));
        m_peer.script({{404, "no_service", {}, false}});
        const auto round = wait(m_ops->alertSender()->sendDue());
        QCOMPARE(round.value.failed, 1);
        QVERIFY(round.value.problems.join(u' ').contains(QLatin1String("HTTP 404 no_service")));
        QTest::qWait(1200);
        QCOMPARE(wait(m_ops->alertSender()->sendDue()).value.claimed, 0);
        QCOMPARE(m_peer.requests.size(), 1);
        const auto rows = wait(m_ops->deliveries()->deliveries());
        const auto failed = std::find_if(rows.value.begin(), rows.value.end(), [](const AlertDeliveryRow& r) {
            return r.tenantName == QLatin1String("Gone test");
        });
        QVERIFY(failed != rows.value.end());
        QCOMPARE(failed->state, QStringLiteral("failed"));
        QVERIFY2(failed->stateText().contains(QLatin1String("404"))
                     && failed->stateText().contains(QLatin1String("no_service")),
                 qPrintable(failed->stateText()));
        // The destinations list counts it, so the page can show it.
        const auto destinations = wait(m_ops->deliveries()->destinations());
        QCOMPARE(destinations.value.first().failed, 1);
    }

    void aTimeoutIsRetriedThenFails()
    {
        setSetting(QStringLiteral("alerts.delivery_max_attempts"), QStringLiteral("2"));
        m_ops->alertSender()->setTimeoutMs(500);
        QVERIFY(addDestination(QStringLiteral("ts-test-slow"), QStringLiteral("webhook"), QStringLiteral("/slow")) > 0);
        sql(QStringLiteral("UPDATE platform_settings SET value = '80' WHERE key = 'alerts.thresholds'"));
        const QString tenant = fireQuotaAlerts(QStringLiteral("Slow test"));
        sql(QStringLiteral("UPDATE platform_settings SET value = '80,90,100' WHERE key = 'alerts.thresholds'"));
        m_peer.script({{200, "ok", {}, true}, {200, "ok", {}, true}});
        QElapsedTimer timer;
        timer.start();
        auto round = wait(m_ops->alertSender()->sendDue());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(round.value.retrying, 1);
        QVERIFY2(round.value.problems.join(u' ').contains(QLatin1String("no answer")),
                 qPrintable(round.value.problems.join(u' ')));
        QTest::qWait(1200);
        round = wait(m_ops->alertSender()->sendDue());
        QCOMPARE(round.value.failed, 1);
        QCOMPARE(deliveriesOf(tenant, QStringLiteral("failed")), 1);
        m_ops->alertSender()->setTimeoutMs(2000);
        setSetting(QStringLiteral("alerts.delivery_max_attempts"), QStringLiteral("6"));
    }

    void twoConsolesSendingAtOnceSendNothingTwice()
    {
        QVERIFY(addDestination(QStringLiteral("ts-test-twice"), QStringLiteral("webhook"), QStringLiteral("/twice"))
                > 0);
        for (int i = 0; i < 4; ++i)
            fireQuotaAlerts(QStringLiteral("Twice test %1").arg(i));
        const int queued
            = sql(QStringLiteral("SELECT count(*) FROM alert_deliveries WHERE state = 'pending'")).scalar().toInt();
        QVERIFY(queued >= 8);
        Operations other(TestServers::adminProfile(), TestServers::adminSecrets());
        other.connectAll();
        // Both claim at the same time, in small rounds, until nothing is due.
        int sent = 0;
        for (int i = 0; i < 10 && sent < queued; ++i) {
            auto a = m_ops->alertSender()->sendDue(3);
            auto b = other.alertSender()->sendDue(3);
            sent += wait(a).value.sent + wait(b).value.sent;
        }
        QCOMPARE(sent, queued);
        QCOMPARE(m_peer.requests.size(), queued);
        QSet<QByteArray> keys;
        for (const auto& request : std::as_const(m_peer.requests))
            keys.insert(request.header("Idempotency-Key"));
        QCOMPARE(keys.size(), queued);
    }

    void theMonitorSendsWhatItFiresAndOnlyAsPlatformAdmin()
    {
        const qint64 destination
            = addDestination(QStringLiteral("ts-test-monitor"), QStringLiteral("slack"), QStringLiteral("/monitor"));
        QVERIFY(destination > 0);
        const QString tenant
            = TestServers::tenantNearQuota(m_pg.get(), m_redis.get(), QStringLiteral("Monitor test"), 95);
        m_tenants << tenant;
        // Support's console evaluates (the alerts fire and are queued) but does not send.
        auto support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(support);
        AlertMonitor* supportMonitor = support->alertMonitor();
        QSignalSpy supportRound(supportMonitor, &AlertMonitor::deliveriesSent);
        supportMonitor->evaluateNow();
        QVERIFY(supportRound.wait(60000));
        QVERIFY(!supportMonitor->sendsDeliveries());
        QVERIFY(deliveriesOf(tenant, QStringLiteral("pending")) >= 2);
        QCOMPARE(m_peer.requests.size(), 0);
        // A platform admin's console sends them in its next minute.
        AlertMonitor* monitor = m_ops->alertMonitor();
        QSignalSpy round(monitor, &AlertMonitor::deliveriesSent);
        monitor->evaluateNow();
        QVERIFY(round.wait(60000));
        QVERIFY(monitor->sendsDeliveries());
        QCOMPARE(deliveriesOf(tenant, QStringLiteral("pending")), 0);
        QVERIFY(deliveriesOf(tenant, QStringLiteral("sent")) >= 2);
        QCOMPARE(
            m_peer.requestsTo("/monitor").size(),
            sql(QStringLiteral("SELECT count(*) FROM alert_deliveries WHERE destination_id = ? AND state = 'sent'"),
                {destination})
                .scalar()
                .toInt());
    }

    void retryAfterReadsSecondsAndDates()
    {
        const QDateTime now(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        QCOMPARE(retryAfterSeconds("120", now), 120);
        QCOMPARE(retryAfterSeconds("Fri, 04 Dec 2026 10:00:30 GMT", now), 30);
        QCOMPARE(retryAfterSeconds("", now), -1);
        QCOMPARE(retryAfterSeconds("soon", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "TestAlertDelivery.moc"
