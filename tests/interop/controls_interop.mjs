// Queue controls written by TenantScope, obeyed by the real BullMQ: a Worker on a fresh queue of the
// private Redis, driven by tests/interop/TestBullmqInterop (queueControlsAsBullmqSeesThem). The test acts
// through TenantScope's code and then names the step on stdin; this script reports, as JSON lines, what
// BullMQ's Queue reads and what its Workers did.
import { Queue, Worker } from 'bullmq';
import readline from 'node:readline';
import { bullPrefix, redisConnection } from './connection.mjs';

const connection = redisConnection();
const queueName = process.argv[2];
const say = (event) => console.log(JSON.stringify(event));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const lines = readline.createInterface({ input: process.stdin });
const pending = [];
const waiters = [];
lines.on('line', (line) => (waiters.length ? waiters.shift()(line) : pending.push(line)));
const nextLine = () => new Promise((resolve) => (pending.length ? resolve(pending.shift()) : waiters.push(resolve)));
const expect = async (step) => {
  const line = await nextLine();
  if (line !== step) throw new Error(`expected step ${step}, got ${line}`);
};

let active = 0;
let maxActive = 0;
const completed = new Set();
const processor = async (job) => {
  active += 1;
  maxActive = Math.max(maxActive, active);
  try {
    if (job.data.hold) await sleep(job.data.hold);
    return 'done';
  } finally {
    active -= 1;
  }
};
const waitForCompleted = async (ids, timeoutMs) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !ids.every((id) => completed.has(id))) await sleep(25);
  return ids.filter((id) => completed.has(id)).length;
};

const queue = new Queue(queueName, { connection, prefix: bullPrefix });
const workers = [];
const startWorker = async (concurrency) => {
  const worker = new Worker(queueName, processor, { connection, prefix: bullPrefix, concurrency });
  worker.on('completed', (job) => completed.add(job.id));
  workers.push(worker);
  await worker.waitUntilReady();
  return worker;
};

try {
  await queue.waitUntilReady();
  await queue.add('first', {}); // the queue exists (BullMQ wrote its meta hash)
  await startWorker(4);
  say({ event: 'ready' });

  // 1. Paused by TenantScope: BullMQ says so and its worker takes nothing; resumed: all three run.
  await expect('paused');
  const isPaused = await queue.isPaused();
  const held = await Promise.all([1, 2, 3].map((i) => queue.add(`held-${i}`, {})));
  await sleep(1500);
  const ranWhilePaused = held.filter((job) => completed.has(job.id)).length;
  say({ event: 'whilePaused', isPaused, ranWhilePaused });
  await expect('resumed');
  const ranAfterResume = await waitForCompleted(held.map((job) => job.id), 10000);
  say({ event: 'afterResume', isPaused: await queue.isPaused(), ranAfterResume });

  // 2. Global concurrency 2 set by TenantScope: two workers of 4 slots each run at most 2 jobs at once.
  await expect('concurrency');
  await startWorker(4);
  maxActive = 0;
  const limited = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => queue.add(`conc-${i}`, { hold: 300 })));
  const ranLimited = await waitForCompleted(limited.map((job) => job.id), 15000);
  say({ event: 'concurrency', global: await queue.getGlobalConcurrency(), maxActive, ranLimited });
  await expect('unlimited');
  maxActive = 0;
  const free = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => queue.add(`free-${i}`, { hold: 300 })));
  const ranFree = await waitForCompleted(free.map((job) => job.id), 15000);
  say({ event: 'unlimited', global: await queue.getGlobalConcurrency(), maxActive, ranFree });

  // 3. The queue's global rate limit (1 job a minute) holds the second job; TenantScope clears the window:
  // a worker that asks now runs the job at once (those waiting out the limit sleep up to
  // maximumRateLimitDelay, 30 s by default).
  await queue.setGlobalRateLimit(1, 60000);
  const opener = await queue.add('opens-window', {});
  await waitForCompleted([opener.id], 10000);
  const limitedJob = await queue.add('rate-limited', {});
  await sleep(1000);
  say({ event: 'rateLimited', ttl: await queue.getRateLimitTtl(), ran: completed.has(limitedJob.id) });
  await expect('cleared');
  const ttlAfter = await queue.getRateLimitTtl();
  const askedAt = Date.now();
  await startWorker(1);
  const ranAfterClear = await waitForCompleted([limitedJob.id], 10000);
  say({ event: 'afterClear', ttl: ttlAfter, ranAfterClear, ms: Date.now() - askedAt });
} catch (error) {
  say({ event: 'error', message: String(error?.stack ?? error) });
  process.exitCode = 1;
} finally {
  lines.close();
  await Promise.all(workers.map((worker) => worker.close(true)));
  await queue.obliterate({ force: true }).catch(() => {});
  await queue.close();
  if (typeof connection.quit === 'function') await connection.quit();
}
