-- TenantScope: end a BullMQ queue's rate limit now, as BullMQ's Queue.removeRateLimitKey does (see
-- docs/platform-contract.md). Workers already waiting out the limit wake at their next check (BullMQ's
-- maximumRateLimitDelay, 30 s by default); a worker that asks now gets jobs.
--   KEYS[1] meta hash        KEYS[2] limiter key
-- Returns {1, the limiter's time left in ms before (-2: none), its count before ('' for none)};
-- {-1} when the queue does not exist (no meta hash).
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {-1}
end
local ttl = redis.call('PTTL', KEYS[2])
local count = redis.call('GET', KEYS[2]) or ''
redis.call('DEL', KEYS[2])
return {1, ttl, count}
