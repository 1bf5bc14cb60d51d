#pragma once

#include <QVector>
#include <QWidget>

// A small line of counts (oldest first) with no axes, for a tile: the shape over time at a glance. It
// follows the palette (light or dark) and paints crisp at any device pixel ratio.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(const QVector<qint64>& values);
    const QVector<qint64>& values() const { return m_values; }
    QSize sizeHint() const override { return {160, 36}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<qint64> m_values;
};
