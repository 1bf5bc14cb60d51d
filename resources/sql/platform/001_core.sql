-- Platform contract v1, part 1: plans, prices, tenants, their limits and members, settings.
-- Conventions: money is numeric (never float); "unlimited" is NULL and documented per column;
-- days and months are UTC; every tenant-scoped table has a tenant_id column.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE plans (
    id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_-]{1,31}$'),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    base_price numeric(12, 2) NOT NULL CHECK (base_price >= 0),
    included_tokens bigint CHECK (included_tokens >= 0),        -- NULL: unlimited
    overage_per_1k numeric(12, 2) NOT NULL CHECK (overage_per_1k >= 0),
    max_concurrent integer CHECK (max_concurrent > 0),          -- NULL: unlimited
    requests_per_minute integer CHECK (requests_per_minute > 0), -- NULL: unlimited
    tokens_per_minute bigint CHECK (tokens_per_minute > 0),     -- NULL: unlimited
    monthly_runs integer CHECK (monthly_runs >= 0),             -- NULL: unlimited
    allowed_models text[] NOT NULL DEFAULT '{}',
    version integer NOT NULL DEFAULT 1 CHECK (version > 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Provider prices per million tokens, with the day they took effect: prices are data, not code.
CREATE TABLE model_prices (
    model text NOT NULL CHECK (length(model) BETWEEN 1 AND 100),
    provider text NOT NULL CHECK (provider IN ('openai', 'anthropic', 'google', 'mistral', 'self-hosted')),
    input_per_mtok numeric(12, 4) NOT NULL CHECK (input_per_mtok >= 0),
    output_per_mtok numeric(12, 4) NOT NULL CHECK (output_per_mtok >= 0),
    effective_from date NOT NULL,
    PRIMARY KEY (model, effective_from)
);

CREATE TABLE tenants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    plan_id text NOT NULL REFERENCES plans (id),
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('trial', 'active', 'suspended', 'churned')),
    system_prompt text,
    default_model text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
-- Search as you type by name or slug (ILIKE '%term%'), and keyset paging by name.
CREATE INDEX tenants_name_trgm ON tenants USING gin (name gin_trgm_ops);
CREATE INDEX tenants_slug_trgm ON tenants USING gin (slug gin_trgm_ops);
CREATE INDEX tenants_name_id ON tenants (lower(name), id);
CREATE INDEX tenants_plan ON tenants (plan_id);

-- One override row per tenant; NULL columns fall back to the plan.
CREATE TABLE tenant_limit_overrides (
    tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    included_tokens bigint CHECK (included_tokens >= 0),
    max_concurrent integer CHECK (max_concurrent > 0),
    requests_per_minute integer CHECK (requests_per_minute > 0),
    tokens_per_minute bigint CHECK (tokens_per_minute > 0),
    monthly_runs integer CHECK (monthly_runs >= 0),
    reason text NOT NULL CHECK (length(btrim(reason)) > 0),
    expires_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Which database logins administer which tenant (a tenant_admin login sees only these tenants).
CREATE TABLE tenant_members (
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    db_role name NOT NULL,
    member_role text NOT NULL DEFAULT 'tenant_admin' CHECK (member_role IN ('tenant_admin')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, db_role)
);
CREATE INDEX tenant_members_role ON tenant_members (db_role);

CREATE TABLE platform_settings (
    key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]{1,63}$'),
    value text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- The limits a tenant runs under now: an unexpired override wins over the plan, column by column.
CREATE VIEW tenant_effective_limits WITH (security_invoker = true) AS
SELECT t.id AS tenant_id,
       p.id AS plan_id,
       coalesce(o.included_tokens, p.included_tokens) AS included_tokens,
       coalesce(o.max_concurrent, p.max_concurrent) AS max_concurrent,
       coalesce(o.requests_per_minute, p.requests_per_minute) AS requests_per_minute,
       coalesce(o.tokens_per_minute, p.tokens_per_minute) AS tokens_per_minute,
       coalesce(o.monthly_runs, p.monthly_runs) AS monthly_runs,
       p.allowed_models,
       (o.tenant_id IS NOT NULL) AS has_override,
       o.expires_at AS override_expires_at
FROM tenants t
JOIN plans p ON p.id = t.plan_id
LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND (o.expires_at IS NULL OR o.expires_at > now());
