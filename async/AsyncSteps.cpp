#include <async/AsyncSteps.h>

#include <async/Guarded.h>

#include <QCoreApplication>

AsyncSteps::AsyncSteps(QObject* parent)
    : QObject(parent)
{
}

void AsyncSteps::add(const QString& label, Step step)
{
    m_steps.append({label, std::move(step)});
}

QFuture<QString> AsyncSteps::start()
{
    m_promise = std::make_shared<QPromise<QString>>();
    m_promise->start();
    QFuture<QString> future = m_promise->future();
    runStep(0);
    return future;
}

void AsyncSteps::runStep(int index)
{
    if (index >= m_steps.size() || m_cancelled) {
        m_promise->addResult(m_cancelled ? QCoreApplication::translate("AsyncSteps", "Cancelled") : QString());
        m_promise->finish();
        return;
    }
    const auto& [label, step] = m_steps.at(index);
    emit stepStarted(label, index, count());
    m_stepTimer.start();
    step().then(QCoreApplication::instance(), guarded(this, [this, index](const QString& error) {
                    emit stepFinished(m_steps.at(index).first, index, m_stepTimer.elapsed());
                    if (!error.isEmpty()) {
                        m_promise->addResult(QStringLiteral("%1: %2").arg(m_steps.at(index).first, error));
                        m_promise->finish();
                        return;
                    }
                    runStep(index + 1);
                }));
}
