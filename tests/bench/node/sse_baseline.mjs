// The baseline for `tenantscope-bench stream`: the eventsource-parser npm package on the same bytes, fed
// in the same 64 KiB chunks. (a) UTF-8 decode + SSE parse; (b) the same plus JSON.parse of each event and
// the text delta taken out, as a JavaScript client does it. Prints one JSON line with the best of N runs.
//   node sse_baseline.mjs <node_modules dir> <stream file> [runs]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [modules, file, runsArg] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'noop.js'));
const { createParser } = require('eventsource-parser');
const bytes = readFileSync(file);
const chunk = 64 * 1024;
const runs = Number(runsArg ?? 5);

function run(decodeJson) {
  let events = 0;
  let chars = 0;
  const parser = createParser({
    onEvent(event) {
      events++;
      if (!decodeJson || event.data === '[DONE]') return;
      const content = JSON.parse(event.data).choices?.[0]?.delta?.content;
      if (content) chars += content.length;
    },
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const start = process.hrtime.bigint();
  for (let i = 0; i < bytes.length; i += chunk)
    parser.feed(decoder.decode(bytes.subarray(i, Math.min(i + chunk, bytes.length)), { stream: true }));
  parser.feed(decoder.decode());
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, events, chars };
}

function best(decodeJson) {
  run(decodeJson); // warm-up: the JIT compiles the hot paths
  let top = null;
  for (let i = 0; i < runs; i++) {
    const r = run(decodeJson);
    if (!top || r.ms < top.ms) top = r;
  }
  return top;
}

const parse = best(false);
const decode = best(true);
const pkg = require('eventsource-parser/package.json');
console.log(JSON.stringify({ node: process.version, eventsource_parser: pkg.version, bytes: bytes.length,
  parse_ms: parse.ms, parse_events: parse.events, decode_ms: decode.ms, decode_events: decode.events,
  decode_chars: decode.chars }));
