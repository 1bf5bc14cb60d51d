#include <app/AfterFirstPaint.h>

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace
{
constexpr int kFallbackMs = 1000;
}

void AfterFirstPaint::run(QWidget* window, std::function<void()> work)
{
    window->installEventFilter(new AfterFirstPaint(window, std::move(work)));
}

AfterFirstPaint::AfterFirstPaint(QWidget* window, std::function<void()> work)
    : QObject(window)
    , m_work(std::move(work))
{
    QTimer::singleShot(kFallbackMs, this, &AfterFirstPaint::start);
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    // Posted twice: it runs once this paint, the flush to the screen that follows it, and whatever else
    // that paint posted (the start-up benchmark's report) are done.
    if (event->type() == QEvent::Paint && !m_started)
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, &AfterFirstPaint::start); });
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::start()
{
    if (m_started)
        return;
    m_started = true;
    parent()->removeEventFilter(this);
    const auto work = std::move(m_work);
    deleteLater();
    work();
}
