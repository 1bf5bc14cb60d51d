#include <ui/platform/ViewState.h>

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>

namespace
{
QString groupOf(const QString& profile)
{
    // A profile name may hold '/' (a QSettings group separator): percent-encoded as one key part.
    return QStringLiteral("view/") + QString::fromLatin1(QUrl::toPercentEncoding(profile));
}

// The horizontal headers of a page's item views: the column widths and order a user sets.
QList<QHeaderView*> headersOf(QWidget* page)
{
    QList<QHeaderView*> headers;
    for (QHeaderView* header : page->findChildren<QHeaderView*>()) {
        if (header->orientation() == Qt::Horizontal)
            headers << header;
    }
    return headers;
}
// A page's key in the settings: its object name ("plansPage"), so a page added or moved in the navigation
// never gets another page's columns and splitters; an unnamed one (a placeholder) by its position.
QString keyOf(const QStackedWidget* pages, int index)
{
    const QString name = pages->widget(index)->objectName();
    return name.isEmpty() ? QStringLiteral("page%1").arg(index) : name;
}
} // namespace

namespace ViewState
{
void save(const QMainWindow* window, const QStackedWidget* pages, const QString& profile)
{
    if (profile.isEmpty())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("view/lastGeometry"), window->saveGeometry());
    settings.beginGroup(groupOf(profile));
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("page"), pages->currentIndex());
    settings.setValue(QStringLiteral("pageName"), keyOf(pages, pages->currentIndex()));
    for (int i = 0; i < pages->count(); ++i) {
        QWidget* page = pages->widget(i);
        const QString key = keyOf(pages, i);
        const QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
        for (int n = 0; n < splitters.size(); ++n)
            settings.setValue(QStringLiteral("%1/splitter%2").arg(key).arg(n), splitters.at(n)->saveState());
        const QList<QHeaderView*> headers = headersOf(page);
        for (int n = 0; n < headers.size(); ++n)
            settings.setValue(QStringLiteral("%1/header%2").arg(key).arg(n), headers.at(n)->saveState());
    }
    settings.endGroup();
}

int restore(QMainWindow* window, QStackedWidget* pages, const QString& profile)
{
    if (profile.isEmpty())
        return -1;
    QSettings settings;
    settings.beginGroup(groupOf(profile));
    if (!settings.contains(QStringLiteral("page")))
        return -1;
    window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    int shown = -1;
    for (int i = 0; i < pages->count(); ++i) {
        QWidget* page = pages->widget(i);
        const QString key = keyOf(pages, i);
        if (key == settings.value(QStringLiteral("pageName")).toString())
            shown = i;
        const QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
        for (int n = 0; n < splitters.size(); ++n) {
            const QVariant state = settings.value(QStringLiteral("%1/splitter%2").arg(key).arg(n));
            if (state.isValid())
                splitters.at(n)->restoreState(state.toByteArray());
        }
        const QList<QHeaderView*> headers = headersOf(page);
        for (int n = 0; n < headers.size(); ++n) {
            const QVariant state = settings.value(QStringLiteral("%1/header%2").arg(key).arg(n));
            if (state.isValid())
                headers.at(n)->restoreState(state.toByteArray()); // refused if the columns changed since
        }
    }
    if (shown >= 0)
        return shown;
    // Saved before pages were named: its position (pages were only ever added after Plans, none removed).
    const int page = settings.value(QStringLiteral("page"), -1).toInt();
    return page >= 0 && page < pages->count() ? page : -1;
}

void restoreLastGeometry(QMainWindow* window)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("view/lastGeometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
}
} // namespace ViewState
