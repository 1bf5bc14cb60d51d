// A local model server for trying the Playground, the CLI's chat and `keys test`, and for the README test,
// without a provider account (there is no network here). It follows each provider's documented wire format:
//  - OpenAI: POST /v1/chat/completions with stream: true answers text/event-stream chunks, then a usage
//    chunk when stream_options.include_usage is set, then "data: [DONE]"; GET /v1/models lists one model.
//  - Anthropic: POST /v1/messages with stream: true answers message_start, content_block_start, ping,
//    content_block_delta (text_delta) events, content_block_stop, message_delta (stop_reason, usage) and
//    message_stop; GET /v1/models lists one model.
// With PEER_OPENAI_KEY / PEER_ANTHROPIC_KEY set, a request without that key (Authorization: Bearer, or
// x-api-key with anthropic-version) gets the provider's 401 error body. Each request is logged to stdout as
// one JSON line after the first line, which names the URL (port 0 picks a free port). POST /hooks/... plays
// a Slack incoming webhook (200 "ok") for alert delivery.
//   node tests/peers/openai_stream_peer.mjs [port] [tokens-per-second]
import http from 'node:http';

const port = Number(process.argv[2] ?? 8089);
const rate = Number(process.argv[3] ?? 45);
const answer = `Here is a short plan for the **Invoice extraction** workflow that failed:

1. The \`llm\` node hit a *provider 429* three times in a row.
2. Retrying with backoff would have succeeded: the window resets every 60 s.
3. Lower \`max_concurrent\` for this tenant from 8 to 4, or move it to a plan with a higher tokens-per-minute limit.

| Option | Cost impact | Risk |
|---|---|---|
| Backoff only | none | slower runs |
| Higher plan | +$49/month | none |

Resume the execution from the failed node: the completed checkpoints are kept.`;

function tokens(text) {
  return text.match(/\s*\S+|\s+/g) ?? [];
}

function authorised(req, anthropic) {
  const expected = anthropic ? process.env.PEER_ANTHROPIC_KEY : process.env.PEER_OPENAI_KEY;
  if (!expected) return true;
  if (anthropic) return req.headers['x-api-key'] === expected && Boolean(req.headers['anthropic-version']);
  return req.headers.authorization === `Bearer ${expected}`;
}

function refuse(res, anthropic) {
  res.writeHead(401, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(anthropic
    ? { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }
    : { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } }));
}

function streamOpenAi(req, res, request) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const parts = tokens(answer);
  const id = 'chatcmpl-peer' + Date.now();
  const chunk = (delta, finish) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000),
      model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  let i = 0;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  const timer = setInterval(() => {
    if (i < parts.length) {
      res.write(chunk({ content: parts[i++] }, null));
      return;
    }
    clearInterval(timer);
    res.write(chunk({}, 'stop'));
    if (request.stream_options?.include_usage) {
      const prompt = JSON.stringify(request.messages ?? []).length >> 2;
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', choices: [],
        usage: { prompt_tokens: prompt, completion_tokens: parts.length, total_tokens: prompt + parts.length } })}\n\n`);
    }
    res.end('data: [DONE]\n\n');
  }, 1000 / rate);
  res.on('close', () => clearInterval(timer)); // the client went away (Stop)
}

function streamAnthropic(req, res, request) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  const parts = tokens(answer);
  const event = (type, data) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const prompt = (JSON.stringify(request.messages ?? []).length + (request.system ?? '').length) >> 2;
  res.write(event('message_start', { message: { id: 'msg_peer' + Date.now(), type: 'message', role: 'assistant',
    content: [], model: request.model, stop_reason: null, stop_sequence: null,
    usage: { input_tokens: prompt, output_tokens: 1 } } }));
  res.write(event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }));
  res.write(event('ping', {}));
  let i = 0;
  const timer = setInterval(() => {
    if (i < parts.length) {
      res.write(event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: parts[i++] } }));
      return;
    }
    clearInterval(timer);
    res.write(event('content_block_stop', { index: 0 }));
    res.write(event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: parts.length } }));
    res.end(event('message_stop', {}));
  }, 1000 / rate);
  res.on('close', () => clearInterval(timer));
}

const server = http.createServer((req, res) => {
  const anthropic = req.url.startsWith('/v1/messages') || Boolean(req.headers['anthropic-version']);
  const ok = authorised(req, anthropic);
  if (req.method === 'GET' && req.url.split('?')[0].endsWith('/models')) {
    console.log(JSON.stringify({ method: 'GET', path: req.url, provider: anthropic ? 'anthropic' : 'openai', authorised: ok }));
    if (!ok) return refuse(res, anthropic);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(anthropic
      ? { data: [{ id: 'claude-sonnet-4', type: 'model', display_name: 'Claude Sonnet 4' }], has_more: false }
      : { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] }));
    return;
  }
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (req.url.startsWith('/hooks/')) {
      // A Slack incoming webhook, for trying alert delivery: 200 "ok", as Slack answers.
      console.log(JSON.stringify({ method: req.method, path: req.url, webhook: true,
        key: req.headers['idempotency-key'] ?? null, text: JSON.parse(body || '{}').text ?? null }));
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return;
    }
    const request = JSON.parse(body || '{}');
    console.log(JSON.stringify({ method: req.method, path: req.url, provider: anthropic ? 'anthropic' : 'openai',
      authorised: ok, model: request.model, system: request.system ?? request.messages?.find((m) => m.role === 'system')?.content ?? null }));
    if (!ok) return refuse(res, anthropic);
    if (anthropic) streamAnthropic(req, res, request);
    else streamOpenAi(req, res, request);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`openai stream peer on http://127.0.0.1:${server.address().port}/v1`));
