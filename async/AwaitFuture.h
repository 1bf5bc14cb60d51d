#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

// For the CLI and tests only (never the GUI thread): wait for a future while the calling thread's event
// loop keeps running, so sockets living on this thread (the Redis client) make progress.
// Returns false on timeout.
template <typename T> bool awaitFuture(const QFuture<T>& future, int timeoutMs = 30000)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}
