#include <models/alerts/DeliveryController.h>

#include <async/Guarded.h>
#include <net/WebhookPost.h>

#include <QUrl>

DeliveryController::DeliveryController(DeliveryRepository* deliveries, QObject* parent)
    : QObject(parent)
    , m_deliveries(deliveries)
{
}

QString DeliveryController::urlProblem(const QString& url)
{
    return webhookUrlProblem(QUrl(url.trimmed(), QUrl::StrictMode));
}

void DeliveryController::listDestinations()
{
    deliverLatest(
        m_deliveries->destinations(),
        this,
        &m_destinationsAsked,
        [this](const Fetched<QVector<AlertDestination>>& destinations) { emit destinationsListed(destinations); });
}

void DeliveryController::listDeliveries()
{
    deliverLatest(m_deliveries->deliveries(),
                  this,
                  &m_deliveriesAsked,
                  [this](const Fetched<QVector<AlertDeliveryRow>>& deliveries) { emit deliveriesListed(deliveries); });
}

void DeliveryController::saveDestination(const AlertDestination& destination, const QString& url, const QString& reason)
{
    deliver(m_deliveries->saveDestination(destination, url, reason),
            this,
            [this, name = destination.name](const Fetched<qint64>& saved) {
                emit changed(saved.ok() ? tr("Alerts now go to \"%1\".").arg(name) : QString(), saved.error);
            });
}

void DeliveryController::removeDestination(qint64 destinationId, const QString& reason)
{
    deliver(m_deliveries->removeDestination(destinationId, reason), this, [this](const Fetched<bool>& removed) {
        emit changed(removed.ok() ? tr("Destination removed: nothing more is sent to it.") : QString(), removed.error);
    });
}
