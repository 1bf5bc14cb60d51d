-- Platform contract v1.4: the month's margin totals are kept, not recomputed on every read. At 100k tenants
-- tenant_margin_totals(month) joined every tenant with its monthly row on each call (about 200 ms); it now
-- reads one row of tenant_margin_month_totals whenever that row is known to be exact, and computes as before
-- otherwise (and always for a caller who does not see every tenant: row-level security decides there).
--
-- How the row stays exact:
-- - usage_monthly and tenants changes add their difference, per month kept, in statement-level triggers
--   (a tenant's part of a month before the statement, taken away; its part after, added). Both triggers
--   take one advisory lock and then read in a new statement, so two transactions changing a tenant and its
--   usage at the same time each see the other's committed change, and the sum of their differences is the
--   true difference.
-- - plans and overrides changes (rare, admin actions), and TRUNCATE of any of the four tables, mark every
--   kept month stale; a stale month is computed on read until rebuilt.
-- - an override that expires changes its tenant's included tokens without any statement: each row is valid
--   until the first expiry after it was computed.
-- apply_usage_events() and refresh_usage_rollups() (from migration 015) rebuild what is stale or expired, and
-- keep the current month and the month before (the platform's periodic job runs them as the owner).

CREATE TABLE tenant_margin_month_totals (
    month date PRIMARY KEY,
    revenue_usd numeric NOT NULL,
    platform_cost_usd numeric NOT NULL,
    byok_cost_usd numeric NOT NULL,
    tenants integer NOT NULL,
    negative_margin_tenants integer NOT NULL,
    stale boolean NOT NULL DEFAULT false,
    valid_until timestamptz, -- the first override expiry after computed_at (NULL: none pending)
    computed_at timestamptz NOT NULL
);
-- Platform-wide sums: the staff's to read (tenant_margin_totals reads it only for them), nobody's to write
-- but the owner's functions.
REVOKE ALL ON tenant_margin_month_totals FROM PUBLIC;
GRANT SELECT ON tenant_margin_month_totals TO platform_admin, support, finance;

-- One tenant's part of one month's totals: the formula of tenant_margins and tenant_margin_totals
-- (migration 013), for a tenant's status and plan and a month's tokens and costs (zeros without a row).
CREATE FUNCTION tenant_margin_revenue(p_status text, p_base_price numeric, p_included bigint,
                                      p_overage_per_1k numeric, p_tokens bigint)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_status = 'active'
                THEN p_base_price + round(CASE WHEN p_included IS NULL THEN 0
                                               ELSE greatest(0, p_tokens - p_included) END * p_overage_per_1k / 1000, 2)
                ELSE 0 END
$$;
REVOKE ALL ON FUNCTION tenant_margin_revenue(text, numeric, bigint, numeric, bigint) FROM PUBLIC;
-- (Called by tenant_margin_totals_computed under the caller's rights.)
GRANT EXECUTE ON FUNCTION tenant_margin_revenue(text, numeric, bigint, numeric, bigint)
    TO platform_admin, support, finance, tenant_admin;

-- Adds signed parts to the kept months that are exact: one part per array position (month, sign, tenant,
-- its status and plan, the month's tokens and costs, whether it counts as a tenant). Valued at the plans
-- and unexpired overrides of now.
CREATE FUNCTION tenant_margin_totals_add(p_month date[], p_sign integer[], p_tenant uuid[], p_status text[],
                                         p_plan text[], p_tokens bigint[], p_platform_cost numeric[],
                                         p_byok_cost numeric[], p_counts_as_tenant boolean[])
RETURNS void LANGUAGE sql AS $$
    WITH part AS (
        SELECT e.month, e.sign, e.counts_as_tenant, e.platform_cost, e.byok_cost,
               tenant_margin_revenue(e.status, p.base_price, coalesce(o.included_tokens, p.included_tokens),
                                     p.overage_per_1k, e.tokens) AS revenue
        FROM unnest(p_month, p_sign, p_tenant, p_status, p_plan, p_tokens, p_platform_cost, p_byok_cost,
                    p_counts_as_tenant)
             AS e(month, sign, tenant_id, status, plan_id, tokens, platform_cost, byok_cost, counts_as_tenant)
        JOIN plans p ON p.id = e.plan_id
        LEFT JOIN tenant_limit_overrides o ON o.tenant_id = e.tenant_id
                                          AND (o.expires_at IS NULL OR o.expires_at > now())
    ),
    summed AS (
        SELECT month, sum(sign * revenue) AS revenue, sum(sign * platform_cost) AS platform_cost,
               sum(sign * byok_cost) AS byok_cost, coalesce(sum(sign) FILTER (WHERE counts_as_tenant), 0) AS tenants,
               coalesce(sum(sign) FILTER (WHERE revenue - platform_cost < 0), 0) AS negative
        FROM part GROUP BY month
    )
    UPDATE tenant_margin_month_totals s
    SET revenue_usd = s.revenue_usd + x.revenue, platform_cost_usd = s.platform_cost_usd + x.platform_cost,
        byok_cost_usd = s.byok_cost_usd + x.byok_cost, tenants = s.tenants + x.tenants::integer,
        negative_margin_tenants = s.negative_margin_tenants + x.negative::integer
    FROM summed x
    WHERE s.month = x.month AND NOT s.stale
$$;
REVOKE ALL ON FUNCTION tenant_margin_totals_add(date[], integer[], uuid[], text[], text[], bigint[], numeric[],
                                                numeric[], boolean[]) FROM PUBLIC;

-- usage_monthly changed: per changed row, its tenant's part with the old values (or with no row, for an
-- insert) taken away, and with the new values (or with no row, for a delete) added.
CREATE FUNCTION usage_monthly_margin_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tenant_margin_month_totals WHERE NOT stale) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.margin_totals'));
    -- (Each statement below starts after the lock: it sees what a transaction that held it committed.)
    IF TG_OP = 'UPDATE' THEN
        PERFORM tenant_margin_totals_add(array_agg(r.month), array_agg(r.sign), array_agg(r.tenant_id),
                                         array_agg(t.status), array_agg(t.plan_id), array_agg(r.tokens),
                                         array_agg(r.platform_cost), array_agg(r.byok_cost_usd), array_agg(false))
        FROM (SELECT -1 AS sign, o.tenant_id, o.month, o.prompt_tokens + o.completion_tokens AS tokens,
                     o.cost_usd - o.byok_cost_usd AS platform_cost, o.byok_cost_usd
              FROM old_rows o
              UNION ALL
              SELECT 1, n.tenant_id, n.month, n.prompt_tokens + n.completion_tokens, n.cost_usd - n.byok_cost_usd,
                     n.byok_cost_usd
              FROM new_rows n) r
        JOIN tenants t ON t.id = r.tenant_id;
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM tenant_margin_totals_add(array_agg(n.month), array_agg(s.sign), array_agg(n.tenant_id),
                                         array_agg(t.status), array_agg(t.plan_id),
                                         array_agg(CASE WHEN s.sign > 0 THEN n.prompt_tokens + n.completion_tokens
                                                        ELSE 0 END),
                                         array_agg(CASE WHEN s.sign > 0 THEN n.cost_usd - n.byok_cost_usd ELSE 0 END),
                                         array_agg(CASE WHEN s.sign > 0 THEN n.byok_cost_usd ELSE 0 END),
                                         array_agg(false))
        FROM new_rows n JOIN tenants t ON t.id = n.tenant_id CROSS JOIN (VALUES (-1), (1)) s(sign);
    ELSE
        PERFORM tenant_margin_totals_add(array_agg(o.month), array_agg(s.sign), array_agg(o.tenant_id),
                                         array_agg(t.status), array_agg(t.plan_id),
                                         array_agg(CASE WHEN s.sign < 0 THEN o.prompt_tokens + o.completion_tokens
                                                        ELSE 0 END),
                                         array_agg(CASE WHEN s.sign < 0 THEN o.cost_usd - o.byok_cost_usd ELSE 0 END),
                                         array_agg(CASE WHEN s.sign < 0 THEN o.byok_cost_usd ELSE 0 END),
                                         array_agg(false))
        FROM old_rows o JOIN tenants t ON t.id = o.tenant_id CROSS JOIN (VALUES (-1), (1)) s(sign);
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION usage_monthly_margin_totals() FROM PUBLIC;

CREATE TRIGGER usage_monthly_margin_totals_insert AFTER INSERT ON usage_monthly
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_monthly_margin_totals();
CREATE TRIGGER usage_monthly_margin_totals_update AFTER UPDATE ON usage_monthly
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION usage_monthly_margin_totals();
CREATE TRIGGER usage_monthly_margin_totals_delete AFTER DELETE ON usage_monthly
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usage_monthly_margin_totals();

-- tenants changed: per changed tenant and kept month, its part as it was (with that month's usage) taken
-- away and its part as it is added; a new tenant counts one more, a deleted one one fewer. An update that
-- leaves status and plan alone adds nothing.
CREATE FUNCTION tenants_margin_totals() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    gone uuid[] := '{}';
    came uuid[] := '{}';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tenant_margin_month_totals WHERE NOT stale) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(array_agg(o.id), '{}') INTO gone
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.status IS DISTINCT FROM o.status OR n.plan_id IS DISTINCT FROM o.plan_id;
        came := gone;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT coalesce(array_agg(n.id), '{}') INTO came FROM new_rows n;
    ELSE
        SELECT coalesce(array_agg(o.id), '{}') INTO gone FROM old_rows o;
    END IF;
    IF cardinality(gone) = 0 AND cardinality(came) = 0 THEN
        RETURN NULL; -- a name, a prompt, a default model: nothing of the totals
    END IF;
    -- (Each statement below starts after the lock: it sees what a transaction that held it committed.)
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.margin_totals'));
    IF cardinality(gone) > 0 THEN
        PERFORM tenant_margin_totals_add(array_agg(k.month), array_agg(-1), array_agg(o.id), array_agg(o.status),
                                         array_agg(o.plan_id),
                                         array_agg(coalesce(m.prompt_tokens + m.completion_tokens, 0)),
                                         array_agg(coalesce(m.cost_usd - m.byok_cost_usd, 0)),
                                         array_agg(coalesce(m.byok_cost_usd, 0)), array_agg(true))
        FROM old_rows o
        CROSS JOIN (SELECT month FROM tenant_margin_month_totals WHERE NOT stale) k
        LEFT JOIN usage_monthly m ON m.tenant_id = o.id AND m.month = k.month
        WHERE o.id = ANY (gone);
    END IF;
    IF cardinality(came) > 0 THEN
        PERFORM tenant_margin_totals_add(array_agg(k.month), array_agg(1), array_agg(n.id), array_agg(n.status),
                                         array_agg(n.plan_id),
                                         array_agg(coalesce(m.prompt_tokens + m.completion_tokens, 0)),
                                         array_agg(coalesce(m.cost_usd - m.byok_cost_usd, 0)),
                                         array_agg(coalesce(m.byok_cost_usd, 0)), array_agg(true))
        FROM new_rows n
        CROSS JOIN (SELECT month FROM tenant_margin_month_totals WHERE NOT stale) k
        LEFT JOIN usage_monthly m ON m.tenant_id = n.id AND m.month = k.month
        WHERE n.id = ANY (came);
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION tenants_margin_totals() FROM PUBLIC;

CREATE TRIGGER tenants_margin_totals_insert AFTER INSERT ON tenants
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tenants_margin_totals();
CREATE TRIGGER tenants_margin_totals_update AFTER UPDATE ON tenants
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tenants_margin_totals();
CREATE TRIGGER tenants_margin_totals_delete AFTER DELETE ON tenants
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tenants_margin_totals();

-- Plans and overrides change rarely and change many tenants' parts at once: every kept month goes stale
-- (computed on read until rebuilt), when a statement changed a row (a cascade that deleted nothing, as
-- when a tenant without an override is deleted, changes nothing). So does a TRUNCATE of any of the four
-- tables, which fires no row events.
CREATE FUNCTION margin_totals_go_stale() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- (One branch per operation: a query may name only the transition tables its trigger has.)
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM new_rows) THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF NOT EXISTS (SELECT 1 FROM old_rows) THEN
            RETURN NULL;
        END IF;
    END IF;
    UPDATE tenant_margin_month_totals SET stale = true WHERE NOT stale;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION margin_totals_go_stale() FROM PUBLIC;

CREATE TRIGGER plans_margin_totals_stale_update AFTER UPDATE ON plans
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER plans_margin_totals_stale_delete AFTER DELETE ON plans
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER overrides_margin_totals_stale_insert AFTER INSERT ON tenant_limit_overrides
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER overrides_margin_totals_stale_update AFTER UPDATE ON tenant_limit_overrides
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER overrides_margin_totals_stale_delete AFTER DELETE ON tenant_limit_overrides
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER plans_margin_totals_truncate AFTER TRUNCATE ON plans
    FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER overrides_margin_totals_truncate AFTER TRUNCATE ON tenant_limit_overrides
    FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER tenants_margin_totals_truncate AFTER TRUNCATE ON tenants
    FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();
CREATE TRIGGER usage_monthly_margin_totals_truncate AFTER TRUNCATE ON usage_monthly
    FOR EACH STATEMENT EXECUTE FUNCTION margin_totals_go_stale();

-- The computation of migration 013 over every tenant (the owner sees every row).
CREATE FUNCTION tenant_margin_totals_computed(p_month date)
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
    CROSS JOIN LATERAL (SELECT tenant_margin_revenue(t.status, p.base_price,
                                                     coalesce(o.included_tokens, p.included_tokens), p.overage_per_1k,
                                                     coalesce(m.prompt_tokens + m.completion_tokens, 0)::bigint)
                               AS revenue) r
$$;
REVOKE ALL ON FUNCTION tenant_margin_totals_computed(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_margin_totals_computed(date) TO platform_admin, support, finance, tenant_admin;

-- Rebuilds the kept months that are stale or past their validity, and keeps the current month and the
-- month before. Owner only (called by apply_usage_events and refresh_usage_rollups).
CREATE FUNCTION tenant_margin_totals_rebuild() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    rebuilt integer := 0;
    kept date;
    first_expiry timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.margin_totals'));
    SELECT min(expires_at) INTO first_expiry FROM tenant_limit_overrides WHERE expires_at > now();
    FOR kept IN
        SELECT m FROM (VALUES (date_trunc('month', now() AT TIME ZONE 'UTC')::date),
                              ((date_trunc('month', now() AT TIME ZONE 'UTC') - interval '1 month')::date)) w(m)
        WHERE NOT EXISTS (SELECT 1 FROM tenant_margin_month_totals s WHERE s.month = w.m)
        UNION
        SELECT month FROM tenant_margin_month_totals WHERE stale OR valid_until <= now()
    LOOP
        INSERT INTO tenant_margin_month_totals AS s (month, revenue_usd, platform_cost_usd, byok_cost_usd, tenants,
                                                     negative_margin_tenants, stale, valid_until, computed_at)
        SELECT kept, c.revenue_usd, c.platform_cost_usd, c.byok_cost_usd, c.tenants, c.negative_margin_tenants, false,
               first_expiry, now()
        FROM tenant_margin_totals_computed(kept) c
        ON CONFLICT (month) DO UPDATE
        SET revenue_usd = excluded.revenue_usd, platform_cost_usd = excluded.platform_cost_usd,
            byok_cost_usd = excluded.byok_cost_usd, tenants = excluded.tenants,
            negative_margin_tenants = excluded.negative_margin_tenants, stale = false,
            valid_until = excluded.valid_until, computed_at = excluded.computed_at;
        rebuilt := rebuilt + 1;
    END LOOP;
    RETURN rebuilt;
END $$;
REVOKE ALL ON FUNCTION tenant_margin_totals_rebuild() FROM PUBLIC;

-- The read: the kept row when it is exact and the caller sees every tenant (the staff, and the owner);
-- otherwise the computation, under the caller's row-level security. (current_user, as the policies
-- staff_all and tenant_admin_own decide on it; ts_is_staff() asks about the login.)
CREATE OR REPLACE FUNCTION tenant_margin_totals(p_month date)
RETURNS TABLE (revenue_usd numeric, platform_cost_usd numeric, byok_cost_usd numeric, margin_usd numeric,
               tenants integer, negative_margin_tenants integer)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF pg_has_role('platform_admin', 'MEMBER') OR pg_has_role('support', 'MEMBER')
       OR pg_has_role('finance', 'MEMBER')
       OR (SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user) THEN
        RETURN QUERY
        SELECT s.revenue_usd, s.platform_cost_usd, s.byok_cost_usd, s.revenue_usd - s.platform_cost_usd, s.tenants,
               s.negative_margin_tenants
        FROM tenant_margin_month_totals s
        WHERE s.month = date_trunc('month', p_month)::date AND NOT s.stale
          AND (s.valid_until IS NULL OR s.valid_until > now());
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;
    RETURN QUERY SELECT * FROM tenant_margin_totals_computed(p_month);
END $$;
