-- Platform contract v1, part 3: workflows, their executions and checkpointed nodes, quota alerts.
CREATE TABLE workflows (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflows_tenant ON workflows (tenant_id);

CREATE TABLE executions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workflow_id uuid NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
    status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz,
    total_tokens bigint NOT NULL DEFAULT 0 CHECK (total_tokens >= 0),
    cost_usd numeric(18, 8) NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    error_code text,
    error_message text,
    queue text,   -- BullMQ queue name the job ran on
    job_id text,  -- BullMQ job id within that queue
    CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at),
    CHECK ((status = 'failed') = (error_code IS NOT NULL))
);
CREATE INDEX executions_created ON executions (created_at DESC);
CREATE INDEX executions_tenant_created ON executions (tenant_id, created_at DESC);
CREATE INDEX executions_status_created ON executions (status, created_at DESC);
CREATE INDEX executions_error_trgm ON executions USING gin (error_message gin_trgm_ops) WHERE error_message IS NOT NULL;

-- One row per node run: the checkpoint a resume starts from.
CREATE TABLE execution_nodes (
    execution_id uuid NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
    seq integer NOT NULL CHECK (seq >= 1),
    tenant_id uuid NOT NULL,
    node_key text NOT NULL,
    node_type text NOT NULL CHECK (node_type IN ('trigger', 'llm', 'tool', 'retrieval', 'http', 'transform', 'branch', 'output')),
    status text NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled')),
    started_at timestamptz,
    finished_at timestamptz,
    attempt integer NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    will_retry boolean NOT NULL DEFAULT false,
    model text,
    prompt_tokens integer NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    completion_tokens integer NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    cost_usd numeric(18, 8) NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    input jsonb,
    output jsonb,
    error_code text,
    error_message text,
    error_stack text,
    PRIMARY KEY (execution_id, seq)
);
CREATE INDEX execution_nodes_tenant ON execution_nodes (tenant_id);

CREATE TABLE quota_alerts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    metric text NOT NULL CHECK (metric IN ('tokens', 'runs', 'cost')),
    threshold_pct integer NOT NULL CHECK (threshold_pct BETWEEN 1 AND 1000),
    period date NOT NULL CHECK (period = date_trunc('month', period)::date),
    fired_at timestamptz NOT NULL DEFAULT now(),
    observed numeric NOT NULL,
    limit_value numeric NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz,
    snoozed_until timestamptz,
    UNIQUE (tenant_id, metric, threshold_pct, period)
);
CREATE INDEX quota_alerts_open ON quota_alerts (fired_at DESC) WHERE acknowledged_at IS NULL;
