-- Platform contract v1, part 8: editing plans and per-tenant overrides without a deploy. Each save is one
-- audited server function that checks the version the editor started from; the tenants whose effective
-- limits changed are queued for a Redis push, visible to everyone until the push is done.

ALTER TABLE plans ADD COLUMN updated_by text;

-- Tenants whose `limits:{tenant}` hash in Redis is older than PostgreSQL: written by every save, removed
-- by the push that brought Redis up to date. Never silently inconsistent: the pages show this list.
CREATE TABLE limits_push_pending (
    tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    since timestamptz NOT NULL DEFAULT now(),
    cause text NOT NULL
);
ALTER TABLE limits_push_pending ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON limits_push_pending TO platform_admin, support, finance USING (true);
CREATE POLICY tenant_admin_own ON limits_push_pending FOR SELECT TO tenant_admin
    USING (tenant_id = ANY (ts_member_tenants()));
GRANT SELECT ON limits_push_pending TO platform_admin, support, finance, tenant_admin;

-- Plans: platform admins and finance. Overrides: platform admins and support.
CREATE FUNCTION ts_may_edit(p_what text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, 'platform_admin', 'MEMBER')
        OR (p_what = 'plans' AND pg_has_role(session_user, 'finance', 'MEMBER'))
        OR (p_what = 'overrides' AND pg_has_role(session_user, 'support', 'MEMBER'))
$$;

CREATE FUNCTION ts_require_reason(p_reason text) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 3 OR length(p_reason) > 1000 THEN
        RAISE EXCEPTION 'a reason (3 to 1000 characters) is required for the audit log'
            USING ERRCODE = 'check_violation';
    END IF;
END $$;

-- A limit from JSON: a non-negative whole number, or null / "unlimited" for no limit.
CREATE FUNCTION ts_limit_value(p_changes jsonb, p_field text, p_minimum bigint) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v jsonb := p_changes -> p_field;
    n numeric;
BEGIN
    IF v IS NULL OR v = 'null'::jsonb OR v = '"unlimited"'::jsonb THEN
        RETURN NULL;
    END IF;
    IF jsonb_typeof(v) <> 'number' THEN
        RAISE EXCEPTION '%: a whole number or "unlimited" is required', p_field USING ERRCODE = 'check_violation';
    END IF;
    n := v::text::numeric;
    IF n <> trunc(n) OR n < p_minimum OR n > 9000000000000000000 THEN
        RAISE EXCEPTION '%: % is not a whole number of at least %', p_field, v, p_minimum
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN n::bigint;
END $$;

-- Money from JSON: non-negative, at most two decimals (never rounded silently).
CREATE FUNCTION ts_money_value(p_changes jsonb, p_field text) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    v jsonb := p_changes -> p_field;
    n numeric;
BEGIN
    IF v IS NULL OR jsonb_typeof(v) NOT IN ('number', 'string') THEN
        RAISE EXCEPTION '%: an amount in USD is required', p_field USING ERRCODE = 'check_violation';
    END IF;
    BEGIN
        n := (v #>> '{}')::numeric;
    EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION '%: "%" is not an amount', p_field, v #>> '{}' USING ERRCODE = 'check_violation';
    END;
    IF n < 0 OR n <> round(n, 2) OR n >= 10000000000 THEN
        RAISE EXCEPTION '%: % must be at least 0 with at most 2 decimals', p_field, n USING ERRCODE = 'check_violation';
    END IF;
    RETURN n;
END $$;

-- The contract's plan fields as JSON, for audit records and diffs.
CREATE FUNCTION ts_plan_json(p plans) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('name', p.name, 'base_price', p.base_price, 'included_tokens', p.included_tokens,
                              'overage_per_1k', p.overage_per_1k, 'max_concurrent', p.max_concurrent,
                              'requests_per_minute', p.requests_per_minute, 'tokens_per_minute', p.tokens_per_minute,
                              'monthly_runs', p.monthly_runs, 'allowed_models', to_jsonb(p.allowed_models),
                              'version', p.version)
$$;

-- Change a plan. p_changes holds only the fields to change (the contract's names). Refused when the plan
-- is no longer at p_expected_version (someone else saved in between): nothing is overwritten.
CREATE FUNCTION plan_update(p_plan text, p_expected_version integer, p_changes jsonb, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_plan plans;
    after_plan plans;
    field text;
    unknown_model text;
    affected integer;
BEGIN
    PERFORM ts_require_reason(p_reason);
    IF NOT ts_may_edit('plans') THEN
        RAISE EXCEPTION 'your login may not change plans (platform_admin or finance can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO before_plan FROM plans WHERE id = p_plan FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'plan "%" does not exist', p_plan USING ERRCODE = 'no_data_found';
    END IF;
    IF before_plan.version <> p_expected_version THEN
        RAISE EXCEPTION 'plan "%" was changed by % at % (now version %, your edit started from version %): reload it and apply your edit again',
            p_plan, coalesce(before_plan.updated_by, 'someone'), before_plan.updated_at, before_plan.version, p_expected_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'object' OR p_changes = '{}'::jsonb THEN
        RAISE EXCEPTION 'nothing to change' USING ERRCODE = 'check_violation';
    END IF;
    FOR field IN SELECT jsonb_object_keys(p_changes) LOOP
        IF field NOT IN ('name', 'base_price', 'included_tokens', 'overage_per_1k', 'max_concurrent',
                         'requests_per_minute', 'tokens_per_minute', 'monthly_runs', 'allowed_models') THEN
            RAISE EXCEPTION 'unknown plan field "%"', field USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;

    after_plan := before_plan;
    IF p_changes ? 'name' THEN after_plan.name := p_changes ->> 'name'; END IF;
    IF p_changes ? 'base_price' THEN after_plan.base_price := ts_money_value(p_changes, 'base_price'); END IF;
    IF p_changes ? 'overage_per_1k' THEN after_plan.overage_per_1k := ts_money_value(p_changes, 'overage_per_1k'); END IF;
    IF p_changes ? 'included_tokens' THEN after_plan.included_tokens := ts_limit_value(p_changes, 'included_tokens', 0); END IF;
    IF p_changes ? 'max_concurrent' THEN after_plan.max_concurrent := ts_limit_value(p_changes, 'max_concurrent', 1); END IF;
    IF p_changes ? 'requests_per_minute' THEN
        after_plan.requests_per_minute := ts_limit_value(p_changes, 'requests_per_minute', 1);
    END IF;
    IF p_changes ? 'tokens_per_minute' THEN after_plan.tokens_per_minute := ts_limit_value(p_changes, 'tokens_per_minute', 1); END IF;
    IF p_changes ? 'monthly_runs' THEN after_plan.monthly_runs := ts_limit_value(p_changes, 'monthly_runs', 0); END IF;
    IF p_changes ? 'allowed_models' THEN
        IF jsonb_typeof(p_changes -> 'allowed_models') <> 'array' THEN
            RAISE EXCEPTION 'allowed_models: a list of model names is required' USING ERRCODE = 'check_violation';
        END IF;
        SELECT coalesce(array_agg(DISTINCT m ORDER BY m), '{}') INTO after_plan.allowed_models
        FROM jsonb_array_elements_text(p_changes -> 'allowed_models') m;
        SELECT m INTO unknown_model FROM unnest(after_plan.allowed_models) m
        WHERE NOT EXISTS (SELECT 1 FROM model_prices mp WHERE mp.model = m) LIMIT 1;
        IF unknown_model IS NOT NULL THEN
            RAISE EXCEPTION 'allowed_models: "%" is not in the price table', unknown_model
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;

    UPDATE plans SET name = after_plan.name, base_price = after_plan.base_price, included_tokens = after_plan.included_tokens,
                     overage_per_1k = after_plan.overage_per_1k, max_concurrent = after_plan.max_concurrent,
                     requests_per_minute = after_plan.requests_per_minute, tokens_per_minute = after_plan.tokens_per_minute,
                     monthly_runs = after_plan.monthly_runs, allowed_models = after_plan.allowed_models,
                     version = before_plan.version + 1, updated_at = now(), updated_by = session_user
    WHERE id = p_plan
    RETURNING * INTO after_plan;
    INSERT INTO limits_push_pending (tenant_id, cause)
    SELECT id, 'plan ' || p_plan || ' version ' || after_plan.version FROM tenants WHERE plan_id = p_plan
    ON CONFLICT (tenant_id) DO UPDATE SET since = now(), cause = excluded.cause;
    GET DIAGNOSTICS affected = ROW_COUNT;
    PERFORM audit_write(NULL, 'plan.update', 'plan', p_plan, ts_plan_json(before_plan), ts_plan_json(after_plan), p_reason);
    PERFORM pg_notify('ts_plan_changes', json_build_object('plan', p_plan, 'version', after_plan.version)::text);
    RETURN jsonb_build_object('plan', p_plan, 'version', after_plan.version, 'affected_tenants', affected);
END $$;

-- One tenant's override of its plan's limits, with a reason and an optional expiry. p_expected_version is
-- NULL when the editor saw no override; a concurrent change is refused like a plan's. Fields left out
-- (or null) follow the plan.
CREATE FUNCTION override_set(p_tenant uuid, p_expected_version integer, p_changes jsonb, p_expires_at timestamptz,
                             p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_override tenant_limit_overrides;
    after_override tenant_limit_overrides;
    field text;
BEGIN
    PERFORM ts_require_reason(p_reason);
    IF NOT ts_may_edit('overrides') THEN
        RAISE EXCEPTION 'your login may not change tenant limits (platform_admin or support can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM tenants WHERE id = p_tenant FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'tenant % does not exist', p_tenant USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO before_override FROM tenant_limit_overrides WHERE tenant_id = p_tenant FOR UPDATE;
    IF (before_override.tenant_id IS NULL) <> (p_expected_version IS NULL) OR before_override.version <> p_expected_version THEN
        RAISE EXCEPTION 'the override of tenant % was changed by % at % (now %): reload it and apply your edit again',
            p_tenant, coalesce(before_override.updated_by, 'someone'), coalesce(before_override.updated_at::text, 'just now'),
            CASE WHEN before_override.tenant_id IS NULL THEN 'removed' ELSE 'version ' || before_override.version END
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF p_expires_at IS NOT NULL AND p_expires_at <= now() THEN
        RAISE EXCEPTION 'expires_at: % is in the past', p_expires_at USING ERRCODE = 'check_violation';
    END IF;
    FOR field IN SELECT jsonb_object_keys(coalesce(p_changes, '{}'::jsonb)) LOOP
        IF field NOT IN ('included_tokens', 'max_concurrent', 'requests_per_minute', 'tokens_per_minute',
                         'monthly_runs') THEN
            RAISE EXCEPTION 'unknown override field "%"', field USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    INSERT INTO tenant_limit_overrides AS o (tenant_id, included_tokens, max_concurrent, requests_per_minute,
                                             tokens_per_minute, monthly_runs, reason, expires_at, version,
                                             updated_by, updated_at)
    VALUES (p_tenant, ts_limit_value(p_changes, 'included_tokens', 0), ts_limit_value(p_changes, 'max_concurrent', 1),
            ts_limit_value(p_changes, 'requests_per_minute', 1), ts_limit_value(p_changes, 'tokens_per_minute', 1),
            ts_limit_value(p_changes, 'monthly_runs', 0), p_reason, p_expires_at, 1, session_user, now())
    ON CONFLICT (tenant_id) DO UPDATE SET
        included_tokens = excluded.included_tokens, max_concurrent = excluded.max_concurrent,
        requests_per_minute = excluded.requests_per_minute, tokens_per_minute = excluded.tokens_per_minute,
        monthly_runs = excluded.monthly_runs, reason = excluded.reason, expires_at = excluded.expires_at,
        version = o.version + 1, updated_by = session_user, updated_at = now()
    RETURNING * INTO after_override;
    INSERT INTO limits_push_pending (tenant_id, cause) VALUES (p_tenant, 'override version ' || after_override.version)
    ON CONFLICT (tenant_id) DO UPDATE SET since = now(), cause = excluded.cause;
    PERFORM audit_write(p_tenant, 'override.set', 'tenant_limit_override', p_tenant::text,
                        CASE WHEN before_override.tenant_id IS NULL THEN NULL ELSE to_jsonb(before_override) - 'updated_at' END,
                        to_jsonb(after_override) - 'updated_at', p_reason);
    PERFORM pg_notify('ts_plan_changes', json_build_object('tenant', p_tenant, 'version', after_override.version)::text);
    RETURN jsonb_build_object('tenant', p_tenant, 'version', after_override.version);
END $$;

CREATE FUNCTION override_clear(p_tenant uuid, p_expected_version integer, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_override tenant_limit_overrides;
BEGIN
    PERFORM ts_require_reason(p_reason);
    IF NOT ts_may_edit('overrides') THEN
        RAISE EXCEPTION 'your login may not change tenant limits (platform_admin or support can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO before_override FROM tenant_limit_overrides WHERE tenant_id = p_tenant FOR UPDATE;
    IF NOT FOUND OR before_override.version <> p_expected_version THEN
        RAISE EXCEPTION 'the override of tenant % is not at version % any more: reload it', p_tenant, p_expected_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    DELETE FROM tenant_limit_overrides WHERE tenant_id = p_tenant;
    INSERT INTO limits_push_pending (tenant_id, cause) VALUES (p_tenant, 'override removed')
    ON CONFLICT (tenant_id) DO UPDATE SET since = now(), cause = excluded.cause;
    PERFORM audit_write(p_tenant, 'override.clear', 'tenant_limit_override', p_tenant::text,
                        to_jsonb(before_override) - 'updated_at', NULL, p_reason);
    PERFORM pg_notify('ts_plan_changes', json_build_object('tenant', p_tenant, 'version', NULL)::text);
    RETURN jsonb_build_object('tenant', p_tenant, 'cleared', true);
END $$;

-- After Redis holds the effective limits read at p_read_at: those tenants are up to date unless they
-- changed again after that read.
CREATE FUNCTION limits_push_done(p_tenants uuid[], p_read_at timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    done integer;
BEGIN
    IF NOT (ts_may_edit('plans') OR ts_may_edit('overrides')) THEN
        RAISE EXCEPTION 'your login may not push limits' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM limits_push_pending WHERE tenant_id = ANY (p_tenants) AND since <= p_read_at;
    GET DIAGNOSTICS done = ROW_COUNT;
    RETURN done;
END $$;

REVOKE ALL ON FUNCTION ts_may_edit(text), plan_update(text, integer, jsonb, text),
    override_set(uuid, integer, jsonb, timestamptz, text), override_clear(uuid, integer, text),
    limits_push_done(uuid[], timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION plan_update(text, integer, jsonb, text) TO platform_admin, finance;
GRANT EXECUTE ON FUNCTION override_set(uuid, integer, jsonb, timestamptz, text),
    override_clear(uuid, integer, text) TO platform_admin, support;
GRANT EXECUTE ON FUNCTION limits_push_done(uuid[], timestamptz) TO platform_admin, finance, support;
