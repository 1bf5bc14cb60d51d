#pragma once

#include <QObject>

class QWidget;

// For the start-up benchmark: with TS_REPORT_FIRST_PAINT=1 the process prints "first-paint" on its
// standard output once the window's first paint has been flushed, so a launcher can time launch to
// pixels. Nothing happens without the variable.
class FirstPaintReport : public QObject
{
public:
    static void watch(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    bool m_reported = false;
};
