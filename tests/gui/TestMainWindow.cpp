#include <Screenshots.h>
#include <TestServers.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <models/tenants/TenantListModel.h>
#include <net/StandbyMonitor.h>
#include <ui/common/PlaceholderPage.h>
#include <ui/common/StatePanel.h>
#include <ui/platform/MainWindow.h>
#include <ui/platform/NavigationList.h>
#include <ui/tenants/TenantDetailPane.h>
#include <ui/tenants/TenantsPage.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// The real main window, offscreen, on the private servers with small demo data.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;

    QString labelText(const char* name) const { return m_window->findChild<QLabel*>(QLatin1String(name))->text(); }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        m_window->setServices({m_services->tenants(), m_services->usage(), m_services->costs(), status});
        m_services->connectAll();
    }

    void showsConnectionStates()
    {
        QTRY_VERIFY_WITH_TIMEOUT(labelText("postgresStatus").contains(QLatin1String("connected")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(labelText("redisStatus").contains(QLatin1String("connected")), 5000);
    }

    // At the window's first size (1280 x 800), every column of the tenant list is in view: the tokens bar and
    // the cost were cut off behind a horizontal scroll before.
    void everyTenantColumnIsInViewAt1280()
    {
        m_window->resize(1280, 800);
        m_window->showPage(MainWindow::TenantsPageIndex);
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("tenantTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QTest::qWait(50);
        int total = 0;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            total += table->horizontalHeader()->sectionSize(column);
        QVERIFY2(total <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(total).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY2(table->horizontalHeader()->sectionSize(TenantListModel::NameColumn) >= 100,
                 qPrintable(QString::number(table->horizontalHeader()->sectionSize(TenantListModel::NameColumn))));
    }

    void listsTenantsLazily()
    {
        TenantListModel* model = m_window->tenantsPage()->model();
        // The first page only: the rest comes when the view needs it.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= TenantListModel::kPageSize, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
        QCOMPARE(model->rowCount(), TenantListModel::kPageSize);
        QVERIFY(model->hasMore());
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("tenantTable"));
        // Scrolling to the end asks for the next page (fetchMore), as a user's wheel would.
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > TenantListModel::kPageSize, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->hasMore(), 10000); // 200 demo tenants: two pages
        QCOMPARE(model->rowCount(), 200);
    }

    void modelPassesTheItemModelTester()
    {
        TenantListModel* model = m_window->tenantsPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
    }

    void searchAsYouTypeAndDetail()
    {
        TenantListModel* model = m_window->tenantsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
        const TenantSummary wanted = *model->tenantAt(3);
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("tenantSearch"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, wanted.slug);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(model->tenantAt(0)->id, wanted.id);

        auto* table = m_window->findChild<QTableView*>(QStringLiteral("tenantTable"));
        table->selectRow(0);
        TenantDetailPane* detail = m_window->tenantsPage()->detailPane();
        QTRY_COMPARE_WITH_TIMEOUT(detail->tenantId(), wanted.id, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(detail->fieldText(QStringLiteral("detailTitle")).contains(wanted.name), 5000);
        QVERIFY(detail->fieldText(QStringLiteral("detailPlan")).contains(QLatin1String("base")));
        QVERIFY(!detail->fieldText(QStringLiteral("detailRpm")).isEmpty());
        // Live Redis state arrives separately.
        QTRY_VERIFY_WITH_TIMEOUT(
            !detail->fieldText(QStringLiteral("liveConcurrent")).contains(QLatin1String("loading")), 5000);
        QVERIFY2(!detail->fieldText(QStringLiteral("liveQuota")).contains(QLatin1String("unavailable")),
                 qPrintable(detail->fieldText(QStringLiteral("liveQuota"))));
    }

    void ctrlCCopiesTheSelectedRows()
    {
        // After searchAsYouTypeAndDetail: one row (the tenant found) is shown and selected.
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("tenantTable"));
        const TenantSummary shown = *m_window->tenantsPage()->model()->tenantAt(0);
        table->selectRow(0);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(m_window.get(), QKeySequence::Copy);
        const QString copied = QGuiApplication::clipboard()->text();
        const QStringList cells = copied.split(u'\t');
        QVERIFY2(cells.size() >= 4, qPrintable(copied));
        QCOMPARE(cells.at(0), shown.name);
        QCOMPARE(cells.at(1), shown.slug);
        QVERIFY(!copied.contains(u'\n')); // one row, one line

        // A text field copies its own selection, not the table's.
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("tenantSearch"));
        search->setFocus();
        search->selectAll();
        QTest::keySequence(search, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), search->text());
    }

    void noMatchShowsAnEmptyState()
    {
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("tenantSearch"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("no-such-tenant-%_"));
        auto* state = m_window->findChild<StatePanel*>(QStringLiteral("tenantListState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->currentMessage().contains(QLatin1String("No tenant matches")), 5000);
    }

    // Issue 23: the pages in four groups, each with an icon drawn in the palette's text colour at the
    // screen's pixel density; the arrow keys pass over the group headings.
    void navigationIsGroupedWithIcons()
    {
        auto* navigation = m_window->findChild<NavigationList*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->groups(),
                 (QStringList{QStringLiteral("Monitor"),
                              QStringLiteral("Billing"),
                              QStringLiteral("Operate"),
                              QStringLiteral("Configure")}));
        QCOMPARE(navigation->groupOf(MainWindow::HomePageIndex), QStringLiteral("Monitor"));
        QCOMPARE(navigation->groupOf(MainWindow::CostsPageIndex), QStringLiteral("Billing"));
        QCOMPARE(navigation->groupOf(MainWindow::QueuesPageIndex), QStringLiteral("Operate"));
        QCOMPARE(navigation->groupOf(MainWindow::ReconciliationPageIndex), QStringLiteral("Billing"));
        QCOMPARE(navigation->groupOf(MainWindow::KeysPageIndex), QStringLiteral("Configure"));
        QCOMPARE(navigation->pagesInOrder().size(), int(MainWindow::LastPageIndex) + 1);
        for (int row = 0; row < navigation->count(); ++row) {
            const QListWidgetItem* item = navigation->item(row);
            if (item->flags() == Qt::NoItemFlags)
                continue; // a heading
            QVERIFY2(!item->icon().isNull(), qPrintable(item->text()));
            // Drawn at the device's pixels: a 2x screen gets a 36 px picture for an 18 px icon.
            const QPixmap sharp = item->icon().pixmap(QSize(18, 18), 2.0);
            QCOMPARE(sharp.size(), QSize(36, 36));
        }
        // The glyph's ink is the palette's text colour: dark on the light palette, light on a dark one.
        const auto inkLightness = [](const QIcon& icon) {
            const QImage image = icon.pixmap(QSize(48, 48), 1.0).toImage();
            int darkest = 255, lightest = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 200) {
                        darkest = qMin(darkest, c.lightness());
                        lightest = qMax(lightest, c.lightness());
                    }
                }
            return QPair<int, int>(darkest, lightest);
        };
        const QPalette original = QApplication::palette();
        const QIcon home = navigation->item(1)->icon();
        QPalette light = original;
        light.setColor(QPalette::WindowText, Qt::black);
        QApplication::setPalette(light);
        QVERIFY(inkLightness(home).second < 60);
        QPalette dark = original;
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QVERIFY(inkLightness(home).first > 190);
        QApplication::setPalette(original);
        // Down from the last page of a group lands on the first of the next, never on its heading.
        m_window->showPage(MainWindow::AlertsPageIndex);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(navigation->currentPage(), int(MainWindow::CostsPageIndex));
        QTest::keyClick(navigation, Qt::Key_Up);
        QCOMPARE(navigation->currentPage(), int(MainWindow::AlertsPageIndex));
        m_window->showPage(MainWindow::TenantsPageIndex);
    }

    void pagesNotBuiltSaySo()
    {
        auto* navigation = m_window->findChild<NavigationList*>(QStringLiteral("navigation"));
        QCOMPARE(navigation->pagesInOrder().size(), 12);
        m_window->showPage(MainWindow::QueuesPageIndex);
        auto* pages = m_window->findChild<QStackedWidget*>();
        QVERIFY(qobject_cast<PlaceholderPage*>(
                    m_window->centralWidget()->findChildren<QStackedWidget*>().first()->currentWidget())
                || pages);
        const auto placeholders = m_window->findChildren<QLabel*>(QStringLiteral("placeholderText"));
        QCOMPARE(placeholders.size(), 9); // Home needs its reads too
        for (QLabel* label : placeholders)
            QVERIFY(label->text().contains(QLatin1String("not built yet")));
        m_window->showPage(MainWindow::TenantsPageIndex);
    }

    void wrongPasswordShowsTheReason()
    {
        ConnectionSecrets secrets = TestServers::adminSecrets();
        secrets.pgPassword = SecretBuffer::copyOf("wrong");
        Operations services(TestServers::adminProfile(), secrets);
        MainWindow window;
        window.show();
        window.setServices({services.tenants(),
                            services.usage(),
                            services.costs(),
                            new ConnectionStatus(services.pg(), services.redis(), &window)});
        services.connectAll();
        auto* state = window.findChild<StatePanel*>(QStringLiteral("tenantListState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->currentMessage().contains(QLatin1String("password authentication failed")),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QLabel*>(QStringLiteral("postgresStatus"))->text().contains(QLatin1String("failed")),
            5000);
    }

    void switchingConnectionsReplacesThePage()
    {
        ConnectionSecrets wrong = TestServers::adminSecrets();
        wrong.pgPassword = SecretBuffer::copyOf("wrong");
        auto bad = std::make_unique<Operations>(TestServers::adminProfile(), wrong);
        MainWindow window;
        window.show();
        auto* badStatus = new ConnectionStatus(bad->pg(), bad->redis(), &window);
        window.setServices({bad->tenants(), bad->usage(), bad->costs(), badStatus});
        bad->connectAll();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<StatePanel*>(QStringLiteral("tenantListState"))
                                     ->currentMessage()
                                     .contains(QLatin1String("password")),
                                 5000);
        // As File > Connect does: the new service layer in, the old page and then the old layer out.
        auto good = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        window.setServices(
            {good->tenants(), good->usage(), good->costs(), new ConnectionStatus(good->pg(), good->redis(), &window)});
        delete badStatus;
        bad.reset();
        good->connectAll();
        QTRY_VERIFY_WITH_TIMEOUT(window.tenantsPage()->model()->rowCount() > 0, 5000);
        QCOMPARE(window.findChildren<TenantsPage*>().size(), 1);
    }

    // On a Redis Cluster the status bar says so and links to the cluster view, which lists every node.
    void clusterViewListsTheNodes()
    {
        const QString url = qEnvironmentVariable("TS_REDIS_CLUSTER_URL");
        if (url.isEmpty())
            QFAIL("TS_REDIS_CLUSTER_URL is not set: start the servers with scripts/services start --cluster");
        ConnectionProfile profile = TestServers::adminProfile();
        QString error;
        profile.redis = RedisConfig::fromUrl(url, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Operations services(profile, TestServers::adminSecrets());
        MainWindow window;
        window.show();
        window.setServices({services.tenants(),
                            services.usage(),
                            services.costs(),
                            new ConnectionStatus(services.pg(), services.redis(), &window)});
        services.connectAll();
        auto* label = window.findChild<QLabel*>(QStringLiteral("redisStatus"));
        // "6 node(s)", or "6 nodes" where the English plural forms are loaded (scripts/screenshots)
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QLatin1String("6 node")), 10000);
        QVERIFY(label->text().contains(QLatin1String("Redis Cluster")));
        QVERIFY2(label->toolTip().contains(QLatin1String("3 master")), qPrintable(label->toolTip()));
        emit label->linkActivated(QStringLiteral("cluster"));
        auto* nodes = window.findChild<QTableWidget*>(QStringLiteral("clusterNodes"));
        QVERIFY(nodes);
        QCOMPARE(nodes->rowCount(), 6);
        int masters = 0;
        for (int row = 0; row < nodes->rowCount(); ++row) {
            masters += nodes->item(row, 1)->text() == QLatin1String("master");
            QCOMPARE(nodes->item(row, 4)->text(), QStringLiteral("online"));
        }
        QCOMPARE(masters, 3);
        QVERIFY(nodes->item(0, 2)->text().startsWith(QLatin1String("0-")));
        Screenshots::save(window.findChild<QDialog*>(QStringLiteral("clusterDialog")), QStringLiteral("cluster-view"));
    }

    // With a hot standby in the profile, a page read there says "as of" beside its figures.
    void pagesSayAsOfWhenReadFromTheStandby()
    {
        if (qEnvironmentVariableIsEmpty("TS_PG_REPLICA_URL"))
            QFAIL("TS_PG_REPLICA_URL is not set: start the servers with scripts/services start --replica");
        const ConnectionProfile profile = TestServers::adminProfile();
        QVERIFY(profile.useStandby);
        Operations services(profile, TestServers::adminSecrets());
        MainWindow window;
        window.show();
        window.setServices({services.tenants(),
                            services.usage(),
                            services.costs(),
                            new ConnectionStatus(services.pg(), services.redis(), &window)});
        services.connectAll();
        QVERIFY(services.standbyMonitor());
        QTRY_VERIFY_WITH_TIMEOUT(services.standbyMonitor()->usable(), 15000);
        auto* page = window.findChild<TenantsPage*>();
        QVERIFY(page);
        window.showPage(MainWindow::TenantsPageIndex);
        page->reload(); // the first page may have been read before the standby was measured
        auto* asOf = page->findChild<QLabel*>(QStringLiteral("asOf"));
        QVERIFY(asOf);
        QTRY_VERIFY_WITH_TIMEOUT(asOf->isVisible(), 10000);
        QVERIFY2(asOf->text().contains(QLatin1String("read from the standby")), qPrintable(asOf->text()));
        QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("readFromPrimary"))->isVisible());
        Screenshots::save(&window, QStringLiteral("standby-as-of"));
    }

    void grabScreenshot()
    {
        // For the README (scripts/screenshots): the window as a user sees it.
        if (!Screenshots::wanted())
            return;
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("tenantSearch"));
        search->clear();
        TenantListModel* model = m_window->tenantsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 20, 5000);
        m_window->findChild<QTableView*>(QStringLiteral("tenantTable"))->selectRow(2);
        QTest::qWait(1500);
        Screenshots::save(m_window.get(), QStringLiteral("tenants"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
