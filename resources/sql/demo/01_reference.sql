-- Demo data, step 1: clear the platform's data (never the append-only audit log) and load plans and prices.
TRUNCATE tenants, plans, model_prices, tenant_limit_overrides, tenant_members, usage_events, usage_daily,
    usage_monthly, usage_daily_model, usage_hourly_model, usage_monthly_model, usage_rollup_pending, workflows,
    executions, execution_nodes, quota_alerts, sealed_provider_keys, feature_flags, anomaly_rules, anomaly_alerts,
    alert_destinations, alert_deliveries CASCADE;

-- Public list prices per million tokens (USD) of each provider, as published.
INSERT INTO model_prices (model, provider, input_per_mtok, output_per_mtok, effective_from) VALUES
    ('gpt-4o-mini', 'openai', 0.15, 0.60, '2024-07-18'),
    ('gpt-4.1-mini', 'openai', 0.40, 1.60, '2025-04-14'),
    ('gpt-4o', 'openai', 5.00, 15.00, '2024-05-13'),
    ('gpt-4o', 'openai', 2.50, 10.00, '2024-10-01'),
    ('claude-3-5-haiku', 'anthropic', 0.80, 4.00, '2024-11-04'),
    ('claude-sonnet-4', 'anthropic', 3.00, 15.00, '2025-05-22'),
    ('claude-opus-4', 'anthropic', 15.00, 75.00, '2025-05-22'),
    ('mistral-large', 'mistral', 2.00, 6.00, '2024-11-18');

INSERT INTO plans (id, name, base_price, included_tokens, overage_per_1k, max_concurrent, requests_per_minute,
                   tokens_per_minute, monthly_runs, allowed_models) VALUES
    ('starter', 'Starter', 49.00, 2000000, 0.02, 2, 60, 100000, 1000,
     ARRAY['gpt-4o-mini', 'claude-3-5-haiku']),
    ('professional', 'Professional', 299.00, 20000000, 0.01, 10, 600, 1000000, 20000,
     ARRAY['gpt-4o-mini', 'gpt-4.1-mini', 'claude-3-5-haiku', 'gpt-4o', 'claude-sonnet-4']),
    ('enterprise', 'Enterprise', 2500.00, 250000000, 0.01, 50, 6000, 10000000, NULL,
     ARRAY['gpt-4o-mini', 'gpt-4.1-mini', 'claude-3-5-haiku', 'mistral-large', 'gpt-4o', 'claude-sonnet-4', 'claude-opus-4']);

-- The models each plan may use, cheapest first, with the price in force now (the generator picks
-- cheap models more often).
CREATE TEMP TABLE demo_plan_models AS
SELECT p.id AS plan_id, m.ord::int AS idx, m.model, mp.provider, mp.input_per_mtok, mp.output_per_mtok,
       count(*) OVER (PARTITION BY p.id) AS n_models
FROM plans p
CROSS JOIN LATERAL unnest(p.allowed_models) WITH ORDINALITY AS m(model, ord)
JOIN LATERAL (SELECT * FROM model_prices x WHERE x.model = m.model ORDER BY effective_from DESC LIMIT 1) mp ON true;

-- The demo platform's BYOK sealing key. Its private key was generated once and destroyed: keys uploaded
-- to the demo are sealed for real and can be opened by no one.
INSERT INTO platform_settings (key, value, updated_at) VALUES
    ('byok.public_key', E'-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEAUI2q1Vz5GNkxkZSd/16WE3WPIBK5nTzaTHKhu60fu2o=\n-----END PUBLIC KEY-----\n', now()),
    ('byok.key_id', 'demo-2026-11', now())
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now();
