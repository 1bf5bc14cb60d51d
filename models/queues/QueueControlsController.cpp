#include <models/queues/QueueControlsController.h>

#include <async/Guarded.h>

#include <QCoreApplication>

QueueControlsController::QueueControlsController(QueueOperations* operations, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
{
}

void QueueControlsController::loadState(const QString& queue)
{
    deliverLatest(m_operations->controls()->state(queue),
                  this,
                  &m_statesAsked,
                  [this](const Fetched<QueueControlState>& state) { emit stateLoaded(state); });
}

void QueueControlsController::report(QFuture<Fetched<QString>> change)
{
    deliver(std::move(change), this, [this](const Fetched<QString>& outcome) {
        emit changed(outcome.ok() ? outcome.value : QString(), outcome.error);
    });
}

void QueueControlsController::setPaused(const QString& queue, bool paused, const QString& reason)
{
    report(m_operations->controls()->setPaused(queue, paused, reason));
}

void QueueControlsController::clearRateLimit(const QString& queue, const QString& reason)
{
    report(m_operations->controls()->clearRateLimit(queue, reason));
}

void QueueControlsController::setGlobalConcurrency(const QString& queue,
                                                   std::optional<qint64> concurrency,
                                                   const QString& reason)
{
    report(m_operations->controls()->setGlobalConcurrency(queue, concurrency, reason));
}

void QueueControlsController::setPausedEverywhere(bool paused, const QString& reason)
{
    deliver(m_operations->setPausedEverywhere(paused, reason),
            this,
            [this, paused](const Fetched<QVector<QueueOperations::QueueOutcome>>& outcomes) {
                if (!outcomes.ok()) {
                    emit changed({}, outcomes.error);
                    return;
                }
                QStringList refused;
                for (const auto& outcome : outcomes.value)
                    if (!outcome.ok)
                        refused << outcome.message;
                const QString done = paused ? QCoreApplication::translate("QueueControlsController",
                                                                          "%n queue(s) paused.",
                                                                          nullptr,
                                                                          int(outcomes.value.size() - refused.size()))
                                            : QCoreApplication::translate("QueueControlsController",
                                                                          "%n queue(s) running.",
                                                                          nullptr,
                                                                          int(outcomes.value.size() - refused.size()));
                emit changed(done, refused.join(u'\n'));
            });
}
