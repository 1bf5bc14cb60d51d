#include <ui/queues/JobFlowView.h>

#include <ui/common/StatePanel.h>

#include <models/queues/JobToolsController.h>

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

JobFlowView::JobFlowView(QueueOperations* operations, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_tree(new QTreeWidget)
{
    m_tools = new JobToolsController(operations, this);
    connect(m_tools, &JobToolsController::flowLoaded, this, &JobFlowView::showFlow);
    m_tree->setObjectName(QStringLiteral("jobFlow"));
    m_tree->setAccessibleName(tr("The job's flow"));
    m_tree->setHeaderLabels({tr("Job"), tr("Name"), tr("State"), tr("Held by its parent as")});
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 120);
    m_tree->setColumnWidth(2, 110);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString queue = item->data(0, Qt::UserRole).toString();
        const QString id = item->data(0, Qt::UserRole + 1).toString();
        if (!queue.isEmpty() && !id.isEmpty())
            emit jobActivated(queue, id);
    });
    m_state = new StatePanel(m_tree);
    m_state->showEmpty(tr("Select a job to see its flow."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
}

QTreeWidgetItem* JobFlowView::itemOf(const FlowNode& node)
{
    auto* item = new QTreeWidgetItem;
    const QString what = node.outside ? node.key : node.queue + u'/' + node.id;
    item->setText(0, what);
    item->setText(1, node.name);
    item->setText(2, node.missing ? tr("gone") : node.state);
    item->setText(3,
                  node.relation == QLatin1String("root")            ? tr("root")
                      : node.relation == QLatin1String("pending")   ? tr("pending: waited for")
                      : node.relation == QLatin1String("processed") ? tr("processed")
                      : node.relation == QLatin1String("ignored")   ? tr("ignored failure")
                                                                    : tr("failed"));
    item->setData(0, Qt::UserRole, node.queue);
    item->setData(0, Qt::UserRole + 1, node.id);
    if (node.queue == m_queue && node.id == m_id) {
        QFont bold = item->font(0);
        bold.setBold(true);
        for (int c = 0; c < 4; ++c)
            item->setFont(c, bold);
    }
    for (const FlowNode& child : node.children)
        item->addChild(itemOf(child));
    return item;
}

void JobFlowView::showFlowOf(const QString& queue, const QString& id)
{
    m_queue = queue;
    m_id = id;
    m_state->showLoading(tr("Reading the flow of job %1…").arg(id));
    m_tools->loadFlow(queue, id);
}

void JobFlowView::showFlow(const Fetched<FlowNode>& flow)
{
    m_tree->clear();
    if (!flow.ok()) {
        m_state->showError(flow.error);
    } else if (flow.value.children.isEmpty()) {
        m_state->showEmpty(tr("This job is not part of a flow: it has no parent and no children."));
    } else {
        m_tree->addTopLevelItem(itemOf(flow.value));
        m_tree->expandAll();
        m_state->showContent();
    }
    emit flowShown();
}
