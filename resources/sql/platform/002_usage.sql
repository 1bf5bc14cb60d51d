-- Platform contract v1, part 2: usage events (partitioned by month) and the rollups the pages read.
CREATE TABLE usage_events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id uuid NOT NULL,
    ts timestamptz NOT NULL,
    model text NOT NULL,
    provider text NOT NULL,
    prompt_tokens integer NOT NULL CHECK (prompt_tokens >= 0),
    completion_tokens integer NOT NULL CHECK (completion_tokens >= 0),
    cost_usd numeric(18, 8) NOT NULL CHECK (cost_usd >= 0), -- provider cost at the price in force at ts
    byok boolean NOT NULL DEFAULT false,                   -- paid with the tenant's own provider key
    execution_id uuid,
    PRIMARY KEY (id, ts)
) PARTITION BY RANGE (ts);
CREATE INDEX usage_events_tenant_ts ON usage_events (tenant_id, ts);
CREATE INDEX usage_events_ts_brin ON usage_events USING brin (ts);
CREATE TABLE usage_events_default PARTITION OF usage_events DEFAULT;

-- Creates the monthly partitions covering [from_day, to_day]; safe to call again.
CREATE FUNCTION ensure_usage_partitions(from_day date, to_day date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    month date := date_trunc('month', from_day)::date;
    created integer := 0;
    part text;
BEGIN
    WHILE month <= to_day LOOP
        part := format('usage_events_%s', to_char(month, 'YYYY_MM'));
        IF to_regclass(part) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF usage_events FOR VALUES FROM (%L) TO (%L)',
                           part, month::timestamp AT TIME ZONE 'UTC', (month + interval '1 month') AT TIME ZONE 'UTC');
            created := created + 1;
        END IF;
        month := (month + interval '1 month')::date;
    END LOOP;
    RETURN created;
END $$;

-- Per tenant, UTC day, model and payer: what the Usage page charts.
CREATE TABLE usage_daily (
    tenant_id uuid NOT NULL,
    day date NOT NULL,
    model text NOT NULL,
    provider text NOT NULL,
    byok boolean NOT NULL,
    requests bigint NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    cost_usd numeric(20, 8) NOT NULL,
    PRIMARY KEY (tenant_id, day, model, provider, byok)
);
CREATE INDEX usage_daily_day ON usage_daily (day);

-- Per tenant and UTC month: what the Tenants and Costs pages rank and compare against limits.
CREATE TABLE usage_monthly (
    tenant_id uuid NOT NULL,
    month date NOT NULL CHECK (month = date_trunc('month', month)::date),
    requests bigint NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    cost_usd numeric(20, 8) NOT NULL,
    byok_cost_usd numeric(20, 8) NOT NULL,
    PRIMARY KEY (tenant_id, month)
);
CREATE INDEX usage_monthly_month_cost ON usage_monthly (month, cost_usd DESC);

-- Recomputes the rollups for the UTC days [from_day, to_day] (and the months they touch) from the
-- events, in one transaction with the caller. Idempotent.
CREATE FUNCTION refresh_usage_rollups(from_day date, to_day date) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM usage_daily WHERE day BETWEEN from_day AND to_day;
    INSERT INTO usage_daily (tenant_id, day, model, provider, byok, requests, prompt_tokens, completion_tokens, cost_usd)
    SELECT tenant_id, (ts AT TIME ZONE 'UTC')::date, model, provider, byok,
           count(*), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd)
    FROM usage_events
    WHERE ts >= from_day::timestamp AT TIME ZONE 'UTC' AND ts < (to_day + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY 1, 2, 3, 4, 5;

    DELETE FROM usage_monthly
    WHERE month BETWEEN date_trunc('month', from_day)::date AND date_trunc('month', to_day)::date;
    INSERT INTO usage_monthly (tenant_id, month, requests, prompt_tokens, completion_tokens, cost_usd, byok_cost_usd)
    SELECT tenant_id, date_trunc('month', day)::date,
           sum(requests), sum(prompt_tokens), sum(completion_tokens), sum(cost_usd),
           coalesce(sum(cost_usd) FILTER (WHERE byok), 0)
    FROM usage_daily
    WHERE day >= date_trunc('month', from_day)::date
      AND day < (date_trunc('month', to_day) + interval '1 month')::date
    GROUP BY 1, 2;
END $$;
