-- Platform contract v1, part 10: uploading a tenant's provider key, sealed on the desktop with the
-- platform's X25519 public key (docs/byok-sealing.md). Only provider_key_upload and provider_key_revoke
-- change sealed_provider_keys, each audited; no role of ours reads the sealed blob.
ALTER TABLE sealed_provider_keys
    ADD COLUMN fingerprint text CHECK (fingerprint ~ '^sha256:[0-9a-f]{16}$'),
    ADD COLUMN base_url text CHECK (base_url IS NULL OR base_url ~ '^https?://'),
    ADD COLUMN revoked_by text;
-- One active key per tenant, provider and label: uploading again rotates it.
CREATE UNIQUE INDEX sealed_provider_keys_active ON sealed_provider_keys (tenant_id, provider, label)
    WHERE revoked_at IS NULL;

-- The platform publishes the public key to seal with; the private key never leaves the platform.
INSERT INTO platform_settings (key, value) VALUES ('byok.public_key', ''), ('byok.key_id', '')
ON CONFLICT (key) DO NOTHING;

REVOKE INSERT, UPDATE, DELETE, SELECT ON sealed_provider_keys FROM platform_admin;
GRANT SELECT (id, tenant_id, provider, label, last4, sealing_key_id, created_at, created_by, revoked_at,
              fingerprint, base_url, revoked_by) ON sealed_provider_keys TO platform_admin;
GRANT SELECT (fingerprint, base_url, revoked_by) ON sealed_provider_keys TO support, tenant_admin;

-- Who may manage a tenant's provider keys: platform admins, and the tenant's own admins.
CREATE FUNCTION ts_may_manage_keys(p_tenant uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, 'platform_admin', 'MEMBER')
        OR (pg_has_role(session_user, 'tenant_admin', 'MEMBER') AND p_tenant = ANY (ts_member_tenants()))
$$;

CREATE FUNCTION provider_key_upload(p_tenant uuid, p_provider text, p_label text, p_base_url text, p_last4 text,
                                    p_fingerprint text, p_sealed bytea, p_sealing_key_id text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    current_key_id text;
    replaced sealed_provider_keys;
    new_id uuid := gen_random_uuid();
BEGIN
    IF NOT ts_may_manage_keys(p_tenant) OR NOT EXISTS (SELECT 1 FROM tenants WHERE id = p_tenant) THEN
        RAISE EXCEPTION 'tenant % was not found, or your login may not manage its keys', p_tenant
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT value INTO current_key_id FROM platform_settings WHERE key = 'byok.key_id';
    IF coalesce(current_key_id, '') = '' THEN
        RAISE EXCEPTION 'the platform has no sealing key (byok.public_key and byok.key_id in platform_settings)'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_sealing_key_id IS DISTINCT FROM current_key_id THEN
        RAISE EXCEPTION 'the key was sealed with %, but the platform now seals with %: reload and upload again',
            p_sealing_key_id, current_key_id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- magic "TSB1", 32-byte ephemeral key, 12-byte nonce, at least one byte, 16-byte tag
    IF p_sealed IS NULL OR length(p_sealed) < 4 + 32 + 12 + 1 + 16 OR substring(p_sealed FROM 1 FOR 4) <> '\x54534231'::bytea
       OR length(p_sealed) > 16384 THEN
        RAISE EXCEPTION 'the sealed key is not a TenantScope sealed box (TSB1)' USING ERRCODE = 'check_violation';
    END IF;

    UPDATE sealed_provider_keys SET revoked_at = now(), revoked_by = session_user
    WHERE tenant_id = p_tenant AND provider = p_provider AND label = p_label AND revoked_at IS NULL
    RETURNING * INTO replaced;
    INSERT INTO sealed_provider_keys (id, tenant_id, provider, label, base_url, last4, fingerprint, sealed,
                                      sealing_key_id, created_by)
    VALUES (new_id, p_tenant, p_provider, p_label, nullif(p_base_url, ''), p_last4, p_fingerprint, p_sealed,
            p_sealing_key_id, session_user);
    PERFORM audit_write(p_tenant, 'provider_key.upload', 'provider_key', new_id::text,
        CASE WHEN replaced.id IS NULL THEN NULL
             ELSE jsonb_build_object('id', replaced.id, 'last4', replaced.last4, 'fingerprint', replaced.fingerprint) END,
        jsonb_build_object('provider', p_provider, 'label', p_label, 'base_url', nullif(p_base_url, ''),
                           'last4', p_last4, 'fingerprint', p_fingerprint, 'sealing_key_id', p_sealing_key_id),
        NULL);
    RETURN new_id;
END $$;

CREATE FUNCTION provider_key_revoke(p_id uuid, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k sealed_provider_keys;
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 3 OR length(p_reason) > 1000 THEN
        RAISE EXCEPTION 'a reason (3 to 1000 characters) is required for the audit log'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO k FROM sealed_provider_keys WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT ts_may_manage_keys(k.tenant_id) THEN
        RAISE EXCEPTION 'key % was not found, or your login may not manage it', p_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF k.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'key % was already revoked by % at %', p_id, coalesce(k.revoked_by, 'the platform'),
            k.revoked_at USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE sealed_provider_keys SET revoked_at = now(), revoked_by = session_user WHERE id = p_id;
    PERFORM audit_write(k.tenant_id, 'provider_key.revoke', 'provider_key', p_id::text,
        jsonb_build_object('provider', k.provider, 'label', k.label, 'last4', k.last4, 'fingerprint', k.fingerprint),
        NULL, p_reason);
END $$;

REVOKE ALL ON FUNCTION ts_may_manage_keys(uuid), provider_key_upload(uuid, text, text, text, text, text, bytea, text),
    provider_key_revoke(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ts_may_manage_keys(uuid), provider_key_upload(uuid, text, text, text, text, text, bytea, text),
    provider_key_revoke(uuid, text) TO platform_admin, tenant_admin;
