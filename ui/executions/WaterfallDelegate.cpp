#include <ui/executions/WaterfallDelegate.h>

#include <models/executions/ExecutionListModel.h>

#include <QPainter>

WaterfallDelegate::WaterfallDelegate(int offsetRole, int widthRole, int statusRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_offsetRole(offsetRole)
    , m_widthRole(widthRole)
    , m_statusRole(statusRole)
{
}

void WaterfallDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyledItemDelegate::paint(painter, background, index); // selection and alternate rows
    const QVariant offset = index.data(m_offsetRole);
    const QVariant width = index.data(m_widthRole);
    if (!offset.isValid() || !width.isValid())
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const double w = qMax(3.0, qBound(0.0, width.toDouble(), 1.0) * area.width());
    // A short last node still shows whole at the right edge.
    const double x = qMin(area.left() + qBound(0.0, offset.toDouble(), 1.0) * area.width(), area.right() - w);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ExecutionListModel::statusColor(index.data(m_statusRole).toString()));
    painter->drawRoundedRect(QRectF(x, area.top(), w, area.height()), 2, 2);
    painter->restore();
}
