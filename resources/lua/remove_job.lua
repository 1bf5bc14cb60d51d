-- TenantScope: remove one BullMQ job and everything it owns, atomically (BullMQ 5/6 key layout, see
-- docs/platform-contract.md). Written for TenantScope from the documented layout. Every key it touches is
-- declared in KEYS (a Redis Cluster routes by them); the client reads the job's deduplication id first.
--   KEYS[1] job hash          bull:<queue>:<id>
--   KEYS[2] events stream     KEYS[3] meta hash
--   KEYS[4..9] the job's lock, logs, dependencies, processed, failed and unsuccessful keys
--   KEYS[10..14] the completed, failed, delayed, prioritized and waiting-children sorted sets
--   KEYS[15..17] the wait, paused and active lists
--   KEYS[18] the deduplication key de:<deid>, KEYS[19] its next-job key dn:<deid> (when ARGV[2] is set)
--   ARGV[1] job id            ARGV[2] the deduplication id the client read ('' for none)
-- Returns {1, previous state, data} when removed; {-1} when the job does not exist; {-2} when a worker
-- holds its lock (it is running: cancel the execution instead); {-4} when it belongs to a flow (parent
-- or children), which BullMQ's own tools must remove; {-5} when its deduplication id changed since the
-- client read it. Nothing is changed unless the answer is 1.
local jobKey = KEYS[1]
local jobId = ARGV[1]
if redis.call('EXISTS', jobKey) == 0 then
  return {-1}
end
if redis.call('EXISTS', KEYS[4]) == 1 then
  return {-2}
end
local fields = redis.call('HMGET', jobKey, 'parentKey', 'data', 'deid')
if fields[1] or redis.call('EXISTS', KEYS[6]) == 1 then
  return {-4}
end
if (fields[3] or '') ~= ARGV[2] or (ARGV[2] ~= '' and #KEYS < 19) then
  return {-5}
end

-- Sorted sets first (a score lookup is cheap), then the lists.
local states = {'completed', 'failed', 'delayed', 'prioritized', 'waiting-children', 'wait', 'paused', 'active'}
local state = 'unknown'
for i = 1, 5 do
  if redis.call('ZREM', KEYS[9 + i], jobId) == 1 then
    state = states[i]
    break
  end
end
if state == 'unknown' then
  for i = 6, 8 do
    if redis.call('LREM', KEYS[9 + i], 1, jobId) == 1 then
      state = states[i]
      break
    end
  end
end

-- A deduplication id that still points at this job is released with it.
if ARGV[2] ~= '' and redis.call('GET', KEYS[18]) == jobId then
  redis.call('DEL', KEYS[18], KEYS[19])
end
redis.call('DEL', jobKey, KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9])

local maxEvents = redis.call('HGET', KEYS[3], 'opts.maxLenEvents') or 10000
redis.call('XADD', KEYS[2], 'MAXLEN', '~', maxEvents, '*', 'event', 'removed', 'jobId', jobId, 'prev', state)
return {1, state, fields[2] or ''}
