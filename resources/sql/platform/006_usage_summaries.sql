-- Platform contract v1.1: summaries sized to the cross-tenant questions of the Usage and Costs pages
-- (per UTC day and per UTC month, by model, provider and payer, across all tenants). They reveal
-- platform totals, so tenant admins get no access; tenant-level numbers stay in usage_daily/monthly.
CREATE TABLE usage_daily_model (
    day date NOT NULL,
    model text NOT NULL,
    provider text NOT NULL,
    byok boolean NOT NULL,
    tenants integer NOT NULL,
    requests bigint NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    cost_usd numeric(20, 8) NOT NULL,
    PRIMARY KEY (day, model, provider, byok)
);

CREATE TABLE usage_hourly_model (
    hour timestamp NOT NULL, -- UTC
    model text NOT NULL,
    provider text NOT NULL,
    byok boolean NOT NULL,
    requests bigint NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    cost_usd numeric(20, 8) NOT NULL,
    PRIMARY KEY (hour, model, provider, byok)
);

CREATE TABLE usage_monthly_model (
    month date NOT NULL CHECK (month = date_trunc('month', month)::date),
    model text NOT NULL,
    provider text NOT NULL,
    byok boolean NOT NULL,
    tenants integer NOT NULL,
    requests bigint NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    cost_usd numeric(20, 8) NOT NULL,
    PRIMARY KEY (month, model, provider, byok)
);

GRANT SELECT ON usage_daily_model, usage_hourly_model, usage_monthly_model TO platform_admin, support, finance;

-- Same contract as before (recompute [from_day, to_day] and the months they touch from the events),
-- now also filling the two summaries from usage_daily.
CREATE OR REPLACE FUNCTION refresh_usage_rollups(from_day date, to_day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    first_month date := date_trunc('month', from_day)::date;
    last_month date := date_trunc('month', to_day)::date;
BEGIN
    DELETE FROM usage_daily WHERE day BETWEEN from_day AND to_day;
    INSERT INTO usage_daily (tenant_id, day, model, provider, byok, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT tenant_id, (ts AT TIME ZONE 'UTC')::date, model, provider, byok,
           count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
    FROM usage_events
    WHERE ts >= from_day::timestamp AT TIME ZONE 'UTC' AND ts < (to_day + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY 1, 2, 3, 4, 5;

    DELETE FROM usage_daily_model WHERE day BETWEEN from_day AND to_day;
    INSERT INTO usage_daily_model (day, model, provider, byok, tenants, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT day, model, provider, byok, count(DISTINCT tenant_id), sum(requests), sum(prompt_tokens),
           sum(completion_tokens), sum(cost_usd)
    FROM usage_daily
    WHERE day BETWEEN from_day AND to_day
    GROUP BY 1, 2, 3, 4;

    DELETE FROM usage_hourly_model
    WHERE hour >= from_day::timestamp AND hour < (to_day + 1)::timestamp;
    INSERT INTO usage_hourly_model (hour, model, provider, byok, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT date_trunc('hour', ts AT TIME ZONE 'UTC'), model, provider, byok,
           count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
    FROM usage_events
    WHERE ts >= from_day::timestamp AT TIME ZONE 'UTC' AND ts < (to_day + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY 1, 2, 3, 4;

    DELETE FROM usage_monthly WHERE month BETWEEN first_month AND last_month;
    INSERT INTO usage_monthly (tenant_id, month, requests, prompt_tokens, completion_tokens, cost_usd, byok_cost_usd)
    SELECT tenant_id, date_trunc('month', day)::date,
           sum(requests), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd),
           coalesce(sum(cost_usd) FILTER (WHERE byok), 0)
    FROM usage_daily
    WHERE day >= first_month AND day < (last_month + interval '1 month')::date
    GROUP BY 1, 2;

    DELETE FROM usage_monthly_model WHERE month BETWEEN first_month AND last_month;
    INSERT INTO usage_monthly_model (month, model, provider, byok, tenants, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT date_trunc('month', day)::date, model, provider, byok, count(DISTINCT tenant_id), sum(requests),
           sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
    FROM usage_daily
    WHERE day >= first_month AND day < (last_month + interval '1 month')::date
    GROUP BY 1, 2, 3, 4;
END $$;

-- Bring the summaries up to date with what the events and usage_daily already hold.
INSERT INTO usage_hourly_model (hour, model, provider, byok, requests, prompt_tokens, completion_tokens, cost_usd)
SELECT date_trunc('hour', ts AT TIME ZONE 'UTC'), model, provider, byok,
       count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
FROM usage_events GROUP BY 1, 2, 3, 4;
INSERT INTO usage_daily_model (day, model, provider, byok, tenants, requests, prompt_tokens, completion_tokens, cost_usd)
SELECT day, model, provider, byok, count(DISTINCT tenant_id), sum(requests), sum(prompt_tokens),
       sum(completion_tokens), sum(cost_usd)
FROM usage_daily GROUP BY 1, 2, 3, 4;
INSERT INTO usage_monthly_model (month, model, provider, byok, tenants, requests, prompt_tokens, completion_tokens, cost_usd)
SELECT date_trunc('month', day)::date, model, provider, byok, count(DISTINCT tenant_id), sum(requests),
       sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
FROM usage_daily GROUP BY 1, 2, 3, 4;

-- Revenue and margin of every tenant for one UTC month, in exact decimals. Revenue: active tenants pay
-- their plan's base price plus overage beyond the included tokens at the plan's price per 1,000 tokens
-- (unlimited plans have no overage; trial, suspended and churned tenants are not billed). Cost: what the
-- platform paid its providers; BYOK traffic is paid with the tenant's own key and shown apart. Current
-- plan and effective limits apply (an unexpired override's included_tokens wins, as in
-- tenant_effective_limits); money is rounded to cents only for revenue, at the end. Rows come most
-- expensive first; p_top keeps only the p_top most expensive tenants (found through the month/cost
-- index, so "top 100" or the first page of a long list does not compute 10,000 margins).
-- SECURITY INVOKER (the default): row-level security decides which tenants a login gets.
CREATE FUNCTION tenant_margins(p_month date, p_top integer DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, status text, requests bigint, tokens bigint,
               included_tokens bigint, overage_tokens bigint, revenue_usd numeric, cost_usd numeric,
               platform_cost_usd numeric, byok_cost_usd numeric, margin_usd numeric)
LANGUAGE sql STABLE AS $$
    SELECT t.id, t.name, t.plan_id, t.status, coalesce(m.requests, 0)::bigint, x.tokens, x.included,
           y.overage_tokens, r.revenue, coalesce(m.cost_usd, 0), coalesce(m.cost_usd - m.byok_cost_usd, 0),
           coalesce(m.byok_cost_usd, 0), r.revenue - coalesce(m.cost_usd - m.byok_cost_usd, 0)
    FROM tenants t
    JOIN plans p ON p.id = t.plan_id
    LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND (o.expires_at IS NULL OR o.expires_at > now())
    LEFT JOIN usage_monthly m ON m.tenant_id = t.id AND m.month = date_trunc('month', p_month)::date
    CROSS JOIN LATERAL (SELECT coalesce(m.prompt_tokens + m.completion_tokens, 0)::bigint AS tokens,
                               coalesce(o.included_tokens, p.included_tokens) AS included) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.included IS NULL THEN 0
                                    ELSE greatest(0, x.tokens - x.included) END::bigint AS overage_tokens) y
    CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'active'
                                    THEN p.base_price + round(y.overage_tokens * p.overage_per_1k / 1000, 2)
                                    ELSE 0 END AS revenue) r
    WHERE p_top IS NULL
       -- asking for more tenants than had traffic: the rest (no cost) come too, so pages can go on
       OR p_top >= (SELECT count(*) FROM usage_monthly u WHERE u.month = date_trunc('month', p_month)::date)
       OR t.id IN (SELECT u.tenant_id FROM usage_monthly u WHERE u.month = date_trunc('month', p_month)::date
                   ORDER BY u.cost_usd DESC LIMIT p_top)
    ORDER BY coalesce(m.cost_usd, 0) DESC, t.id
$$;
GRANT EXECUTE ON FUNCTION tenant_margins(date, integer) TO platform_admin, support, finance, tenant_admin;
