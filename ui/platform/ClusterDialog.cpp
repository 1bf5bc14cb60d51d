#include <ui/platform/ClusterDialog.h>

#include <models/platform/ConnectionStatus.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

ClusterDialog::ClusterDialog(ConnectionStatus* status, QWidget* parent)
    : QDialog(parent)
    , m_status(status)
    , m_summary(new QLabel)
    , m_nodes(new QTableWidget)
{
    setWindowTitle(tr("Redis Cluster"));
    setObjectName(QStringLiteral("clusterDialog"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_nodes->setObjectName(QStringLiteral("clusterNodes"));
    m_nodes->setAccessibleName(tr("Cluster nodes"));
    m_nodes->setColumnCount(5);
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Role"), tr("Slots"), tr("Replica of"), tr("State")});
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->verticalHeader()->hide();
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_nodes);
    layout->addWidget(buttons);
    resize(720, 320);
    connect(m_status, &ConnectionStatus::changed, this, &ClusterDialog::refresh);
    refresh();
}

void ClusterDialog::refresh()
{
    const QList<ClusterNodeRow> rows = m_status->clusterNodes();
    m_summary->setText(rows.isEmpty() ? tr("The cluster's layout is not known yet: %1").arg(m_status->redisMessage())
                                      : m_status->redisMessage());
    m_nodes->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ClusterNodeRow& row = rows.at(r);
        const QStringList cells{row.address,
                                row.master ? tr("master") : tr("replica"),
                                row.slotRanges,
                                row.replicaOf,
                                row.down ? tr("down") : tr("online")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (row.down)
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_nodes->setItem(r, c, item);
        }
    }
    m_nodes->resizeColumnsToContents();
}
