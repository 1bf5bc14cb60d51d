#include <ui/tenants/UsageBarDelegate.h>

#include <QPainter>

UsageBarDelegate::UsageBarDelegate(int fractionRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{
}

void UsageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant fractionValue = index.data(m_fractionRole);
    if (fractionValue.isValid()) {
        const double fraction = fractionValue.toDouble();
        QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::AlternateBase));
        painter->drawRoundedRect(bar, 3, 3);
        QColor fill = fraction >= 1.0 ? QColor(0xd9, 0x48, 0x3b)
            : fraction >= 0.8         ? QColor(0xe8, 0xa3, 0x17)
                                      : QColor(0x3c, 0xa5, 0x5c);
        fill.setAlpha(150);
        painter->setBrush(fill);
        bar.setWidth(bar.width() * qBound(0.0, fraction, 1.0));
        painter->drawRoundedRect(bar, 3, 3);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}
