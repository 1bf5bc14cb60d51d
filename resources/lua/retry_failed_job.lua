-- TenantScope: move one failed BullMQ job back to waiting, atomically (BullMQ 5/6 key layout, see
-- docs/platform-contract.md). Written for TenantScope from the documented layout. Every key it touches is
-- declared in KEYS (a Redis Cluster routes by them); the client reads the job's parentKey first.
--   KEYS[1] job hash          bull:<queue>:<id>
--   KEYS[2] failed zset       KEYS[3] wait list        KEYS[4] meta hash      KEYS[5] active list
--   KEYS[6] marker zset       KEYS[7] prioritized zset KEYS[8] priority counter
--   KEYS[9] events stream
--   A flow child also: KEYS[10] its parent's hash, KEYS[11] the parent's unsuccessful zset,
--   KEYS[12] the parent's failed hash, KEYS[13] the parent's dependencies set
--   ARGV[1] job id            ARGV[2] the parentKey the client read ('' for none)
-- Returns {1, data} when retried, {-1} when the job does not exist, {-3} when it is not failed (already
-- retried by someone else, or never failed), {-5} when its parent changed since the client read it:
-- nothing is changed then.
local jobKey = KEYS[1]
local jobId = ARGV[1]
if redis.call('EXISTS', jobKey) == 0 then
  return {-1}
end
if (redis.call('HGET', jobKey, 'parentKey') or '') ~= ARGV[2] or (ARGV[2] ~= '' and #KEYS < 13) then
  return {-5}
end
if redis.call('ZREM', KEYS[2], jobId) == 0 then
  return {-3}
end

-- The job runs again: forget how its last run ended (attempts made are kept, as BullMQ's own retry does).
redis.call('HDEL', jobKey, 'finishedOn', 'processedOn', 'failedReason')

-- A paused queue, or one at its global concurrency, gets no marker: workers are woken when it resumes.
local meta = redis.call('HMGET', KEYS[4], 'paused', 'concurrency', 'opts.maxLenEvents')
local held = false
if meta[1] then
  held = true
elseif meta[2] then
  held = redis.call('LLEN', KEYS[5]) >= tonumber(meta[2])
end

local fields = redis.call('HMGET', jobKey, 'priority', 'opts', 'data')
local priority = tonumber(fields[1]) or 0
if priority > 0 then
  -- Prioritized jobs are ordered by priority, then by arrival (a per-queue counter).
  local counter = redis.call('INCR', KEYS[8])
  redis.call('ZADD', KEYS[7], priority * 0x100000000 + counter % 0x100000000, jobId)
else
  local lifo = false
  if fields[2] then
    local ok, options = pcall(cjson.decode, fields[2])
    lifo = ok and type(options) == 'table' and options['lifo'] == true
  end
  -- Workers take from the right of the wait list: LPUSH is first in, first out; RPUSH jumps the queue.
  redis.call(lifo and 'RPUSH' or 'LPUSH', KEYS[3], jobId)
end
if not held then
  redis.call('ZADD', KEYS[6], 0, '0')
end

-- A flow child goes back among its parent's dependencies, as BullMQ's own retry does: its failure may
-- have moved it to the parent's unsuccessful or failed children. A parent that already left
-- waiting-children is not moved back.
if ARGV[2] ~= '' and redis.call('EXISTS', KEYS[10]) == 1 then
  if redis.call('ZREM', KEYS[11], jobKey) == 1 or redis.call('HDEL', KEYS[12], jobKey) == 1 then
    redis.call('SADD', KEYS[13], jobKey)
  end
end

local maxEvents = meta[3] or 10000
redis.call('XADD', KEYS[9], 'MAXLEN', '~', maxEvents, '*', 'event', 'waiting', 'jobId', jobId, 'prev', 'failed')
return {1, fields[3] or ''}
