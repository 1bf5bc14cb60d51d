#pragma once

#include <models/operations/TraceOperations.h>

#include <QElapsedTimer>
#include <QWidget>

class CompareTableModel;
class TraceController;
class QCheckBox;
class QLabel;
class QTableView;
class QTableWidget;
class StatePanel;

// Two executions side by side, node by node (a failed run and its retry, two runs of a workflow): the
// totals of both, every aligned node with what differs (only in one run, status, input, output), its
// status, duration, tokens and cost in each, and the selected node's input and output changes by path.
// Both runs are read and compared off the GUI thread; the window opens on the first node that differs.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CompareWindow(TraceOperations* traces, QWidget* parent = nullptr);

    void compare(const QString& firstId, const QString& secondId);

    CompareTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTableWidget* changes() const { return m_changes; }
    QCheckBox* onlyDifferences() const { return m_onlyDifferences; }
    QString headerText() const;
    QString nodeText() const;
    StatePanel* state() const { return m_state; }
    qint64 lastLoadMs() const { return m_loadMs; } // request to rows shown, for the 1 s budget

signals:
    void loaded(bool ok);

private:
    void present(const ExecutionPair& pair);
    void showNode(int row);

    TraceController* m_controller;
    ExecutionPair m_pair;
    CompareTableModel* m_model;
    QLabel* m_first;
    QLabel* m_second;
    QLabel* m_summary;
    QCheckBox* m_onlyDifferences;
    QTableView* m_table;
    QLabel* m_node;
    QTableWidget* m_changes;
    StatePanel* m_state;
    QElapsedTimer m_clock;
    qint64 m_loadMs = -1;
};
