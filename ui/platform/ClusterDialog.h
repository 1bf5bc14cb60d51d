#pragma once

#include <QDialog>

class ConnectionStatus;
class QLabel;
class QTableWidget;

// The Redis Cluster view: every node with its role, slots and master, and which is down; it follows the
// connection's status as the cluster changes (a failover shows here as it happens).
class ClusterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClusterDialog(ConnectionStatus* status, QWidget* parent = nullptr);

private:
    void refresh();

    ConnectionStatus* m_status;
    QLabel* m_summary;
    QTableWidget* m_nodes;
};
