#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <ui/platform/MainWindow.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

namespace
{
// Marks everything that is translated: a text on screen without the marks never went through tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        if (!source || !*source)
            return {};
        return QStringLiteral("\u2039") + QString::fromUtf8(source) + QStringLiteral("\u203a");
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// Every user-visible string of the window goes through tr(): under a translator that marks what it
// translates, every page is shown and each button, group title, form label, placeholder, tool tip,
// tab, column header, menu entry and navigation entry must carry the marks. (Data from the servers
// is not checked: it is not the window's to translate.)
class TestTranslatable : public QObject
{
    Q_OBJECT

    MarkingTranslator m_translator;
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_untranslated;
    int m_checked = 0;

    void check(const QString& where, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        ++m_checked;
        if (!text.contains(QChar(0x2039)))
            m_untranslated << QStringLiteral("%1: \"%2\"").arg(where, text.left(80));
    }

    static QString describe(const QObject* object)
    {
        return QStringLiteral("%1 %2").arg(QLatin1String(object->metaObject()->className()), object->objectName());
    }

    void checkVisible(QWidget* root)
    {
        for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && button->objectName() != QLatin1String("qt_toolbar_ext_button"))
                check(describe(button), button->text().remove(QLatin1Char('&')));
        }
        for (QGroupBox* box : root->findChildren<QGroupBox*>()) {
            if (box->isVisible())
                check(describe(box), box->title());
        }
        for (QFormLayout* form : root->findChildren<QFormLayout*>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole)) {
                    if (auto* label = qobject_cast<QLabel*>(item->widget()); label && label->isVisible())
                        check(QStringLiteral("form label"), label->text().remove(QLatin1Char('&')));
                }
            }
        }
        for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
            // An example address ("https://api.openai.com/v1") reads the same in every language.
            if (edit->isVisible() && !edit->placeholderText().startsWith(QLatin1String("http")))
                check(describe(edit) + QStringLiteral(" placeholder"), edit->placeholderText());
        }
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            // Item views' cells carry data tool tips; the widgets' own tool tips are the window's.
            if (widget->isVisible() && !qobject_cast<QAbstractItemView*>(widget))
                check(describe(widget) + QStringLiteral(" tool tip"), widget->toolTip());
        }
        for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i)
                check(describe(tabs) + QStringLiteral(" tab"), tabs->tabText(i).remove(QLatin1Char('&')));
        }
        for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
            QAbstractItemModel* model = view->model();
            if (!view->isVisible() || !model || qobject_cast<QListWidget*>(view))
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                check(describe(view) + QStringLiteral(" header"), model->headerData(column, Qt::Horizontal).toString());
        }
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        QCoreApplication::installTranslator(&m_translator);
        const ConnectionProfile profile = TestServers::adminProfile();
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        auto* status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        m_window->setServices(pageServicesOf(*m_services, status, profile.name));
        m_services->connectAll();
    }

    void everyPageShowsOnlyTranslatedText()
    {
        for (QAction* menu : m_window->menuBar()->actions()) {
            check(QStringLiteral("menu"), menu->text().remove(QLatin1Char('&')));
            if (menu->menu()) {
                for (QAction* action : menu->menu()->actions())
                    check(QStringLiteral("menu entry"), action->text().remove(QLatin1Char('&')));
            }
        }
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row)
            check(QStringLiteral("navigation"), navigation->item(row)->text());
        for (int page = MainWindow::HomePageIndex; page <= MainWindow::LastPageIndex; ++page) {
            m_window->showPage(MainWindow::Page(page));
            QTest::qWait(400); // loaded: the states and details a page shows with data
            checkVisible(m_window.get());
        }
        m_untranslated.removeDuplicates();
        qInfo("%d texts checked, %d not translatable", m_checked, int(m_untranslated.size()));
        QVERIFY2(m_checked > 200, "too little was checked to mean anything");
        QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslatable)
#include "TestTranslatable.moc"
