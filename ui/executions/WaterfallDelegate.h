#pragma once

#include <QStyledItemDelegate>

// Paints a node's bar on the execution's time axis: offset and width come from the model as fractions
// of the whole span, the colour from the node's status.
class WaterfallDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    WaterfallDelegate(int offsetRole, int widthRole, int statusRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_offsetRole;
    int m_widthRole;
    int m_statusRole;
};
