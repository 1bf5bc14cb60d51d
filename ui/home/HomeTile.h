#pragma once

#include <QFrame>

class QLabel;
class Sparkline;

// One answer on the Home page: a title, a figure, a line of detail and, for counts over time, a
// sparkline. A click (or Enter when focused) opens the page behind it, already filtered.
class HomeTile : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Calm,
        Warning,
        Problem,
    };

    explicit HomeTile(const QString& title, QWidget* parent = nullptr);

    void setFigure(const QString& figure, Tone tone);
    void setDetail(const QString& detail);
    void setError(const QString& error);
    void setSparkline(const QVector<qint64>& values);
    QString figure() const;
    QString detail() const;
    Tone tone() const { return m_tone; }
    void click() { emit clicked(); }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_title;
    QLabel* m_figure;
    QLabel* m_detail;
    Sparkline* m_sparkline;
    Tone m_tone = Tone::Calm;
};
