-- Platform contract v1.2: rollups kept current incrementally. Every statement that inserts usage events
-- also records what it added, summed per tenant, hour, model, provider and payer, in
-- usage_rollup_pending (same transaction: the pending rows exist exactly when the events do). The periodic
-- job calls apply_usage_events(), which folds them into every rollup and summary: its cost follows the
-- traffic since its last run, not the size of the day. refresh_usage_rollups(from, to) still recomputes a
-- range from the events (after corrections or a backfill) and takes the pending rows of that range with it.
CREATE TABLE usage_rollup_pending (
    tenant_id uuid NOT NULL,
    hour timestamp NOT NULL, -- UTC
    model text NOT NULL,
    provider text NOT NULL,
    byok boolean NOT NULL,
    requests bigint NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    cost_usd numeric(20, 8) NOT NULL
);
CREATE INDEX usage_rollup_pending_hour ON usage_rollup_pending (hour);
-- Only the owner reads or writes it (through the functions below); no role of ours has a grant, and
-- row-level security without a policy refuses every other role anyway.
REVOKE ALL ON usage_rollup_pending FROM PUBLIC;
ALTER TABLE usage_rollup_pending ENABLE ROW LEVEL SECURITY;

-- Per statement, not per row: a gateway's batch insert adds one pending row per group, whatever its size.
-- Definer: whoever may insert events records their sums without any grant on the pending table.
CREATE FUNCTION usage_events_record_pending() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO usage_rollup_pending (tenant_id, hour, model, provider, byok, requests, prompt_tokens,
                                      completion_tokens, cost_usd)
    SELECT tenant_id, date_trunc('hour', ts AT TIME ZONE 'UTC'), model, provider, byok,
           count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
    FROM added
    GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION usage_events_record_pending() FROM PUBLIC;

CREATE TRIGGER usage_events_pending AFTER INSERT ON usage_events
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION usage_events_record_pending();

-- Folds every pending row into the rollups, in one statement (so every "was this tenant new?" question is
-- asked of the rollups as they were before it); returns how many pending rows it took. Runs one at a
-- time (an advisory lock), and never at the same time as refresh_usage_rollups, so tenant counts stay
-- exact. Caller's rights, and no grant: the platform's job runs it as the rollups' owner (TenantScope
-- never calls it).
CREATE FUNCTION apply_usage_events() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    taken_rows bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.usage_rollups'));
    WITH taken AS (
        DELETE FROM usage_rollup_pending RETURNING *
    ),
    d AS (
        SELECT tenant_id, hour::date AS day, model, provider, byok, sum(requests) AS requests,
               sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens,
               sum(cost_usd) AS cost_usd
        FROM taken GROUP BY 1, 2, 3, 4, 5
    ),
    -- Is the tenant new in this day (for usage_daily_model.tenants) and in this month (for
    -- usage_monthly_model.tenants), for this model, provider and payer?
    d_new AS (
        SELECT d.*,
               NOT EXISTS (SELECT 1 FROM usage_daily x
                           WHERE x.tenant_id = d.tenant_id AND x.day = d.day AND x.model = d.model
                             AND x.provider = d.provider AND x.byok = d.byok) AS new_in_day
        FROM d
    ),
    month_keys AS (
        SELECT DISTINCT tenant_id, date_trunc('month', day)::date AS month, model, provider, byok FROM d
    ),
    -- (Both questions are asked in the select list, so each is an index probe per key: as an anti-join
    -- the planner may hash the whole month of usage_daily instead, which at 100k tenants takes seconds.)
    month_new AS (
        SELECT k.month, k.model, k.provider, k.byok,
               count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM usage_daily x
                                                  WHERE x.tenant_id = k.tenant_id AND x.day >= k.month
                                                    AND x.day < (k.month + interval '1 month')::date
                                                    AND x.model = k.model AND x.provider = k.provider
                                                    AND x.byok = k.byok)) AS tenants
        FROM month_keys k
        GROUP BY 1, 2, 3, 4
    ),
    daily AS (
        INSERT INTO usage_daily AS u (tenant_id, day, model, provider, byok, requests, prompt_tokens,
                                      completion_tokens, cost_usd)
        SELECT tenant_id, day, model, provider, byok, requests, prompt_tokens, completion_tokens, cost_usd FROM d
        ON CONFLICT (tenant_id, day, model, provider, byok) DO UPDATE
        SET requests = u.requests + excluded.requests, prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
            completion_tokens = u.completion_tokens + excluded.completion_tokens,
            cost_usd = u.cost_usd + excluded.cost_usd
    ),
    hourly AS (
        INSERT INTO usage_hourly_model AS u (hour, model, provider, byok, requests, prompt_tokens,
                                             completion_tokens, cost_usd)
        SELECT hour, model, provider, byok, sum(requests), sum(prompt_tokens), sum(completion_tokens),
               sum(cost_usd)
        FROM taken GROUP BY 1, 2, 3, 4
        ON CONFLICT (hour, model, provider, byok) DO UPDATE
        SET requests = u.requests + excluded.requests, prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
            completion_tokens = u.completion_tokens + excluded.completion_tokens,
            cost_usd = u.cost_usd + excluded.cost_usd
    ),
    daily_model AS (
        INSERT INTO usage_daily_model AS u (day, model, provider, byok, tenants, requests, prompt_tokens,
                                            completion_tokens, cost_usd)
        SELECT day, model, provider, byok, count(*) FILTER (WHERE new_in_day), sum(requests), sum(prompt_tokens),
               sum(completion_tokens), sum(cost_usd)
        FROM d_new GROUP BY 1, 2, 3, 4
        ON CONFLICT (day, model, provider, byok) DO UPDATE
        SET tenants = u.tenants + excluded.tenants, requests = u.requests + excluded.requests,
            prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
            completion_tokens = u.completion_tokens + excluded.completion_tokens,
            cost_usd = u.cost_usd + excluded.cost_usd
    ),
    monthly AS (
        INSERT INTO usage_monthly AS u (tenant_id, month, requests, prompt_tokens, completion_tokens, cost_usd,
                                        byok_cost_usd)
        SELECT tenant_id, date_trunc('month', day)::date, sum(requests), sum(prompt_tokens),
               sum(completion_tokens), sum(cost_usd), coalesce(sum(cost_usd) FILTER (WHERE byok), 0)
        FROM d GROUP BY 1, 2
        ON CONFLICT (tenant_id, month) DO UPDATE
        SET requests = u.requests + excluded.requests, prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
            completion_tokens = u.completion_tokens + excluded.completion_tokens,
            cost_usd = u.cost_usd + excluded.cost_usd, byok_cost_usd = u.byok_cost_usd + excluded.byok_cost_usd
    ),
    monthly_model AS (
        INSERT INTO usage_monthly_model AS u (month, model, provider, byok, tenants, requests, prompt_tokens,
                                              completion_tokens, cost_usd)
        SELECT s.month, s.model, s.provider, s.byok, coalesce(n.tenants, 0), s.requests, s.prompt_tokens,
               s.completion_tokens, s.cost_usd
        FROM (SELECT date_trunc('month', day)::date AS month, model, provider, byok, sum(requests) AS requests,
                     sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens,
                     sum(cost_usd) AS cost_usd
              FROM d GROUP BY 1, 2, 3, 4) s
        LEFT JOIN month_new n USING (month, model, provider, byok)
        ON CONFLICT (month, model, provider, byok) DO UPDATE
        SET tenants = u.tenants + excluded.tenants, requests = u.requests + excluded.requests,
            prompt_tokens = u.prompt_tokens + excluded.prompt_tokens,
            completion_tokens = u.completion_tokens + excluded.completion_tokens,
            cost_usd = u.cost_usd + excluded.cost_usd
    )
    SELECT count(*) INTO taken_rows FROM taken;
    RETURN taken_rows;
END $$;

-- The full recompute of a range, as before, now also taking that range's pending rows: in the same
-- statement as the events are read, so an event is counted by exactly one of the two (it is either
-- visible to this statement with its pending row, or committed later and applied later).
CREATE OR REPLACE FUNCTION refresh_usage_rollups(from_day date, to_day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    first_month date := date_trunc('month', from_day)::date;
    last_month date := date_trunc('month', to_day)::date;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.usage_rollups'));
    DELETE FROM usage_daily WHERE day BETWEEN from_day AND to_day;
    DELETE FROM usage_hourly_model WHERE hour >= from_day::timestamp AND hour < (to_day + 1)::timestamp;
    WITH taken AS (
        DELETE FROM usage_rollup_pending
        WHERE hour >= from_day::timestamp AND hour < (to_day + 1)::timestamp
    ),
    daily AS (
        INSERT INTO usage_daily (tenant_id, day, model, provider, byok, requests, prompt_tokens, completion_tokens,
                                 cost_usd)
        SELECT tenant_id, (ts AT TIME ZONE 'UTC')::date, model, provider, byok,
               count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
        FROM usage_events
        WHERE ts >= from_day::timestamp AT TIME ZONE 'UTC' AND ts < (to_day + 1)::timestamp AT TIME ZONE 'UTC'
        GROUP BY 1, 2, 3, 4, 5
    )
    INSERT INTO usage_hourly_model (hour, model, provider, byok, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT date_trunc('hour', ts AT TIME ZONE 'UTC'), model, provider, byok,
           count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
    FROM usage_events
    WHERE ts >= from_day::timestamp AT TIME ZONE 'UTC' AND ts < (to_day + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY 1, 2, 3, 4;

    DELETE FROM usage_daily_model WHERE day BETWEEN from_day AND to_day;
    INSERT INTO usage_daily_model (day, model, provider, byok, tenants, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT day, model, provider, byok, count(DISTINCT tenant_id), sum(requests), sum(prompt_tokens),
           sum(completion_tokens), sum(cost_usd)
    FROM usage_daily
    WHERE day BETWEEN from_day AND to_day
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

REVOKE ALL ON FUNCTION apply_usage_events(), refresh_usage_rollups(date, date) FROM PUBLIC;
