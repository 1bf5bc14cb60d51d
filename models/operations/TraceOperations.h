#pragma once

#include <models/common/Fetched.h>
#include <models/executions/ExecutionCompare.h>

#include <QFuture>

class ExecutionRepository;

// Two executions read and compared: both runs as read (the diffs are made from their nodes) and the
// comparison.
struct ExecutionPair
{
    ExecutionDetail first;
    ExecutionDetail second;
    ExecutionComparison comparison;
};

// What support does with traces beyond one run: compare two runs node by node. Each run is read under the
// login's row-level security, so a run of a tenant the login may not see is refused like a missing one.
class TraceOperations
{
public:
    explicit TraceOperations(const ExecutionRepository* executions);

    QFuture<Fetched<ExecutionPair>> compare(const QString& firstId, const QString& secondId) const;

private:
    const ExecutionRepository* m_executions;
};
