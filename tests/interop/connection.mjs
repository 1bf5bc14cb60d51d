// The private Redis of scripts/services (TS_REDIS_URL, TS_REDIS_PASSWORD) as an ioredis connection for
// the interop scripts: options for one server, or an ioredis Cluster when the URL says cluster=on (its
// seeds= list names more nodes). `retries`: ioredis' maxRetriesPerRequest (null for a Worker, which blocks).
import { Cluster } from 'ioredis';

export const redisConnection = (retries = null) => {
  const url = new URL(process.env.TS_REDIS_URL);
  const options = {
    username: decodeURIComponent(url.username || 'default'),
    password: process.env.TS_REDIS_PASSWORD,
    maxRetriesPerRequest: retries,
  };
  const host = url.hostname;
  const port = Number(url.port || 6379);
  if (url.searchParams.get('cluster') === 'on') {
    const seeds = (url.searchParams.get('seeds') || '').split(',').filter(Boolean).map((seed) => {
      const colon = seed.lastIndexOf(':');
      return { host: seed.slice(0, colon), port: Number(seed.slice(colon + 1)) };
    });
    return new Cluster([{ host, port }, ...seeds], { redisOptions: options });
  }
  return { ...options, host, port, db: Number((url.pathname || '/0').slice(1) || 0) };
};

// BullMQ's prefix: "bull" by default; on a cluster a hash tag such as {bull}, so a queue's keys share a slot.
export const bullPrefix = process.env.TS_BULL_PREFIX || 'bull';
