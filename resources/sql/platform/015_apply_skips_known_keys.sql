-- Platform contract v1.5: apply_usage_events() asks "is this tenant new in the month?" only of the keys
-- that are new in their day. A tenant already counted today for a model, provider and payer was counted in
-- the month too, so the month lookup (every day of the month so far, per key) is skipped for it: at 100k
-- tenants the lookups were about half of a five-minute refresh. Same results, row for row (checked by
-- TestUsageCosts against the full recompute). Both it and refresh_usage_rollups() now end by rebuilding the
-- kept margin totals that need it (migration 014).
CREATE OR REPLACE FUNCTION apply_usage_events() RETURNS bigint
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
    -- A key already present on one of its days is not new in the month: only keys new on every one of
    -- their days are looked for in the rest of the month (bool_and), and CASE keeps the lookup from
    -- running for the others. Through the day most keys are already there, so most lookups are skipped.
    month_keys AS (
        SELECT tenant_id, date_trunc('month', day)::date AS month, model, provider, byok,
               bool_and(new_in_day) AS new_on_its_days
        FROM d_new GROUP BY 1, 2, 3, 4, 5
    ),
    -- (Both questions are asked in the select list, so each is an index probe per key: as an anti-join
    -- the planner may hash the whole month of usage_daily instead, which at 100k tenants takes seconds.)
    month_new AS (
        SELECT k.month, k.model, k.provider, k.byok,
               count(*) FILTER (WHERE CASE WHEN k.new_on_its_days
                                           THEN NOT EXISTS (SELECT 1 FROM usage_daily x
                                                            WHERE x.tenant_id = k.tenant_id AND x.day >= k.month
                                                              AND x.day < (k.month + interval '1 month')::date
                                                              AND x.model = k.model AND x.provider = k.provider
                                                              AND x.byok = k.byok)
                                           ELSE false END) AS tenants
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
    PERFORM tenant_margin_totals_rebuild();
    RETURN taken_rows;
END $$;

-- As in migration 012, then the kept margin totals.
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
    PERFORM tenant_margin_totals_rebuild();
END $$;

-- The kept margin totals exist from now on, not from the first refresh.
SELECT tenant_margin_totals_rebuild();
