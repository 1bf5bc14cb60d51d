-- TenantScope: remove one BullMQ job and everything it owns, atomically (BullMQ 5/6 key layout, see
-- docs/platform-contract.md). Written for TenantScope from the documented layout.
--   KEYS[1] job hash          bull:<queue>:<id>
--   KEYS[2] events stream     KEYS[3] meta hash
--   ARGV[1] job id            ARGV[2] queue key prefix   bull:<queue>:
-- Returns {1, previous state, data} when removed; {-1} when the job does not exist; {-2} when a worker
-- holds its lock (it is running: cancel the execution instead); {-4} when it belongs to a flow (parent
-- or children), which BullMQ's own tools must remove. Nothing is changed unless the answer is 1.
local jobKey = KEYS[1]
local jobId = ARGV[1]
local prefix = ARGV[2]
if redis.call('EXISTS', jobKey) == 0 then
  return {-1}
end
if redis.call('EXISTS', jobKey .. ':lock') == 1 then
  return {-2}
end
local fields = redis.call('HMGET', jobKey, 'parentKey', 'data', 'deid')
if fields[1] or redis.call('EXISTS', jobKey .. ':dependencies') == 1 then
  return {-4}
end

-- Sorted sets first (a score lookup is cheap), then the lists.
local state = 'unknown'
for _, set in ipairs({'completed', 'failed', 'delayed', 'prioritized', 'waiting-children'}) do
  if redis.call('ZREM', prefix .. set, jobId) == 1 then
    state = set
    break
  end
end
if state == 'unknown' then
  for _, list in ipairs({'wait', 'paused', 'active'}) do
    if redis.call('LREM', prefix .. list, 1, jobId) == 1 then
      state = list
      break
    end
  end
end

-- A deduplication id that still points at this job is released with it.
if fields[3] then
  local dedupKey = prefix .. 'de:' .. fields[3]
  if redis.call('GET', dedupKey) == jobId then
    redis.call('DEL', dedupKey, prefix .. 'dn:' .. fields[3])
  end
end
redis.call('DEL', jobKey, jobKey .. ':logs', jobKey .. ':dependencies', jobKey .. ':processed',
           jobKey .. ':failed', jobKey .. ':unsuccessful')

local maxEvents = redis.call('HGET', KEYS[3], 'opts.maxLenEvents') or 10000
redis.call('XADD', KEYS[2], 'MAXLEN', '~', maxEvents, '*', 'event', 'removed', 'jobId', jobId, 'prev', state)
return {1, state, fields[2] or ''}
