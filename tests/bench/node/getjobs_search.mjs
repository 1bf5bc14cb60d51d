// The job-search benchmark's baseline: what a BullMQ user does without TenantScope, the real bullmq
// package's Queue.getJobs() a page at a time over the completed jobs, filtered in Node on the data's text
// (case-insensitive). Prints one JSON line: jobs read, matches, first match and total (ms).
//   node getjobs_search.mjs PREFIX QUEUE NEEDLE PAGE_SIZE
import { createRequire } from 'module';
import { pathToFileURL } from 'url';

const interop = process.env.TS_INTEROP_DIR;
const require = createRequire(`${interop}/package.json`);
const { Queue } = require('bullmq');
const { redisConnection } = await import(pathToFileURL(`${interop}/connection.mjs`).href);
const bullmqVersion = require('bullmq/package.json').version;

const [prefix, name, needle, pageSize] = process.argv.slice(2);
const connection = redisConnection(1);
const queue = new Queue(name, { connection, prefix });
await queue.waitUntilReady();
const wanted = needle.toLowerCase();
const page = Number(pageSize);
let read = 0;
let matches = 0;
let firstMs = null;
const started = process.hrtime.bigint();
const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
for (let start = 0; ; start += page) {
  const jobs = await queue.getJobs(['completed'], start, start + page - 1, true);
  for (const job of jobs) {
    read += 1;
    if (JSON.stringify(job.data).toLowerCase().includes(wanted)) {
      matches += 1;
      if (firstMs === null) firstMs = elapsed();
    }
  }
  if (jobs.length < page) break;
}
console.log(JSON.stringify({ bullmq: bullmqVersion, node: process.version, read, matches, first_ms: firstMs,
  total_ms: elapsed() }));
await queue.close();
if (typeof connection.quit === 'function') await connection.quit();
