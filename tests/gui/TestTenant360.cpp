#include <Screenshots.h>
#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/alerts/Alerts.h>
#include <models/operations/Operations.h>
#include <models/platform/AppLink.h>
#include <models/platform/ConnectionStatus.h>
#include <models/queues/QueueModels.h>
#include <models/snapshot/SnapshotExporter.h>
#include <models/snapshot/SupportSnapshot.h>
#include <net/PgSession.h>
#include <ui/alerts/AlertsPage.h>
#include <ui/common/StatusProgress.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/executions/TraceView.h>
#include <ui/flags/AiConfigPanel.h>
#include <ui/flags/FlagsPage.h>
#include <ui/keys/KeysPage.h>
#include <ui/plans/PlansPage.h>
#include <ui/platform/MainWindow.h>
#include <ui/queues/QueuesPage.h>
#include <ui/snapshot/SnapshotWindow.h>
#include <ui/tenants/Tenant360Sections.h>
#include <ui/tenants/TenantDetailPane.h>
#include <ui/tenants/TenantsPage.h>

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The tenant 360: the detail of one tenant joins its failures by cause, its jobs, open alerts, keys
// and recent changes, each as the database has them, each opening its page filtered to the tenant.
class TestTenant360 : public QObject
{
    Q_OBJECT

    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    QString m_tenantId;
    QString m_tenantName;
    QTemporaryDir m_dir;
    // The node whose input the snapshot test plants credentials in, and what it held before.
    QString m_plantedExecution;
    int m_plantedSeq = 0;
    QString m_plantedOriginal;

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
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
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
        Screenshots::save(m_window.get(), QStringLiteral("tenant360")); // for the README (scripts/screenshots)

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

        // The AI configuration its calls get now: the model and the flags the server evaluates for it.
        const QJsonObject effective
            = QJsonDocument::fromJson(TestServers::exec(m_admin.get(),
                                                        QStringLiteral("SELECT ai_effective_config(?::uuid)::text"),
                                                        {m_tenantId})
                                          .scalar()
                                          .toString()
                                          .toUtf8())
                  .object();
        QTRY_VERIFY_WITH_TIMEOUT(
            section("section360AiConfig").contains(effective.value(QStringLiteral("model")).toString()), 5000);
        const QStringList flagKeys = effective.value(QStringLiteral("flags")).toObject().keys();
        QVERIFY(!flagKeys.isEmpty()); // the demo's flags
        for (const QString& flag : flagKeys)
            QVERIFY2(section("section360AiConfig").contains(flag), qPrintable(section("section360AiConfig")));
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
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("section360AiConfigOpen")), Qt::LeftButton);
        QVERIFY(m_window->flagsPage()->isVisible());
        QCOMPARE(m_window->flagsPage()->aiConfig()->subject(), m_tenantId);

        m_window->showPage(MainWindow::TenantsPageIndex);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("section360KeysOpen")), Qt::LeftButton);
        QVERIFY(m_window->keysPage()->isVisible());

        // Queues: only this tenant's jobs, in whichever queue is chosen, until "Show all tenants".
        m_window->showPage(MainWindow::TenantsPageIndex);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("section360JobsOpen")), Qt::LeftButton);
        QueuesPage* queues = m_window->queuesPage();
        QVERIFY(queues->isVisible());
        QCOMPARE(queues->tenantFilter(), m_tenantId);
        QSignalSpy jobsLoaded(queues, &QueuesPage::jobsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(queues->countsModel()->rowCount() > 0, 10000);
        queues->selectQueue(queues->countsModel()->counts().first().queue);
        QTRY_VERIFY_WITH_TIMEOUT(jobsLoaded.size() > 0, 10000);
        for (const JobSummary& job : queues->jobsModel()->jobs())
            QCOMPARE(job.tenantId, m_tenantId);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("queuesShowAllTenants")), Qt::LeftButton);
        QCOMPARE(queues->tenantFilter(), QString());

        // Alerts: only this tenant's, as the repository reads them for the tenant.
        m_window->showPage(MainWindow::TenantsPageIndex);
        AlertsPage* alerts = m_window->alertsPage();
        QSignalSpy alertsLoaded(alerts, &AlertsPage::loaded);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("section360AlertsOpen")), Qt::LeftButton);
        QVERIFY(alerts->isVisible());
        QCOMPARE(alerts->tenantFilter(), m_tenantId);
        QTRY_VERIFY_WITH_TIMEOUT(alertsLoaded.size() > 0, 10000);
        for (const QuotaAlert& a : alerts->alerts())
            QCOMPARE(a.tenantId, m_tenantId);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("alertsShowAllTenants")), Qt::LeftButton);
        QCOMPARE(alerts->tenantFilter(), QString());
    }

    void exportsASupportSnapshotWithoutSecrets()
    {
        // Credentials in the newest failed execution's node input, as a careless workflow would hold them.
        const PgResult node = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT n.execution_id::text, n.seq, coalesce(n.input::text, 'null') FROM execution_nodes n "
                           "JOIN executions e ON e.id = n.execution_id WHERE e.tenant_id = ?::uuid "
                           "AND e.status = 'failed' AND e.created_at > now() - interval '7 days' "
                           "ORDER BY e.created_at DESC, e.id DESC, n.seq LIMIT 1"),
            {m_tenantId});
        QVERIFY(node.ok() && !node.rows.isEmpty());
        m_plantedExecution = node.rows.first().at(0).toString();
        m_plantedSeq = node.rows.first().at(1).toInt();
        m_plantedOriginal = node.rows.first().at(2).toString();
        QVERIFY(TestServers::exec(m_admin.get(),
                                  QStringLiteral("UPDATE execution_nodes SET input = ?::jsonb WHERE execution_id = "
                                                 "?::uuid AND seq = ?"),
                                  {QStringLiteral("{\"api_key\":\"planted-key-1\",\"prompt\":\"use "
                                                  "sk-proj-PLANTEDPLANTED9876 please\"}"),
                                   m_plantedExecution,
                                   m_plantedSeq})
                    .ok());

        const QString path = m_dir.filePath(QStringLiteral("tenant.tssnapshot"));
        QSignalSpy exported(m_window.get(), &MainWindow::snapshotExported);
        m_window->exportSnapshot(m_tenantId, path);
        // The work shows in the status bar while it runs.
        QVERIFY(m_window->progress()->isBusy());
        QVERIFY(m_window->progress()->isVisible());
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(!m_window->progress()->isBusy());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("planted-key-1"));
        QVERIFY(!bytes.contains("PLANTEDPLANTED9876"));
        const Fetched<SupportSnapshot> read = SupportSnapshot::fromFile(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const SupportSnapshot& s = read.value;
        QCOMPARE(s.tenantId(), m_tenantId);
        QCOMPARE(s.tenantName(), m_tenantName);
        QVERIFY(s.redactions >= 2);
        QVERIFY2(s.unavailable.isEmpty(), qPrintable(s.unavailable.keys().join(QLatin1Char(','))));

        // The newest failed executions of the week, each with its nodes, newest first.
        const int failed = scalar(QStringLiteral("SELECT count(*) FROM executions WHERE tenant_id = ?::uuid AND "
                                                 "status = 'failed' AND created_at > now() - interval '7 days'"));
        QCOMPARE(int(s.executions.size()), qMin(failed, int(SnapshotExporter::kMaxExecutions)));
        QCOMPARE(s.executions.first().summary.id, m_plantedExecution);
        for (const ExecutionDetail& e : s.executions) {
            QCOMPARE(e.summary.tenantId, m_tenantId);
            QCOMPARE(e.summary.status, QStringLiteral("failed"));
            QVERIFY(!e.nodes.isEmpty());
        }
        bool plantedRedacted = false;
        for (const ExecutionNode& n : s.executions.first().nodes) {
            if (n.seq == m_plantedSeq)
                plantedRedacted = n.input.contains(QLatin1String("\"api_key\":\"[redacted]\""));
        }
        QVERIFY(plantedRedacted);
        // Jobs: only this tenant's, each whole.
        for (const QJsonValue& job : s.jobs) {
            QCOMPARE(job.toObject().value(QStringLiteral("tenant_id")).toString(), m_tenantId);
            QVERIFY(job.toObject().contains(QStringLiteral("data")));
        }
        QVERIFY(!s.tenant.value(QStringLiteral("limits")).toObject().isEmpty());
    }

    void theSnapshotAndThe360ReadOneListOfParts()
    {
        // The window's 360 shows the parts of Tenant360::sections(), in its order and with its titles...
        const QVector<Tenant360::Section> parts = m_services->tenant360()->sections();
        QCOMPARE(int(parts.size()), 7); // the admin profile has every part
        Tenant360Sections* sections = m_window->tenantsPage()->detailPane()->sections();
        QStringList shown;
        for (QGroupBox* box : sections->findChildren<QGroupBox*>())
            shown << box->title();
        QStringList listed;
        for (const Tenant360::Section& part : parts) {
            listed << part.title;
            QVERIFY2(sections->findChild<QLabel*>(QStringLiteral("section360") + part.name), qPrintable(part.name));
        }
        QCOMPARE(shown, listed);
        // ...and the snapshot exported above holds each of them under its key, read from the same list.
        QFile file(m_dir.filePath(QStringLiteral("tenant.tssnapshot")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const Tenant360::Section& part : parts) {
            const QJsonValue value = root.value(part.key);
            QVERIFY2(value.isObject() || value.isArray(), qPrintable(part.key));
            // This tenant failed this week: its month and its failures are never empty.
            if (part.part == Tenant360::Part::Month || part.part == Tenant360::Part::Failures)
                QVERIFY2(!(value.isObject() ? value.toObject().isEmpty() : value.toArray().isEmpty()),
                         qPrintable(part.key));
        }
    }

    void aSnapshotExportCanBeCancelled()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.tssnapshot"));
        QSignalSpy exported(m_window.get(), &MainWindow::snapshotExported);
        m_window->exportSnapshot(m_tenantId, path);
        QVERIFY(m_window->progress()->isBusy());
        // A second export while one runs is refused, not queued behind it.
        m_window->exportSnapshot(m_tenantId, m_dir.filePath(QStringLiteral("second.tssnapshot")));
        QTest::mouseClick(m_window->progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toString(), QStringLiteral("Cancelled"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("second.tssnapshot"))));
        QVERIFY(!m_window->progress()->isBusy());
    }

    void aSnapshotOpensReadOnlyAndOffline()
    {
        const QString path = m_dir.filePath(QStringLiteral("tenant.tssnapshot"));
        QVERIFY(QFile::exists(path));
        m_window->openSnapshot(path);
        SnapshotWindow* window = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((window =
                                      [] {
                                          for (QWidget* w : QApplication::topLevelWidgets()) {
                                              if (auto* s = qobject_cast<SnapshotWindow*>(w); s && s->isVisible())
                                                  return s;
                                          }
                                          return static_cast<SnapshotWindow*>(nullptr);
                                      }()),
                                 10000);
        Screenshots::save(window, QStringLiteral("snapshot")); // for the README (scripts/screenshots)
        QVERIFY(window->bannerText().contains(m_tenantName));
        QVERIFY(window->bannerText().contains(QLatin1String("Offline")));
        QVERIFY(window->bannerText().contains(QLatin1String("redacted")));
        QCOMPARE(window->overviewText(QStringLiteral("snapshotName")), m_tenantName);
        QCOMPARE(window->overviewText(QStringLiteral("snapshotId")), m_tenantId);
        QVERIFY(!window->overviewText(QStringLiteral("snapshotFailures")).isEmpty());
        QVERIFY2(window->overviewText(QStringLiteral("snapshotAiConfig")).startsWith(QLatin1String("Model ")),
                 qPrintable(window->overviewText(QStringLiteral("snapshotAiConfig"))));

        // The failed executions with their traces: the failed node is selected, its error shown.
        const Fetched<SupportSnapshot> read = SupportSnapshot::fromFile([&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QCOMPARE(window->executionTable()->rowCount(), int(read.value.executions.size()));
        window->tabs()->setCurrentIndex(1);
        QVERIFY(window->traceView()->selectedRow() >= 0);
        QVERIFY(!window->traceView()->nodeErrorText().isEmpty());
        QCOMPARE(window->jobTable()->rowCount(), int(read.value.jobs.size()));
        // Nothing in it can be edited or acted on.
        QCOMPARE(window->executionTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        for (QPushButton* button : window->findChildren<QPushButton*>()) {
            if (!button->isVisibleTo(window))
                continue; // e.g. a state panel's Retry, shown only for a failed read (never, offline)
            const QString text = button->text();
            QVERIFY2(!text.contains(QLatin1String("Retry")) && !text.contains(QLatin1String("Cancel"))
                         && !text.contains(QLatin1String("Remove")),
                     qPrintable(text));
        }
        // Every control a user can reach has a name for screen readers, on each tab.
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            QStringList unnamed;
            for (QWidget* widget : window->findChildren<QWidget*>()) {
                if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy()
                    || qobject_cast<QAbstractScrollArea*>(widget->parentWidget()))
                    continue;
                QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                                           widget->objectName());
            }
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        }
        if (const QString shot = qEnvironmentVariable("TS_SNAPSHOT_SCREENSHOT"); !shot.isEmpty()) {
            window->resize(1300, 900);
            QVERIFY(window->grab().save(shot));
        }
        window->close();
    }

    void cleanupTestCase()
    {
        if (!m_plantedExecution.isEmpty())
            TestServers::exec(m_admin.get(),
                              QStringLiteral("UPDATE execution_nodes SET input = ?::jsonb WHERE execution_id = ?::uuid "
                                             "AND seq = ?"),
                              {m_plantedOriginal, m_plantedExecution, m_plantedSeq});
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
