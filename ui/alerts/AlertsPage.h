#pragma once

#include <models/alerts/Alerts.h>

#include <QWidget>

class AlertMonitor;
class AlertsController;
class AnomalyRepository;
class DeliveryPanel;
class DeliveryRepository;
class SpikesPanel;
class QTabWidget;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class StatePanel;

// Alerts the team shares, in three tabs: quotas (this month's alerts with acknowledge and snooze, and every
// tenant at or over a threshold with its use against the limit, the day it reaches 100 % at its pace, and
// whether the gateways throttle it now), spikes (what the anomaly rules found, and the rules), and delivery
// (where alerts are sent and how each delivery went). Spikes and delivery need their repositories.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    AlertsPage(AlertRepository* alerts,
               AlertMonitor* monitor,
               AnomalyRepository* anomalies = nullptr,
               DeliveryRepository* deliveries = nullptr,
               QWidget* parent = nullptr);

    void reload();
    // Only this tenant's alerts until "Show all tenants" (the tenant 360 opens the page this way); an
    // empty id shows every tenant again.
    void setTenantFilter(const QString& tenantId, const QString& tenantName);
    QString tenantFilter() const { return m_tenantId; }
    void acknowledgeSelected(const QString& note);
    void snoozeSelected(int hours, const QString& note);
    QTableWidget* alertsTable() const { return m_table; }
    QTableWidget* quotasTable() const { return m_quotas; }
    const QVector<QuotaAlert>& alerts() const { return m_alerts; }
    QString message() const;
    // The filter in words for the window's header: "tenant Acme" (the tenant 360 opens the page this way).
    QString filterSummary() const;
    QTabWidget* tabs() const { return m_tabs; }
    SpikesPanel* spikesPanel() const { return m_spikesPanel; }
    DeliveryPanel* deliveryPanel() const { return m_deliveryPanel; }

signals:
    void loaded();
    void filterChanged();
    void handled(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectController();
    void showQuotas();
    qint64 selectedId() const;

    AlertsController* m_controller;
    AlertMonitor* m_monitor;
    QVector<QuotaAlert> m_alerts;
    QString m_tenantId;
    QString m_tenantName;
    QLabel* m_tenantLabel;
    QPushButton* m_allTenants;
    QCheckBox* m_openOnly;
    QComboBox* m_minimum;
    QLabel* m_evaluated;
    QTableWidget* m_table;
    StatePanel* m_tableState;
    QTableWidget* m_quotas;
    QPushButton* m_ack;
    QPushButton* m_snoozeDay;
    QPushButton* m_snoozeWeek;
    QLabel* m_message;
    QTabWidget* m_tabs;
    SpikesPanel* m_spikesPanel = nullptr;
    DeliveryPanel* m_deliveryPanel = nullptr;
    bool m_loadedOnce = false;
};
