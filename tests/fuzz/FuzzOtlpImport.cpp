// libFuzzer target for the OTLP JSON trace reader (models/executions/OtlpImport): a trace file comes from
// anywhere (another tool, a colleague, a ticket), so any bytes must either be refused with a reason or
// become traces whose nodes are a depth-first walk (each node at most one level below the one before, the
// first at the top), with a bounded list of warnings and every count agreeing.
#include "FuzzRequire.h"

#include <models/executions/OtlpImport.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Fetched<OtlpTraceFile> read = OtlpTraceFile::fromBytes(bytes);
    if (!read.ok()) {
        REQUIRE(read.value.traces.isEmpty());
        return 0;
    }
    const OtlpTraceFile& file = read.value;
    REQUIRE(!file.traces.isEmpty());
    REQUIRE(file.warnings.size() <= 21); // 20 named, then "and N more"
    int nodes = 0;
    for (const ExecutionDetail& trace : file.traces) {
        REQUIRE(!trace.summary.id.isEmpty());
        REQUIRE(trace.summary.status == QLatin1String("failed") || trace.summary.status == QLatin1String("succeeded")
                || !trace.summary.status.isEmpty());
        int previousDepth = -1;
        for (const ExecutionNode& node : trace.nodes) {
            REQUIRE(node.depth >= 0 && node.depth <= previousDepth + 1);
            REQUIRE(!node.key.isEmpty() && !node.status.isEmpty() && !node.type.isEmpty());
            REQUIRE(node.promptTokens >= 0 && node.completionTokens >= 0 && node.attempt >= 1);
            REQUIRE(!node.finishedAt.isValid() || !node.startedAt.isValid() || node.finishedAt >= node.startedAt);
            previousDepth = node.depth;
        }
        nodes += int(trace.nodes.size());
    }
    // A TenantScope export's root span is its run, not a node: at most one such span per trace.
    REQUIRE(file.spans >= nodes && file.spans <= nodes + int(file.traces.size()));
    return 0;
}
