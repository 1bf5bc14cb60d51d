#pragma once

#include <models/common/Fetched.h>
#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionRepository.h>

#include <QObject>

// The Executions page's reads and actions, off the widget: the list and its pages, live updates, the
// failure groups, a trace, one action, and the executions a bulk action would take. Each answer comes
// back as a signal, only while it is current (a newer list or trace makes an older answer stale).
class ExecutionsController : public QObject
{
    Q_OBJECT

public:
    ExecutionsController(ExecutionRepository* executions, ExecutionActions* actions, QObject* parent = nullptr);

    void loadList(const ExecutionRepository::Filter& filter);
    // Answers of lists asked before now are stale (a filter was refused before anything was sent).
    void dropList() { ++m_listGeneration; }
    void loadMore(const ExecutionRepository::Filter& filter);
    // The rows a live notice names (all of the filter's when `everything`), to merge into the list.
    void loadLive(const ExecutionRepository::Filter& filter, const QStringList& ids, bool everything);
    void loadGroups(const ExecutionRepository::Filter& filter);
    void loadTrace(const QString& id);
    void act(ExecutionActions::Kind kind, const QString& id, const QString& reason);
    // The ids every filter matches, together (one filter per status the action takes).
    void findMatching(ExecutionActions::Kind kind, const QList<ExecutionRepository::Filter>& filters);
    // One audited action per id, run one after another (owned by `parent`).
    BulkExecutionAction*
    newBulk(ExecutionActions::Kind kind, const QStringList& ids, const QString& reason, QObject* parent) const;

signals:
    void listLoaded(const Fetched<QVector<ExecutionSummary>>& rows);
    void moreLoaded(const Fetched<QVector<ExecutionSummary>>& rows);
    void liveLoaded(const QStringList& ids, bool everything, const Fetched<QVector<ExecutionSummary>>& rows);
    void groupsLoaded(const Fetched<QVector<ErrorGroup>>& groups);
    void traceLoaded(const Fetched<ExecutionDetail>& detail);
    void actionDone(ExecutionActions::Kind kind, const QString& id, const Fetched<QString>& outcome);
    void matchingFound(ExecutionActions::Kind kind, const Fetched<QStringList>& ids);

private:
    ExecutionRepository* m_executions;
    ExecutionActions* m_actions;
    quint64 m_listGeneration = 0;
    quint64 m_groupsGeneration = 0;
    quint64 m_traceGeneration = 0;
};
