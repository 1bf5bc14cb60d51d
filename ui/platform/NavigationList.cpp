#include <ui/platform/NavigationList.h>

namespace
{
constexpr int kPageRole = Qt::UserRole + 1; // the page's number; headings have none
}

NavigationList::NavigationList(QWidget* parent)
    : QListWidget(parent)
{
    setIconSize(QSize(18, 18));
    setSpacing(1);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current, QListWidgetItem* previous) {
        if (!current)
            return;
        if (isHeading(current)) {
            // Arrowed onto a heading: go on to the page beyond it, in the direction of travel.
            const int step = previous && row(previous) > row(current) ? -1 : 1;
            for (int r = row(current) + step; r >= 0 && r < count(); r += step) {
                if (!isHeading(item(r))) {
                    setCurrentRow(r);
                    return;
                }
            }
            if (previous)
                setCurrentItem(previous);
            return;
        }
        emit pageChosen(current->data(kPageRole).toInt());
    });
}

bool NavigationList::isHeading(const QListWidgetItem* item)
{
    return !item->data(kPageRole).isValid();
}

void NavigationList::addGroup(const QString& title)
{
    auto* heading = new QListWidgetItem(title.toUpper(), this);
    heading->setFlags(Qt::NoItemFlags); // not selectable, not focusable
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.82);
    heading->setFont(font);
    heading->setData(Qt::AccessibleTextRole, title);
    heading->setSizeHint(QSize(0, fontMetrics().height() + (count() > 1 ? 14 : 6)));
    heading->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

void NavigationList::addPage(int page, const QString& text, const QIcon& icon)
{
    auto* entry = new QListWidgetItem(icon, text, this);
    entry->setData(kPageRole, page);
}

QListWidgetItem* NavigationList::itemOf(int page) const
{
    for (int r = 0; r < count(); ++r)
        if (item(r)->data(kPageRole) == QVariant(page))
            return item(r);
    return nullptr;
}

int NavigationList::currentPage() const
{
    const QListWidgetItem* current = currentItem();
    return current && !isHeading(current) ? current->data(kPageRole).toInt() : -1;
}

void NavigationList::setCurrentPage(int page)
{
    if (QListWidgetItem* entry = itemOf(page))
        setCurrentItem(entry);
}

QString NavigationList::pageText(int page) const
{
    const QListWidgetItem* entry = itemOf(page);
    return entry ? entry->text() : QString();
}

void NavigationList::setPageText(int page, const QString& text)
{
    if (QListWidgetItem* entry = itemOf(page))
        entry->setText(text);
}

QList<int> NavigationList::pagesInOrder() const
{
    QList<int> pages;
    for (int r = 0; r < count(); ++r)
        if (!isHeading(item(r)))
            pages.append(item(r)->data(kPageRole).toInt());
    return pages;
}

QStringList NavigationList::groups() const
{
    QStringList titles;
    for (int r = 0; r < count(); ++r)
        if (isHeading(item(r)))
            titles.append(item(r)->data(Qt::AccessibleTextRole).toString());
    return titles;
}

QString NavigationList::groupOf(int page) const
{
    QString group;
    for (int r = 0; r < count(); ++r) {
        if (isHeading(item(r)))
            group = item(r)->data(Qt::AccessibleTextRole).toString();
        else if (item(r)->data(kPageRole) == QVariant(page))
            return group;
    }
    return {};
}
