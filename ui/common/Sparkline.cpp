#include <ui/common/Sparkline.h>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QVector<qint64>& values)
{
    m_values = values;
    setAccessibleDescription(tr("%n value(s) over time", nullptr, int(values.size())));
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (m_values.size() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    const qint64 top = std::max<qint64>(1, *std::max_element(m_values.begin(), m_values.end()));
    const double step = area.width() / double(m_values.size() - 1);
    QPainterPath line;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF point(area.left() + i * step, area.bottom() - area.height() * double(m_values.at(i)) / top);
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    fill.closeSubpath();
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlphaF(0.18);
    painter.fillPath(fill, shade);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(line);
}
