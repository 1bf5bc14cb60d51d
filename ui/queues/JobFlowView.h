#pragma once

#include <QWidget>

class QueueOperations;
class QTreeWidget;
class QTreeWidgetItem;
class StatePanel;
struct FlowNode;

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

    QueueOperations* m_operations;
    QTreeWidget* m_tree;
    StatePanel* m_state;
    QString m_queue;
    QString m_id;
    quint64 m_asked = 0;
};
