#include <ui/platform/PageIcons.h>

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace
{
// Each glyph is drawn in a 24 x 24 box, stroked with round caps and joins.
void drawGlyph(QPainter& p, PageGlyph glyph)
{
    QPainterPath path;
    switch (glyph) {
    case PageGlyph::Home:
        path.moveTo(3.5, 11.5);
        path.lineTo(12, 4);
        path.lineTo(20.5, 11.5);
        path.addRect(6, 11, 12, 9);
        path.addRect(10.5, 14.5, 3, 5.5);
        break;
    case PageGlyph::Tenants:
        path.addEllipse(QPointF(8.5, 8.5), 3, 3);
        path.addEllipse(QPointF(16, 9.5), 2.5, 2.5);
        path.moveTo(3, 19.5);
        path.cubicTo(3, 13.5, 14, 13.5, 14, 19.5);
        path.moveTo(14.5, 14.5);
        path.cubicTo(18, 13.5, 21, 15.5, 21, 19);
        break;
    case PageGlyph::Usage:
        path.addRect(5, 13, 3, 7);
        path.addRect(10.5, 9, 3, 11);
        path.addRect(16, 5, 3, 15);
        path.moveTo(3, 20.5);
        path.lineTo(21, 20.5);
        break;
    case PageGlyph::Costs:
        path.addEllipse(QPointF(12, 12), 8.5, 8.5);
        path.moveTo(15, 9);
        path.cubicTo(14, 7, 9, 7, 9, 9.8);
        path.cubicTo(9, 12.5, 15, 11.5, 15, 14.2);
        path.cubicTo(15, 17, 10, 17, 9, 15);
        path.moveTo(12, 6);
        path.lineTo(12, 18);
        break;
    case PageGlyph::Executions:
        path.addEllipse(QPointF(5.5, 6), 2.2, 2.2);
        path.addEllipse(QPointF(18.5, 6), 2.2, 2.2);
        path.addEllipse(QPointF(12, 18), 2.2, 2.2);
        path.moveTo(7.7, 6);
        path.lineTo(16.3, 6);
        path.moveTo(6.6, 7.9);
        path.lineTo(10.9, 16.1);
        path.moveTo(17.4, 7.9);
        path.lineTo(13.1, 16.1);
        break;
    case PageGlyph::Queues:
        path.addRoundedRect(4, 4, 16, 4, 1.2, 1.2);
        path.addRoundedRect(4, 10, 16, 4, 1.2, 1.2);
        path.addRoundedRect(4, 16, 16, 4, 1.2, 1.2);
        break;
    case PageGlyph::Plans:
        path.moveTo(6, 3.5);
        path.lineTo(14.5, 3.5);
        path.lineTo(18.5, 7.5);
        path.lineTo(18.5, 20.5);
        path.lineTo(6, 20.5);
        path.closeSubpath();
        for (double y : {10.0, 13.5, 17.0}) {
            path.moveTo(9, y);
            path.lineTo(15.5, y);
        }
        break;
    case PageGlyph::Flags:
        path.moveTo(6, 21);
        path.lineTo(6, 3.5);
        path.moveTo(6, 4.5);
        path.cubicTo(10, 2.5, 13, 7, 18.5, 5);
        path.lineTo(18.5, 13);
        path.cubicTo(13, 15, 10, 10.5, 6, 12.5);
        break;
    case PageGlyph::Alerts:
        path.moveTo(5, 17);
        path.cubicTo(7, 15, 6.5, 12, 6.5, 10);
        path.cubicTo(6.5, 6.5, 9, 4, 12, 4);
        path.cubicTo(15, 4, 17.5, 6.5, 17.5, 10);
        path.cubicTo(17.5, 12, 17, 15, 19, 17);
        path.closeSubpath();
        path.moveTo(10, 19.5);
        path.cubicTo(10.5, 21, 13.5, 21, 14, 19.5);
        break;
    case PageGlyph::Playground:
        path.moveTo(4, 5);
        path.lineTo(20, 5);
        path.lineTo(20, 15.5);
        path.lineTo(11, 15.5);
        path.lineTo(6.5, 19.5);
        path.lineTo(6.5, 15.5);
        path.lineTo(4, 15.5);
        path.closeSubpath();
        for (double x : {8.5, 12.0, 15.5})
            path.addEllipse(QPointF(x, 10.2), 0.6, 0.6);
        break;
    case PageGlyph::Keys:
        path.addEllipse(QPointF(7.5, 12), 4, 4);
        path.moveTo(11.5, 12);
        path.lineTo(21, 12);
        path.moveTo(17, 12);
        path.lineTo(17, 15.5);
        path.moveTo(20, 12);
        path.lineTo(20, 15);
        break;
    case PageGlyph::Reconciliation: // a balance: two figures weighed against each other
        path.moveTo(12, 4);
        path.lineTo(12, 19);
        path.moveTo(8, 19.5);
        path.lineTo(16, 19.5);
        path.moveTo(4.5, 7);
        path.lineTo(19.5, 7);
        path.moveTo(4.5, 7);
        path.lineTo(2, 13);
        path.quadTo(4.5, 16, 7, 13);
        path.lineTo(4.5, 7);
        path.moveTo(19.5, 7);
        path.lineTo(17, 13);
        path.quadTo(19.5, 16, 22, 13);
        path.lineTo(19.5, 7);
        break;
    }
    p.drawPath(path);
}

class PageIconEngine : public QIconEngine
{
public:
    explicit PageIconEngine(PageGlyph glyph)
        : m_glyph(glyph)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const double side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
        painter->scale(side / 24.0, side / 24.0);
        painter->setPen(QPen(colour, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        drawGlyph(*painter, m_glyph);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // Drawn at the device's pixels (`size` is in them), not scaled up from a 1x picture: crisp on HiDPI.
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), (QSizeF(size) / scale).toSize()), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new PageIconEngine(m_glyph); }

private:
    PageGlyph m_glyph;
};
} // namespace

QIcon pageIcon(PageGlyph glyph)
{
    return QIcon(new PageIconEngine(glyph));
}
