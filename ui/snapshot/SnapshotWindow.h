#pragma once

#include <models/snapshot/SupportSnapshot.h>

#include <QMainWindow>

class JsonView;
class QLabel;
class QTableWidget;
class QTabWidget;
class TraceView;

// A support snapshot, opened read-only and offline: no connection, no actions, only what the file
// holds, with a banner saying whose view it is, when it was taken and what it leaves out.
class SnapshotWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit SnapshotWindow(const SupportSnapshot& snapshot, const QString& path, QWidget* parent = nullptr);

    // Reads the file off the GUI thread and opens a window for it, or says why it cannot (a message
    // box on `parent`). The window deletes itself when closed.
    static void open(const QString& path, QWidget* parent);
    static QString fileFilter();

    QString bannerText() const;
    QString overviewText(const QString& objectName) const;
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* executionTable() const { return m_executions; }
    QTableWidget* jobTable() const { return m_jobs; }
    TraceView* traceView() const { return m_trace; }
    JsonView* jobView() const { return m_job; }

private:
    QWidget* buildOverview();
    QWidget* buildExecutions();
    QWidget* buildJobs();
    void showExecution(int row);
    void showJob(int row);

    SupportSnapshot m_snapshot;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    QTableWidget* m_executions = nullptr;
    TraceView* m_trace = nullptr;
    QTableWidget* m_jobs = nullptr;
    JsonView* m_job = nullptr;
};
