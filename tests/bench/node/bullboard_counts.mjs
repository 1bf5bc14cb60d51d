// The baseline of the queue-count benchmark: what Bull Board does on every refresh of its queue list,
// `Queue.getJobCounts()` of the real bullmq package for each queue, all queues at once. Run by
// tenantscope-bench with TS_INTEROP_DIR (where scripts/bootstrap installed bullmq) and the bench's
// queue names; `setup` first adds the jobs, then `measure` prints one JSON line of timings (ms).
//   node bullboard_counts.mjs setup|measure|clean PREFIX QUEUES JOBS_PER_QUEUE RUNS
import { createRequire } from 'module';
import { pathToFileURL } from 'url';

const interop = process.env.TS_INTEROP_DIR;
const require = createRequire(`${interop}/package.json`);
const { Queue } = require('bullmq');
const { redisConnection } = await import(pathToFileURL(`${interop}/connection.mjs`).href);
const bullmqVersion = require('bullmq/package.json').version;

const [mode, prefix, queueCount, jobsPerQueue, runs] = process.argv.slice(2);
const names = Array.from({ length: Number(queueCount) }, (_, i) => `bench-queue-${String(i).padStart(2, '0')}`);
// One connection per queue, as Bull Board has; on a cluster an ioredis Cluster, which BullMQ treats as the
// caller's to close (it does not), so it is closed below or the process never exits.
const connections = names.map(() => redisConnection(1));
const queues = names.map((name, i) => new Queue(name, { connection: connections[i], prefix }));

if (mode === 'setup') {
  for (const queue of queues) {
    const jobs = Array.from({ length: Number(jobsPerQueue) }, (_, i) => ({
      name: 'run',
      data: { tenantId: `tenant-${i % 40}` },
      // a spread over the states Bull Board counts: waiting, delayed, prioritized
      opts: i % 5 === 0 ? { delay: 3600000 } : i % 7 === 0 ? { priority: 3 } : {},
    }));
    await queue.addBulk(jobs);
  }
} else if (mode === 'measure') {
  const times = [];
  let total = 0;
  for (let run = 0; run <= Number(runs); run++) {
    const started = process.hrtime.bigint();
    const counts = await Promise.all(queues.map((queue) => queue.getJobCounts()));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (run > 0) times.push(ms); // the first loads BullMQ's scripts into Redis
    total = counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({
    bullmq: bullmqVersion, node: process.versions.node, runs: times.length, jobs: total,
    p50_ms: times[Math.floor(times.length / 2)], p95_ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
  }));
} else if (mode === 'clean') {
  for (const queue of queues) await queue.obliterate({ force: true });
}
await Promise.all(queues.map((queue) => queue.close()));
await Promise.all(connections.filter((connection) => typeof connection.quit === 'function')
  .map((connection) => connection.quit()));
