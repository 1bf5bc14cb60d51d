// The private Redis of scripts/services (TS_REDIS_URL, TS_REDIS_PASSWORD) as ioredis options, for the
// interop scripts. `retries`: ioredis' maxRetriesPerRequest (null for a Worker, which blocks).
export const redisConnection = (retries = null) => {
  const url = new URL(process.env.TS_REDIS_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: decodeURIComponent(url.username || 'default'),
    password: process.env.TS_REDIS_PASSWORD,
    db: Number((url.pathname || '/0').slice(1) || 0),
    maxRetriesPerRequest: retries,
  };
};
