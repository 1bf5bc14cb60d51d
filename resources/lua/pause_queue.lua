-- TenantScope: pause or resume a BullMQ queue as BullMQ 5/6 does it (its pause script; see
-- docs/platform-contract.md). Written for TenantScope from the documented layout; every key it touches is
-- declared in KEYS (a Redis Cluster routes by them).
--   KEYS[1] meta hash        KEYS[2] wait list         KEYS[3] paused list (a BullMQ before 5 kept the
--   waiting jobs of a paused queue there)                KEYS[4] prioritized zset
--   KEYS[5] delayed zset     KEYS[6] marker zset       KEYS[7] events stream
--   ARGV[1] 'paused' or 'resumed'
-- Paused: the meta hash's "paused" field is set and the marker removed, so workers take no job; jobs stay
-- where they are. Resumed: the field goes, jobs a BullMQ before 5 left in the paused list go back to wait
-- (at most 7000 a call, so Redis is never blocked long: the caller calls again while some remain), and
-- the marker wakes the workers if there is work.
-- Returns {1, was paused (1 or 0), jobs still in the paused list}; {-1} when the queue does not exist
-- (no meta hash): nothing is created then.
local metaKey = KEYS[1]
local waitKey = KEYS[2]
local pausedKey = KEYS[3]
local markerKey = KEYS[6]
if redis.call('EXISTS', metaKey) == 0 then
  return {-1}
end
local wasPaused = redis.call('HEXISTS', metaKey, 'paused')
local remaining = 0

if ARGV[1] == 'paused' then
  redis.call('HSET', metaKey, 'paused', 1)
  redis.call('DEL', markerKey)
else
  redis.call('HDEL', metaKey, 'paused')
  if redis.call('EXISTS', pausedKey) == 1 then
    if redis.call('EXISTS', waitKey) == 0 then
      redis.call('RENAME', pausedKey, waitKey)
    else
      -- Workers take from the right of the wait list: the paused jobs, older, run first.
      local jobs = redis.call('LRANGE', pausedKey, 0, 6999)
      redis.call('RPUSH', waitKey, unpack(jobs))
      redis.call('LTRIM', pausedKey, #jobs, -1)
      remaining = redis.call('LLEN', pausedKey)
    end
  end
  if redis.call('LLEN', waitKey) + redis.call('ZCARD', KEYS[4]) > 0 then
    redis.call('ZADD', markerKey, 0, '0')
  else
    -- Only delayed jobs: the marker says when the first is due (BullMQ's score is time x 0x1000 + counter).
    local first = redis.call('ZRANGE', KEYS[5], 0, 0, 'WITHSCORES')
    local score = tonumber(first[2])
    if score ~= nil then
      redis.call('ZADD', markerKey, score / 0x1000, '1')
    end
  end
end

if wasPaused ~= (ARGV[1] == 'paused' and 1 or 0) then
  local maxEvents = redis.call('HGET', metaKey, 'opts.maxLenEvents') or 10000
  redis.call('XADD', KEYS[7], 'MAXLEN', '~', maxEvents, '*', 'event', ARGV[1])
end
return {1, wasPaused, remaining}
