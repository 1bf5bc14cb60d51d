#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <ui/platform/MainWindow.h>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QStackedWidget>
#include <QTest>

// Every control of every page can be reached with Tab and has a name a screen reader can say; Ctrl+F
// puts the cursor in the page's search or filter field.
class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;

    static QString describe(const QWidget* widget)
    {
        return QStringLiteral("%1 \"%2\" on %3")
            .arg(QLatin1String(widget->metaObject()->className()),
                 widget->objectName(),
                 widget->window()->windowTitle());
    }

    // The controls a user can operate on the current page (and the window around it).
    QList<QWidget*> controls() const
    {
        QList<QWidget*> found;
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
                && !widget->focusProxy() && !qobject_cast<QAbstractScrollArea*>(widget->parentWidget()))
                found << widget;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        const ConnectionProfile profile = TestServers::adminProfile();
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto* status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        m_window->setServices(pageServicesOf(*m_services, status, profile.name));
        m_services->connectAll();
    }

    void everyControlHasANameAndIsReachedByTab_data()
    {
        QTest::addColumn<int>("page");
        for (int page = MainWindow::TenantsPageIndex; page <= MainWindow::LastPageIndex; ++page)
            QTest::newRow(qPrintable(m_window->navigationText(MainWindow::Page(page)))) << page;
    }

    void everyControlHasANameAndIsReachedByTab()
    {
        QFETCH(int, page);
        m_window->showPage(MainWindow::Page(page));
        QTest::qWait(300);
        QSet<QWidget*> reached;
        m_window->activateWindow();
        for (int i = 0; i < 50; ++i) { // more than twice round the largest page (Plans: 17)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_Tab);
            // At a person's pace: focus arriving in a list may select a row and load what it shows
            // (a trace), whose controls are then the next ones.
            QTest::qWait(25);
            if (QWidget* focus = QApplication::focusWidget())
                reached.insert(focus);
        }
        // The controls as the page stands now: focus arriving in a list may have shown another row's
        // detail (say a succeeded execution's trace, without an error tab).
        const QList<QWidget*> all = controls();
        QStringList unnamed;
        for (QWidget* widget : all) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(widget);
        }
        QStringList unreached;
        for (QWidget* widget : all) {
            if (!reached.contains(widget))
                unreached << describe(widget);
        }
        qInfo("%d controls: %d without a name, %d not reached by Tab",
              int(all.size()),
              int(unnamed.size()),
              int(unreached.size()));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral("; "))));
        QVERIFY2(unreached.isEmpty(),
                 qPrintable(QStringLiteral("not reached by Tab: ") + unreached.join(QStringLiteral("; "))));
    }

    void ctrlFPutsTheCursorInTheSearchField()
    {
        m_window->showPage(MainWindow::TenantsPageIndex);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tenantSearch"));
        m_window->showPage(MainWindow::ExecutionsPageIndex);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("executionErrorSearch"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
