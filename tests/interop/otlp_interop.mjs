// The OpenTelemetry JavaScript SDK (@opentelemetry/sdk-trace-base and its OTLP JSON serializer,
// @opentelemetry/otlp-transformer) on both sides of TenantScope's OTLP JSON.
//
//   node otlp_interop.mjs produce FILE    A trace made by the SDK's tracer (nested spans, a GenAI chat span,
//                                         a failed one with recordException), written by the SDK's
//                                         JsonTraceSerializer. Prints the spans it wrote as one JSON line.
//   node otlp_interop.mjs readback FILE   Reads a TenantScope export back into the SDK's ReadableSpan form
//                                         and serializes it again with JsonTraceSerializer: every field the
//                                         export wrote must come out of the SDK the same, and the export may
//                                         use no field name the SDK's OTLP JSON does not have. Prints one JSON
//                                         summary line; exits 1 on any difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';

const [mode, path] = process.argv.slice(2);

function produce() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'otel-js-agent' }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('interop-agent', '1.0.0');
  const under = (span) => trace.setSpan(context.active(), span);
  const root = tracer.startSpan('POST /agent', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'POST' } });
  const step = tracer.startSpan('agent step', { attributes: { 'agent.step': 1 } }, under(root));
  const retrieve = tracer.startSpan('retrieve', { attributes: { 'db.system': 'postgresql' } }, under(step));
  retrieve.end();
  const chat = tracer.startSpan('chat gpt-4.1-mini', {
    kind: SpanKind.CLIENT,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4.1-mini',
      'gen_ai.usage.input_tokens': 1141,
      'gen_ai.usage.output_tokens': 1041,
      'gen_ai.response.finish_reasons': ['stop'],
      'gen_ai.request.temperature': 0.2,
    },
  }, under(step));
  chat.setStatus({ code: SpanStatusCode.OK });
  chat.end();
  const failing = tracer.startSpan('chat claude-sonnet-4', {
    kind: SpanKind.CLIENT,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'anthropic',
      'gen_ai.request.model': 'claude-sonnet-4',
      'gen_ai.usage.input_tokens': 120,
    },
  }, under(step));
  const error = new Error('529 overloaded');
  error.name = 'OverloadedError';
  failing.recordException(error);
  failing.setStatus({ code: SpanStatusCode.ERROR, message: 'overloaded' });
  failing.end();
  step.end();
  root.end();
  const spans = exporter.getFinishedSpans();
  writeFileSync(path, JsonTraceSerializer.serializeRequest(spans));
  console.log(JSON.stringify({
    traceId: root.spanContext().traceId,
    spans: spans.map((s) => ({ spanId: s.spanContext().spanId, parentSpanId: s.parentSpanContext?.spanId ?? '', name: s.name })),
  }));
}

// OTLP/JSON AnyValue -> the JavaScript value the SDK holds as an attribute.
function plain(any) {
  if ('stringValue' in any) return any.stringValue;
  if ('boolValue' in any) return any.boolValue;
  if ('intValue' in any) return Number(any.intValue);
  if ('doubleValue' in any) return Number(any.doubleValue);
  if ('arrayValue' in any) return (any.arrayValue.values ?? []).map(plain);
  if ('kvlistValue' in any) return Object.fromEntries((any.kvlistValue.values ?? []).map((kv) => [kv.key, plain(kv.value)]));
  throw new Error(`an AnyValue with none of OTLP's value fields: ${JSON.stringify(any)}`);
}
const attributesOf = (list) => Object.fromEntries((list ?? []).map((kv) => [kv.key, plain(kv.value)]));
const hrTime = (nanos) => {
  const n = BigInt(nanos);
  return [Number(n / 1000000000n), Number(n % 1000000000n)];
};

function readableSpan(span, resource, scope) {
  const startTime = hrTime(span.startTimeUnixNano);
  const endTime = hrTime(span.endTimeUnixNano);
  return {
    name: span.name,
    kind: span.kind - 1, // OTLP counts UNSPECIFIED as 0; the API starts at INTERNAL
    spanContext: () => ({ traceId: span.traceId, spanId: span.spanId, traceFlags: 1 }),
    parentSpanContext: span.parentSpanId ? { traceId: span.traceId, spanId: span.parentSpanId, traceFlags: 1 } : undefined,
    startTime,
    endTime,
    duration: [endTime[0] - startTime[0], endTime[1] - startTime[1]],
    ended: true,
    status: { code: span.status?.code ?? 0, message: span.status?.message },
    attributes: attributesOf(span.attributes),
    links: [],
    events: (span.events ?? []).map((e) => ({ name: e.name, time: hrTime(e.timeUnixNano), attributes: attributesOf(e.attributes) })),
    resource,
    instrumentationScope: scope,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

function readback() {
  const ours = JSON.parse(readFileSync(path, 'utf8'));
  const mismatches = [];
  const unknownKeys = (where, object, known) => {
    for (const key of Object.keys(object)) if (!(key in known)) mismatches.push({ where, field: key, problem: 'not an OTLP field' });
  };
  const spans = [];
  for (const rs of ours.resourceSpans) {
    const resource = resourceFromAttributes(attributesOf(rs.resource.attributes));
    for (const ss of rs.scopeSpans) {
      const scope = { name: ss.scope.name, version: ss.scope.version };
      for (const span of ss.spans) spans.push({ ours: span, sdk: readableSpan(span, resource, scope) });
    }
  }
  const again = JSON.parse(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans.map((s) => s.sdk))));
  const sdkSpans = again.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans));
  unknownKeys('request', ours, again);
  unknownKeys('resourceSpans[0]', ours.resourceSpans[0], again.resourceSpans[0]);
  unknownKeys('scope', ours.resourceSpans[0].scopeSpans[0].scope, again.resourceSpans[0].scopeSpans[0].scope);
  const sdkById = new Map(sdkSpans.map((s) => [s.spanId, s]));
  let llmSpans = 0;
  let genAi = {};
  for (const { ours: span } of spans) {
    const sdk = sdkById.get(span.spanId);
    if (!sdk) {
      mismatches.push({ span: span.spanId, problem: 'the SDK did not write it' });
      continue;
    }
    unknownKeys(span.spanId, span, sdk);
    for (const field of ['traceId', 'spanId', 'name', 'kind', 'startTimeUnixNano', 'endTimeUnixNano'])
      if (String(span[field]) !== String(sdk[field])) mismatches.push({ span: span.spanId, field, ours: span[field], sdk: sdk[field] });
    if ((span.parentSpanId ?? '') !== (sdk.parentSpanId ?? '')) mismatches.push({ span: span.spanId, field: 'parentSpanId' });
    if (!/^[0-9a-f]{32}$/.test(span.traceId) || !/^[0-9a-f]{16}$/.test(span.spanId))
      mismatches.push({ span: span.spanId, problem: 'ids are not lower-case hex of 16 and 8 bytes' });
    if ((span.status?.code ?? 0) !== sdk.status.code || (span.status?.message ?? undefined) !== sdk.status.message)
      mismatches.push({ span: span.spanId, field: 'status', ours: span.status, sdk: sdk.status });
    const a = JSON.stringify(attributesOf(span.attributes));
    const b = JSON.stringify(attributesOf(sdk.attributes));
    if (a !== b) mismatches.push({ span: span.spanId, field: 'attributes', ours: a, sdk: b });
    const ev = JSON.stringify((span.events ?? []).map((e) => [e.name, String(e.timeUnixNano), attributesOf(e.attributes)]));
    const sev = JSON.stringify(sdk.events.map((e) => [e.name, String(e.timeUnixNano), attributesOf(e.attributes)]));
    if (ev !== sev) mismatches.push({ span: span.spanId, field: 'events', ours: ev, sdk: sev });
    const attributes = attributesOf(sdk.attributes);
    if ('gen_ai.operation.name' in attributes) {
      llmSpans += 1;
      if (!Object.keys(genAi).length)
        genAi = Object.fromEntries(Object.entries(attributes).filter(([k]) => k.startsWith('gen_ai.')));
    }
  }
  const failed = sdkSpans.filter((s) => s.status.code === SpanStatusCode.ERROR).map((s) => ({
    name: s.name,
    message: s.status.message,
    events: s.events.map((e) => e.name),
  }));
  console.log(JSON.stringify({ spans: sdkSpans.length, llmSpans, genAi, failed, mismatches: mismatches.slice(0, 10), mismatched: mismatches.length }));
  process.exit(mismatches.length === 0 ? 0 : 1);
}

if (mode === 'produce') produce();
else if (mode === 'readback') readback();
else {
  console.error('usage: node otlp_interop.mjs produce|readback FILE');
  process.exit(2);
}
