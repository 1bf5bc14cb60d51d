#pragma once

#include <models/home/HomeReport.h>

#include <QWidget>

class ConnectionStatus;
class HomeController;
class HomeRepository;
class HomeTile;
class QLabel;
class QPushButton;
class StatePanel;

// The first page: what is wrong right now. Spend so far today against the same hours of the last seven
// days, failed executions in the last hour by cause, queue backlogs, open alerts, tenants throttled past
// their quota and the connections. Each tile opens its page already filtered; the page refreshes itself
// every minute while shown. A tenant admin's home is its own tenant (ownTenantHome).
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(HomeRepository* home, ConnectionStatus* status, QWidget* parent = nullptr);

    void reload();
    void setRefreshInterval(int ms); // HomeController::kRefreshMs unless a test needs it quicker
    const HomeReport& report() const { return m_report; }
    HomeTile* spendTile() const { return m_spend; }
    HomeTile* failuresTile() const { return m_failures; }
    HomeTile* queuesTile() const { return m_queues; }
    HomeTile* alertsTile() const { return m_alerts; }
    HomeTile* quotaTile() const { return m_quota; }
    HomeTile* connectionTile() const { return m_connection; }
    StatePanel* state() const { return m_state; }
    bool controllerBusy() const;

signals:
    void loaded();
    void openSpend();
    void openFailures(const QString& errorCode); // empty: every failure
    void openQueue(const QString& queue); // empty: the queue list
    void openAlerts();
    void openQuotas();
    void openConnection();
    void ownTenantHome(const QString& tenantId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void show(const HomeReport& report);
    void showSpend();
    void showFailures();
    void showQueues();
    void showQuota();
    void showConnection();

    HomeController* m_controller;
    ConnectionStatus* m_status;
    HomeReport m_report;
    bool m_everLoaded = false;
    QLabel* m_asOf;
    QPushButton* m_refresh;
    StatePanel* m_state;
    HomeTile* m_spend;
    HomeTile* m_failures;
    HomeTile* m_queues;
    HomeTile* m_alerts;
    HomeTile* m_quota;
    HomeTile* m_connection;
};
