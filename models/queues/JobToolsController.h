#pragma once

#include <models/common/Fetched.h>
#include <models/queues/BullJob.h>
#include <models/queues/JobFlow.h>
#include <models/queues/JobSearch.h>

#include <QObject>

class QueueOperations;

// The Queues page's reads for its search and flow views, off the widgets: a queue's jobs in one state (for a
// bulk action) and a job's flow; a newer read of either makes an older answer stale. Answers as signals.
class JobToolsController : public QObject
{
    Q_OBJECT

public:
    explicit JobToolsController(QueueOperations* operations, QObject* parent = nullptr);

    void collect(const JobSearchQuery& query);
    void loadFlow(const QString& queue, const QString& id);

signals:
    void collected(const Fetched<QVector<JobSummary>>& jobs);
    void flowLoaded(const Fetched<FlowNode>& flow);

private:
    QueueOperations* m_operations;
    quint64 m_collectsAsked = 0;
    quint64 m_flowsAsked = 0;
};
