-- TenantScope: set or remove a BullMQ queue's global concurrency, the meta hash's "concurrency" field
-- that BullMQ's Queue.setGlobalConcurrency and removeGlobalConcurrency write (see
-- docs/platform-contract.md). A queue that was held at its old limit gets the marker back when jobs wait,
-- so that idle workers wake for the new room.
--   KEYS[1] meta hash        KEYS[2] wait list         KEYS[3] prioritized zset    KEYS[4] marker zset
--   ARGV[1] the new concurrency (a whole number from 1), or '' to remove the limit
-- Returns {1, the concurrency before ('' for none)}; {-1} when the queue does not exist (no meta hash).
local metaKey = KEYS[1]
if redis.call('EXISTS', metaKey) == 0 then
  return {-1}
end
local before = redis.call('HGET', metaKey, 'concurrency') or ''
if ARGV[1] == '' then
  redis.call('HDEL', metaKey, 'concurrency')
else
  redis.call('HSET', metaKey, 'concurrency', ARGV[1])
end
if redis.call('HEXISTS', metaKey, 'paused') == 0
    and redis.call('LLEN', KEYS[2]) + redis.call('ZCARD', KEYS[3]) > 0 then
  redis.call('ZADD', KEYS[4], 0, '0')
end
return {1, before}
