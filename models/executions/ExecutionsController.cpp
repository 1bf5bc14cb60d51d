#include <models/executions/ExecutionsController.h>

#include <async/Guarded.h>

ExecutionsController::ExecutionsController(ExecutionRepository* executions, ExecutionActions* actions, QObject* parent)
    : QObject(parent)
    , m_executions(executions)
    , m_actions(actions)
{
}

void ExecutionsController::loadList(const ExecutionRepository::Filter& filter)
{
    const quint64 generation = ++m_listGeneration;
    deliver(m_executions->list(filter), this, [this, generation](const Fetched<QVector<ExecutionSummary>>& rows) {
        if (generation == m_listGeneration)
            emit listLoaded(rows);
    });
}

void ExecutionsController::loadMore(const ExecutionRepository::Filter& filter)
{
    const quint64 generation = m_listGeneration;
    deliver(m_executions->list(filter), this, [this, generation](const Fetched<QVector<ExecutionSummary>>& rows) {
        if (generation == m_listGeneration)
            emit moreLoaded(rows);
    });
}

void ExecutionsController::loadLive(const ExecutionRepository::Filter& filter, const QStringList& ids, bool everything)
{
    const quint64 generation = m_listGeneration;
    deliver(m_executions->list(filter),
            this,
            [this, generation, ids, everything](const Fetched<QVector<ExecutionSummary>>& rows) {
                if (generation == m_listGeneration)
                    emit liveLoaded(ids, everything, rows);
            });
}

void ExecutionsController::loadGroups(const ExecutionRepository::Filter& filter)
{
    const quint64 generation = ++m_groupsGeneration;
    deliver(m_executions->errorGroups(filter), this, [this, generation](const Fetched<QVector<ErrorGroup>>& groups) {
        if (generation == m_groupsGeneration)
            emit groupsLoaded(groups);
    });
}

void ExecutionsController::loadTrace(const QString& id)
{
    const quint64 generation = ++m_traceGeneration;
    deliver(m_executions->detail(id), this, [this, generation](const Fetched<ExecutionDetail>& detail) {
        if (generation == m_traceGeneration)
            emit traceLoaded(detail);
    });
}

void ExecutionsController::act(ExecutionActions::Kind kind, const QString& id, const QString& reason)
{
    deliver(m_actions->run(kind, id, reason), this, [this, kind, id](const Fetched<QString>& outcome) {
        emit actionDone(kind, id, outcome);
    });
}

void ExecutionsController::findMatching(ExecutionActions::Kind kind, const QList<ExecutionRepository::Filter>& filters)
{
    QList<QFuture<Fetched<QStringList>>> reads;
    for (const ExecutionRepository::Filter& filter : filters)
        reads.append(m_executions->matchingIds(filter));
    deliver(QtFuture::whenAll(reads.begin(), reads.end()),
            this,
            [this, kind](const QList<QFuture<Fetched<QStringList>>>& done) {
                Fetched<QStringList> ids;
                for (const QFuture<Fetched<QStringList>>& read : done) {
                    if (!read.result().ok()) {
                        ids.error = read.result().error;
                        break;
                    }
                    ids.value += read.result().value;
                }
                emit matchingFound(kind, ids);
            });
}

BulkExecutionAction* ExecutionsController::newBulk(ExecutionActions::Kind kind,
                                                   const QStringList& ids,
                                                   const QString& reason,
                                                   QObject* parent) const
{
    return new BulkExecutionAction(*m_actions, kind, ids, reason, parent);
}
