#pragma once

#include <QMainWindow>
#include <QPointer>

#include <ui/platform/CommandPalette.h>
#include <ui/platform/PageServices.h>

#include <models/platform/AppLink.h>

#include <memory>
#include <optional>

class ConnectionStatus;
class CostsPage;
class ReconciliationPage;
class ExecutionsPage;
class QueuesPage;
class FlagsPage;
class PlansPage;
class AlertsPage;
class KeysPage;
class PlaygroundPage;
class QSystemTrayIcon;

class QuickFind;
class SnapshotExporter;
class StatusProgress;
class Tenant360;
struct QuotaAlert;
class UsagePage;
class QLabel;
class QPushButton;
class QTimer;
class QListWidget;
class QStackedWidget;
class StatePanel;
class TenantRepository;
class TenantsPage;
class HomePage;
class NavigationList;

// Composes the pages: navigation on the left, the current page on the right, connection states in the
// status bar. It owns no data and runs no queries.
class PageHeader;
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        HomePageIndex,
        TenantsPageIndex,
        UsagePageIndex,
        CostsPageIndex,
        ExecutionsPageIndex,
        QueuesPageIndex,
        PlansPageIndex,
        FlagsPageIndex,
        AlertsPageIndex,
        PlaygroundPageIndex,
        KeysPageIndex,
        ReconciliationPageIndex,
        LastPageIndex = ReconciliationPageIndex,
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Connects the pages to a service layer; until then they say they are waiting for a connection.
    void setServices(const PageServices& services);
    void showConnectionError(const QString& message);
    void showPage(Page page);
    HomePage* homePage() const { return m_homePage; }
    TenantsPage* tenantsPage() const { return m_tenantsPage; }
    UsagePage* usagePage() const { return m_usagePage; }
    CostsPage* costsPage() const { return m_costsPage; }
    ReconciliationPage* reconciliationPage() const { return m_reconciliationPage; }
    ExecutionsPage* executionsPage() const { return m_executionsPage; }
    QueuesPage* queuesPage() const { return m_queuesPage; }
    PlansPage* plansPage() const { return m_plansPage; }
    FlagsPage* flagsPage() const { return m_flagsPage; }
    AlertsPage* alertsPage() const { return m_alertsPage; }
    PageHeader* pageHeader() const { return m_header; }
    PlaygroundPage* playgroundPage() const { return m_playgroundPage; }
    KeysPage* keysPage() const { return m_keysPage; }
    QString navigationText(Page page) const;
    // Reloads what the current page shows (File > Refresh; also after a lost connection is back).
    void reloadCurrentPage();
    // Shows what a tenantscope:// link names: the tenant's detail, or the execution with its trace.
    // Before the pages are connected the link waits for them.
    void openLink(const AppLink& link);
    // Ctrl+K: find a tenant, an execution, a job or a page by typing.
    void openPalette();
    CommandPalette* palette() const { return m_palette; }
    void showShortcuts();
    // Ctrl+F: the cursor into the current page's search or filter field.
    void focusFind();
    // Saves where the user left things for the current profile (also done on close and on a switch).
    void saveViewState() const;
    // Exports one tenant's support snapshot (to `path`, or where the user chooses), with progress and
    // Cancel in the status bar; opens one read-only in a window of its own (works offline).
    void exportSnapshot(const QString& tenantId, const QString& path = {});
    void openSnapshot(const QString& path = {});
    // An OTLP JSON traces file, read-only and offline, in its own window (no connection needed).
    void openTraceFile(const QString& path = {});
    StatusProgress* progress() const { return m_progress; }
    // A message in the status bar and, when the window is not in front, through the system tray;
    // a click on the tray message brings the window back.
    void notify(const QString& title, const QString& text, bool warning = false);

signals:
    void connectionDialogRequested();
    void snapshotExported(const QString& path, const QString& error); // error empty: written

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateStatus();
    void showClusterView();
    void reloadWhenReconnected();
    static bool pageReadsRedis(int index);
    void showQueryBusy(bool busy);
    void showAlertBadge(int open);
    void updateHeader();
    void notifyAlerts(const QVector<QuotaAlert>& alerts);
    void replacePage(int index, QWidget* page);
    void applyLink(const AppLink& link);
    void connectTenant360(const PageServices& services);
    void connectHome(const PageServices& services);
    void ensureTray();
    static void letTabLeave(QWidget* page);

    NavigationList* m_navigation;
    PageHeader* m_header;
    QStringList m_pageTitles; // in Page order, without the navigation's badges
    QStackedWidget* m_pages;
    StatePanel* m_tenantsSlot;
    TenantsPage* m_tenantsPage = nullptr;
    HomePage* m_homePage = nullptr;
    UsagePage* m_usagePage = nullptr;
    CostsPage* m_costsPage = nullptr;
    ReconciliationPage* m_reconciliationPage = nullptr;
    ExecutionsPage* m_executionsPage = nullptr;
    QueuesPage* m_queuesPage = nullptr;
    PlansPage* m_plansPage = nullptr;
    FlagsPage* m_flagsPage = nullptr;
    AlertsPage* m_alertsPage = nullptr;
    PlaygroundPage* m_playgroundPage = nullptr;
    KeysPage* m_keysPage = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    ConnectionStatus* m_status = nullptr;
    QLabel* m_transportWarning;
    QLabel* m_pgStatus;
    QLabel* m_redisStatus;
    QPushButton* m_cancelQuery;
    QPushButton* m_readFromPrimary; // offered while the standby is past its lag bound
    QTimer* m_busyDelay;
    bool m_pgLost = false;
    bool m_redisLost = false;
    std::optional<AppLink> m_pendingLink;
    QuickFind* m_quickFind = nullptr;
    std::unique_ptr<Tenant360> m_tenant360;
    QString m_profileName;
    QPointer<CommandPalette> m_palette;
    PageServices m_services;
    StatusProgress* m_progress;
    QPointer<SnapshotExporter> m_exporter;
    QAction* m_exportSnapshotAction = nullptr;
    bool m_bulkInStatusBar = false;
};
