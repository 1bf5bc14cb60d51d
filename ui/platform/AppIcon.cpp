#include <ui/platform/AppIcon.h>

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

QImage paintAppIcon(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Drawn on a 256-unit grid, like the SVG.
    painter.scale(size / 256.0, size / 256.0);

    QLinearGradient background(0, 8, 0, 248);
    background.setColorAt(0, QColor(0x2b, 0x5f, 0xb8));
    background.setColorAt(1, QColor(0x17, 0x3a, 0x78));
    QPainterPath square;
    square.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    painter.fillPath(square, background);

    const QColor bar(0x8f, 0xb4, 0xf0);
    const QColor tallBar(0xb9, 0xd0, 0xf7);
    const auto drawBar = [&painter](const QRectF& rect, const QColor& color) {
        QPainterPath path;
        path.addRoundedRect(rect, 6, 6);
        painter.fillPath(path, color);
    };
    drawBar(QRectF(52, 132, 28, 72), bar);
    drawBar(QRectF(94, 100, 28, 104), tallBar);
    drawBar(QRectF(136, 148, 28, 56), bar);

    QPen ring(Qt::white, 16);
    painter.setPen(ring);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(164, 92), 44, 44);
    QPen handle(Qt::white, 20, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(handle);
    painter.drawLine(QPointF(196, 124), QPointF(226, 154));
    return image;
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(paintAppIcon(size)));
    return icon;
}
