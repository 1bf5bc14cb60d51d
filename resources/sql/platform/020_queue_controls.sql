-- Platform contract v1.9: queue controls.
--
-- Support and platform admins pause and resume BullMQ queues, clear a queue's rate limit and set its
-- global concurrency, as BullMQ does each (TenantScope's Lua scripts, docs/platform-contract.md). Redis
-- cannot commit with PostgreSQL, so the client records each change right after it happened through
-- audit_redis_action, which now knows these four actions (object type bullmq_queue, the object the
-- queue's name). Nothing else changes: the same roles, the same rules for the reason.
CREATE OR REPLACE FUNCTION audit_redis_action(p_tenant uuid, p_action text, p_object_id text, p_before jsonb,
                                              p_after jsonb, p_reason text) RETURNS bigint
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
        WHEN 'queue.pause', 'queue.resume', 'queue.rate_limit_clear', 'queue.concurrency_set' THEN
            object_type := 'bullmq_queue';
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
