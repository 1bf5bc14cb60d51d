#include <AppLink.h>
#include <ConnectionStatus.h>
#include <ExecutionsPage.h>
#include <KeysPage.h>
#include <MainWindow.h>
#include <PageServicesOf.h>
#include <PgSession.h>
#include <PlansPage.h>
#include <Services.h>
#include <Tenant360Sections.h>
#include <TenantDetailPane.h>
#include <TenantsPage.h>
#include <TestServers.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The tenant 360: the detail of one tenant joins its failures by cause, its jobs, open alerts, keys
// and recent changes, each as the database has them, each opening its page filtered to the tenant.
class TestTenant360 : public QObject
{
    Q_OBJECT

    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    QString m_tenantId;
    QString m_tenantName;

    QString section(const char* name) const
    {
        return m_window->tenantsPage()->detailPane()->sections()->sectionText(QLatin1String(name));
    }

    int scalar(const QString& sql) const
    {
        return TestServers::exec(m_admin.get(), sql, {m_tenantId}).scalar().toInt();
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        // The tenant with the most failures this week: every part has something to show.
        const PgResult busiest = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT t.id::text, t.name FROM executions e JOIN tenants t ON t.id = e.tenant_id "
                           "WHERE e.status = 'failed' AND e.created_at > now() - interval '7 days' "
                           "GROUP BY t.id, t.name ORDER BY count(*) DESC, t.name LIMIT 1"));
        QVERIFY(busiest.ok() && !busiest.rows.isEmpty());
        m_tenantId = busiest.rows.first().at(0).toString();
        m_tenantName = busiest.rows.first().at(1).toString();

        const ConnectionProfile profile = TestServers::adminProfile();
        m_services = std::make_unique<Services>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 1000);
        m_window->show();
        auto* status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        m_window->setServices(pageServicesOf(*m_services, status, profile.name));
        m_services->connectAll();
    }

    void theDetailJoinsEveryPart()
    {
        Tenant360Sections* sections = m_window->tenantsPage()->detailPane()->sections();
        QSignalSpy loaded(sections, &Tenant360Sections::loaded);
        m_window->openLink(AppLink::tenant(m_tenantId));
        QVERIFY(loaded.wait(10000));

        // This month: the same month-to-date tokens as the tenant's own row, and a forecast sentence.
        const QString month = section("section360Month");
        const QString ownTokens = m_window->tenantsPage()->detailPane()->fieldText(QStringLiteral("detailTokens"));
        QCOMPARE(month.section(QLatin1Char(' '), 0, 0), ownTokens.section(QLatin1Char(' '), 0, 0));
        QVERIFY2(month.contains(QLatin1String("At this pace")) || month.contains(QLatin1String("Over the included"))
                     || month.contains(QLatin1String("unlimited")),
                 qPrintable(month));

        // Failures: the most frequent error code of the week is there.
        const PgResult top = TestServers::exec(
            m_admin.get(),
            QStringLiteral(
                "SELECT error_code FROM executions WHERE tenant_id = ?::uuid AND status = 'failed' "
                "AND created_at > now() - interval '7 days' GROUP BY error_code ORDER BY count(*) DESC LIMIT 1"),
            {m_tenantId});
        QVERIFY(top.ok() && !top.rows.isEmpty());
        QVERIFY2(section("section360Failures").contains(top.rows.first().at(0).toString()),
                 qPrintable(section("section360Failures")));

        // Open alerts: one line each, or "none".
        const int openAlerts = scalar(QStringLiteral(
            "SELECT count(*) FROM quota_alerts WHERE tenant_id = ?::uuid AND acknowledged_at IS NULL "
            "AND (snoozed_until IS NULL OR snoozed_until <= now()) AND period = date_trunc('month', now())::date"));
        const QString alerts = section("section360Alerts");
        if (openAlerts == 0)
            QCOMPARE(alerts, QStringLiteral("No open alerts."));
        else
            QCOMPARE(int(alerts.count(QLatin1Char('\n')) + 1), openAlerts);

        // Keys: active uploads only, masked.
        const int keys = scalar(QStringLiteral(
            "SELECT count(*) FROM sealed_provider_keys WHERE tenant_id = ?::uuid AND revoked_at IS NULL"));
        if (keys == 0)
            QCOMPARE(section("section360Keys"), QStringLiteral("No active keys uploaded."));
        else
            QCOMPARE(int(section("section360Keys").count(QStringLiteral("••••"))), keys);

        // Recent changes: the newest audit entry of the tenant leads.
        const PgResult newest = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT action FROM audit_log WHERE tenant_id = ?::uuid ORDER BY id DESC LIMIT 1"),
            {m_tenantId});
        QVERIFY(newest.ok());
        if (newest.rows.isEmpty())
            QCOMPARE(section("section360Audit"), QStringLiteral("No changes recorded."));
        else
            QVERIFY2(section("section360Audit")
                         .section(QLatin1Char('\n'), 0, 0)
                         .contains(newest.rows.first().at(0).toString()),
                     qPrintable(section("section360Audit")));

        // Jobs: answered (counts per state, or none), never left loading.
        QVERIFY(!section("section360Jobs").isEmpty() && section("section360Jobs") != QStringLiteral("Loading…"));

        // For the README, when TS_SCREENSHOT names a file: the window as a user sees it now.
        if (const QString path = qEnvironmentVariable("TS_SCREENSHOT"); !path.isEmpty())
            QVERIFY(m_window->grab().save(path));
    }

    void eachPartOpensItsPageFiltered()
    {
        auto* openFailures = m_window->findChild<QPushButton*>(QStringLiteral("section360FailuresOpen"));
        QTest::mouseClick(openFailures, Qt::LeftButton);
        ExecutionsPage* executions = m_window->executionsPage();
        QVERIFY(executions->isVisible());
        QCOMPARE(executions->filter().tenantId, m_tenantId);
        QCOMPARE(executions->filter().status, QStringLiteral("failed"));

        m_window->showPage(MainWindow::TenantsPageIndex);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("section360AuditOpen")), Qt::LeftButton);
        QVERIFY(m_window->plansPage()->isVisible());
        QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("auditTenantFilter"))->text(), m_tenantId);

        m_window->showPage(MainWindow::TenantsPageIndex);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("section360KeysOpen")), Qt::LeftButton);
        QVERIFY(m_window->keysPage()->isVisible());
    }

    void anotherTenantReplacesTheParts()
    {
        const PgResult quiet = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT t.id::text FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM executions e WHERE "
                           "e.tenant_id = t.id AND e.status = 'failed' AND e.created_at > now() - interval '7 days') "
                           "ORDER BY t.name LIMIT 1"));
        QVERIFY(quiet.ok() && !quiet.rows.isEmpty());
        Tenant360Sections* sections = m_window->tenantsPage()->detailPane()->sections();
        QSignalSpy loaded(sections, &Tenant360Sections::loaded);
        m_window->openLink(AppLink::tenant(quiet.rows.first().at(0).toString()));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(section("section360Failures"), QStringLiteral("No failed executions."));
    }
};

QTEST_MAIN(TestTenant360)
#include "TestTenant360.moc"
