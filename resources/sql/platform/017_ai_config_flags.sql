-- Platform contract v1.7: the AI configuration of every tenant, and feature flags, versioned and rolled back
-- in one step. Global defaults (tenant_id NULL) and per-tenant overrides (a field left NULL follows the
-- global default) are kept as an append-only history: the newest version of each is the one in force, and a
-- rollback writes a new version equal to an earlier one, so the history never loses a step. Every change goes
-- through an audited function that checks the version the editor started from (as plans do), and queues
-- the tenants whose effective configuration changed for a push to Redis (`ai_config:{tenant}`), visible to
-- everyone until the push is done.

CREATE TABLE ai_configs (
    tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE, -- NULL: the global defaults
    version integer NOT NULL CHECK (version >= 1),
    model text CHECK (length(model) BETWEEN 1 AND 100),
    fallback_model text CHECK (length(fallback_model) BETWEEN 1 AND 100),
    system_prompt text CHECK (length(system_prompt) <= 32000),
    prompt_version text CHECK (length(prompt_version) BETWEEN 1 AND 100),
    temperature numeric(3, 2) CHECK (temperature BETWEEN 0 AND 2),
    max_tokens integer CHECK (max_tokens BETWEEN 1 AND 1000000),
    rag boolean,
    rolled_back_to integer, -- the version this one restored, when it is a rollback
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user,
    reason text NOT NULL,
    UNIQUE NULLS NOT DISTINCT (tenant_id, version)
);
INSERT INTO ai_configs (tenant_id, version, reason) VALUES (NULL, 1, 'no global AI defaults set yet');

-- A flag's whole state per version; `feature_flags` is the one in force (the newest version).
CREATE TABLE feature_flags (
    key text PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    enabled boolean NOT NULL DEFAULT false,
    rollout text NOT NULL DEFAULT 'all' CHECK (rollout IN ('all', 'percentage', 'plans', 'tenants')),
    percentage integer NOT NULL DEFAULT 0 CHECK (percentage BETWEEN 0 AND 100),
    plans text[] NOT NULL DEFAULT '{}',
    tenants uuid[] NOT NULL DEFAULT '{}',
    version integer NOT NULL CHECK (version >= 1),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
CREATE TABLE feature_flag_versions (
    key text NOT NULL REFERENCES feature_flags (key) ON DELETE CASCADE,
    version integer NOT NULL,
    state jsonb NOT NULL, -- description, enabled, rollout, percentage, plans, tenants
    rolled_back_to integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user,
    reason text NOT NULL,
    PRIMARY KEY (key, version)
);

-- Tenants whose `ai_config:{tenant}` in Redis is older than PostgreSQL (as limits_push_pending is for limits).
CREATE TABLE ai_config_push_pending (
    tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    since timestamptz NOT NULL DEFAULT now(),
    cause text NOT NULL
);

ALTER TABLE ai_configs ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON ai_configs FOR SELECT TO platform_admin, support, finance USING (true);
-- A tenant admin reads its own tenant's history and the global defaults it inherits.
CREATE POLICY tenant_admin_own ON ai_configs FOR SELECT TO tenant_admin
    USING (tenant_id IS NULL OR tenant_id = ANY (ts_member_tenants()));
ALTER TABLE ai_config_push_pending ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON ai_config_push_pending FOR SELECT TO platform_admin, support, finance USING (true);
CREATE POLICY tenant_admin_own ON ai_config_push_pending FOR SELECT TO tenant_admin
    USING (tenant_id = ANY (ts_member_tenants()));
-- Flags name tenants in their lists: staff only. A tenant admin sees its own flags through ai_effective_config.
GRANT SELECT ON ai_configs, ai_config_push_pending TO platform_admin, support, finance, tenant_admin;
GRANT SELECT ON feature_flags, feature_flag_versions TO platform_admin, support, finance;

-- A tenant's place (0-99) in a flag's percentage rollout: stable for the tenant and the flag, independent
-- between flags, so raising a percentage only adds tenants.
CREATE FUNCTION ts_flag_bucket(p_flag text, p_tenant uuid) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (('x' || substr(md5(p_flag || ':' || p_tenant::text), 1, 8))::bit(32)::bigint % 100)::integer
$$;

CREATE FUNCTION ts_flag_on(f feature_flags, p_tenant uuid, p_plan text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT f.enabled AND CASE f.rollout
        WHEN 'all' THEN true
        WHEN 'percentage' THEN ts_flag_bucket(f.key, p_tenant) < f.percentage
        WHEN 'plans' THEN p_plan = ANY (f.plans)
        WHEN 'tenants' THEN p_tenant = ANY (f.tenants)
        ELSE false END
$$;

CREATE FUNCTION ts_flag_state(f feature_flags) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('description', f.description, 'enabled', f.enabled, 'rollout', f.rollout,
                              'percentage', f.percentage, 'plans', to_jsonb(f.plans), 'tenants', to_jsonb(f.tenants))
$$;

CREATE FUNCTION ts_ai_config_json(c ai_configs) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('model', c.model, 'fallback_model', c.fallback_model, 'system_prompt', c.system_prompt,
                              'prompt_version', c.prompt_version, 'temperature', c.temperature,
                              'max_tokens', c.max_tokens, 'rag', c.rag, 'version', c.version)
$$;

-- The effective configuration of the given tenants, in one pass: each field from the tenant's newest version
-- when set there, else from the newest global version; every flag evaluated for the tenant.
CREATE FUNCTION ts_ai_effective(p_tenants uuid[]) RETURNS TABLE (tenant_id uuid, config jsonb)
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    WITH g AS (SELECT * FROM ai_configs WHERE ai_configs.tenant_id IS NULL ORDER BY version DESC LIMIT 1),
         t AS (SELECT DISTINCT ON (c.tenant_id) * FROM ai_configs c
               WHERE c.tenant_id = ANY (p_tenants) ORDER BY c.tenant_id, c.version DESC),
         f AS (SELECT array_agg(ff ORDER BY ff.key) AS all_flags FROM feature_flags ff)
    SELECT tn.id,
           jsonb_build_object(
               'tenant', tn.id,
               'model', coalesce(t.model, g.model),
               'fallback_model', coalesce(t.fallback_model, g.fallback_model),
               'system_prompt', coalesce(t.system_prompt, g.system_prompt),
               'prompt_version', coalesce(t.prompt_version, g.prompt_version),
               'temperature', coalesce(t.temperature, g.temperature),
               'max_tokens', coalesce(t.max_tokens, g.max_tokens),
               'rag', coalesce(t.rag, g.rag),
               'global_version', g.version,
               'tenant_version', t.version,
               'flags', coalesce((SELECT jsonb_object_agg(x.key, ts_flag_on(x, tn.id, tn.plan_id))
                                  FROM unnest(f.all_flags) x), '{}'::jsonb))
    FROM tenants tn
    CROSS JOIN f
    LEFT JOIN g ON true -- none when a data reset emptied the history
    LEFT JOIN t ON t.tenant_id = tn.id
    WHERE tn.id = ANY (p_tenants)
$$;

-- One tenant's effective configuration: staff for any tenant, a tenant admin for its own.
CREATE FUNCTION ai_effective_config(p_tenant uuid) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    IF NOT ts_is_staff() AND NOT (p_tenant = ANY (ts_member_tenants())) THEN
        RAISE EXCEPTION 'not permitted: your login may not see tenant %', p_tenant USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT e.config INTO result FROM ts_ai_effective(ARRAY[p_tenant]) e;
    IF result IS NULL THEN
        RAISE EXCEPTION 'tenant % does not exist', p_tenant USING ERRCODE = 'no_data_found';
    END IF;
    RETURN result;
END $$;

-- Every flag as it is now, with how many tenants it is on for (staff: flags name tenants in their lists).
CREATE FUNCTION feature_flags_overview() RETURNS TABLE (key text, description text, enabled boolean, rollout text,
                                                        percentage integer, plans text[], tenants uuid[],
                                                        version integer, updated_at timestamptz, updated_by text,
                                                        tenants_on bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'not permitted: feature flags are for platform staff' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT f.key, f.description, f.enabled, f.rollout, f.percentage, f.plans, f.tenants, f.version,
                        f.updated_at, f.updated_by,
                        (SELECT count(*) FROM tenants t WHERE ts_flag_on(f, t.id, t.plan_id))
                 FROM feature_flags f ORDER BY f.key;
END $$;

-- What Redis must hold for the tenants still pending (the pusher's read), with the time it was read.
CREATE FUNCTION ai_config_pending(p_limit integer) RETURNS TABLE (tenant_id uuid, config jsonb, read_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (ts_may_edit('overrides')) THEN
        RAISE EXCEPTION 'your login may not push AI configuration (platform_admin or support can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT e.tenant_id, e.config, clock_timestamp()
    FROM ts_ai_effective(ARRAY(SELECT p.tenant_id FROM ai_config_push_pending p ORDER BY p.since, p.tenant_id
                               LIMIT greatest(p_limit, 1))) e;
END $$;

CREATE FUNCTION ai_config_push_done(p_tenants uuid[], p_read_at timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    done integer;
BEGIN
    IF NOT ts_may_edit('overrides') THEN
        RAISE EXCEPTION 'your login may not push AI configuration (platform_admin or support can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM ai_config_push_pending WHERE tenant_id = ANY (p_tenants) AND since <= p_read_at;
    GET DIAGNOSTICS done = ROW_COUNT;
    RETURN done;
END $$;

-- A model must be in the price table (what the platform can bill).
CREATE FUNCTION ts_require_known_model(p_field text, p_model text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_model IS NOT NULL AND NOT EXISTS (SELECT 1 FROM model_prices WHERE model = p_model) THEN
        RAISE EXCEPTION '%: "%" is not in the price table', p_field, p_model USING ERRCODE = 'check_violation';
    END IF;
END $$;

-- Writes version n+1 of the global defaults (p_tenant NULL) or of a tenant's overrides, queues the tenants
-- whose effective configuration changed, audits and announces it. Shared by set and rollback.
CREATE FUNCTION ts_ai_config_write(p_tenant uuid, p_expected_version integer, p_new ai_configs, p_action text,
                                   p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_config ai_configs;
    after_config ai_configs;
    affected integer;
    subject text := coalesce(p_tenant::text, 'global');
BEGIN
    PERFORM ts_require_reason(p_reason);
    IF p_tenant IS NULL AND NOT pg_has_role(session_user, 'platform_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'your login may not change the global AI configuration (platform_admin can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_tenant IS NOT NULL AND NOT ts_may_edit('overrides') THEN
        RAISE EXCEPTION 'your login may not change a tenant''s AI configuration (platform_admin or support can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_tenant IS NOT NULL THEN
        PERFORM 1 FROM tenants WHERE id = p_tenant FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'tenant % does not exist', p_tenant USING ERRCODE = 'no_data_found';
        END IF;
    END IF;
    -- One writer per subject at a time: the newest version is read under this lock.
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.ai_config'), hashtext(subject));
    SELECT * INTO before_config FROM ai_configs c WHERE c.tenant_id IS NOT DISTINCT FROM p_tenant
    ORDER BY c.version DESC LIMIT 1;
    IF coalesce(before_config.version, 0) IS DISTINCT FROM coalesce(p_expected_version, 0) THEN
        RAISE EXCEPTION 'the AI configuration of % was changed by % at % (now version %, your edit started from version %): reload it and apply your edit again',
            CASE WHEN p_tenant IS NULL THEN 'the platform' ELSE 'tenant ' || p_tenant END,
            coalesce(before_config.created_by, 'someone'), coalesce(before_config.created_at::text, 'just now'),
            coalesce(before_config.version, 0), coalesce(p_expected_version, 0)
            USING ERRCODE = 'serialization_failure';
    END IF;
    PERFORM ts_require_known_model('model', p_new.model);
    PERFORM ts_require_known_model('fallback_model', p_new.fallback_model);

    INSERT INTO ai_configs (tenant_id, version, model, fallback_model, system_prompt, prompt_version, temperature,
                            max_tokens, rag, rolled_back_to, reason)
    VALUES (p_tenant, coalesce(before_config.version, 0) + 1, p_new.model, p_new.fallback_model, p_new.system_prompt,
            p_new.prompt_version, p_new.temperature, p_new.max_tokens, p_new.rag, p_new.rolled_back_to, p_reason)
    RETURNING * INTO after_config;

    -- Queued: the tenants for whom some effective field differs (a global change reaches only the tenants
    -- that do not set that field themselves).
    INSERT INTO ai_config_push_pending (tenant_id, cause)
    SELECT tn.id, p_action || ' of ' || subject || ', version ' || after_config.version
    FROM tenants tn
    LEFT JOIN LATERAL (SELECT * FROM ai_configs c WHERE c.tenant_id = tn.id ORDER BY c.version DESC LIMIT 1) t ON true
    WHERE (p_tenant IS NULL OR tn.id = p_tenant)
      AND CASE WHEN p_tenant IS NULL THEN
               (coalesce(t.model, before_config.model) IS DISTINCT FROM coalesce(t.model, after_config.model)
                OR coalesce(t.fallback_model, before_config.fallback_model)
                   IS DISTINCT FROM coalesce(t.fallback_model, after_config.fallback_model)
                OR coalesce(t.system_prompt, before_config.system_prompt)
                   IS DISTINCT FROM coalesce(t.system_prompt, after_config.system_prompt)
                OR coalesce(t.prompt_version, before_config.prompt_version)
                   IS DISTINCT FROM coalesce(t.prompt_version, after_config.prompt_version)
                OR coalesce(t.temperature, before_config.temperature)
                   IS DISTINCT FROM coalesce(t.temperature, after_config.temperature)
                OR coalesce(t.max_tokens, before_config.max_tokens)
                   IS DISTINCT FROM coalesce(t.max_tokens, after_config.max_tokens)
                OR coalesce(t.rag, before_config.rag) IS DISTINCT FROM coalesce(t.rag, after_config.rag))
          ELSE true END
    ON CONFLICT (tenant_id) DO UPDATE SET since = now(), cause = excluded.cause;
    GET DIAGNOSTICS affected = ROW_COUNT;

    PERFORM audit_write(p_tenant, p_action, 'ai_config', subject,
                        CASE WHEN before_config.version IS NULL THEN NULL ELSE ts_ai_config_json(before_config) END,
                        ts_ai_config_json(after_config), p_reason);
    PERFORM pg_notify('ts_ai_config_changes',
                      json_build_object('subject', subject, 'version', after_config.version, 'affected', affected)::text);
    RETURN jsonb_build_object('subject', subject, 'version', after_config.version, 'affected_tenants', affected);
END $$;

-- Set the global defaults (p_tenant NULL) or a tenant's overrides: p_config holds every field of the new
-- version (a field missing or null: not set, so a tenant follows the global default for it).
CREATE FUNCTION ai_config_set(p_tenant uuid, p_expected_version integer, p_config jsonb, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    c ai_configs;
    field text;
    v jsonb;
BEGIN
    IF p_config IS NULL OR jsonb_typeof(p_config) <> 'object' THEN
        RAISE EXCEPTION 'the configuration must be a JSON object' USING ERRCODE = 'check_violation';
    END IF;
    FOR field IN SELECT jsonb_object_keys(p_config) LOOP
        IF field NOT IN ('model', 'fallback_model', 'system_prompt', 'prompt_version', 'temperature', 'max_tokens', 'rag') THEN
            RAISE EXCEPTION 'unknown AI configuration field "%"', field USING ERRCODE = 'check_violation';
        END IF;
        v := p_config -> field;
        CONTINUE WHEN v = 'null'::jsonb;
        IF field IN ('model', 'fallback_model', 'system_prompt', 'prompt_version') AND jsonb_typeof(v) <> 'string' THEN
            RAISE EXCEPTION '%: text is required', field USING ERRCODE = 'check_violation';
        ELSIF field IN ('temperature', 'max_tokens') AND jsonb_typeof(v) <> 'number' THEN
            RAISE EXCEPTION '%: a number is required', field USING ERRCODE = 'check_violation';
        ELSIF field = 'rag' AND jsonb_typeof(v) <> 'boolean' THEN
            RAISE EXCEPTION 'rag: true or false is required' USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    c.model := nullif(btrim(p_config ->> 'model'), '');
    c.fallback_model := nullif(btrim(p_config ->> 'fallback_model'), '');
    c.system_prompt := p_config ->> 'system_prompt';
    IF length(c.system_prompt) > 32000 THEN
        RAISE EXCEPTION 'system_prompt: % characters, at most 32000', length(c.system_prompt) USING ERRCODE = 'check_violation';
    END IF;
    c.prompt_version := nullif(btrim(p_config ->> 'prompt_version'), '');
    IF length(c.prompt_version) > 100 THEN
        RAISE EXCEPTION 'prompt_version: at most 100 characters' USING ERRCODE = 'check_violation';
    END IF;
    IF p_config ? 'temperature' AND p_config -> 'temperature' <> 'null'::jsonb THEN
        IF (p_config ->> 'temperature')::numeric NOT BETWEEN 0 AND 2
           OR (p_config ->> 'temperature')::numeric <> round((p_config ->> 'temperature')::numeric, 2) THEN
            RAISE EXCEPTION 'temperature: % is not between 0 and 2 (two decimals at most)', p_config ->> 'temperature'
                USING ERRCODE = 'check_violation';
        END IF;
        c.temperature := (p_config ->> 'temperature')::numeric;
    END IF;
    IF p_config ? 'max_tokens' AND p_config -> 'max_tokens' <> 'null'::jsonb THEN
        IF (p_config ->> 'max_tokens')::numeric NOT BETWEEN 1 AND 1000000
           OR (p_config ->> 'max_tokens')::numeric <> trunc((p_config ->> 'max_tokens')::numeric) THEN
            RAISE EXCEPTION 'max_tokens: % is not a whole number from 1 to 1000000', p_config ->> 'max_tokens'
                USING ERRCODE = 'check_violation';
        END IF;
        c.max_tokens := (p_config ->> 'max_tokens')::integer;
    END IF;
    IF p_config ? 'rag' AND p_config -> 'rag' <> 'null'::jsonb THEN
        c.rag := (p_config ->> 'rag')::boolean;
    END IF;
    RETURN ts_ai_config_write(p_tenant, p_expected_version, c, 'ai_config.set', p_reason);
END $$;

-- Back to an earlier version: a new version with exactly its fields.
CREATE FUNCTION ai_config_rollback(p_tenant uuid, p_to_version integer, p_expected_version integer, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    earlier ai_configs;
BEGIN
    SELECT * INTO earlier FROM ai_configs c WHERE c.tenant_id IS NOT DISTINCT FROM p_tenant AND c.version = p_to_version;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the AI configuration of % has no version %',
            CASE WHEN p_tenant IS NULL THEN 'the platform' ELSE 'tenant ' || p_tenant END, p_to_version
            USING ERRCODE = 'no_data_found';
    END IF;
    earlier.rolled_back_to := p_to_version;
    RETURN ts_ai_config_write(p_tenant, p_expected_version, earlier, 'ai_config.rollback', p_reason);
END $$;

-- Writes a flag's new state as version n+1 and queues the tenants for whom its value changed.
CREATE FUNCTION ts_flag_write(p_key text, p_expected_version integer, p_state feature_flags, p_rolled_back_to integer,
                              p_action text, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_flag feature_flags;
    after_flag feature_flags;
    affected integer;
    missing text;
BEGIN
    PERFORM ts_require_reason(p_reason);
    IF NOT pg_has_role(session_user, 'platform_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'your login may not change feature flags (platform_admin can)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_key IS NULL OR p_key !~ '^[a-z0-9][a-z0-9_.-]{0,63}$' THEN
        RAISE EXCEPTION 'flag key "%": lower-case letters, digits, ".", "_" and "-", at most 64', p_key
            USING ERRCODE = 'check_violation';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('tenantscope.flags'), hashtext(p_key));
    SELECT * INTO before_flag FROM feature_flags WHERE key = p_key FOR UPDATE;
    IF coalesce(before_flag.version, 0) IS DISTINCT FROM coalesce(p_expected_version, 0) THEN
        RAISE EXCEPTION 'flag "%" was changed by % at % (now %, your edit started from %): reload it and apply your edit again',
            p_key, coalesce(before_flag.updated_by, 'someone'), coalesce(before_flag.updated_at::text, 'just now'),
            CASE WHEN before_flag.key IS NULL THEN 'absent' ELSE 'version ' || before_flag.version END,
            CASE WHEN p_expected_version IS NULL THEN 'no flag' ELSE 'version ' || p_expected_version END
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF p_state.percentage NOT BETWEEN 0 AND 100 THEN
        RAISE EXCEPTION 'percentage: % is not between 0 and 100', p_state.percentage USING ERRCODE = 'check_violation';
    END IF;
    SELECT p INTO missing FROM unnest(p_state.plans) p WHERE NOT EXISTS (SELECT 1 FROM plans WHERE id = p) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'plans: "%" is not a plan', missing USING ERRCODE = 'check_violation';
    END IF;
    SELECT t::text INTO missing FROM unnest(p_state.tenants) t WHERE NOT EXISTS (SELECT 1 FROM tenants WHERE id = t) LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'tenants: % is not a tenant', missing USING ERRCODE = 'check_violation';
    END IF;

    INSERT INTO feature_flags AS f (key, description, enabled, rollout, percentage, plans, tenants, version)
    VALUES (p_key, coalesce(p_state.description, ''), coalesce(p_state.enabled, false), coalesce(p_state.rollout, 'all'),
            coalesce(p_state.percentage, 0), coalesce(p_state.plans, '{}'), coalesce(p_state.tenants, '{}'), 1)
    ON CONFLICT (key) DO UPDATE SET description = excluded.description, enabled = excluded.enabled,
        rollout = excluded.rollout, percentage = excluded.percentage, plans = excluded.plans, tenants = excluded.tenants,
        version = f.version + 1, updated_at = now(), updated_by = session_user
    RETURNING * INTO after_flag;
    INSERT INTO feature_flag_versions (key, version, state, rolled_back_to, reason)
    VALUES (p_key, after_flag.version, ts_flag_state(after_flag), p_rolled_back_to, p_reason);

    INSERT INTO ai_config_push_pending (tenant_id, cause)
    SELECT tn.id, p_action || ' of flag ' || p_key || ', version ' || after_flag.version
    FROM tenants tn
    WHERE (before_flag.key IS NOT NULL AND ts_flag_on(before_flag, tn.id, tn.plan_id))
          IS DISTINCT FROM ts_flag_on(after_flag, tn.id, tn.plan_id)
      AND NOT (before_flag.key IS NULL AND NOT ts_flag_on(after_flag, tn.id, tn.plan_id))
    ON CONFLICT (tenant_id) DO UPDATE SET since = now(), cause = excluded.cause;
    GET DIAGNOSTICS affected = ROW_COUNT;
    -- A new flag appears in every tenant's configuration (off where it does not apply): queue them all.
    IF before_flag.key IS NULL THEN
        INSERT INTO ai_config_push_pending (tenant_id, cause)
        SELECT tn.id, 'new flag ' || p_key FROM tenants tn
        ON CONFLICT (tenant_id) DO NOTHING;
    END IF;

    PERFORM audit_write(NULL, p_action, 'feature_flag', p_key,
                        CASE WHEN before_flag.key IS NULL THEN NULL
                             ELSE ts_flag_state(before_flag) || jsonb_build_object('version', before_flag.version) END,
                        ts_flag_state(after_flag) || jsonb_build_object('version', after_flag.version), p_reason);
    PERFORM pg_notify('ts_ai_config_changes',
                      json_build_object('flag', p_key, 'version', after_flag.version, 'affected', affected)::text);
    RETURN jsonb_build_object('flag', p_key, 'version', after_flag.version, 'affected_tenants', affected);
END $$;

-- Create (p_expected_version NULL) or change a flag. p_changes holds the fields to change: description,
-- enabled, rollout ("all", "percentage", "plans", "tenants"), percentage (0-100), plans, tenants.
CREATE FUNCTION flag_set(p_key text, p_expected_version integer, p_changes jsonb, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    f feature_flags;
    field text;
    v jsonb;
    n numeric;
BEGIN
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'object' OR p_changes = '{}'::jsonb THEN
        RAISE EXCEPTION 'nothing to change' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO f FROM feature_flags WHERE key = p_key;
    FOR field IN SELECT jsonb_object_keys(p_changes) LOOP
        v := p_changes -> field;
        CASE field
        WHEN 'description' THEN
            IF jsonb_typeof(v) <> 'string' OR length(v #>> '{}') > 500 THEN
                RAISE EXCEPTION 'description: text of at most 500 characters' USING ERRCODE = 'check_violation';
            END IF;
            f.description := v #>> '{}';
        WHEN 'enabled' THEN
            IF jsonb_typeof(v) <> 'boolean' THEN
                RAISE EXCEPTION 'enabled: true or false is required' USING ERRCODE = 'check_violation';
            END IF;
            f.enabled := v::text::boolean;
        WHEN 'rollout' THEN
            IF jsonb_typeof(v) <> 'string' OR v #>> '{}' NOT IN ('all', 'percentage', 'plans', 'tenants') THEN
                RAISE EXCEPTION 'rollout: "all", "percentage", "plans" or "tenants"' USING ERRCODE = 'check_violation';
            END IF;
            f.rollout := v #>> '{}';
        WHEN 'percentage' THEN
            IF jsonb_typeof(v) <> 'number' THEN
                RAISE EXCEPTION 'percentage: a whole number from 0 to 100 is required' USING ERRCODE = 'check_violation';
            END IF;
            n := v::text::numeric;
            IF n NOT BETWEEN 0 AND 100 OR n <> trunc(n) THEN
                RAISE EXCEPTION 'percentage: % is not a whole number from 0 to 100', n USING ERRCODE = 'check_violation';
            END IF;
            f.percentage := n::integer;
        WHEN 'plans' THEN
            IF jsonb_typeof(v) <> 'array' THEN
                RAISE EXCEPTION 'plans: a list of plan ids is required' USING ERRCODE = 'check_violation';
            END IF;
            SELECT coalesce(array_agg(DISTINCT p ORDER BY p), '{}') INTO f.plans FROM jsonb_array_elements_text(v) p;
        WHEN 'tenants' THEN
            IF jsonb_typeof(v) <> 'array' THEN
                RAISE EXCEPTION 'tenants: a list of tenant ids is required' USING ERRCODE = 'check_violation';
            END IF;
            BEGIN
                SELECT coalesce(array_agg(DISTINCT t::uuid ORDER BY t::uuid), '{}') INTO f.tenants
                FROM jsonb_array_elements_text(v) t;
            EXCEPTION WHEN invalid_text_representation THEN
                RAISE EXCEPTION 'tenants: every entry must be a tenant id (a UUID)' USING ERRCODE = 'check_violation';
            END;
        ELSE
            RAISE EXCEPTION 'unknown flag field "%"', field USING ERRCODE = 'check_violation';
        END CASE;
    END LOOP;
    RETURN ts_flag_write(p_key, p_expected_version, f, NULL, CASE WHEN p_expected_version IS NULL THEN 'flag.create'
                                                               ELSE 'flag.set' END, p_reason);
END $$;

CREATE FUNCTION flag_rollback(p_key text, p_to_version integer, p_expected_version integer, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    earlier jsonb;
    f feature_flags;
BEGIN
    SELECT state INTO earlier FROM feature_flag_versions WHERE key = p_key AND version = p_to_version;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'flag "%" has no version %', p_key, p_to_version USING ERRCODE = 'no_data_found';
    END IF;
    f.description := earlier ->> 'description';
    f.enabled := (earlier ->> 'enabled')::boolean;
    f.rollout := earlier ->> 'rollout';
    f.percentage := (earlier ->> 'percentage')::integer;
    f.plans := ARRAY(SELECT jsonb_array_elements_text(earlier -> 'plans'));
    f.tenants := ARRAY(SELECT jsonb_array_elements_text(earlier -> 'tenants')::uuid);
    RETURN ts_flag_write(p_key, p_expected_version, f, p_to_version, 'flag.rollback', p_reason);
END $$;

REVOKE ALL ON FUNCTION feature_flags_overview(), ts_flag_bucket(text, uuid), ts_flag_on(feature_flags, uuid, text), ts_flag_state(feature_flags),
    ts_ai_config_json(ai_configs), ts_ai_effective(uuid[]), ai_effective_config(uuid), ai_config_pending(integer),
    ai_config_push_done(uuid[], timestamptz), ts_require_known_model(text, text),
    ts_ai_config_write(uuid, integer, ai_configs, text, text), ai_config_set(uuid, integer, jsonb, text),
    ai_config_rollback(uuid, integer, integer, text),
    ts_flag_write(text, integer, feature_flags, integer, text, text), flag_set(text, integer, jsonb, text),
    flag_rollback(text, integer, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ai_effective_config(uuid) TO platform_admin, support, finance, tenant_admin;
GRANT EXECUTE ON FUNCTION feature_flags_overview() TO platform_admin, support, finance;
GRANT EXECUTE ON FUNCTION ai_config_set(uuid, integer, jsonb, text), ai_config_rollback(uuid, integer, integer, text),
    ai_config_pending(integer), ai_config_push_done(uuid[], timestamptz) TO platform_admin, support;
GRANT EXECUTE ON FUNCTION flag_set(text, integer, jsonb, text), flag_rollback(text, integer, integer, text)
    TO platform_admin;
