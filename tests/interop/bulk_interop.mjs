// Bulk retry written by TenantScope, run by the real BullMQ Worker (tests/interop/TestBullmqInterop,
// bulkRetryRunsEveryJobOnce): JOBS jobs fail on their first run; the test retries them all in batches
// through TenantScope's code and says "go"; this script then reports how often each job ran and completed.
import { Queue, Worker } from 'bullmq';
import readline from 'node:readline';
import { bullPrefix, redisConnection } from './connection.mjs';

const connection = redisConnection();
const [queueName, jobCount] = process.argv.slice(2);
const say = (event) => console.log(JSON.stringify(event));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const runs = {};
const completions = {};
const queue = new Queue(queueName, { connection, prefix: bullPrefix });
const worker = new Worker(queueName, async (job) => {
  runs[job.id] = (runs[job.id] ?? 0) + 1;
  if (runs[job.id] === 1) throw new Error(`planned failure of ${job.name}`);
  return 'ok';
}, { connection, prefix: bullPrefix, concurrency: 8 });
worker.on('completed', (job) => { completions[job.id] = (completions[job.id] ?? 0) + 1; });
const lines = readline.createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => lines.once('line', resolve));

try {
  await worker.waitUntilReady();
  const jobs = await queue.addBulk(Array.from({ length: Number(jobCount) }, (_, i) => ({ name: `bulk-${i}`, data: { i } })));
  const until = Date.now() + 20000;
  while ((await queue.getFailedCount()) < jobs.length && Date.now() < until) await sleep(50);
  say({ event: 'ready', failed: await queue.getFailedCount(), ids: jobs.map((job) => job.id) });
  await nextLine();
  const done = Date.now() + 20000;
  while (Object.keys(completions).length < jobs.length && Date.now() < done) await sleep(50);
  await sleep(1500); // long enough for a duplicate run to show
  say({ event: 'summary', runs, completions, counts: await queue.getJobCounts('failed', 'completed', 'wait', 'active') });
} catch (error) {
  say({ event: 'error', message: String(error?.stack ?? error) });
  process.exitCode = 1;
} finally {
  lines.close();
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => {});
  await queue.close();
  if (typeof connection.quit === 'function') await connection.quit();
}
