// A real BullMQ Worker on a fresh queue of the private Redis, driven by tests/interop/TestBullmqInterop:
// it lets jobs fail or wait as planned, reports each step as a JSON line on stdout, waits for the test to
// act on the jobs through TenantScope's code ("go" on stdin), then reports how often each job ran.
import { Queue, Worker } from 'bullmq';
import readline from 'node:readline';
import { bullPrefix, redisConnection } from './connection.mjs';

const connection = redisConnection();
const queueName = process.argv[2];
const say = (event) => console.log(JSON.stringify(event));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const runs = {};
const completions = {};
const queue = new Queue(queueName, { connection, prefix: bullPrefix });
const worker = new Worker(queueName, async (job) => {
  runs[job.id] = (runs[job.id] ?? 0) + 1;
  if (job.data.hold) {
    await sleep(job.data.hold);
  }
  if (job.data.failFirst && runs[job.id] === 1) {
    throw new Error(`planned failure of ${job.name}`);
  }
  return { ranTimes: runs[job.id] };
}, { connection, prefix: bullPrefix, concurrency: 4 });
worker.on('completed', (job) => {
  completions[job.id] = (completions[job.id] ?? 0) + 1;
});

const waitForState = async (id, state, timeoutMs) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const job = await queue.getJob(id);
    if (job && (await job.getState()) === state) return true;
    await sleep(50);
  }
  return false;
};

const lines = readline.createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => lines.once('line', resolve));

try {
  await worker.waitUntilReady();
  const tenantId = '11111111-2222-4333-8444-555555555555';
  const retried = await queue.add('retry-me', { tenantId, failFirst: true }, { attempts: 1 });
  const failedToRemove = await queue.add('remove-failed', { tenantId, failFirst: true }, { attempts: 1 });
  const delayedToRemove = await queue.add('remove-delayed', { tenantId }, { delay: 2500 });
  const running = await queue.add('running', { tenantId, hold: 2500 });
  if (!(await waitForState(retried.id, 'failed', 10000)) || !(await waitForState(failedToRemove.id, 'failed', 10000))
      || !(await waitForState(running.id, 'active', 10000))) {
    throw new Error('the planned failures did not happen');
  }
  say({ event: 'ready', retry: retried.id, removeFailed: failedToRemove.id, removeDelayed: delayedToRemove.id,
        running: running.id });

  await nextLine(); // the test has acted
  const completedAgain = await waitForState(retried.id, 'completed', 10000);
  // Long enough for the removed delayed job's time to come and for any duplicate run to show.
  await sleep(3500);
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'failed', 'completed', 'prioritized');
  const retriedJob = await queue.getJob(retried.id);
  say({
    event: 'summary',
    completedAgain,
    runs,
    completions,
    counts,
    retriedReturn: retriedJob?.returnvalue ?? null,
    removedFailedExists: (await queue.getJob(failedToRemove.id)) != null,
    removedDelayedExists: (await queue.getJob(delayedToRemove.id)) != null,
  });
} catch (error) {
  say({ event: 'error', message: String(error?.stack ?? error) });
  process.exitCode = 1;
} finally {
  lines.close();
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => {});
  await queue.close();
  // A Cluster instance is ours, not BullMQ's: BullMQ leaves a connection it was given open.
  if (typeof connection.quit === 'function') await connection.quit();
}
