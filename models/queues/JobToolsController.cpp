#include <models/queues/JobToolsController.h>

#include <async/Guarded.h>
#include <models/operations/QueueOperations.h>

JobToolsController::JobToolsController(QueueOperations* operations, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
{
}

void JobToolsController::collect(const JobSearchQuery& query)
{
    deliverLatest(m_operations->collect(query),
                  this,
                  &m_collectsAsked,
                  [this](const Fetched<QVector<JobSummary>>& jobs) { emit collected(jobs); });
}

void JobToolsController::loadFlow(const QString& queue, const QString& id)
{
    deliverLatest(m_operations->flow(queue, id), this, &m_flowsAsked, [this](const Fetched<FlowNode>& flow) {
        emit flowLoaded(flow);
    });
}
