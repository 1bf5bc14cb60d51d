#pragma once

#include <models/operations/QueueOperations.h>
#include <models/queues/QueueControls.h>

#include <QObject>

// The Queues page's controls of a whole queue, off the widgets: its state read (a newer read makes an
// older answer stale), pause and resume (one queue or every queue), the rate limit cleared, the global
// concurrency set. Each answer comes back as a signal.
class QueueControlsController : public QObject
{
    Q_OBJECT

public:
    explicit QueueControlsController(QueueOperations* operations, QObject* parent = nullptr);

    void loadState(const QString& queue);
    void setPaused(const QString& queue, bool paused, const QString& reason);
    void setPausedEverywhere(bool paused, const QString& reason);
    void clearRateLimit(const QString& queue, const QString& reason);
    void setGlobalConcurrency(const QString& queue, std::optional<qint64> concurrency, const QString& reason);

signals:
    void stateLoaded(const Fetched<QueueControlState>& state);
    // A change answered: what was done (error empty), or why not.
    void changed(const QString& done, const QString& error);

private:
    void report(QFuture<Fetched<QString>> change);

    QueueOperations* m_operations;
    quint64 m_statesAsked = 0;
};
