#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cstdlib>

// Measures how long the thread's event loop goes without running a 5 ms timer: the longest stall is
// what a user feels as a frozen window.
//
// On Linux the time the thread sat in the run queue (ready, but the kernel ran other processes: on two
// cores, a PostgreSQL in crash recovery next to the test) is taken out of each gap, from
// /proc/thread-self/schedstat: what is left is the time the thread spent running or blocked in our code
// instead of returning to the loop, which is what the bound is about. worstRawMs() keeps the wall-clock
// figure for the report.
class LagProbe : public QObject
{
public:
    explicit LagProbe(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 wait = runQueueWaitNs();
            const qint64 gap = now - m_last - 5;
            const qint64 waitedMs = (wait - m_lastWaitNs) / 1000000;
            m_worstRawMs = std::max(m_worstRawMs, gap);
            m_worstMs = std::max(m_worstMs, gap - waitedMs);
            m_last = now;
            m_lastWaitNs = wait;
        });
    }

    ~LagProbe() override
    {
#if defined(Q_OS_LINUX)
        if (m_schedstat >= 0)
            ::close(m_schedstat);
#endif
    }

    void start()
    {
        m_worstMs = 0;
        m_worstRawMs = 0;
        m_clock.start();
        m_last = 0;
        m_lastWaitNs = runQueueWaitNs();
        m_timer.start();
    }
    // The worst stall of our own making (wall clock less run-queue waiting).
    qint64 stop()
    {
        m_timer.stop();
        return m_worstMs;
    }
    qint64 worstRawMs() const
    {
        return m_worstRawMs;
    }

private:
    // Nanoseconds this thread has waited in the run queue so far (0 where that is not known).
    qint64 runQueueWaitNs()
    {
#if defined(Q_OS_LINUX)
        if (m_schedstat == -2)
            m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
        if (m_schedstat < 0)
            return 0;
        char text[96] = {};
        const ssize_t n = ::pread(m_schedstat, text, sizeof text - 1, 0);
        if (n <= 0)
            return 0;
        // "<run ns> <wait ns> <timeslices>"
        char* end = nullptr;
        std::strtoll(text, &end, 10);
        return end ? std::strtoll(end, nullptr, 10) : 0;
#else
        return 0;
#endif
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWaitNs = 0;
    qint64 m_worstMs = 0;
    qint64 m_worstRawMs = 0;
    int m_schedstat = -2; // not opened yet
};
