#pragma once

#include <models/alerts/AlertDelivery.h>

#include <QObject>

// The Delivery tab's reads and changes, off the widgets: destinations and deliveries read (a newer read
// makes an older answer stale), destinations saved and removed. Each answer comes back as a signal.
class DeliveryController : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryController(DeliveryRepository* deliveries, QObject* parent = nullptr);

    void listDestinations();
    void listDeliveries();
    void saveDestination(const AlertDestination& destination, const QString& url, const QString& reason);
    void removeDestination(qint64 destinationId, const QString& reason);

    // What the URL field may hold (https, or http to this machine); empty when fine.
    static QString urlProblem(const QString& url);

signals:
    void destinationsListed(const Fetched<QVector<AlertDestination>>& destinations);
    void deliveriesListed(const Fetched<QVector<AlertDeliveryRow>>& deliveries);
    void changed(const QString& done, const QString& error); // a save or removal answered

private:
    DeliveryRepository* m_deliveries;
    quint64 m_destinationsAsked = 0;
    quint64 m_deliveriesAsked = 0;
};
