-- Platform contract v1, part 5: roles, grants and row-level security. The server decides who sees what;
-- TenantScope's own filters are a convenience on top, never the guard.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['platform_admin', 'support', 'finance', 'tenant_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$;

-- The tenants the current login administers (tenant_admin). SECURITY DEFINER so the policy below can
-- read tenant_members without recursion; session_user is the login, whatever role is set.
CREATE FUNCTION ts_member_tenants() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(tenant_id), '{}') FROM tenant_members WHERE db_role = session_user
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON FUNCTION ts_member_tenants(), audit_write(uuid, text, text, text, jsonb, jsonb, text),
    refresh_usage_rollups(date, date), ensure_usage_partitions(date, date) FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO platform_admin, support, finance, tenant_admin;
GRANT EXECUTE ON FUNCTION ts_member_tenants(), audit_write(uuid, text, text, text, jsonb, jsonb, text)
    TO platform_admin, support, finance, tenant_admin;
GRANT EXECUTE ON FUNCTION refresh_usage_rollups(date, date), ensure_usage_partitions(date, date) TO platform_admin;

-- Reference data every role reads.
GRANT SELECT ON plans, model_prices, platform_settings TO platform_admin, support, finance, tenant_admin;
GRANT INSERT, UPDATE ON plans, model_prices, platform_settings TO platform_admin;

-- platform_admin: everything, through row-level security's staff policy; the audit log only by audit_write.
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, tenant_limit_overrides, tenant_members, usage_events,
    usage_daily, usage_monthly, workflows, executions, execution_nodes, quota_alerts, sealed_provider_keys
    TO platform_admin;
GRANT SELECT ON audit_log, tenant_effective_limits TO platform_admin;

-- support: reads every tenant's operational data, not the sealed key material.
GRANT SELECT ON tenants, tenant_limit_overrides, tenant_members, usage_events, usage_daily, usage_monthly,
    workflows, executions, execution_nodes, quota_alerts, audit_log, tenant_effective_limits TO support;
GRANT SELECT (id, tenant_id, provider, label, last4, sealing_key_id, created_at, created_by, revoked_at)
    ON sealed_provider_keys TO support;

-- finance: money and usage, not workflow contents (prompts and outputs are customer data) nor keys.
GRANT SELECT ON tenants, tenant_limit_overrides, usage_events, usage_daily, usage_monthly, quota_alerts,
    audit_log, tenant_effective_limits TO finance;

-- tenant_admin: its own tenants' rows only (policies below), key metadata but never the sealed blob.
GRANT SELECT ON tenants, tenant_limit_overrides, tenant_members, usage_events, usage_daily, usage_monthly,
    workflows, executions, execution_nodes, quota_alerts, audit_log, tenant_effective_limits TO tenant_admin;
GRANT SELECT (id, tenant_id, provider, label, last4, sealing_key_id, created_at, created_by, revoked_at)
    ON sealed_provider_keys TO tenant_admin;

-- Row-level security on every tenant-scoped table: staff roles see all rows, a tenant_admin only its own.
DO $$
DECLARE
    t text;
    col text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenants', 'tenant_limit_overrides', 'tenant_members', 'usage_events', 'usage_daily',
                             'usage_monthly', 'workflows', 'executions', 'execution_nodes', 'quota_alerts',
                             'audit_log', 'sealed_provider_keys'] LOOP
        col := CASE WHEN t = 'tenants' THEN 'id' ELSE 'tenant_id' END;
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY staff_all ON %I TO platform_admin, support, finance USING (true)', t);
        EXECUTE format('CREATE POLICY tenant_admin_own ON %I FOR SELECT TO tenant_admin USING (%I = ANY (ts_member_tenants()))', t, col);
    END LOOP;
END $$;
