// Reads TenantScope's demo queue with the real bullmq package and prints what BullMQ itself sees, as
// JSON, for tests/interop/TestBullmqInterop to compare with PostgreSQL. Read-only.
import { Queue } from 'bullmq';
import { bullPrefix, redisConnection } from './connection.mjs';

const connection = redisConnection(1);
const queue = new Queue(process.argv[2] || 'workflow-runs', { connection, prefix: bullPrefix });
try {
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'failed', 'completed', 'prioritized');
  const [failed] = await queue.getFailed(0, 0);
  const [waiting] = await queue.getWaiting(0, 0);
  const [delayed] = await queue.getDelayed(0, 0);
  const [active] = await queue.getActive(0, 0);
  const describe = async (job) => job && {
    id: job.id,
    name: job.name,
    tenantId: job.data?.tenantId,
    executionId: job.data?.executionId,
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason,
    stacktraceEntries: job.stacktrace?.length ?? 0,
    delay: job.delay,
    timestamp: job.timestamp,
    processedOn: job.processedOn,
    finishedOn: job.finishedOn,
    state: job.id ? await job.getState() : null,
  };
  console.log(JSON.stringify({
    counts,
    failed: await describe(failed),
    waiting: await describe(waiting),
    delayed: await describe(delayed),
    active: await describe(active),
  }));
} finally {
  await queue.close();
}
