-- Platform contract v1.3: tenant_margins(month, top) has two paths, and reads only the one asked for.
-- A page (top N, and at least N tenants had traffic this month) starts from the month's most expensive
-- tenants, read in order from the index (month, cost_usd DESC, tenant_id), and looks each one up by its
-- key: a page of 500 no longer reads every tenant and every monthly row. Every tenant (top NULL, or more
-- than had traffic) is the full join of before, unchanged. Each path carries a condition without columns
-- (a "one-time filter"): the path not asked for is never run. The rows are the same as before, column for
-- column; ties in cost are broken by tenant id on both paths, so a page boundary falls where the full
-- ordering puts it.
CREATE INDEX usage_monthly_month_cost_tenant ON usage_monthly (month, cost_usd DESC, tenant_id);
DROP INDEX usage_monthly_month_cost;

CREATE OR REPLACE FUNCTION tenant_margins(p_month date, p_top integer DEFAULT NULL)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, status text, requests bigint, tokens bigint,
               included_tokens bigint, overage_tokens bigint, revenue_usd numeric, cost_usd numeric,
               platform_cost_usd numeric, byok_cost_usd numeric, margin_usd numeric)
LANGUAGE sql STABLE AS $$
    -- The top path: more tenants had traffic than asked for (at most top + 1 index entries are counted).
    SELECT t.id, t.name, t.plan_id, t.status, m.requests::bigint, x.tokens, x.included, y.overage_tokens,
           r.revenue, m.cost_usd, m.cost_usd - m.byok_cost_usd, m.byok_cost_usd,
           r.revenue - (m.cost_usd - m.byok_cost_usd)
    FROM (SELECT u.tenant_id, u.requests, u.prompt_tokens, u.completion_tokens, u.cost_usd, u.byok_cost_usd
          FROM usage_monthly u
          WHERE u.month = date_trunc('month', p_month)::date
          ORDER BY u.cost_usd DESC, u.tenant_id
          LIMIT p_top) m
    JOIN tenants t ON t.id = m.tenant_id
    JOIN plans p ON p.id = t.plan_id
    LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND (o.expires_at IS NULL OR o.expires_at > now())
    CROSS JOIN LATERAL (SELECT (m.prompt_tokens + m.completion_tokens)::bigint AS tokens,
                               coalesce(o.included_tokens, p.included_tokens) AS included) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.included IS NULL THEN 0
                                    ELSE greatest(0, x.tokens - x.included) END::bigint AS overage_tokens) y
    CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'active'
                                    THEN p.base_price + round(y.overage_tokens * p.overage_per_1k / 1000, 2)
                                    ELSE 0 END AS revenue) r
    WHERE p_top IS NOT NULL
      AND p_top < (SELECT count(*) FROM (SELECT 1 FROM usage_monthly c
                                         WHERE c.month = date_trunc('month', p_month)::date LIMIT p_top + 1) c)
    UNION ALL
    -- The full path: every tenant, those without traffic too (so pages can go on past them).
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
       OR p_top >= (SELECT count(*) FROM (SELECT 1 FROM usage_monthly c
                                          WHERE c.month = date_trunc('month', p_month)::date LIMIT p_top + 1) c)
    ORDER BY 10 DESC, 1
$$;

-- The month's totals over every tenant (row-level security applied), in one pass and without ranking the
-- tenants: what summing tenant_margins(month, NULL) gives, value for value, without its sort and without
-- carrying the columns a total does not need.
CREATE FUNCTION tenant_margin_totals(p_month date)
RETURNS TABLE (revenue_usd numeric, platform_cost_usd numeric, byok_cost_usd numeric, margin_usd numeric,
               tenants integer, negative_margin_tenants integer)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(r.revenue), 0), coalesce(sum(c.platform_cost), 0), coalesce(sum(c.byok_cost), 0),
           coalesce(sum(r.revenue - c.platform_cost), 0), count(*)::integer,
           (count(*) FILTER (WHERE r.revenue - c.platform_cost < 0))::integer
    FROM tenants t
    JOIN plans p ON p.id = t.plan_id
    LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND (o.expires_at IS NULL OR o.expires_at > now())
    LEFT JOIN usage_monthly m ON m.tenant_id = t.id AND m.month = date_trunc('month', p_month)::date
    CROSS JOIN LATERAL (SELECT coalesce(m.cost_usd - m.byok_cost_usd, 0) AS platform_cost,
                               coalesce(m.byok_cost_usd, 0) AS byok_cost) c
    CROSS JOIN LATERAL (SELECT coalesce(m.prompt_tokens + m.completion_tokens, 0)::bigint AS tokens,
                               coalesce(o.included_tokens, p.included_tokens) AS included) x
    CROSS JOIN LATERAL (SELECT CASE WHEN x.included IS NULL THEN 0
                                    ELSE greatest(0, x.tokens - x.included) END::bigint AS overage_tokens) y
    CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'active'
                                    THEN p.base_price + round(y.overage_tokens * p.overage_per_1k / 1000, 2)
                                    ELSE 0 END AS revenue) r
$$;
REVOKE ALL ON FUNCTION tenant_margin_totals(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_margin_totals(date) TO platform_admin, support, finance, tenant_admin;
