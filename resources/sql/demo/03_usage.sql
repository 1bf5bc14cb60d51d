-- Demo data, step 3: usage events over the period, more recent days a little busier, cheap models more often.
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
           -- busier towards now, evenly: the density grows linearly to 1.6 x the oldest day's (inverse of
           -- its distribution function), so the last hours are no busier than the rest of their day
           p.anchor - p.days * interval '1 day' * (1 - (sqrt(1 + 1.2 * 1.3 * random()) - 1) / 0.6) AS ts,
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

-- Some tenants run at a steady pace that takes them to 85 % ... 300 % of their included tokens by the end of a
-- month, so the alert thresholds are crossed on different days of the month, as in a real one: early in a
-- month few tenants are near their quota, late in it more. The pace holds on every day of the period (topped
-- up where a day's own usage falls short), so no day stands out. Fewer professional tenants: each of their
-- days is ten times a starter's.
CREATE TEMP TABLE demo_quota_targets AS
SELECT t.id, t.plan_id, el.included_tokens,
       (ARRAY[0.85, 0.95, 1.1, 1.3, 1.6, 2.0, 2.5, 3.0])[1 + (row_number() OVER (ORDER BY t.n))::int % 8] AS pace
FROM demo_tenants t
JOIN tenant_effective_limits el ON el.tenant_id = t.id
WHERE t.status = 'active' AND t.n % 17 = 5 AND (t.plan_id = 'starter' OR (t.plan_id = 'professional' AND t.n % 3 = 0));

INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, completion_tokens, cost_usd, byok)
SELECT q.id, d.day_start + (d.day_end - d.day_start) * random(), m.model, m.provider,
       pt, ct, round((pt * m.input_per_mtok + ct * m.output_per_mtok) / 1000000, 8), false
FROM demo_quota_targets q
CROSS JOIN demo_params p
JOIN demo_plan_models m ON m.plan_id = q.plan_id AND m.idx = 1
-- each UTC day of the period; the anchor's own day up to the anchor
CROSS JOIN LATERAL (
    SELECT greatest(g, p.anchor - p.days * interval '1 day') AS day_start, least(g + interval '1 day', p.anchor) AS day_end
    FROM generate_series(date_trunc('day', (p.anchor - p.days * interval '1 day') AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
                         p.anchor - interval '1 second', interval '1 day') g
) d
CROSS JOIN LATERAL (
    SELECT greatest(0, (q.pace * q.included_tokens * extract(epoch FROM d.day_end - d.day_start)
                        / extract(epoch FROM (date_trunc('month', d.day_start AT TIME ZONE 'UTC') + interval '1 month')
                                             - date_trunc('month', d.day_start AT TIME ZONE 'UTC')))::bigint
                       - coalesce(sum(prompt_tokens + completion_tokens), 0)) AS need
    FROM usage_events u
    WHERE u.tenant_id = q.id AND u.ts >= d.day_start AND u.ts < d.day_end
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
