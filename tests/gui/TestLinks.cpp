#include <AppLink.h>
#include <ConnectionStatus.h>
#include <ExecutionsPage.h>
#include <MainWindow.h>
#include <PageServicesOf.h>
#include <PgSession.h>
#include <Services.h>
#include <SingleInstance.h>
#include <TenantDetailPane.h>
#include <TenantsPage.h>
#include <TestServers.h>
#include <TraceModel.h>
#include <TraceView.h>

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
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
    std::unique_ptr<Services> m_services;
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
        m_services = std::make_unique<Services>(profile, TestServers::adminSecrets());
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
