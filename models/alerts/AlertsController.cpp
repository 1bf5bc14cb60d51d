#include <models/alerts/AlertsController.h>

#include <async/Guarded.h>

AlertsController::AlertsController(AlertRepository* alerts, QObject* parent)
    : QObject(parent)
    , m_alerts(alerts)
{
}

void AlertsController::list(const AlertRepository::Filter& filter)
{
    const quint64 generation = ++m_generation;
    deliver(m_alerts->list(filter), this, [this, generation](const Fetched<QVector<QuotaAlert>>& alerts) {
        if (generation == m_generation)
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
