-- Platform contract v1.3: tenant_margins(month, top) starts from the month's most expensive tenants, read
-- in order from an index, and looks each tenant up by its key; the whole tenants table is only read when
-- every tenant is asked for (top NULL, or more than had traffic). Before, a page of 500 scanned every
-- month's summaries and every tenant, which grows with both and with the dead rows the rollup refresh
-- leaves between vacuums. The answer is the same, column by column; ties are broken by tenant id in the
-- index too, so a page boundary falls where the full ordering puts it.
CREATE INDEX usage_monthly_month_cost_tenant ON usage_monthly (month, cost_usd DESC, tenant_id);
DROP INDEX usage_monthly_month_cost;

CREATE OR REPLACE FUNCTION tenant_margins(p_month date, p_top integer DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, status text, requests bigint, tokens bigint,
               included_tokens bigint, overage_tokens bigint, revenue_usd numeric, cost_usd numeric,
               platform_cost_usd numeric, byok_cost_usd numeric, margin_usd numeric)
LANGUAGE sql STABLE AS $$
    WITH month_rows AS (
        SELECT u.tenant_id, u.requests, (u.prompt_tokens + u.completion_tokens)::bigint AS tokens, u.cost_usd,
               u.byok_cost_usd
        FROM usage_monthly u
        WHERE u.month = date_trunc('month', p_month)::date
        ORDER BY u.cost_usd DESC, u.tenant_id
        LIMIT p_top), -- LIMIT NULL: all of them
    chosen AS (
        SELECT m.tenant_id, m.requests, m.tokens, m.cost_usd, m.byok_cost_usd FROM month_rows m
        UNION ALL
        -- asking for more tenants than had traffic: the rest (no cost) come too, so pages can go on
        SELECT t.id, 0, 0, NULL, NULL FROM tenants t
        WHERE (p_top IS NULL OR p_top > (SELECT count(*) FROM month_rows))
          AND NOT EXISTS (SELECT 1 FROM usage_monthly u
                          WHERE u.tenant_id = t.id AND u.month = date_trunc('month', p_month)::date))
    SELECT t.id, t.name, t.plan_id, t.status, c.requests::bigint, c.tokens::bigint, x.included, y.overage_tokens,
           r.revenue, coalesce(c.cost_usd, 0), r.platform_cost, coalesce(c.byok_cost_usd, 0),
           r.revenue - r.platform_cost
    FROM chosen c
    JOIN tenants t ON t.id = c.tenant_id
    JOIN plans p ON p.id = t.plan_id
    LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND (o.expires_at IS NULL OR o.expires_at > now())
    CROSS JOIN LATERAL (SELECT coalesce(o.included_tokens, p.included_tokens) AS included) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.included IS NULL THEN 0
                                    ELSE greatest(0, c.tokens - x.included) END::bigint AS overage_tokens) y
    CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'active'
                                    THEN p.base_price + round(y.overage_tokens * p.overage_per_1k / 1000, 2)
                                    ELSE 0 END AS revenue,
                               coalesce(c.cost_usd - c.byok_cost_usd, 0) AS platform_cost) r
    ORDER BY coalesce(c.cost_usd, 0) DESC, t.id
$$;
