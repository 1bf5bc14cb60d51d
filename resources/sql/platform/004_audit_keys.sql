-- Platform contract v1, part 4: the append-only audit log and sealed BYOK provider keys.
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL DEFAULT session_user,
    tenant_id uuid, -- no foreign key: the record outlives the tenant
    action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    object_type text NOT NULL,
    object_id text,
    before jsonb,
    after jsonb,
    reason text
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at DESC);
CREATE INDEX audit_log_at ON audit_log (at DESC);

-- Nobody (not even the owner) updates, deletes or truncates audit records.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- The only way in: the actor is the session's login, never a value the caller chooses.
CREATE FUNCTION audit_write(p_tenant uuid, p_action text, p_object_type text, p_object_id text,
                            p_before jsonb, p_after jsonb, p_reason text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO audit_log (actor, tenant_id, action, object_type, object_id, before, after, reason)
    VALUES (session_user, p_tenant, p_action, p_object_type, p_object_id, p_before, p_after, p_reason)
    RETURNING id
$$;

-- A tenant's provider key, sealed with the platform's public key: the database never holds it in the clear.
CREATE TABLE sealed_provider_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    provider text NOT NULL CHECK (provider IN ('openai', 'anthropic', 'custom')),
    label text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 100),
    last4 text NOT NULL CHECK (length(last4) = 4),
    sealed bytea NOT NULL,
    sealing_key_id text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user,
    revoked_at timestamptz
);
CREATE INDEX sealed_provider_keys_tenant ON sealed_provider_keys (tenant_id);
