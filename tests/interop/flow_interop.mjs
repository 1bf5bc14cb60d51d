// BullMQ flows (a parent job waiting for a child) on a fresh queue of the private Redis, driven by
// tests/interop/TestBullmqInterop: each flow's child fails once. Two flows of each kind are made; the
// test retries one child through TenantScope's code, this script retries its twin with BullMQ's own
// Job.retry(), and both are reported side by side, so "keeps its parent link as BullMQ does" is compared
// with BullMQ itself. Kinds: a plain flow (the parent waits on), and failParentOnFailure (the child's
// failure fails the parent).
import { FlowProducer, Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import readline from 'node:readline';
import { bullPrefix, redisConnection } from './connection.mjs';

const connection = redisConnection();
const queueName = process.argv[2];
const say = (event) => console.log(JSON.stringify(event));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const runs = {};
const queue = new Queue(queueName, { connection, prefix: bullPrefix });
const redis = new IORedis(connection);
const flows = new FlowProducer({ connection, prefix: bullPrefix });
const worker = new Worker(queueName, async (job) => {
  runs[job.name] = (runs[job.name] ?? 0) + 1;
  if (job.data.failFirst && runs[job.name] === 1) {
    throw new Error(`planned failure of ${job.name}`);
  }
  if (job.data.parent) {
    return { children: Object.values(await job.getChildrenValues()) };
  }
  return { child: job.name };
}, { connection, prefix: bullPrefix, concurrency: 4 });

const waitFor = async (check, timeoutMs) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await sleep(50);
  }
  return false;
};
const stateOf = async (id) => (await queue.getJob(id))?.getState();

const makeFlow = async (name, failParentOnFailure) => {
  const made = await flows.add({
    name: `parent-${name}`,
    queueName,
    data: { parent: true },
    children: [{ name: `child-${name}`, queueName, data: { failFirst: true },
                 opts: { attempts: 1, failParentOnFailure } }],
  });
  return { parent: made.job.id, child: made.children[0].job.id };
};

// Where the parent keeps the child, and what became of both, with the child's key written as "child".
const report = async (flow) => {
  const parentKey = `bull:${queueName}:${flow.parent}`;
  const childKey = `bull:${queueName}:${flow.child}`;
  const named = (keys) => keys.map((key) => (key === childKey ? 'child' : key)).sort();
  const parent = await queue.getJob(flow.parent);
  return {
    parentState: await stateOf(flow.parent),
    childState: await stateOf(flow.child),
    dependencies: named(await redis.smembers(`${parentKey}:dependencies`)),
    processed: named(await redis.hkeys(`${parentKey}:processed`)),
    failed: named(await redis.hkeys(`${parentKey}:failed`)),
    unsuccessful: named(await redis.zrange(`${parentKey}:unsuccessful`, 0, -1)),
    childParentKey: (await redis.hget(childKey, 'parentKey')) === parentKey,
    parentResult: parent?.returnvalue ?? null,
  };
};

const lines = readline.createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => lines.once('line', resolve));

try {
  await worker.waitUntilReady();
  const plainOurs = await makeFlow('plain-ours', false);
  const plainTheirs = await makeFlow('plain-theirs', false);
  const failingOurs = await makeFlow('fpof-ours', true);
  const failingTheirs = await makeFlow('fpof-theirs', true);
  const all = [plainOurs, plainTheirs, failingOurs, failingTheirs];
  const settled = await waitFor(async () => {
    for (const flow of all) {
      if ((await stateOf(flow.child)) !== 'failed') return false;
    }
    return (await stateOf(failingOurs.parent)) === 'failed' && (await stateOf(failingTheirs.parent)) === 'failed';
  }, 15000);
  if (!settled) throw new Error('the planned child failures did not happen');
  say({ event: 'ready', plain: plainOurs.child, failing: failingOurs.child });

  await nextLine(); // the test has retried its two children
  for (const flow of [plainTheirs, failingTheirs]) {
    await (await queue.getJob(flow.child)).retry('failed');
  }
  const done = await waitFor(async () => {
    for (const flow of all) {
      if ((await stateOf(flow.child)) !== 'completed') return false;
    }
    return (await stateOf(plainOurs.parent)) === 'completed' && (await stateOf(plainTheirs.parent)) === 'completed';
  }, 15000);
  await sleep(500); // long enough for a parent that should not run again to show it
  say({
    event: 'summary',
    done,
    runs,
    plain: { ours: await report(plainOurs), theirs: await report(plainTheirs) },
    failing: { ours: await report(failingOurs), theirs: await report(failingTheirs) },
  });
} catch (error) {
  say({ event: 'error', message: String(error?.stack ?? error) });
  process.exitCode = 1;
} finally {
  lines.close();
  await worker.close();
  await flows.close();
  await queue.obliterate({ force: true }).catch(() => {});
  await queue.close();
  redis.disconnect();
}
