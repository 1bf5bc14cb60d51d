#pragma once

#include <models/alerts/AlertDelivery.h>

#include <QWidget>

class AlertMonitor;
class QLabel;
class QTableWidget;
class DeliveryController;
class StatePanel;

// Where alerts are sent (Slack incoming webhooks, HTTPS webhooks; the URL never shown) and how each
// delivery went: sent, retrying and when, or failed and why. Platform admins add and remove destinations;
// their consoles send.
class DeliveryPanel : public QWidget
{
    Q_OBJECT

public:
    DeliveryPanel(DeliveryRepository* deliveries, AlertMonitor* monitor, QWidget* parent = nullptr);

    void reload();
    // What the destination dialog does on Save, and removal after its confirmation.
    void saveDestination(const AlertDestination& destination, const QString& url, const QString& reason);
    void removeSelectedDestination(const QString& reason);
    QTableWidget* destinationsTable() const { return m_destinations; }
    QTableWidget* deliveriesTable() const { return m_deliveries; }
    const QVector<AlertDeliveryRow>& deliveries() const { return m_deliveryRows; }
    StatePanel* destinationsState() const { return m_destinationsState; }
    QString senderText() const;
    QString message() const;

signals:
    void loaded();
    void changed(bool ok);

private:
    void showDestinations(const Fetched<QVector<AlertDestination>>& destinations);
    void showDeliveries(const Fetched<QVector<AlertDeliveryRow>>& deliveries);
    void showSender();

    DeliveryController* m_controller;
    AlertMonitor* m_monitor;
    QTableWidget* m_destinations;
    StatePanel* m_destinationsState;
    QTableWidget* m_deliveries;
    StatePanel* m_deliveriesState;
    QLabel* m_sender;
    QLabel* m_message;
    QVector<AlertDestination> m_destinationRows;
    QVector<AlertDeliveryRow> m_deliveryRows;
};
