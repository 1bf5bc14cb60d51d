-- Demo data, step 5: quota alerts for every threshold a tenant's month-to-date tokens crossed, this month and
-- the earlier months the data reaches into, each fired at the request that crossed it (so they spread over a
-- month as its usage did), with what was observed then. Staff acknowledged most of those older than two
-- days, as a team working the list would.
WITH months AS (
    SELECT m AT TIME ZONE 'UTC' AS starts, least((m + interval '1 month') AT TIME ZONE 'UTC', p.anchor) AS ends, p.anchor
    FROM demo_params p
    CROSS JOIN LATERAL generate_series(date_trunc('month', (p.anchor - p.days * interval '1 day') AT TIME ZONE 'UTC'),
                                       p.anchor AT TIME ZONE 'UTC', interval '1 month') m
), candidates AS (
    SELECT mo.starts, mo.ends, mo.anchor, u.tenant_id, el.included_tokens
    FROM months mo
    JOIN usage_monthly u ON u.month = (mo.starts AT TIME ZONE 'UTC')::date
    JOIN tenant_effective_limits el ON el.tenant_id = u.tenant_id
    WHERE el.included_tokens > 0
      AND (u.prompt_tokens + u.completion_tokens) * 100 >= el.included_tokens * 80
), running AS (
    SELECT c.starts, c.anchor, u.tenant_id, c.included_tokens, u.ts,
           sum(u.prompt_tokens + u.completion_tokens) OVER (PARTITION BY c.starts, u.tenant_id ORDER BY u.ts, u.id) AS tokens
    FROM candidates c
    JOIN usage_events u ON u.tenant_id = c.tenant_id AND u.ts >= c.starts AND u.ts < c.ends
), crossed AS (
    SELECT r.starts, r.anchor, r.tenant_id, th.pct, min(r.ts) AS fired_at, min(r.tokens) AS observed,
           min(r.included_tokens) AS included
    FROM running r
    CROSS JOIN (VALUES (80), (90), (100)) th(pct)
    WHERE r.tokens * 100 >= r.included_tokens * th.pct
    GROUP BY r.starts, r.anchor, r.tenant_id, th.pct
)
INSERT INTO quota_alerts (tenant_id, metric, threshold_pct, period, fired_at, observed, limit_value,
                          acknowledged_by, acknowledged_at)
SELECT c.tenant_id, 'tokens', c.pct, (c.starts AT TIME ZONE 'UTC')::date, c.fired_at, c.observed, c.included,
       CASE WHEN a.ack THEN 'support@demo' END,
       CASE WHEN a.ack THEN c.fired_at + interval '3 hours' END
FROM crossed c
CROSS JOIN LATERAL (SELECT c.fired_at < c.anchor - interval '2 days'
                           AND hashtext(c.tenant_id::text || c.pct) % 4 <> 0 AS ack) a;
