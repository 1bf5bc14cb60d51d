#include <Screenshots.h>
#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <app/SingleInstance.h>
#include <async/AwaitFuture.h>
#include <models/executions/TraceModel.h>
#include <models/operations/Operations.h>
#include <models/platform/AppLink.h>
#include <models/platform/ConnectionStatus.h>
#include <models/queues/QueueRepository.h>
#include <net/PgSession.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/executions/TraceView.h>
#include <ui/plans/PlansPage.h>
#include <ui/platform/CommandPalette.h>
#include <ui/platform/MainWindow.h>
#include <ui/queues/QueuesPage.h>
#include <ui/tenants/TenantDetailPane.h>
#include <ui/tenants/TenantsPage.h>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

// tenantscope:// links: what "Copy link" puts on the clipboard opens the same object in a window,
// also when the link arrives before the connection, and a later launch hands its link over.
class TestLinks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_tenantId;
    QString m_tenantName;
    QString m_executionId;

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        auto admin = TestServers::adminPg();
        const PgResult tenant = TestServers::exec(
            admin.get(), QStringLiteral("SELECT id::text, name FROM tenants ORDER BY name OFFSET 3 LIMIT 1"));
        QVERIFY(tenant.ok() && !tenant.rows.isEmpty());
        m_tenantId = tenant.rows.first().at(0).toString();
        m_tenantName = tenant.rows.first().at(1).toString();
        const PgResult execution = TestServers::exec(
            admin.get(),
            QStringLiteral("SELECT id::text FROM executions WHERE status = 'failed' ORDER BY started_at DESC LIMIT 1"));
        QVERIFY(execution.ok() && !execution.rows.isEmpty());
        m_executionId = execution.rows.first().at(0).toString();
    }

    void aLinkBeforeTheConnectionWaitsForIt()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openLink(AppLink::tenant(m_tenantId)); // no pages connected yet

        const ConnectionProfile profile = TestServers::adminProfile();
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        auto* status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        m_window->setServices(pageServicesOf(*m_services, status, profile.name));
        m_services->connectAll();

        TenantDetailPane* detail = m_window->tenantsPage()->detailPane();
        QCOMPARE(detail->tenantId(), m_tenantId);
        auto* title = detail->findChild<QLabel*>(QStringLiteral("detailTitle"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), m_tenantName, 5000);
    }

    void copyLinkGivesTheTenantsLink()
    {
        auto* copy = m_window->findChild<QPushButton*>(QStringLiteral("copyTenantLink"));
        QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 5000);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("tenantscope://tenant/") + m_tenantId);
    }

    void anExecutionLinkOpensItsTrace()
    {
        m_window->showPage(MainWindow::UsagePageIndex); // somewhere else first
        QString error;
        const auto link = AppLink::parse(QStringLiteral("tenantscope://execution/") + m_executionId, &error);
        QVERIFY2(link, qPrintable(error));
        m_window->openLink(*link);
        ExecutionsPage* page = m_window->executionsPage();
        QVERIFY(page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->isTraceLoading() && page->traceView()->model()->trace().summary.id == m_executionId, 5000);

        auto* copy = page->findChild<QPushButton*>(QStringLiteral("copyExecutionLink"));
        QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 5000);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("tenantscope://execution/") + m_executionId);
    }

    // Ctrl+K, type, Enter: as a user does it, keys only.
    CommandPalette* paletteWith(const QString& text)
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        CommandPalette* palette = m_window->palette();
        if (!palette || !palette->isVisible()) {
            qWarning("Ctrl+K opened no palette (active %s, focus %s, palette %p)",
                     QApplication::activeWindow() ? QApplication::activeWindow()->metaObject()->className() : "none",
                     QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none",
                     static_cast<void*>(palette));
            return nullptr;
        }
        QSignalSpy searched(palette, &CommandPalette::searched);
        QTest::keyClicks(palette->input(), text);
        if (!searched.wait(5000)) {
            qWarning("the palette did not finish its search");
            return nullptr;
        }
        return palette;
    }

    void thePaletteFindsATenantByName()
    {
        CommandPalette* palette = paletteWith(m_tenantName.left(m_tenantName.size() - 1));
        QVERIFY(palette);
        QVERIFY2(palette->results()->currentItem()->text().contains(m_tenantName),
                 qPrintable(palette->results()->currentItem()->text()));
        Screenshots::save(m_window.get(), QStringLiteral("palette")); // for the README (scripts/screenshots)
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->palette());
        QCOMPARE(m_window->tenantsPage()->detailPane()->tenantId(), m_tenantId);
        QVERIFY(m_window->tenantsPage()->isVisible());
    }

    void thePaletteOpensAPastedExecutionId()
    {
        m_window->showPage(MainWindow::TenantsPageIndex);
        CommandPalette* palette = paletteWith(m_executionId);
        QVERIFY(palette);
        QVERIFY2(palette->results()->currentItem()->text().startsWith(QStringLiteral("Execution ")),
                 qPrintable(palette->results()->currentItem()->text()));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        ExecutionsPage* page = m_window->executionsPage();
        QVERIFY(page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page->traceView()->model()->trace().summary.id == m_executionId, 5000);
    }

    void thePaletteFindsAJobInAnyQueue()
    {
        const auto queues = m_services->queues()->discoverQueues();
        QVERIFY(awaitFuture(queues) && queues.result().ok() && !queues.result().value.isEmpty());
        QString queue;
        QString jobId;
        for (const QString& name : queues.result().value) {
            QueueRepository::JobPage page;
            page.queue = name;
            page.state = QStringLiteral("failed");
            page.limit = 1;
            const auto jobs = m_services->queues()->jobs(page);
            if (awaitFuture(jobs) && jobs.result().ok() && !jobs.result().value.isEmpty()) {
                queue = name;
                jobId = jobs.result().value.first().id;
                break;
            }
        }
        QVERIFY2(!jobId.isEmpty(), "the demo data has no failed job");
        CommandPalette* palette = paletteWith(jobId);
        QVERIFY(palette);
        QListWidgetItem* item = nullptr;
        for (int row = 0; row < palette->results()->count(); ++row) {
            if (palette->results()->item(row)->text().startsWith(QStringLiteral("Job %1 in %2").arg(jobId, queue)))
                item = palette->results()->item(row);
        }
        QVERIFY2(item, "the job is not among the results");
        palette->results()->setCurrentItem(item);
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QueuesPage* page = m_window->queuesPage();
        QVERIFY(page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page->job().summary.id == jobId && page->job().summary.queue == queue, 10000);
    }

    void thePaletteGoesToPagesAndSaysWhenNothingIsFound()
    {
        CommandPalette* palette = paletteWith(QStringLiteral("plans"));
        QVERIFY(palette);
        QCOMPARE(palette->results()->currentItem()->text(), QStringLiteral("Page: Plans"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(m_window->plansPage()->isVisible());

        palette = paletteWith(QStringLiteral("no such thing at all"));
        QVERIFY(palette);
        QCOMPARE(palette->results()->count(), 0);
        QVERIFY(palette->findChild<QLabel*>(QStringLiteral("paletteStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing found")));
        QTest::keyClick(palette->input(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->palette());
    }

    void helpListsTheShortcuts()
    {
        QString listed;
        QTimer::singleShot(0, this, [&] {
            auto* box = m_window->findChild<QMessageBox*>(QStringLiteral("shortcutList"));
            if (box) {
                listed = box->text();
                box->close();
            }
        });
        m_window->findChild<QAction*>(QStringLiteral("actionShortcuts"))->trigger();
        for (const QString& expected : {QStringLiteral("Ctrl+K\tGo to…"),
                                        QStringLiteral("F5\tRefresh"),
                                        QStringLiteral("Ctrl+1\tHome"),
                                        QStringLiteral("Ctrl+4\tExecutions")})
            QVERIFY2(listed.contains(expected), qPrintable(listed));
    }

    void aSecondLaunchHandsItsLinkOver()
    {
        const QString name = QStringLiteral("tenantscope-test-%1").arg(QCoreApplication::applicationPid());
        // None running: the launch finds out at once and opens its own window.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!SingleInstance::forwardToRunning(QStringLiteral("tenantscope://tenant/x"), name));
        QVERIFY2(clock.elapsed() < 100, "a launch with no TenantScope running waited");

        auto running = std::make_unique<SingleInstance>(name);
        QVERIFY(running->listen());
        QSignalSpy received(running.get(), &SingleInstance::messageReceived);
        const QString link = AppLink::tenant(m_tenantId).toString();
        // The later launch blocks on its socket, so it runs on another thread while this one serves.
        QFuture<bool> forwarded = QtConcurrent::run([&] { return SingleInstance::forwardToRunning(link, name); });
        QTRY_VERIFY_WITH_TIMEOUT(forwarded.isFinished(), 5000);
        QVERIFY(forwarded.result());
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toString(), link);

        // A second instance does not take the first one's place while it answers...
        SingleInstance second(name);
        QVERIFY(!second.listen());
        running.reset();
        // ...but takes over what a crashed one left at the socket's path.
        QFile leftOver(QDir::temp().filePath(name));
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
        leftOver.close();
        QVERIFY(!SingleInstance::forwardToRunning(link, name));
        QVERIFY(second.listen());
    }
};

QTEST_MAIN(TestLinks)
#include "TestLinks.moc"
