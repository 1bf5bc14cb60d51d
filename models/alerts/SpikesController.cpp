#include <models/alerts/SpikesController.h>

#include <async/Guarded.h>
#include <net/WebhookPost.h>

#include <QCoreApplication>

namespace
{
// Reads the newest answer only: `generation` is the counter at the time of asking.
template <typename T, typename Emit>
void deliverLatest(QFuture<Fetched<T>> future, QObject* receiver, quint64* counter, Emit emitIt)
{
    const quint64 generation = ++*counter;
    deliver(future, receiver, [counter, generation, emitIt](const Fetched<T>& answer) {
        if (generation == *counter)
            emitIt(answer);
    });
}
} // namespace

SpikesController::SpikesController(AnomalyRepository* anomalies, DeliveryRepository* deliveries, QObject* parent)
    : QObject(parent)
    , m_anomalies(anomalies)
    , m_deliveries(deliveries)
{
}

QString SpikesController::urlProblem(const QString& url)
{
    return webhookUrlProblem(QUrl(url.trimmed(), QUrl::StrictMode));
}

void SpikesController::listSpikes(const AnomalyRepository::Filter& filter)
{
    deliverLatest(m_anomalies->list(filter), this, &m_spikesGeneration, [this](const auto& answer) {
        emit spikesListed(answer);
    });
}

void SpikesController::listRules()
{
    deliverLatest(
        m_anomalies->rules(), this, &m_rulesGeneration, [this](const auto& answer) { emit rulesListed(answer); });
}

void SpikesController::saveRule(const AnomalyRule& rule, const QString& reason)
{
    deliver(m_anomalies->saveRule(rule, reason), this, [this, name = rule.name](const Fetched<qint64>& saved) {
        emit changed(saved.ok() ? tr("Rule \"%1\" saved for the whole team.").arg(name) : QString(), saved.error);
    });
}

void SpikesController::removeRule(qint64 ruleId, const QString& reason)
{
    deliver(m_anomalies->removeRule(ruleId, reason), this, [this](const Fetched<bool>& removed) {
        emit changed(removed.ok() ? tr("Rule removed.") : QString(), removed.error);
    });
}

void SpikesController::acknowledge(qint64 spikeId, const QString& note)
{
    deliver(m_anomalies->acknowledge(spikeId, note), this, [this](const Fetched<bool>& done) {
        emit changed(done.ok() ? tr("Acknowledged for the whole team.") : QString(), done.error);
    });
}

void SpikesController::listDestinations()
{
    deliverLatest(m_deliveries->destinations(), this, &m_destinationsGeneration, [this](const auto& answer) {
        emit destinationsListed(answer);
    });
}

void SpikesController::listDeliveries()
{
    deliverLatest(m_deliveries->deliveries(), this, &m_deliveriesGeneration, [this](const auto& answer) {
        emit deliveriesListed(answer);
    });
}

void SpikesController::saveDestination(const AlertDestination& destination, const QString& url, const QString& reason)
{
    deliver(m_deliveries->saveDestination(destination, url, reason),
            this,
            [this, name = destination.name](const Fetched<qint64>& saved) {
                emit changed(saved.ok() ? tr("Alerts now go to \"%1\".").arg(name) : QString(), saved.error);
            });
}

void SpikesController::removeDestination(qint64 destinationId, const QString& reason)
{
    deliver(m_deliveries->removeDestination(destinationId, reason), this, [this](const Fetched<bool>& removed) {
        emit changed(removed.ok() ? tr("Destination removed: nothing more is sent to it.") : QString(), removed.error);
    });
}
