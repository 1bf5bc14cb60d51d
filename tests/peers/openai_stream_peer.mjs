// A local OpenAI-compatible chat completions server for trying the Playground and taking screenshots
// without a provider account (there is no network here). It follows the documented wire format:
// POST /v1/chat/completions with stream: true answers text/event-stream chunks, then a usage chunk when
// stream_options.include_usage is set, then "data: [DONE]". GET /v1/models lists one model.
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

http.createServer((req, res) => {
  if (req.method === 'GET' && req.url.endsWith('/models')) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] }));
    return;
  }
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const request = JSON.parse(body || '{}');
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
  });
}).listen(port, '127.0.0.1', () => console.log(`openai stream peer on http://127.0.0.1:${port}/v1`));
