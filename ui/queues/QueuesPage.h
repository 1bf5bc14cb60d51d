#pragma once

#include <models/queues/JobActions.h>
#include <models/queues/QueueRepository.h>

#include <QWidget>

class JobListModel;
class JsonView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QueueCountsModel;
class StatePanel;
class TenantJobCountsModel;
class QueuesController;
class QueueControlsBar;
class JobSearchPanel;
class JobFlowView;
class QueueOperations;
class TenantRepository;

// BullMQ queues: counts per queue refreshed live and cheaply (one pipelined round trip), counts per
// tenant of the selected queue, its jobs in one state (optionally one tenant's), and the selected job's
// detail with retry and remove.
class QueuesPage : public QWidget
{
    Q_OBJECT

public:
    // `operations`: with it, the controls of the selected queue as a whole (pause, rate limit, concurrency).
    QueuesPage(QueueRepository* queues,
               JobActions* actions,
               TenantRepository* tenants,
               QueueOperations* operations = nullptr,
               QWidget* parent = nullptr);

    void discover();
    // Everything the page shows read again: queues and counts, the selected queue's jobs, the open job.
    void reload();
    void refreshCounts();
    void selectQueue(const QString& queue);
    void setState(const QString& state);
    void openJob(const QString& id);
    // Selects the queue and opens the job, once the queues are known (a palette or link may come first).
    void openJobInQueue(const QString& queue, const QString& id);
    void performAction(JobActions::Kind kind, const QString& reason);
    // Only this tenant's jobs, in every queue chosen, until "Show all tenants" (the tenant 360 opens
    // the page this way). An empty id shows every tenant again.
    void setTenantFilter(const QString& tenantId, const QString& tenantName);
    QString tenantFilter() const { return m_pinnedTenant; }
    QString currentQueue() const; // the queue whose jobs are shown
    // The filter in words for the window's header: "queue workflow-runs · failed · tenant Acme".
    QString filterSummary() const;

    QueueCountsModel* countsModel() const { return m_countsModel; }
    TenantJobCountsModel* tenantModel() const { return m_tenantModel; }
    JobListModel* jobsModel() const { return m_jobsModel; }
    QueueControlsBar* controlsBar() const { return m_controlsBar; }
    JobSearchPanel* searchPanel() const { return m_searchPanel; }
    JobFlowView* flowView() const { return m_flowView; }
    void showSearch(); // the Search tab
    QTableView* jobsTable() const { return m_jobsTable; }
    QTreeWidget* failureGroups() const { return m_failureGroups; }
    void showFailureGroups();
    void showJobList(); // the Jobs tab, back from the failures by cause
    const JobDetail& job() const { return m_job; }
    QString actionMessage() const;
    QString stackText() const;

    static constexpr int kRefreshMs = 2000;
    static constexpr int kTenantRefreshMs = 10000;
    static constexpr int kMaxTextShown = 64 * 1024;

signals:
    void filterChanged();
    void countsLoaded();
    void jobsLoaded();
    void jobLoaded();
    void failureGroupsLoaded();
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QString currentState() const;
    QString currentTenant() const;
    void loadTenants();
    void loadJobs();
    void loadMoreJobs(int offset);
    void showJob();
    void openPendingJob();
    void askAction(JobActions::Kind kind);
    void connectController();
    void loadFailureGroups();

    QueuesController* m_controller;
    QueueControlsBar* m_controlsBar = nullptr;
    JobSearchPanel* m_searchPanel = nullptr;
    JobFlowView* m_flowView = nullptr;
    QString m_queue;
    QString m_tenant;
    QString m_pinnedTenant; // kept across queues (setTenantFilter)
    QString m_pinnedName;
    QLabel* m_pinnedLabel = nullptr;
    QPushButton* m_unpin = nullptr;
    QueueCountsModel* m_countsModel;
    TenantJobCountsModel* m_tenantModel;
    JobListModel* m_jobsModel;
    QTableView* m_countsTable;
    QTableView* m_tenantTable;
    QTableView* m_jobsTable;
    StatePanel* m_countsState;
    StatePanel* m_jobsState;
    StatePanel* m_jobState;
    QComboBox* m_state;
    QLabel* m_refreshed;
    QLabel* m_jobSummary;
    JsonView* m_data;
    JsonView* m_options;
    JsonView* m_returnValue;
    QPlainTextEdit* m_stack;
    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_listTabs = nullptr;
    QTreeWidget* m_failureGroups = nullptr;
    StatePanel* m_failureState = nullptr;
    QPushButton* m_showAll;
    QPushButton* m_retry;
    QPushButton* m_remove;
    QLabel* m_message;
    QTimer* m_refresh;
    QTimer* m_tenantRefresh;
    JobDetail m_job;
    bool m_discovered = false;
    QString m_pendingJobQueue;
    QString m_pendingJobId;
};
