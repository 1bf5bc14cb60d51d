-- Platform contract v1, part 11: least privilege, proved by trying (docs/security.md).
--   * No role of ours creates objects where the definer functions resolve names.
--   * No function runs for PUBLIC: each role is granted exactly the functions it calls.
--   * The audit log is written by the functions that perform an action; what TenantScope changes in Redis
--     is recorded through one function that checks the role, the action and the tenant.
--   * The dispatcher acts on request rows written by the definer functions; notices only wake listeners
--     and carry no tenant's identifiers; listeners re-read what changed under their own login.

-- Schema: `SET search_path = public, pg_temp` in every definer function is only safe while nobody else
-- can create in public. PostgreSQL 15 no longer grants it to PUBLIC, but a database upgraded from an
-- older version keeps the old grant: revoke it explicitly, and new schemas too.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM platform_admin, support, finance, tenant_admin;
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE ON DATABASE %I FROM PUBLIC, platform_admin, support, finance, tenant_admin',
                   current_database());
END $$;

-- Functions: PostgreSQL lets PUBLIC execute every new function. Take that back from ours (not from an
-- extension's, such as pg_trgm's operator support), and for what later migrations create.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                      AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
-- (Only the global default can be revoked: per-schema defaults add to it.)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- The error signature is part of the executions queries every reader of executions runs.
GRANT EXECUTE ON FUNCTION ts_error_signature(text) TO platform_admin, support, tenant_admin;
-- A check only the key functions make (as the owner): no role calls it.
REVOKE EXECUTE ON FUNCTION ts_may_manage_keys(uuid) FROM platform_admin, tenant_admin;

-- The audit log: nobody writes a record of their choosing. audit_write is the definer functions' own.
REVOKE EXECUTE ON FUNCTION audit_write(uuid, text, text, text, jsonb, jsonb, text)
    FROM platform_admin, support, finance, tenant_admin;

-- What TenantScope changes in Redis cannot be in the same transaction as its record, so the client
-- records it right after, through this one function: only the action names of the caller's role, only
-- for tenants it may act on. The object type follows from the action; the actor is the login.
CREATE FUNCTION audit_redis_action(p_tenant uuid, p_action text, p_object_id text, p_before jsonb, p_after jsonb,
                                   p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    object_type text;
    allowed boolean;
BEGIN
    CASE p_action
        WHEN 'job.retry', 'job.remove' THEN
            object_type := 'bullmq_job';
            allowed := pg_has_role(session_user, 'platform_admin', 'MEMBER')
                       OR pg_has_role(session_user, 'support', 'MEMBER');
        WHEN 'redis_acl.set_user' THEN
            object_type := 'redis_user';
            allowed := pg_has_role(session_user, 'platform_admin', 'MEMBER');
        ELSE
            RAISE EXCEPTION 'audit action "%" is not one TenantScope records from Redis; the server function '
                            'that performs an action writes its own record', left(p_action, 100)
                USING ERRCODE = 'insufficient_privilege';
    END CASE;
    IF NOT allowed THEN
        RAISE EXCEPTION 'your login may not record "%"', p_action USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_tenant IS NOT NULL AND NOT ts_may_act_on_tenant(p_tenant) THEN
        RAISE EXCEPTION 'tenant % was not found, or your login may not act on it', p_tenant
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_object_id IS NULL OR length(p_object_id) NOT BETWEEN 1 AND 300 THEN
        RAISE EXCEPTION 'the object of an audit record is 1 to 300 characters' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM ts_require_reason(p_reason);
    RETURN audit_write(p_tenant, p_action, object_type, p_object_id, p_before, p_after, p_reason);
END $$;
REVOKE ALL ON FUNCTION audit_redis_action(uuid, text, text, jsonb, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_redis_action(uuid, text, text, jsonb, jsonb, text) TO platform_admin, support;

-- The dispatcher's work list: one row per request, written only by execution_retry and execution_cancel
-- (who, when, what). NOTIFY ts_execution_requests only wakes the dispatcher, which takes the rows whose
-- handled_at is empty (docs/platform-contract.md); a notice anyone sends changes nothing.
CREATE TABLE execution_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requested_at timestamptz NOT NULL DEFAULT now(),
    requested_by text NOT NULL DEFAULT session_user,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    execution_id uuid NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
    action text NOT NULL CHECK (action IN ('run', 'cancel')),
    handled_at timestamptz
);
CREATE INDEX execution_requests_open ON execution_requests (id) WHERE handled_at IS NULL;
CREATE INDEX execution_requests_execution ON execution_requests (execution_id);
ALTER TABLE execution_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON execution_requests TO platform_admin, support USING (true);
CREATE POLICY tenant_admin_own ON execution_requests FOR SELECT TO tenant_admin
    USING (tenant_id = ANY (ts_member_tenants()));
GRANT SELECT ON execution_requests TO platform_admin, support, tenant_admin;

-- Live changes: every insert or update of an execution takes the next change number, so a listener asks
-- "what changed after the last number I saw" under its own row-level security; the notice says nothing.
CREATE SEQUENCE executions_change_seq;
ALTER TABLE executions ADD COLUMN change_seq bigint;
CREATE INDEX executions_by_change ON executions (change_seq) WHERE change_seq IS NOT NULL;
CREATE FUNCTION executions_number_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.change_seq := nextval('executions_change_seq');
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION executions_number_change() FROM PUBLIC;
CREATE TRIGGER executions_number_change BEFORE INSERT OR UPDATE ON executions
    FOR EACH ROW EXECUTE FUNCTION executions_number_change();

CREATE OR REPLACE FUNCTION executions_notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM changed_rows) THEN
        PERFORM pg_notify('ts_executions', '');
    END IF;
    RETURN NULL;
END $$;

-- execution_retry and execution_cancel as in migration 007, but the request is a row and the notice is empty.
CREATE OR REPLACE FUNCTION execution_retry(p_execution uuid, p_resume boolean, p_reason text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    e executions;
    earlier executions;
    start_seq integer;
    new_id uuid := gen_random_uuid();
BEGIN
    e := ts_lock_execution_for_action(p_execution, p_reason);
    IF e.status NOT IN ('failed', 'cancelled') THEN
        RAISE EXCEPTION 'execution % is %: only failed or cancelled executions can be retried', e.id, e.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT * INTO earlier FROM executions WHERE retry_of = e.id;
    IF FOUND THEN
        RAISE EXCEPTION 'execution % was already retried by % at % (new execution %)', e.id,
            coalesce(earlier.requested_by, 'the platform'), earlier.created_at, earlier.id
            USING ERRCODE = 'unique_violation';
    END IF;
    IF p_resume THEN
        SELECT min(seq) INTO start_seq FROM execution_nodes
        WHERE execution_id = e.id AND status NOT IN ('succeeded', 'skipped');
        IF start_seq IS NULL THEN
            RAISE EXCEPTION 'execution % has no failed or unfinished node to resume from', e.id
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END IF;

    INSERT INTO executions (id, tenant_id, workflow_id, status, queue, retry_of, resume_from, requested_by)
    VALUES (new_id, e.tenant_id, e.workflow_id, 'queued', e.queue, e.id, start_seq, session_user);
    IF p_resume THEN
        INSERT INTO execution_nodes (execution_id, seq, tenant_id, node_key, node_type, status, started_at,
                                     finished_at, attempt, model, input, output)
        SELECT new_id, seq, tenant_id, node_key, node_type, status, started_at, finished_at, attempt, model,
               input, output
        FROM execution_nodes WHERE execution_id = e.id AND seq < start_seq;
    END IF;
    PERFORM audit_write(e.tenant_id, CASE WHEN p_resume THEN 'execution.resume' ELSE 'execution.retry' END,
                        'execution', e.id::text,
                        jsonb_build_object('status', e.status, 'error_code', e.error_code),
                        jsonb_build_object('new_execution', new_id, 'resume_from', start_seq), p_reason);
    INSERT INTO execution_requests (tenant_id, execution_id, action) VALUES (e.tenant_id, new_id, 'run');
    PERFORM pg_notify('ts_execution_requests', '');
    RETURN new_id;
END $$;

CREATE OR REPLACE FUNCTION execution_cancel(p_execution uuid, p_reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    e executions;
BEGIN
    e := ts_lock_execution_for_action(p_execution, p_reason);
    IF e.status NOT IN ('queued', 'running') THEN
        RAISE EXCEPTION 'execution % is % already: only queued or running executions can be cancelled', e.id,
            e.status USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE executions SET status = 'cancelled', finished_at = greatest(now(), started_at) WHERE id = e.id;
    UPDATE execution_nodes SET status = 'cancelled', finished_at = greatest(now(), started_at)
    WHERE execution_id = e.id AND status IN ('pending', 'running');
    PERFORM audit_write(e.tenant_id, 'execution.cancel', 'execution', e.id::text,
                        jsonb_build_object('status', e.status), jsonb_build_object('status', 'cancelled'), p_reason);
    INSERT INTO execution_requests (tenant_id, execution_id, action) VALUES (e.tenant_id, e.id, 'cancel');
    PERFORM pg_notify('ts_execution_requests', '');
    RETURN e.status;
END $$;

-- Other notices: an alert handled and a tenant's override named the alert and the tenant. Now they only
-- say that something changed; consoles re-read alerts, gateways re-read limits (Redis carries them).
CREATE OR REPLACE FUNCTION alert_handle(p_alert bigint, p_until timestamptz, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    a quota_alerts;
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'your login may not handle alerts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO a FROM quota_alerts WHERE id = p_alert FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'alert % does not exist', p_alert USING ERRCODE = 'no_data_found';
    END IF;
    IF p_until IS NULL THEN
        IF a.acknowledged_at IS NOT NULL THEN
            RAISE EXCEPTION 'alert % was acknowledged already by % at %', p_alert, a.acknowledged_by, a.acknowledged_at
                USING ERRCODE = 'unique_violation';
        END IF;
        UPDATE quota_alerts SET acknowledged_by = session_user, acknowledged_at = now() WHERE id = p_alert;
    ELSE
        IF p_until <= now() OR p_until > now() + interval '90 days' THEN
            RAISE EXCEPTION 'a snooze ends in the future, within 90 days' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE quota_alerts SET snoozed_until = p_until, snoozed_by = session_user WHERE id = p_alert;
    END IF;
    PERFORM audit_write(a.tenant_id, CASE WHEN p_until IS NULL THEN 'alert.ack' ELSE 'alert.snooze' END, 'quota_alert',
                        p_alert::text,
                        jsonb_build_object('acknowledged_at', a.acknowledged_at, 'snoozed_until', a.snoozed_until),
                        jsonb_build_object('until', p_until), coalesce(nullif(btrim(p_note), ''), '(no note)'));
    PERFORM pg_notify('ts_alerts', '');
END $$;

-- override_set and override_clear as in migration 008, but the notice names no tenant.
CREATE OR REPLACE FUNCTION override_set(p_tenant uuid, p_expected_version integer, p_changes jsonb, p_expires_at timestamptz,
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
    PERFORM pg_notify('ts_plan_changes', json_build_object('override', 'changed')::text);
    RETURN jsonb_build_object('tenant', p_tenant, 'version', after_override.version);
END $$;

CREATE OR REPLACE FUNCTION override_clear(p_tenant uuid, p_expected_version integer, p_reason text) RETURNS jsonb
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
    PERFORM pg_notify('ts_plan_changes', json_build_object('override', 'changed')::text);
    RETURN jsonb_build_object('tenant', p_tenant, 'cleared', true);
END $$;

-- After Redis holds the effective limits read at p_read_at: those tenants are up to date unless they
