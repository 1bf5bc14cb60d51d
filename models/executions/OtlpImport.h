#pragma once

#include <models/common/Fetched.h>
#include <models/executions/ExecutionRepository.h>

#include <QByteArray>
#include <QStringList>
#include <QVector>

// An OTLP JSON traces file (an ExportTraceServiceRequest, or JSON Lines of them as the Collector's file
// exporter writes), read into executions for the read-only waterfall: one execution per trace id, one
// node per span, depth-first in time order. A trace TenantScope exported comes back as it was (the run
// from its root span, each node from its tenantscope.* fields); any other trace shows every span as a
// node, GenAI attributes as model and tokens, an exception event or an error status as the node's error.
//
// Everything in the file is data to show. What cannot be shown as it claims is said: a span whose parent
// the file does not hold is shown at the top level (a warning); spans whose parents form a cycle are not
// shown (the trace is refused; a file of only such traces is refused); a file that is too large, not JSON
// or not OTLP traces is refused with the reason.
struct OtlpTraceFile
{
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr int kMaxSpans = 500000;

    QVector<ExecutionDetail> traces; // in the order the file first names them
    QStringList warnings;
    QStringList services; // resource service.name values
    int spans = 0; // spans shown

    static Fetched<OtlpTraceFile> fromBytes(const QByteArray& bytes);
    // Off the calling thread: read and check a file (its size first).
    static QFuture<Fetched<OtlpTraceFile>> read(const QString& path);
    static Fetched<OtlpTraceFile> readNow(const QString& path); // on this thread (the CLI)
};
