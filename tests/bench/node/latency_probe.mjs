// "Other clients" of the job-search benchmark: one ioredis connection sending GET one after another, as a
// gateway or a worker would, until a line (or the end) comes on stdin; then one JSON line of latencies
// (ms): p50, p99, max, samples. Run by tenantscope-bench with TS_INTEROP_DIR and the private Redis.
import { createRequire } from 'module';
import { pathToFileURL } from 'url';
import readline from 'node:readline';

const interop = process.env.TS_INTEROP_DIR;
const require = createRequire(`${interop}/package.json`);
const { Redis } = require('ioredis');
const { redisConnection } = await import(pathToFileURL(`${interop}/connection.mjs`).href);

const redis = new Redis(redisConnection(1));
await redis.get('bench:probe'); // connected
console.log(JSON.stringify({ event: 'ready' }));
let running = true;
const lines = readline.createInterface({ input: process.stdin });
const stop = () => { running = false; };
lines.on('line', stop);
lines.on('close', stop);
const samples = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
while (running) {
  const started = process.hrtime.bigint();
  await redis.get('bench:probe');
  samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  await sleep(1);
}
samples.sort((a, b) => a - b);
const at = (q) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))];
console.log(JSON.stringify({ event: 'latency', p50_ms: at(0.5), p99_ms: at(0.99), max_ms: samples[samples.length - 1],
  samples: samples.length }));
lines.close();
await redis.quit();
