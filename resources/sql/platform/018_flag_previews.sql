-- Platform contract v1.8: what a flag or AI configuration change would do, asked before it is saved, and
-- the tenants each flag is on for (the flags page's list and the OpenFeature flagd export). Reads only; the
-- changes themselves stay the audited functions of migration 017. Staff only: flags name tenants.

-- The tenants a flag is on for now, a page at a time (ordered by name), with how many there are in all.
CREATE FUNCTION feature_flag_tenants(p_key text, p_limit integer, p_offset integer)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    f feature_flags;
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'not permitted: feature flags are for platform staff' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO f FROM feature_flags WHERE key = p_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no flag "%"', p_key USING ERRCODE = 'no_data_found';
    END IF;
    RETURN QUERY SELECT t.id, t.name, t.plan_id, count(*) OVER ()
    FROM tenants t WHERE ts_flag_on(f, t.id, t.plan_id)
    ORDER BY lower(t.name), t.id
    LIMIT least(greatest(p_limit, 1), 10000) OFFSET greatest(p_offset, 0);
END $$;

-- Before a flag is saved: the tenants whose value would change if the flag took `p_state` (fields not in it
-- keep their value now; a flag that does not exist yet is off for everyone before), with the count of all.
CREATE FUNCTION feature_flag_preview(p_key text, p_state jsonb, p_limit integer)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, on_before boolean, on_after boolean, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_flag feature_flags;
    after_flag feature_flags;
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'not permitted: feature flags are for platform staff' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_state IS NULL OR jsonb_typeof(p_state) <> 'object' THEN
        RAISE EXCEPTION 'the flag''s state must be a JSON object' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO before_flag FROM feature_flags WHERE key = p_key;
    after_flag := jsonb_populate_record(before_flag, p_state - 'key' - 'version');
    after_flag.key := p_key;
    RETURN QUERY WITH changed AS (
        SELECT t.id, t.name, t.plan_id,
               coalesce(before_flag.key IS NOT NULL AND ts_flag_on(before_flag, t.id, t.plan_id), false) AS was_on,
               coalesce(ts_flag_on(after_flag, t.id, t.plan_id), false) AS is_on
        FROM tenants t)
    SELECT c.id, c.name, c.plan_id, c.was_on, c.is_on, count(*) OVER ()
    FROM changed c WHERE c.was_on <> c.is_on
    ORDER BY lower(c.name), c.id
    LIMIT least(greatest(p_limit, 1), 10000);
END $$;

-- Before an AI configuration change of the platform (p_tenant NULL) or of one tenant is saved: the tenants
-- whose effective configuration it reaches, given the fields it changes (a global change passes over a
-- tenant that sets all of those fields itself), with the count of all.
CREATE FUNCTION ai_config_preview(p_tenant uuid, p_fields text[], p_limit integer)
RETURNS TABLE (tenant_id uuid, name text, plan_id text, total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'not permitted: AI configuration changes are for platform staff'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_fields) f WHERE f NOT IN ('model', 'fallback_model', 'system_prompt',
                                                                'prompt_version', 'temperature', 'max_tokens', 'rag')) THEN
        RAISE EXCEPTION 'unknown AI configuration field in %', p_fields USING ERRCODE = 'check_violation';
    END IF;
    RETURN QUERY SELECT tn.id, tn.name, tn.plan_id, count(*) OVER ()
    FROM tenants tn
    LEFT JOIN LATERAL (SELECT to_jsonb(c) AS j FROM ai_configs c WHERE c.tenant_id = tn.id
                       ORDER BY c.version DESC LIMIT 1) t ON true
    WHERE (p_tenant IS NULL OR tn.id = p_tenant)
      AND (p_tenant IS NOT NULL OR EXISTS (SELECT 1 FROM unnest(p_fields) f
                                           WHERE coalesce(t.j -> f, 'null'::jsonb) = 'null'::jsonb))
      AND coalesce(array_length(p_fields, 1), 0) > 0
    ORDER BY lower(tn.name), tn.id
    LIMIT least(greatest(p_limit, 1), 10000);
END $$;

-- Every flag with the tenants it is on for now, evaluated: what an OpenFeature flagd export serves, so a
-- platform's flagd answers exactly as ai_effective_config does (flagd's own fractional split hashes
-- differently, so a percentage is exported as the tenants it selects).
CREATE FUNCTION feature_flags_evaluated() RETURNS TABLE (key text, description text, enabled boolean, rollout text,
                                                         version integer, tenants_on uuid[], tenants_total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'not permitted: feature flags are for platform staff' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT f.key, f.description, f.enabled, f.rollout, f.version,
                        coalesce((SELECT array_agg(t.id ORDER BY t.id) FROM tenants t
                                  WHERE ts_flag_on(f, t.id, t.plan_id)), '{}'),
                        (SELECT count(*) FROM tenants)
                 FROM feature_flags f ORDER BY f.key;
END $$;

REVOKE ALL ON FUNCTION feature_flag_tenants(text, integer, integer), feature_flag_preview(text, jsonb, integer),
    ai_config_preview(uuid, text[], integer), feature_flags_evaluated() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION feature_flag_tenants(text, integer, integer), feature_flags_evaluated()
    TO platform_admin, support, finance;
-- Previews are for the roles that may make the change.
GRANT EXECUTE ON FUNCTION feature_flag_preview(text, jsonb, integer) TO platform_admin;
GRANT EXECUTE ON FUNCTION ai_config_preview(uuid, text[], integer) TO platform_admin, support;
