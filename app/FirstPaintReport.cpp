#include <app/FirstPaintReport.h>

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

void FirstPaintReport::watch(QWidget* window)
{
    if (qEnvironmentVariableIntValue("TS_REPORT_FIRST_PAINT") != 1)
        return;
    window->installEventFilter(new FirstPaintReport(window));
}

bool FirstPaintReport::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Posted: it runs once this paint and the flush to the screen that follows it are done.
        QTimer::singleShot(0, this, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
        });
    }
    return QObject::eventFilter(watched, event);
}
