#include <LagProbe.h>
#include <Screenshots.h>
#include <TestServers.h>
#include <WebhookPeer.h>
#include <app/PageServicesOf.h>
#include <models/alerts/AlertMonitor.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <ui/alerts/AlertsPage.h>
#include <ui/alerts/AnomalyRuleDialog.h>
#include <ui/alerts/DeliveryPanel.h>
#include <ui/alerts/DestinationDialog.h>
#include <ui/alerts/SpikesPanel.h>
#include <ui/common/StatePanel.h>
#include <ui/platform/MainWindow.h>

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxStallMs = 1000;
constexpr qint64 kMaxBuildMs = 1000;
#else
constexpr qint64 kMaxStallMs = 50;
constexpr qint64 kMaxBuildMs = 100;
#endif

// The Alerts page's Spikes and Delivery tabs in the real window (issue 23): a spike planted in the demo
// data is found by the app's own evaluation, shown with its baseline, samples and method, acknowledged;
// the delivery to a local Slack-like peer is shown sent, one to a peer that answers 404 failed; the
// dialogs refuse what the server would; a login that may not read deliveries sees an error, not nothing.
class TestSpikesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_redis;
    WebhookPeer m_peer;
    QString m_tenant;
    QString m_quiet;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;

    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_admin.get(), statement, params);
    }
    AlertsPage* page() const { return m_window->alertsPage(); }
    static int rowOf(QTableWidget* table, int column, const QString& text)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        // Made before the window: the blocking helpers spin the event loop.
        sql(QStringLiteral("DELETE FROM alert_destinations WHERE name LIKE 'ts-test-%'"));
        sql(QStringLiteral("DELETE FROM anomaly_rules WHERE name LIKE 'ts-test-%'"));
        m_tenant
            = sql(QStringLiteral("INSERT INTO tenants (slug, name, plan_id) VALUES ('ts-test-spike-gui-' || "
                                 "substr(md5(random()::text), 1, 8), 'Runaway Agents Ltd', 'professional') RETURNING "
                                 "id::text"))
                  .scalar()
                  .toString();
        m_quiet
            = sql(QStringLiteral("INSERT INTO tenants (slug, name, plan_id) VALUES ('ts-test-spike-gui-' || "
                                 "substr(md5(random()::text), 1, 8), 'Quiet Co', 'professional') RETURNING id::text"))
                  .scalar()
                  .toString();
        QVERIFY(sql(QStringLiteral("INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, "
                                   "completion_tokens, cost_usd) SELECT ?::uuid, now() - make_interval(days => d, mins "
                                   "=> 20), 'gpt-4o', 'openai', 1000, 500, CASE WHEN d = 0 THEN 8 ELSE 1 END "
                                   "FROM generate_series(0, 7) d"),
                    {m_tenant})
                    .ok());
        QVERIFY(
            sql(QStringLiteral("SELECT anomaly_rule_save(NULL, 'ts-test-gui spend', 'spend', 'tenants', ?::uuid, 7, "
                               "3, 2, true, 'gui test')"),
                {m_tenant})
                .ok());
        m_peer.answerPath("/gone", {404, "no_service", {}, false});
        QVERIFY(
            sql(QStringLiteral("SELECT alert_destination_save(NULL, 'ts-test-gui team', 'slack', ?, true, 'gui test')"),
                {m_peer.url(QStringLiteral("/team")).toString()})
                .ok());
        QVERIFY(sql(QStringLiteral("SELECT alert_destination_save(NULL, 'ts-test-gui gone', 'webhook', ?, true, 'gui "
                                   "test')"),
                    {m_peer.url(QStringLiteral("/gone")).toString()})
                    .ok());

        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Opening a profile builds every page once (no server is asked yet): bounded on its own, as the
        // perceptible 100 ms; the stall bound is about the loading that follows.
        QElapsedTimer building;
        building.start();
        m_window->setServices(pageServicesOf(
            *m_services, new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get()), {}));
        const qint64 built = building.elapsed();
        qInfo("pages built in %lld ms", built);
        QVERIFY2(built <= kMaxBuildMs, qPrintable(QString::number(built)));
        LagProbe probe;
        probe.start();
        QSignalSpy sent(m_services->alertMonitor(), &AlertMonitor::deliveriesSent);
        m_services->connectAll();
        // The app's own minute: quotas, then the rules, then the deliveries.
        QVERIFY(sent.wait(60000));
        const qint64 stall = probe.stop();
        qInfo("evaluation and first delivery round: worst event-loop stall %lld ms", stall);
        QVERIFY2(stall <= kMaxStallMs, qPrintable(QString::number(stall)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QTest::qWait(100);
        if (!m_admin)
            return;
        sql(QStringLiteral("DELETE FROM alert_destinations WHERE name LIKE 'ts-test-%'"));
        sql(QStringLiteral("DELETE FROM anomaly_rules WHERE name LIKE 'ts-test-%'"));
        // Usage events have no foreign key: they go with the tenant, and so do their pending rollups.
        sql(QStringLiteral("DELETE FROM usage_events WHERE tenant_id = ?::uuid"), {m_tenant});
        sql(QStringLiteral("DELETE FROM usage_rollup_pending WHERE tenant_id = ?::uuid"), {m_tenant});
        sql(QStringLiteral("DELETE FROM tenants WHERE slug LIKE 'ts-test-spike-gui-%'"));
        for (const QString& login : std::as_const(m_logins)) {
            sql(QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            sql(QStringLiteral("DROP ROLE IF EXISTS ") + login);
        }
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
    }

    void theSpikeShowsWithItsBaselineAndMethod()
    {
        m_window->showPage(MainWindow::AlertsPageIndex);
        QVERIFY(page()->spikesPanel() && page()->deliveryPanel());
        page()->tabs()->setCurrentWidget(page()->spikesPanel());
        SpikesPanel* spikes = page()->spikesPanel();
        QTableWidget* table = spikes->spikesTable();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, 1, QStringLiteral("ts-test-gui spend")) >= 0, 15000);
        const int row = rowOf(table, 1, QStringLiteral("ts-test-gui spend"));
        table->selectRow(row);
        Screenshots::save(m_window.get(), QStringLiteral("alerts-spikes")); // before the English texts are checked
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Runaway Agents Ltd"));
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("$8.00"));
        QCOMPARE(table->item(row, 5)->text(), QStringLiteral("$1.00"));
        QCOMPARE(table->item(row, 6)->text(), QStringLiteral("8.0 ×"));
        const QString detail = spikes->detailText();
        QVERIFY2(detail.contains(QLatin1String("the median of $1.00, $1.00, $1.00, $1.00, $1.00, $1.00, $1.00"))
                     && detail.contains(QLatin1String("Method: last 60 min vs the median")),
                 qPrintable(detail));
        QVERIFY(table->item(row, 0)->toolTip().contains(QLatin1String("fires at 3 x and at least 2")));
        QVERIFY(rowOf(spikes->rulesTable(), 0, QStringLiteral("ts-test-gui spend")) >= 0);
        QVERIFY(rowOf(spikes->rulesTable(), 0, QStringLiteral("Tenant spend spike")) >= 0); // the demo's
    }

    void acknowledgingASpikeIsShared()
    {
        SpikesPanel* spikes = page()->spikesPanel();
        const int row = rowOf(spikes->spikesTable(), 1, QStringLiteral("ts-test-gui spend"));
        spikes->spikesTable()->selectRow(row);
        const qint64 id = spikes->spikes().at(row).id;
        QSignalSpy changed(spikes, &SpikesPanel::changed);
        spikes->acknowledgeSelected(QStringLiteral("a loop in their agent, fixed"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(spikes->spikesTable(), 1, QStringLiteral("ts-test-gui spend")), -1, 10000);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anomaly_alert.ack' AND object_id = ? "
                               "AND reason = 'a loop in their agent, fixed'"),
                {QString::number(id)})
                .scalar()
                .toInt(),
            1);
    }

    void theRuleDialogRefusesWhatTheServerWould()
    {
        AnomalyRule rule;
        rule.name = QStringLiteral("ts-test-dialog");
        rule.factor = QStringLiteral("1");
        AnomalyRuleDialog dialog(rule);
        QVERIFY2(dialog.problem().contains(QLatin1String("1.1 to 1000")), qPrintable(dialog.problem()));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        // The baseline window cannot be zero days here, as on the server.
        QCOMPARE(dialog.findChild<QSpinBox*>()->minimum(), 1);
        rule.factor = QStringLiteral("3");
        AnomalyRuleDialog fine(rule);
        QVERIFY(fine.problem().contains(QLatin1String("reason"))); // still needs a reason for the audit log
    }

    void deliveriesShowSentAndFailed()
    {
        page()->tabs()->setCurrentWidget(page()->deliveryPanel());
        DeliveryPanel* delivery = page()->deliveryPanel();
        page()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!delivery->deliveries().isEmpty(), 10000);
        Screenshots::save(m_window.get(), QStringLiteral("alerts-delivery"));
        bool sentToTeam = false;
        bool failedGone = false;
        for (const AlertDeliveryRow& d : delivery->deliveries()) {
            sentToTeam |= d.destination == QLatin1String("ts-test-gui team") && d.state == QLatin1String("sent");
            failedGone |= d.destination == QLatin1String("ts-test-gui gone") && d.state == QLatin1String("failed")
                && d.stateText().contains(QLatin1String("404"));
        }
        QVERIFY(sentToTeam);
        QVERIFY(failedGone);
        QVERIFY(!m_peer.requestsTo("/team").isEmpty());
        // The URL is never shown: only its hint.
        const int team = rowOf(delivery->destinationsTable(), 0, QStringLiteral("ts-test-gui team"));
        QVERIFY(team >= 0);
        QVERIFY(delivery->destinationsTable()->item(team, 2)->text().endsWith(QStringLiteral("/…team")));
        QVERIFY(delivery->senderText().startsWith(QLatin1String("This console sends deliveries")));
    }

    void theDestinationDialogRefusesPlainHttp()
    {
        DestinationDialog dialog({});
        dialog.findChild<QLineEdit*>(QStringLiteral("destinationName"))->setText(QStringLiteral("team"));
        dialog.findChild<QLineEdit*>(QStringLiteral("destinationReason"))->setText(QStringLiteral("on-call"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("destinationUrl"));
        QCOMPARE(url->echoMode(), QLineEdit::Password);
        url->setText(QStringLiteral("http://hooks.example.com/services/x"));
        QVERIFY2(dialog.problem().contains(QLatin1String("https://")), qPrintable(dialog.problem()));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        url->setText(QStringLiteral("https://hooks.example.com/services/x"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    }

    void emptyAndErrorStatesArePlain()
    {
        // A tenant without spikes: the empty state says why there is nothing.
        SpikesPanel quiet(m_services->anomalies(), nullptr);
        quiet.setTenantFilter(m_quiet);
        auto* spikesState = quiet.spikesState();
        QTRY_VERIFY_WITH_TIMEOUT(spikesState->currentMessage().contains(QLatin1String("No open spikes")), 10000);
        // A tenant admin may not read deliveries: an error, not an empty list.
        auto admin = TestServers::operationsAs(
            m_admin.get(), m_redis.get(), QStringLiteral("tenant_admin"), m_tenant, &m_logins, &m_redisUsers);
        QVERIFY(admin);
        DeliveryPanel refused(admin->deliveries(), nullptr);
        refused.reload();
        auto* destinationsState = refused.destinationsState();
        QTRY_VERIFY_WITH_TIMEOUT(
            destinationsState->currentMessage().contains(QLatin1String("not permitted"), Qt::CaseInsensitive), 10000);
    }
};

QTEST_MAIN(TestSpikesPage)
#include "TestSpikesPage.moc"
