-- Platform contract v1, part 7: acting on executions (retry from the start, resume from the failed node,
-- cancel), each through one audited server function; live change notices; error signatures.

-- A retry is a new execution that points at the one it retries; the original keeps its trace. A resume
-- also records the node it starts from: nodes before it are the completed checkpoints, not run again.
ALTER TABLE executions
    ADD COLUMN retry_of uuid REFERENCES executions (id) ON DELETE SET NULL,
    ADD COLUMN resume_from integer CHECK (resume_from >= 1),
    ADD COLUMN requested_by text;
-- One retry per execution, whoever asks and however concurrently: the second is refused by the server.
CREATE UNIQUE INDEX executions_one_retry ON executions (retry_of) WHERE retry_of IS NOT NULL;

-- Who may act on a tenant's executions: platform admins and support on every tenant, a tenant admin on
-- its own tenants. Finance reads money, never acts on workflows.
CREATE FUNCTION ts_may_act_on_tenant(p_tenant uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, 'platform_admin', 'MEMBER')
        OR pg_has_role(session_user, 'support', 'MEMBER')
        OR (pg_has_role(session_user, 'tenant_admin', 'MEMBER') AND p_tenant = ANY (ts_member_tenants()))
$$;

-- Locks the execution and checks the caller may act on it; "not found" and "not yours" read the same, so
-- a tenant admin learns nothing about another tenant's executions.
CREATE FUNCTION ts_lock_execution_for_action(p_execution uuid, p_reason text) RETURNS executions
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    e executions;
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 3 OR length(p_reason) > 1000 THEN
        RAISE EXCEPTION 'a reason (3 to 1000 characters) is required for the audit log'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO e FROM executions WHERE id = p_execution FOR UPDATE;
    IF NOT FOUND OR NOT ts_may_act_on_tenant(e.tenant_id) THEN
        RAISE EXCEPTION 'execution % was not found, or your login may not act on it', p_execution
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN e;
END $$;

-- Retry (p_resume false: from the start) or resume (p_resume true: from the first node that did not
-- succeed). Returns the new execution's id. The platform's dispatcher hears 'run' on
-- ts_execution_requests and enqueues it.
CREATE FUNCTION execution_retry(p_execution uuid, p_resume boolean, p_reason text) RETURNS uuid
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
        -- The completed checkpoints, carried over with their outputs; they cost nothing this time.
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
    PERFORM pg_notify('ts_execution_requests', json_build_object('action', 'run', 'id', new_id)::text);
    RETURN new_id;
END $$;

-- Cancel a queued or running execution. Returns the status it had. The platform's workers hear 'cancel'
-- on ts_execution_requests and stop the run; a queued job finds its execution cancelled and skips it.
CREATE FUNCTION execution_cancel(p_execution uuid, p_reason text) RETURNS text
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
    PERFORM pg_notify('ts_execution_requests', json_build_object('action', 'cancel', 'id', e.id)::text);
    RETURN e.status;
END $$;

-- The error with its variable parts (ids, numbers, quoted values) masked, so failures group by cause.
CREATE FUNCTION ts_error_signature(p_message text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(regexp_replace(regexp_replace(regexp_replace(regexp_replace(p_message,
        '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', '<id>', 'g'),
        '''[^'']*''|"[^"]*"', '<value>', 'g'),
        '\m\w*[0-9]\w*\M', '<n>', 'g'),
        '\s+', ' ', 'g'), 300)
$$;

-- Live change notices for open consoles: one notice per statement, with the changed ids (or '*' for a
-- bulk change). Only ids: LISTEN has no row-level security, so the listener re-reads under its own.
CREATE FUNCTION executions_notify_changes() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed_count bigint;
    ids text;
BEGIN
    SELECT count(*) INTO changed_count FROM changed_rows;
    IF changed_count = 0 THEN
        RETURN NULL;
    END IF;
    IF changed_count <= 50 THEN
        SELECT string_agg(id::text, ',') INTO ids FROM changed_rows;
    ELSE
        ids := '*';
    END IF;
    PERFORM pg_notify('ts_executions', ids);
    RETURN NULL;
END $$;
CREATE TRIGGER executions_notify_insert AFTER INSERT ON executions
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION executions_notify_changes();
CREATE TRIGGER executions_notify_update AFTER UPDATE ON executions
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION executions_notify_changes();

REVOKE ALL ON FUNCTION ts_may_act_on_tenant(uuid), ts_lock_execution_for_action(uuid, text),
    execution_retry(uuid, boolean, text), execution_cancel(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION execution_retry(uuid, boolean, text), execution_cancel(uuid, text)
    TO platform_admin, support, tenant_admin;
