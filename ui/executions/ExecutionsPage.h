#pragma once

#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionRepository.h>
#include <models/playground/RecordedCall.h>

#include <QPointer>
#include <QWidget>

class AsOfLabel;
class CompareWindow;
class TraceController;
class TraceOperations;
class ExecutionFeed;
class ExecutionsController;
class ExecutionListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;
class QAction;
class QTimer;
class QTreeWidget;
class StatePanel;
class TenantPicker;
class TenantRepository;
class TraceView;

// Support's page: every execution, newest first, filtered on the server and loaded as the list scrolls,
// kept live by the platform's change notices; failures grouped by cause; the selected execution's trace;
// retry, resume and cancel (one, or all that match) with a confirmation and a reason for the audit log.
class ExecutionsPage : public QWidget
{
    Q_OBJECT

public:
    ExecutionsPage(ExecutionRepository* executions,
                   ExecutionActions* actions,
                   ExecutionFeed* feed,
                   TenantRepository* tenants,
                   QWidget* parent = nullptr);

    // Compare and OTLP export (the service layer's traces); without it those buttons stay hidden.
    void setTraceOperations(TraceOperations* traces);
    void reload();
    ExecutionRepository::Filter filter() const;
    void setStatusFilter(const QString& status);
    void setErrorFilter(const QString& text);
    void setTenantFilter(const QString& tenantId, const QString& label);
    void openExecution(const QString& id);
    // The filter in words for the window's header: "tenant Acme · status failed · last 24 hours".
    QString filterSummary() const;

    // Act without the dialog (the buttons ask first, then call these).
    void performAction(ExecutionActions::Kind kind, const QString& reason);
    void performBulkAction(ExecutionActions::Kind kind, const QStringList& ids, const QString& reason);

    // The pair "Compare" takes: the two selected runs (older first), or the shown run and its retry (or the
    // run it retried); empty when neither applies.
    std::pair<QString, QString> comparePair() const;
    // Opens the compare window on two runs (the button asks for the second id when there is no pair).
    CompareWindow* openCompare(const QString& firstId, const QString& secondId);
    // Writes the shown execution as OTLP JSON to `path` (or where the user chooses).
    void exportOtlp(const QString& path = {});

    ExecutionListModel* listModel() const { return m_model; }
    TraceView* traceView() const { return m_trace; }
    QTreeWidget* errorGroups() const { return m_groups; }
    QTableView* table() const { return m_table; }
    QString actionMessage() const;
    bool isLoading() const { return m_loading; }
    bool isTraceLoading() const { return m_traceLoading; }
    bool bulkRunning() const { return m_bulk != nullptr; }
    void cancelBulk(); // stops a bulk action before its next execution

    static constexpr int kPageSize = 200;

signals:
    void loaded();
    void filterChanged();
    void traceLoaded();
    void actionFinished(bool ok);
    void otlpExported(const QString& path, const QString& error); // error empty: written
    // "Open in Playground" on an LLM node: the recorded call, or why the node's input is not one.
    void replayRequested(const Fetched<RecordedCall>& call);
    // A bulk action, for the window's status bar (it goes on while other pages are shown).
    void bulkStarted(const QString& title);
    void bulkProgress(int done, int total);
    void bulkFinished(const QString& title, const QString& summary, bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectController();
    void loadMore(const QString& cursor, const QString& id);
    void loadGroups();
    void loadTrace(const QString& id);
    void onLiveChange(const QStringList& ids, bool everything);
    void updateActions();
    void askAction(ExecutionActions::Kind kind);
    void askBulk(ExecutionActions::Kind kind);
    void askCompare();
    QString selectedId() const;
    QString selectedStatus() const;

    ExecutionsController* m_controller;
    TenantPicker* m_tenant;
    QComboBox* m_status;
    QLineEdit* m_workflow;
    QLineEdit* m_error;
    QComboBox* m_range;
    QCheckBox* m_live;
    QTimer* m_debounce;
    QTabWidget* m_tabs;
    ExecutionListModel* m_model;
    QTableView* m_table;
    StatePanel* m_listState;
    QTreeWidget* m_groups;
    StatePanel* m_groupState;
    TraceView* m_trace;
    StatePanel* m_traceState;
    QPushButton* m_retry;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_copyLink = nullptr;
    QToolButton* m_traceTools = nullptr; // Compare (its click), Export OTLP (its menu)
    QAction* m_compare = nullptr;
    QAction* m_exportOtlp = nullptr;
    TraceOperations* m_traces = nullptr;
    TraceController* m_traceController = nullptr;
    QPushButton* m_bulkRetry;
    QProgressBar* m_progress;
    QPushButton* m_stopBulk;
    QLabel* m_message;
    QLabel* m_count;
    AsOfLabel* m_asOf;
    QPointer<BulkExecutionAction> m_bulk;
    QString m_traceId;
    bool m_loading = false;
    bool m_traceLoading = false;
    bool m_loadedOnce = false;
};
