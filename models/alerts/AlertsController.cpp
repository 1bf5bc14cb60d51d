#include <models/alerts/AlertsController.h>

#include <async/Guarded.h>

AlertsController::AlertsController(AlertRepository* alerts, QObject* parent)
    : QObject(parent)
    , m_alerts(alerts)
{
}

void AlertsController::list(const AlertRepository::Filter& filter)
{
    deliverLatest(m_alerts->list(filter), this, &m_generation, [this](const Fetched<QVector<QuotaAlert>>& alerts) {
        emit listed(alerts);
    });
}

void AlertsController::acknowledge(qint64 alertId, const QString& note)
{
    deliver(m_alerts->acknowledge(alertId, note), this, [this](const Fetched<bool>& result) {
        emit handled(Handling::Acknowledged, result);
    });
}

void AlertsController::snooze(qint64 alertId, const QDateTime& until, const QString& note)
{
    deliver(m_alerts->snooze(alertId, until, note), this, [this](const Fetched<bool>& result) {
        emit handled(Handling::Snoozed, result);
    });
}
