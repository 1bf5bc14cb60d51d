#pragma once

#include <QMainWindow>

class ConnectionStatus;
class QLabel;
class QListWidget;
class QStackedWidget;
class StatePanel;
class TenantRepository;
class TenantsPage;

// Composes the pages: navigation on the left, the current page on the right, connection states in the
// status bar. It owns no data and runs no queries.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        TenantsPageIndex,
        UsagePageIndex,
        CostsPageIndex,
        ExecutionsPageIndex,
        QueuesPageIndex,
        PlansPageIndex,
        AlertsPageIndex,
        PlaygroundPageIndex,
        KeysPageIndex,
    };

    explicit MainWindow(QWidget* parent = nullptr);

    // Connects the pages to a service layer; until then they say they are waiting for a connection.
    void setServices(TenantRepository* tenants, ConnectionStatus* status);
    void showConnectionError(const QString& message);
    void showPage(Page page);
    TenantsPage* tenantsPage() const { return m_tenantsPage; }

signals:
    void connectionDialogRequested();

private:
    void updateStatus();

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    StatePanel* m_tenantsSlot;
    TenantsPage* m_tenantsPage = nullptr;
    ConnectionStatus* m_status = nullptr;
    QLabel* m_pgStatus;
    QLabel* m_redisStatus;
};
