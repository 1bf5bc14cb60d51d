#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <ui/platform/MainWindow.h>
#include <ui/platform/PageHeader.h>

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

// Every page at the window's first size, 1280 x 800, on the demo data (issue 23): no table's columns run
// past its width behind a horizontal scroll bar, in any tab; and every page has its title above it.
class TestLayout1280 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;

    // The tables shown now (in the current tab of each tab widget) whose columns are wider than their view.
    int m_checked = 0; // tables measured, over every page and tab

    QStringList overflowing(QWidget* page)
    {
        QStringList found;
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
            QHeaderView* header = nullptr;
            if (auto* table = qobject_cast<QTableView*>(view))
                header = table->horizontalHeader();
            else if (auto* tree = qobject_cast<QTreeView*>(view))
                header = tree->header();
            if (!view->isVisible() || !header || header->isHidden() || !view->model()
                || view->model()->columnCount() < 2)
                continue;
            ++m_checked;
            int total = 0;
            for (int column = 0; column < header->count(); ++column)
                if (!header->isSectionHidden(column))
                    total += header->sectionSize(column);
            if (total > view->viewport()->width() + 1)
                found << QStringLiteral("%1 (%2 > %3)")
                             .arg(view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className())
                                                               : view->objectName())
                             .arg(total)
                             .arg(view->viewport()->width());
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setServices(pageServicesOf(
            *m_services, new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get()), {}));
        m_services->connectAll();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QTest::qWait(100);
    }

    void everyTableFitsItsPage_data()
    {
        QTest::addColumn<int>("page");
        for (int page = 0; page < m_window->findChild<QStackedWidget*>()->count(); ++page)
            QTest::newRow(qPrintable(QString::number(page))) << page;
    }

    void everyTableFitsItsPage()
    {
        QFETCH(int, page);
        m_window->showPage(MainWindow::Page(page));
        auto* pages = m_window->findChild<QStackedWidget*>();
        QWidget* shown = pages->currentWidget();
        QTest::qWait(1500); // the page's first reads
        QVERIFY(!m_window->pageHeader()->title().isEmpty());
        // The page fits the window as it is: nothing makes it wider than 1280 px.
        QVERIFY2(m_window->width() <= 1280 && shown->minimumSizeHint().width() <= shown->width(),
                 qPrintable(QStringLiteral("window %1 px, page needs %2 of %3")
                                .arg(m_window->width())
                                .arg(shown->minimumSizeHint().width())
                                .arg(shown->width())));
        QStringList problems;
        const QList<QTabWidget*> tabs = shown->findChildren<QTabWidget*>();
        problems << overflowing(shown);
        for (QTabWidget* tabWidget : tabs) {
            for (int tab = 0; tab < tabWidget->count(); ++tab) {
                tabWidget->setCurrentIndex(tab);
                QTest::qWait(tab == 0 ? 0 : 800);
                for (const QString& problem : overflowing(tabWidget->currentWidget()))
                    problems << QStringLiteral("%1 / %2: %3")
                                    .arg(m_window->pageHeader()->title(), tabWidget->tabText(tab), problem);
            }
            tabWidget->setCurrentIndex(0);
        }
        problems.removeDuplicates();
        qInfo("%s: %d table(s) measured so far", qPrintable(m_window->pageHeader()->title()), m_checked);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestLayout1280)
#include "TestLayout1280.moc"
