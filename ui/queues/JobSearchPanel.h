#pragma once

#include <models/queues/BulkJobAction.h>
#include <models/queues/JobSearch.h>

#include <QWidget>

#include <memory>

class JobSearchModel;
class JobToolsController;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QueueOperations;
class StatePanel;

// The Queues page's search through jobs of every queue (or the selected one): by id, or text in the
// name, data or failed reason, in any state. Results appear as they are found; the line under the
// controls says what was scanned, the pace, and when the search stops; Stop ends it between two pages.
class JobSearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobSearchPanel(QueueOperations* operations, QWidget* parent = nullptr);

    // The queue "This queue" means.
    void setCurrentQueue(const QString& queue);
    void setNames(const QHash<QString, QString>& names);
    // The page's tenant filter: a listing by state (no text) keeps to it.
    void setTenantFilter(const QString& tenantId);
    // A search as the controls say (the Search button), or as given.
    void searchFromControls();
    void search(const JobSearchQuery& query);
    void stop();
    // Retry or remove every job found, `batchSize` at a time, each audited (the buttons, once confirmed).
    void runBulk(JobActions::Kind kind, int batchSize, const QString& reason);
    bool isActing() const;

    bool isSearching() const;
    JobSearchModel* results() const { return m_results; }
    QString progressText() const;

signals:
    void searchFinished(const JobSearchProgress& progress);
    void jobActivated(const QString& queue, const QString& id);
    // Tenant ids of the jobs found, for their names.
    void tenantsFound(const QStringList& tenantIds);
    void bulkFinished(const BulkJobProgress& progress);

private:
    void showProgress(const JobSearchProgress& progress);
    void listState(const JobSearchQuery& query);
    void showListed(const Fetched<QVector<JobSummary>>& jobs);
    void askBulk(JobActions::Kind kind);
    void showBulk(const BulkJobProgress& progress, JobActions::Kind kind);

    QueueOperations* m_operations;
    std::unique_ptr<JobSearch> m_search;
    std::unique_ptr<BulkJobAction> m_bulk;
    JobSearchModel* m_results;
    QString m_currentQueue;
    QString m_tenantFilter;
    QString m_listedQueue;
    QString m_listedState;
    JobToolsController* m_tools;
    QLineEdit* m_text;
    QComboBox* m_field;
    QComboBox* m_scope;
    QComboBox* m_state;
    QComboBox* m_pace;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_retryAll;
    QPushButton* m_removeAll;
    QSpinBox* m_batch;
    QLabel* m_progress;
    QTableView* m_table;
    StatePanel* m_tableState;
};
