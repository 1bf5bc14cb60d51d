#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

// Runs asynchronous steps one after another on the owner's thread. A step returns a future of its
// failure text (empty: success); the first failure ends the run. Progress is reported per step, and
// cancel() stops the run before the next step starts.
class AsyncSteps : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<QFuture<QString>()>;

    explicit AsyncSteps(QObject* parent = nullptr);

    void add(const QString& label, Step step);
    QFuture<QString> start();
    void cancel() { m_cancelled = true; }
    int count() const { return static_cast<int>(m_steps.size()); }

signals:
    void stepStarted(const QString& label, int index, int total);
    void stepFinished(const QString& label, int index, qint64 elapsedMs);

private:
    void runStep(int index);

    QList<QPair<QString, Step>> m_steps;
    std::shared_ptr<QPromise<QString>> m_promise;
    QElapsedTimer m_stepTimer;
    bool m_cancelled = false;
};

// Helpers for steps: turn a result into "" (ok) or its failure text.
template <typename T, typename F> QFuture<QString> stepResult(QFuture<T> future, F toError)
{
    return future.then([toError](const T& value) { return toError(value); });
}
