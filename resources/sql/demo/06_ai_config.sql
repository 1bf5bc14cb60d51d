-- Demo data, step 6: the AI configuration (contract v1.7) as a platform a few months in would have it:
-- global defaults with a model change and its rollback in the history, a few tenants with their own
-- overrides, and flags in each kind of rollout, each with an earlier version to roll back to. Written
-- straight into the tables (the demo owns them); the Redis step then writes every tenant's ai_config hash,
-- so nothing is left pending.
DELETE FROM ai_configs WHERE tenant_id IS NULL;
INSERT INTO ai_configs (tenant_id, version, model, fallback_model, system_prompt, prompt_version, temperature,
                        max_tokens, rag, rolled_back_to, created_at, created_by, reason)
SELECT NULL, v.version, v.model, 'claude-3-5-haiku',
       'You are a helpful assistant. Answer briefly, cite the knowledge base and say when you do not know.',
       v.prompt_version, v.temperature, 1024, true, v.rolled_back_to,
       p.anchor - v.days_ago * interval '1 day', 'demo-data', v.reason
FROM demo_params p,
     (VALUES (1, 'gpt-4o-mini', 'support-v3', 0.30, NULL::integer, 60, 'Platform defaults at launch'),
             (2, 'gpt-4.1-mini', 'support-v4', 0.30, NULL, 9, 'Move to gpt-4.1-mini and prompt v4'),
             (3, 'gpt-4o-mini', 'support-v3', 0.30, 1, 9, 'Answers got longer and slower after v2: back to v1'),
             (4, 'gpt-4.1-mini', 'support-v4', 0.20, NULL, 2, 'gpt-4.1-mini again, with a cooler temperature'))
     AS v(version, model, prompt_version, temperature, rolled_back_to, days_ago, reason);

-- The first six enterprise tenants run their own model and temperature; every other one of them also its
-- own prompt.
INSERT INTO ai_configs (tenant_id, version, model, temperature, system_prompt, prompt_version, created_at,
                        created_by, reason)
SELECT e.id, 1, 'claude-sonnet-4', 0.20,
       CASE WHEN e.rank % 2 = 1 THEN 'You are the assistant of ' || e.name || '. Quote the contract clause you rely on.' END,
       CASE WHEN e.rank % 2 = 1 THEN e.slug || '-v1' END,
       p.anchor - interval '20 days', 'demo-data', 'Enterprise contract: dedicated model (demo)'
FROM (SELECT t.*, row_number() OVER (ORDER BY t.n) AS rank FROM demo_tenants t WHERE t.plan_id = 'enterprise') e,
     demo_params p
WHERE e.rank <= 6;

INSERT INTO feature_flags (key, description, enabled, rollout, percentage, plans, tenants, version, updated_at,
                           updated_by)
SELECT f.key, f.description, f.enabled, f.rollout, f.percentage, f.plans, f.tenants, f.version,
       p.anchor - f.days_ago * interval '1 day', 'demo-data'
FROM demo_params p, (VALUES
    ('rag-v2', 'Second-generation retrieval: hybrid search and reranking', true, 'percentage', 25, '{}'::text[],
     '{}'::uuid[], 2, 3),
    ('streaming-tools', 'Stream tool calls to the client as they are made', true, 'plans', 0,
     '{professional,enterprise}', '{}', 1, 15),
    ('long-context', 'Allow 200k-token prompts', true, 'tenants', 0, '{}',
     ARRAY(SELECT id FROM demo_tenants WHERE plan_id = 'enterprise' ORDER BY n LIMIT 3), 1, 12),
    ('prompt-cache', 'Cache the system prompt at the provider', true, 'all', 0, '{}', '{}', 1, 30),
    ('agent-mode', 'Multi-step agents (beta)', false, 'all', 0, '{}', '{}', 1, 5))
    AS f(key, description, enabled, rollout, percentage, plans, tenants, version, days_ago);

INSERT INTO feature_flag_versions (key, version, state, created_at, created_by, reason)
SELECT f.key, f.version, ts_flag_state(f), f.updated_at, 'demo-data',
       CASE f.key WHEN 'rag-v2' THEN 'Widen to a quarter of tenants' ELSE 'Created (demo)' END
FROM feature_flags f;
-- rag-v2 started at 10 %.
INSERT INTO feature_flag_versions (key, version, state, created_at, created_by, reason)
SELECT f.key, 1, ts_flag_state(f) || '{"percentage": 10}'::jsonb, f.updated_at - interval '7 days', 'demo-data',
       'Canary: one tenant in ten'
FROM feature_flags f WHERE f.key = 'rag-v2';
