-- Demo data, step 3: usage events over the period, more recent days busier, cheap models more often.
-- A bulk load: the rollups are recomputed over the whole period at the end, so the per-statement record
-- of new events for the incremental refresh (migration 012) is off meanwhile (in this transaction only).
ALTER TABLE usage_events DISABLE TRIGGER usage_events_pending;
-- The indexes are built once the events are in (a sort per partition), not row by row: at 100M events
-- (--size xlarge) that is most of the load. Same names and definitions as migration 002.
ALTER TABLE usage_events DROP CONSTRAINT usage_events_pkey;
DROP INDEX usage_events_tenant_ts, usage_events_ts_brin;
SELECT ensure_usage_partitions(((p.anchor AT TIME ZONE 'UTC') - p.days * interval '1 day')::date,
                               (p.anchor AT TIME ZONE 'UTC')::date + 31)
FROM demo_params p;

INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, completion_tokens, cost_usd, byok)
SELECT e.id, e.ts, m.model, m.provider, e.prompt_tokens, e.completion_tokens,
       round((e.prompt_tokens * m.input_per_mtok + e.completion_tokens * m.output_per_mtok) / 1000000, 8),
       e.uses_byok AND e.r_byok < 0.6
FROM (
    SELECT t.id, t.plan_id, t.uses_byok,
           p.anchor - p.days * interval '1 day' * power(random(), 1.15) AS ts,
           150 + floor(power(random(), 3) * 7000)::int AS prompt_tokens,
           20 + floor(power(random(), 2) * 1400)::int AS completion_tokens,
           random() AS r_model, random() AS r_byok
    FROM demo_tenants t
    CROSS JOIN demo_params p
    CROSS JOIN LATERAL generate_series(1, t.event_count) g
) e
JOIN demo_plan_models m ON m.plan_id = e.plan_id
 AND m.idx = 1 + least(m.n_models - 1, floor(power(e.r_model, 1.6) * m.n_models)::int);

SET LOCAL maintenance_work_mem = '1GB';
ALTER TABLE usage_events ADD PRIMARY KEY (id, ts);
CREATE INDEX usage_events_tenant_ts ON usage_events (tenant_id, ts);
CREATE INDEX usage_events_ts_brin ON usage_events USING brin (ts);
ANALYZE usage_events;

-- Some tenants are made to stand at 83 %, 93 % and 112 % of their included tokens this month, so the
-- alert thresholds have something to show whatever the seed.
CREATE TEMP TABLE demo_quota_targets AS
SELECT t.id, t.plan_id, el.included_tokens,
       (ARRAY[0.83, 0.93, 1.12])[1 + (row_number() OVER (ORDER BY t.n))::int % 3] AS target
FROM demo_tenants t
JOIN tenant_effective_limits el ON el.tenant_id = t.id
WHERE t.status = 'active' AND t.plan_id IN ('starter', 'professional') AND t.n % 23 = 5;

INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, completion_tokens, cost_usd, byok)
SELECT q.id,
       -- spread over the month so far, so the top-up shows no spike on any one day
       date_trunc('month', p.anchor AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
         + (p.anchor - interval '1 minute' - (date_trunc('month', p.anchor AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')) * random(),
       m.model, m.provider,
       pt, ct, round((pt * m.input_per_mtok + ct * m.output_per_mtok) / 1000000, 8), false
FROM demo_quota_targets q
CROSS JOIN demo_params p
JOIN demo_plan_models m ON m.plan_id = q.plan_id AND m.idx = 1
CROSS JOIN LATERAL (
    SELECT greatest(0, (q.target * q.included_tokens)::bigint - coalesce(sum(prompt_tokens + completion_tokens), 0)) AS need
    FROM usage_events u
    WHERE u.tenant_id = q.id AND u.ts >= date_trunc('month', p.anchor AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
) x
-- spread over requests of about 6,000 tokens each, 80 % of them prompt
CROSS JOIN LATERAL generate_series(1, ceil(x.need / 6000.0)::int) g
CROSS JOIN LATERAL (SELECT (x.need / ceil(x.need / 6000.0))::int AS per_request) r
CROSS JOIN LATERAL (SELECT (r.per_request * 0.8)::int AS pt, r.per_request - (r.per_request * 0.8)::int AS ct) split
WHERE x.need > 0;

SELECT refresh_usage_rollups(((p.anchor AT TIME ZONE 'UTC') - p.days * interval '1 day')::date,
                             (p.anchor AT TIME ZONE 'UTC')::date)
FROM demo_params p;

ALTER TABLE usage_events ENABLE TRIGGER usage_events_pending;
