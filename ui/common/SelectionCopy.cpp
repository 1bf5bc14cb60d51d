#include <ui/common/SelectionCopy.h>

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QTableView>

#include <algorithm>

namespace SelectionCopy
{
QString fromView(const QAbstractItemView* view)
{
    if (!view || !view->selectionModel() || !view->model())
        return {};
    QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && view->currentIndex().isValid())
        selected << view->currentIndex();
    // Columns in the order the user sees them (a table's header may be rearranged), hidden ones left out.
    const auto* table = qobject_cast<const QTableView*>(view);
    const auto visual = [table](int column) { return table ? table->horizontalHeader()->visualIndex(column) : column; };
    QMap<int, QMap<int, QString>> rows; // row -> visual column -> text
    for (const QModelIndex& index : std::as_const(selected)) {
        if (table && table->isColumnHidden(index.column()))
            continue;
        QString text = index.data(Qt::DisplayRole).toString();
        text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' '); // one cell stays one cell
        rows[index.row()][visual(index.column())] = text;
    }
    QStringList lines;
    for (const auto& row : std::as_const(rows))
        lines << QStringList(row.values()).join(u'\t');
    return lines.join(u'\n');
}

QString fromWidget(const QWidget* widget)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(widget))
        return fromView(view);
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->hasSelectedText() ? label->selectedText() : QString();
    return {};
}
} // namespace SelectionCopy
