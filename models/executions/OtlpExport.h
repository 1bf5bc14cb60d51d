#pragma once

#include <models/executions/ExecutionRepository.h>

#include <QHash>
#include <QJsonObject>

// An execution as OTLP JSON traces (the OTLP/JSON encoding: hex trace and span ids, 64-bit integers as
// strings, enums as numbers): one root span for the run, one child span per node. LLM nodes carry
// OpenTelemetry's GenAI attributes (gen_ai.operation.name, gen_ai.provider.name, gen_ai.request.model,
// gen_ai.usage.input_tokens / output_tokens, gen_ai.response.finish_reasons); a failure is the span's
// error status and an "exception" event; our own fields go under tenantscope.*.
namespace OtlpExport
{
// `providerOfModel`: the platform's model_prices (model -> provider), for gen_ai.provider.name.
QJsonObject traces(const ExecutionDetail& execution, const QHash<QString, QString>& providerOfModel);
// The span id of a node: stable for the execution and the node's sequence number (-1: the run itself).
QString spanId(const QString& executionId, int seq);
QString traceId(const QString& executionId);
} // namespace OtlpExport
