#pragma once

#include <models/common/Fetched.h>
#include <models/executions/ExecutionCompare.h>
#include <models/executions/OtlpImport.h>

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

// An execution written as an OTLP JSON file.
struct OtlpWritten
{
    QString path;
    int spans = 0; // the run's root span and one per node
    int llmSpans = 0; // spans with gen_ai.* attributes
    qint64 bytes = 0;
};

// What support does with traces beyond one run: compare two runs node by node, move a run to other trace
// tools as OTLP JSON and read such a file back (offline). Each run is read under the login's row-level
// security, so a run of a tenant the login may not see is refused like a missing one.
class TraceOperations
{
public:
    explicit TraceOperations(const ExecutionRepository* executions);

    QFuture<Fetched<ExecutionPair>> compare(const QString& firstId, const QString& secondId) const;
    // The execution as OTLP JSON traces, written whole or not at all (off the calling thread).
    QFuture<Fetched<OtlpWritten>> exportOtlp(const QString& executionId, const QString& path) const;
    // An OTLP JSON file read for the read-only waterfall; needs no connection.
    static QFuture<Fetched<OtlpTraceFile>> openOtlp(const QString& path);

private:
    const ExecutionRepository* m_executions;
};
