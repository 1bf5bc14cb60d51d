#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/executions/ExecutionListModel.h>
#include <models/operations/Operations.h>
#include <models/plans/AuditTableModel.h>
#include <models/platform/ConnectionStatus.h>
#include <models/tenants/TenantListModel.h>
#include <net/PgSession.h>
#include <ui/common/StatePanel.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/plans/PlansPage.h>
#include <ui/platform/MainWindow.h>
#include <ui/tenants/TenantsPage.h>

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// An SQL injection corpus typed into every search and filter box of the window that reaches a query
// (tenant search, which the tenant pickers share; the Executions page's workflow and error filters; the
// audit log's tenant filter). Each
// input must come back as what it is, a literal: no match (no tenant or execution holds these strings),
// never a server syntax error on screen, never a delay a pg_sleep would cause, and the database intact
// (a canary table and the tenants are still there).
class TestInjectionCorpus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    QTemporaryDir m_home;
    qint64 m_tenants = 0;
    int m_inputsTried = 0;
    qint64 m_slowestMs = 0;

    static const QStringList& corpus()
    {
        static const QStringList inputs{
            QStringLiteral("' OR '1'='1"),
            QStringLiteral("' OR 1=1 --"),
            QStringLiteral("\" OR \"\"=\""),
            QStringLiteral("'; DROP TABLE ts_injection_canary; --"),
            QStringLiteral("'); DELETE FROM tenants; --"),
            QStringLiteral("' UNION SELECT NULL, NULL, NULL --"),
            QStringLiteral("' UNION SELECT usename, passwd FROM pg_shadow --"),
            QStringLiteral("'||pg_sleep(3)||'"),
            QStringLiteral("1; SELECT pg_sleep(3)"),
            QStringLiteral("' AND (SELECT pg_sleep(3)) IS NULL --"),
            QStringLiteral("$$; DROP TABLE ts_injection_canary; $$"),
            QStringLiteral("$1"),
            QStringLiteral("?"),
            QStringLiteral("??"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("%%_%"),
            QStringLiteral("\\"),
            QStringLiteral("\\'"),
            QStringLiteral("E'\\x27'"),
            QStringLiteral("admin'--"),
            QStringLiteral("*/ DROP TABLE ts_injection_canary /*"),
            QStringLiteral("\u02bc OR 1=1 --"), // a modifier letter apostrophe
            QStringLiteral("\uff07 OR 1=1 --"), // a full-width apostrophe
            QStringLiteral("ts_injection_canary'::regclass --"),
            QStringLiteral("x' COLLATE \"C\" --"),
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("a\tb\nc"),
            QStringLiteral("00000000-0000-0000-0000-000000000000' OR '1'='1"),
            QString(2000, u'\''),
        };
        return inputs;
    }

    void checkDatabaseIntact()
    {
        QCOMPARE(TestServers::exec(m_admin.get(), QStringLiteral("SELECT count(*) FROM ts_injection_canary"))
                     .scalar()
                     .toInt(),
                 1);
        QCOMPARE(TestServers::exec(m_admin.get(), QStringLiteral("SELECT count(*) FROM tenants")).scalar().toLongLong(),
                 m_tenants);
    }

    static void checkNoServerError(const QString& shown, const QString& input)
    {
        for (const char* leak : {"syntax error", "ERROR:", "unterminated", "42601", "42P01", "QPSQL"})
            QVERIFY2(!shown.contains(QLatin1String(leak)), qPrintable(input + QStringLiteral(" -> ") + shown));
    }

    void noteTime(const QElapsedTimer& clock, const QString& input)
    {
        const qint64 ms = clock.elapsed();
        m_slowestMs = std::max(m_slowestMs, ms);
        // A pg_sleep(3) that ran would take 3 s; a literal search takes milliseconds.
        QVERIFY2(ms < 2500, qPrintable(QStringLiteral("%1 took %2 ms").arg(input).arg(ms)));
        ++m_inputsTried;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, (m_home.path() + u'/' + QString::fromLatin1(name)).toUtf8());
        m_admin = TestServers::adminPg();
        QVERIFY(TestServers::exec(m_admin.get(),
                                  QStringLiteral("CREATE TABLE IF NOT EXISTS ts_injection_canary (x int); "
                                                 "TRUNCATE ts_injection_canary; INSERT INTO ts_injection_canary "
                                                 "VALUES (1)"))
                    .ok());
        m_tenants
            = TestServers::exec(m_admin.get(), QStringLiteral("SELECT count(*) FROM tenants")).scalar().toLongLong();
        QVERIFY(m_tenants > 0);

        ConnectionProfile profile = TestServers::adminProfile();
        profile.name = QStringLiteral("injection-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        PageServices pages = pageServicesOf(*m_services, status, profile.name);
        pages.alerts = nullptr; // no background alert evaluation in this test
        pages.alertMonitor = nullptr;
        m_window->setServices(pages);
        m_services->connectAll();
    }

    void cleanupTestCase()
    {
        qInfo("INJECTION SUMMARY: %d inputs tried through the search and filter boxes, slowest answer %lld ms, "
              "database intact",
              m_inputsTried,
              m_slowestMs);
        if (m_admin)
            TestServers::exec(m_admin.get(), QStringLiteral("DROP TABLE IF EXISTS ts_injection_canary"));
    }

    void tenantSearch()
    {
        m_window->showPage(MainWindow::TenantsPageIndex);
        TenantListModel* model = m_window->tenantsPage()->model();
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("tenantSearch"));
        auto* state = m_window->findChild<StatePanel*>(QStringLiteral("tenantListState"));
        QVERIFY(search && state);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);
        for (const QString& input : corpus()) {
            QSignalSpy loaded(model, &TenantListModel::loaded);
            QElapsedTimer clock;
            clock.start();
            search->setText(input);
            QVERIFY2(QTest::qWaitFor([&] { return loaded.count() > 0 && !model->isLoading(); }, 10000),
                     qPrintable(input));
            noteTime(clock, input);
            // Taken literally: nothing holds these strings, so nothing matches (not "every tenant").
            QVERIFY2(model->rowCount() == 0,
                     qPrintable(QStringLiteral("%1 matched %2").arg(input).arg(model->rowCount())));
            checkNoServerError(state->currentMessage(), input);
            checkDatabaseIntact();
        }
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    }

    void executionFilters()
    {
        m_window->showPage(MainWindow::ExecutionsPageIndex);
        ExecutionsPage* page = m_window->executionsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->listModel()->rowCount() > 0, 20000);
        auto* state = m_window->findChild<StatePanel*>(QStringLiteral("executionListState"));
        for (const char* box : {"executionErrorSearch", "executionWorkflowFilter"}) {
            auto* edit = m_window->findChild<QLineEdit*>(QString::fromLatin1(box));
            QVERIFY2(edit, box);
            for (const QString& input : corpus()) {
                QSignalSpy loaded(page, &ExecutionsPage::loaded);
                QElapsedTimer clock;
                clock.start();
                edit->setText(input);
                QVERIFY2(QTest::qWaitFor([&] { return loaded.count() > 0 && !page->isLoading(); }, 10000),
                         qPrintable(input));
                noteTime(clock, input);
                // Taken literally: every row shown holds the input itself (an error message with "req_..." holds
                // "_"), none is there because a quote or a wildcard widened the query.
                if (state->isShowingContent()) {
                    const bool errorBox = qstrcmp(box, "executionErrorSearch") == 0;
                    for (const ExecutionSummary& row : page->listModel()->rows()) {
                        const QString field = errorBox ? row.errorMessage : row.workflow;
                        QVERIFY2(field.contains(input.trimmed(), Qt::CaseInsensitive),
                                 qPrintable(
                                     QStringLiteral("%1 in %2 matched \"%3\"").arg(input, QLatin1String(box), field)));
                    }
                }
                checkNoServerError(state->currentMessage(), input);
                checkDatabaseIntact();
            }
            edit->clear();
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10000);
        }
    }

    void auditTenantFilter()
    {
        m_window->showPage(MainWindow::PlansPageIndex);
        PlansPage* page = m_window->plansPage();
        auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("auditTenantFilter"));
        QVERIFY(edit);
        for (const QString& input : corpus()) {
            QSignalSpy loaded(page, &PlansPage::auditLoaded);
            QElapsedTimer clock;
            clock.start();
            edit->setText(input);
            emit edit->editingFinished();
            QVERIFY2(QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000), qPrintable(input));
            noteTime(clock, input);
            QCOMPARE(page->auditModel()->rowCount(), 0);
            checkNoServerError(m_window->findChild<StatePanel*>(QStringLiteral("auditListState"))->currentMessage(),
                               input);
            checkDatabaseIntact();
        }
        edit->clear();
    }
};

QTEST_MAIN(TestInjectionCorpus)
#include "TestInjectionCorpus.moc"
