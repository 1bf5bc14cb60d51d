#pragma once

#include <models/alerts/AlertDelivery.h>
#include <models/alerts/Anomalies.h>

#include <QObject>

// The Alerts page's spikes and delivery, off the widgets: spikes and rules read (a newer read makes an older
// answer stale), rules and destinations saved and removed, a spike acknowledged. Each answer is a signal.
class SpikesController : public QObject
{
    Q_OBJECT

public:
    SpikesController(AnomalyRepository* anomalies, DeliveryRepository* deliveries, QObject* parent = nullptr);

    void listSpikes(const AnomalyRepository::Filter& filter);
    void listRules();
    void saveRule(const AnomalyRule& rule, const QString& reason);
    void removeRule(qint64 ruleId, const QString& reason);
    void acknowledge(qint64 spikeId, const QString& note);

    void listDestinations();
    void listDeliveries();
    void saveDestination(const AlertDestination& destination, const QString& url, const QString& reason);
    void removeDestination(qint64 destinationId, const QString& reason);

    // What the URL field may hold (https, or http to this machine); empty when fine.
    static QString urlProblem(const QString& url);

signals:
    void spikesListed(const Fetched<QVector<AnomalyAlert>>& spikes);
    void rulesListed(const Fetched<QVector<AnomalyRule>>& rules);
    void destinationsListed(const Fetched<QVector<AlertDestination>>& destinations);
    void deliveriesListed(const Fetched<QVector<AlertDeliveryRow>>& deliveries);
    void changed(const QString& done, const QString& error); // a save, removal or acknowledgement answered

private:
    AnomalyRepository* m_anomalies;
    DeliveryRepository* m_deliveries;
    quint64 m_spikesGeneration = 0;
    quint64 m_rulesGeneration = 0;
    quint64 m_destinationsGeneration = 0;
    quint64 m_deliveriesGeneration = 0;
};
