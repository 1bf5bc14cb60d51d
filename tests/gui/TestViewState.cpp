#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/platform/LanguageSetting.h>
#include <ui/platform/MainWindow.h>

#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// Where the user left things comes back per connection profile: the page, splitter positions and
// column widths, and the window's size.
class TestViewState : public QObject
{
    Q_OBJECT

    struct Opened
    {
        std::unique_ptr<Operations> services;
        std::unique_ptr<MainWindow> window;
    };

    static Opened open(const QString& profileName)
    {
        ConnectionProfile profile = TestServers::adminProfile();
        profile.name = profileName;
        Opened opened{std::make_unique<Operations>(profile, TestServers::adminSecrets()),
                      std::make_unique<MainWindow>()};
        opened.window->show();
        auto* status = new ConnectionStatus(opened.services->pg(), opened.services->redis(), opened.window.get());
        opened.window->setServices(pageServicesOf(*opened.services, status, profile.name));
        return opened;
    }

    static QSplitter* executionSplitter(MainWindow* window)
    {
        return window->executionsPage()->findChildren<QSplitter*>().value(0);
    }

public:
    // Before the application exists: the settings go to a folder of this test's own.
    static void initMain()
    {
        const QString config
            = QDir::temp().filePath(QStringLiteral("ts-viewstate-%1").arg(QCoreApplication::applicationPid()));
        QDir(config).removeRecursively();
        qputenv("XDG_CONFIG_HOME", config.toUtf8());
    }

private slots:
    void initTestCase() { TS_REQUIRE_SERVERS(); }

    void cleanupTestCase()
    {
        // The windows and connections these tests closed left queued work (answers on their way to
        // objects already gone); it runs now, while the application still exists, not during its
        // destruction (where Qt 6.4's continuations assert on their vanished context).
        QTest::qWait(300);
        QDir(qEnvironmentVariable("XDG_CONFIG_HOME")).removeRecursively();
    }

    void aProfileReopensAsItWasLeft()
    {
        int leftAt = 0; // the splitter's first size as the window closed
        {
            Opened a = open(QStringLiteral("view-a"));
            // A profile never opened before starts on Home.
            QCOMPARE(a.window->findChild<QStackedWidget*>()->currentIndex(), int(MainWindow::HomePageIndex));
            a.window->resize(1100, 760);
            a.window->showPage(MainWindow::ExecutionsPageIndex);
            QSplitter* splitter = executionSplitter(a.window.get());
            QVERIFY(splitter);
            splitter->setSizes({150, 500});
            QTest::qWait(50);
            leftAt = splitter->sizes().value(0); // the sizes given are scaled to the room there is
            QVERIFY2(leftAt < 200, qPrintable(QString::number(leftAt)));
            a.window->executionsPage()->table()->horizontalHeader()->resizeSection(2, 333);
            a.window->close(); // saves
        }
        Opened again = open(QStringLiteral("view-a"));
        QCOMPARE(again.window->findChild<QStackedWidget*>()->currentIndex(), int(MainWindow::ExecutionsPageIndex));
        QCOMPARE(again.window->size(), QSize(1100, 760));
        QCOMPARE(again.window->executionsPage()->table()->horizontalHeader()->sectionSize(2), 333);
        QTest::qWait(50);
        // Within a few pixels (the handle and the window frame round); left alone it would be 330.
        const QList<int> sizes = executionSplitter(again.window.get())->sizes();
        QVERIFY2(qAbs(sizes.value(0) - leftAt) <= 5,
                 qPrintable(QStringLiteral("%1 (left at %2)").arg(sizes.value(0)).arg(leftAt)));
    }

    // State is kept by page name ("flagsPage"), so a page added to the navigation (Flags, after Plans) never
    // gets the splitters and columns saved for the page that used to sit at its position.
    void aPageNeverGetsAnotherPagesState()
    {
        {
            Opened a = open(QStringLiteral("view-moved"));
            a.window->showPage(MainWindow::FlagsPageIndex);
            a.window->close();
        }
        {
            QSettings settings;
            settings.beginGroup(QStringLiteral("view/view-moved"));
            // What an older TenantScope left at this position: another page's table, its first column 777 wide.
            QTableWidget other(1, 6);
            other.horizontalHeader()->resizeSection(0, 777);
            settings.setValue(QStringLiteral("page%1/header0").arg(int(MainWindow::FlagsPageIndex)),
                              other.horizontalHeader()->saveState());
        }
        Opened again = open(QStringLiteral("view-moved"));
        QCOMPARE(again.window->findChild<QStackedWidget*>()->currentIndex(), int(MainWindow::FlagsPageIndex));
        auto* flagTable = again.window->findChild<QTableWidget*>(QStringLiteral("flagTable"));
        QVERIFY(flagTable);
        QVERIFY2(flagTable->horizontalHeader()->sectionSize(0) != 777,
                 qPrintable(QString::number(flagTable->horizontalHeader()->sectionSize(0))));
        QSettings settings;
        settings.beginGroup(QStringLiteral("view/view-moved"));
        QVERIFY(settings.contains(QStringLiteral("flagsPage/splitter0")));
        QCOMPARE(settings.value(QStringLiteral("pageName")).toString(), QStringLiteral("flagsPage"));
    }

    void anotherProfileKeepsItsOwn()
    {
        Opened b = open(QStringLiteral("view-b/with slash"));
        QCOMPARE(b.window->findChild<QStackedWidget*>()->currentIndex(), int(MainWindow::HomePageIndex));
        QVERIFY(b.window->executionsPage()->table()->horizontalHeader()->sectionSize(2) != 333);

        // Switching profiles saves the one being left.
        b.window->showPage(MainWindow::PlansPageIndex);
        ConnectionProfile a = TestServers::adminProfile();
        a.name = QStringLiteral("view-a");
        auto services = std::make_unique<Operations>(a, TestServers::adminSecrets());
        auto* status = new ConnectionStatus(services->pg(), services->redis(), b.window.get());
        b.window->setServices(pageServicesOf(*services, status, a.name));
        QCOMPARE(b.window->findChild<QStackedWidget*>()->currentIndex(), int(MainWindow::ExecutionsPageIndex));
        b.window->close();
        b.window.reset(); // the pages go before the services they use
        b.services.reset();

        Opened back = open(QStringLiteral("view-b/with slash"));
        QCOMPARE(back.window->findChild<QStackedWidget*>()->currentIndex(), int(MainWindow::PlansPageIndex));
    }

    void theLanguageIsChosenInTheMenuAndKept()
    {
        Opened opened = open(QStringLiteral("view-lang"));
        QCOMPARE(LanguageSetting::chosen(), QString()); // follows the system until chosen
        auto* menu = opened.window->findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QAction* german = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == QLatin1String("de"))
                german = action;
        }
        QVERIFY(german);
        german->trigger();
        QCOMPARE(LanguageSetting::chosen(), QStringLiteral("de"));
        QCOMPARE(LanguageSetting::effectiveLocale().language(), QLocale::German);
        // A new window (the next start) shows the choice ticked.
        Opened next = open(QStringLiteral("view-lang"));
        for (QAction* action : next.window->findChild<QMenu*>(QStringLiteral("languageMenu"))->actions())
            QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("de"));
        LanguageSetting::choose(QString());
        QCOMPARE(LanguageSetting::effectiveLocale(), QLocale());
    }
};

QTEST_MAIN(TestViewState)
#include "TestViewState.moc"
