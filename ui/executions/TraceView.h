#pragma once

#include <models/executions/ExecutionRepository.h>

#include <QWidget>

class JsonView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class TraceModel;

// One execution's trace: totals, a waterfall of its nodes on the time axis, and the selected node's
// detail (error code, message and stack; input and output as JSON trees). The failed node is selected
// when a trace opens.
class TraceView : public QWidget
{
    Q_OBJECT

public:
    explicit TraceView(QWidget* parent = nullptr);

    void setTrace(const ExecutionDetail& detail);
    void clear(const QString& message = {});
    TraceModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    int selectedRow() const;
    QString nodeErrorText() const;
    QString stackText() const;
    JsonView* outputView() const { return m_output; }

    static constexpr int kMaxStackShown = 64 * 1024; // characters before "Show all"

    // "Open in Playground" on LLM nodes (a live trace; off in read-only files and snapshots).
    void setReplayEnabled(bool enabled);
    QPushButton* replayButton() const { return m_replay; }

signals:
    void replayRequested(const ExecutionSummary& run, const ExecutionNode& node);

private:
    void showNode(int row);

    TraceModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_nodeTitle;
    QLabel* m_nodeError;
    QPlainTextEdit* m_stack;
    QPushButton* m_showAllStack;
    QPushButton* m_replay;
    bool m_replayEnabled = false;
    JsonView* m_input;
    JsonView* m_output;
    QTabWidget* m_tabs;
};
