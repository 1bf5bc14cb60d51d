// A BullMQ flow over two queues, settled, read by BullMQ itself for tests/interop/TestBullmqInterop
// (flowTreeIsBullmqsOwn): from the root, each job's queue, id, name and state (Job.getState()) and how
// its parent holds it (Job.getDependencies(): processed, unprocessed = pending, ignored, failed). The test
// reads the same flow through TenantScope's JobFlow, starting from the deepest job, and compares.
//   node flow_tree_interop.mjs QUEUE_A QUEUE_B
import { FlowProducer, Queue, Worker } from 'bullmq';
import readline from 'node:readline';
import { bullPrefix, redisConnection } from './connection.mjs';

const connection = redisConnection();
const [queueA, queueB] = process.argv.slice(2);
const say = (event) => console.log(JSON.stringify(event));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const queues = { [queueA]: new Queue(queueA, { connection, prefix: bullPrefix }),
                 [queueB]: new Queue(queueB, { connection, prefix: bullPrefix }) };
const processor = async (job) => {
  if (job.name.startsWith('bad')) throw new Error(`planned failure of ${job.name}`);
  return job.name;
};
const workers = [queueA, queueB].map((name) => new Worker(name, processor, { connection, prefix: bullPrefix }));
const flows = new FlowProducer({ connection, prefix: bullPrefix });

const describe = async (queueName, id, relation) => {
  const job = await queues[queueName].getJob(id);
  const node = { queue: queueName, id, name: job.name, state: await job.getState(), relation, children: [] };
  const deps = await job.getDependencies();
  const kinds = [['processed', Object.keys(deps.processed ?? {})], ['pending', deps.unprocessed ?? []],
                 ['ignored', Object.keys(deps.ignored ?? {})], ['failed', deps.failed ?? []]];
  for (const [kind, keys] of kinds) {
    for (const key of keys) {
      const [, childQueue, childId] = key.slice(bullPrefix.length + 1).match(/^([^:]+):(.+)$/);
      node.children.push(await describe(childQueue, childId, kind));
    }
  }
  node.children.sort((a, b) => (a.queue !== b.queue ? (a.queue < b.queue ? -1 : 1) : (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  return node;
};

try {
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  const made = await flows.add({
    name: 'root', queueName: queueA, data: {},
    children: [
      { name: 'done-child', queueName: queueA, data: {} },
      { name: 'bad-ignored', queueName: queueB, data: {}, opts: { attempts: 1, ignoreDependencyOnFailure: true } },
      { name: 'later-child', queueName: queueA, data: {}, opts: { delay: 600000 } },
      { name: 'middle', queueName: queueB, data: {}, children: [
        { name: 'leaf-later', queueName: queueA, data: {}, opts: { delay: 600000 } },
        { name: 'leaf-done', queueName: queueB, data: {} },
      ] },
    ],
  });
  await sleep(2500); // the quick children run, the failure is recorded
  const middle = made.children.find((child) => child.job.name === 'middle');
  const leaf = middle.children.find((child) => child.job.name === 'leaf-later');
  say({ event: 'tree', start: { queue: queueA, id: leaf.job.id }, root: await describe(queueA, made.job.id, 'root') });
  const lines = readline.createInterface({ input: process.stdin });
  await new Promise((resolve) => { lines.once('line', resolve); lines.once('close', resolve); }); // the test has read it
  lines.close();
} catch (error) {
  say({ event: 'error', message: String(error?.stack ?? error) });
  process.exitCode = 1;
} finally {
  await Promise.all(workers.map((worker) => worker.close(true)));
  for (const queue of Object.values(queues)) {
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
  }
  await flows.close();
  if (typeof connection.quit === 'function') await connection.quit();
}
