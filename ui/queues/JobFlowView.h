#pragma once

#include <models/common/Fetched.h>
#include <models/queues/JobFlow.h>

#include <QWidget>

class QueueOperations;
class QTreeWidget;
class QTreeWidgetItem;
class StatePanel;
class JobToolsController;

// The open job's BullMQ flow as a tree from its root: each job's queue, id, name, state and how its parent
// holds it (pending, processed, ignored, failed); the open job in bold. A job of the tree opens on
// activation.
class JobFlowView : public QWidget
{
    Q_OBJECT

public:
    explicit JobFlowView(QueueOperations* operations, QWidget* parent = nullptr);

    void showFlowOf(const QString& queue, const QString& id);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void flowShown();
    void jobActivated(const QString& queue, const QString& id);

private:
    QTreeWidgetItem* itemOf(const FlowNode& node);
    void showFlow(const Fetched<FlowNode>& flow);

    QueueOperations* m_operations;
    QTreeWidget* m_tree;
    StatePanel* m_state;
    QString m_queue;
    QString m_id;
    JobToolsController* m_tools = nullptr;
};
