#pragma once

#include <QString>

class QAbstractItemView;
class QWidget;

// Edit › Copy (Ctrl+C) for what text widgets do not copy themselves: the selected cells of a table or
// list as tab-separated lines (rows in order, columns as shown), or a selectable label's selection.
namespace SelectionCopy
{
QString fromView(const QAbstractItemView* view);
QString fromWidget(const QWidget* widget); // empty: nothing to copy there
} // namespace SelectionCopy
