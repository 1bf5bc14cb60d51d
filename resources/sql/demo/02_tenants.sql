-- Demo data, step 2: tenants with a heavy-tailed activity weight (log-normal), plans and statuses.
CREATE TEMP TABLE demo_tenants AS
WITH words AS (
    SELECT ARRAY['Acme', 'Blue', 'Bright', 'Cedar', 'Copper', 'Delta', 'Ember', 'Fable', 'Granite', 'Harbor',
                 'Indigo', 'Juniper', 'Kite', 'Lumen', 'Maple', 'Nimbus', 'Orbit', 'Pioneer', 'Quartz', 'River',
                 'Summit', 'Tidal', 'Umber', 'Vertex', 'Willow', 'Xenon', 'Yonder', 'Zephyr', 'Atlas', 'Beacon',
                 'Cobalt', 'Drift', 'Echo', 'Falcon', 'Glacier', 'Helix', 'Iris', 'Jade', 'Keystone', 'Lattice'] AS a,
           ARRAY['Analytics', 'Health', 'Legal', 'Logistics', 'Finance', 'Retail', 'Robotics', 'Media', 'Energy',
                 'Learning', 'Travel', 'Security', 'Insurance', 'Foods', 'Labs', 'Studio', 'Works', 'Systems',
                 'Dynamics', 'Networks', 'Bio', 'Cloud', 'Data', 'Mobility', 'Games', 'Realty', 'Support'] AS b,
           ARRAY['Inc', 'GmbH', 'Ltd', 'AI', 'Co', 'SAS', 'BV', 'AB', 'Oy', 'LLC'] AS c
), base AS (
    -- k walks the 40 x 27 x 10 name combinations in a scrambled order (7919 is prime): unique names
    -- up to 10,800 tenants
    SELECT n, (n * 7919) % 10800 AS k, random() AS r_plan, random() AS r_status, random() AS r_byok,
           random() AS u1, random() AS u2
    FROM generate_series(1, (SELECT tenants FROM demo_params)) n
)
SELECT n,
       md5((SELECT seed FROM demo_params)::text || ':tenant:' || n)::uuid AS id,
       w.a[1 + k % 40] || ' ' || w.b[1 + (k / 40) % 27] || ' ' || w.c[1 + (k / 1080) % 10] AS name,
       lower(w.a[1 + k % 40] || '-' || w.b[1 + (k / 40) % 27]) || '-' || n AS slug,
       CASE WHEN r_plan < 0.6 THEN 'starter' WHEN r_plan < 0.9 THEN 'professional' ELSE 'enterprise' END AS plan_id,
       CASE WHEN r_status < 0.85 THEN 'active' WHEN r_status < 0.93 THEN 'trial'
            WHEN r_status < 0.98 THEN 'suspended' ELSE 'churned' END AS status,
       (r_plan >= 0.6 AND r_byok < 0.15) AS uses_byok,
       -- log-normal (Box-Muller), larger plans busier
       exp(1.4 * sqrt(-2 * ln(greatest(u1, 1e-12))) * cos(2 * pi() * u2))
         * CASE WHEN r_plan < 0.6 THEN 1 WHEN r_plan < 0.9 THEN 3 ELSE 8 END
         * CASE WHEN r_status < 0.93 THEN 1 ELSE 0.05 END AS weight
FROM base, words w;
ALTER TABLE demo_tenants ADD COLUMN event_count int, ADD COLUMN exec_count int;
UPDATE demo_tenants SET
    event_count = round((SELECT events FROM demo_params) * weight / (SELECT sum(weight) FROM demo_tenants)),
    exec_count = round((SELECT executions FROM demo_params) * weight / (SELECT sum(weight) FROM demo_tenants));
CREATE UNIQUE INDEX ON demo_tenants (id);
ANALYZE demo_tenants;

INSERT INTO tenants (id, slug, name, plan_id, status, system_prompt, default_model, created_at, updated_at)
SELECT t.id, t.slug, t.name, t.plan_id, t.status,
       'You are the assistant of ' || t.name || '. Answer briefly and cite the knowledge base.',
       (SELECT model FROM demo_plan_models m WHERE m.plan_id = t.plan_id AND m.idx = 1),
       p.anchor - (p.days + 30 + (t.n % 400)) * interval '1 day', p.anchor - (t.n % 30) * interval '1 day'
FROM demo_tenants t, demo_params p
ORDER BY t.n;

-- A few temporary raises, as support grants them for a launch week.
INSERT INTO tenant_limit_overrides (tenant_id, included_tokens, requests_per_minute, reason, expires_at, updated_by)
SELECT t.id, pl.included_tokens * 2, pl.requests_per_minute * 2, 'Launch week: temporary raise (demo)',
       p.anchor + interval '7 days', 'demo-data'
FROM demo_tenants t JOIN plans pl ON pl.id = t.plan_id, demo_params p
WHERE t.n % 50 = 7 AND pl.included_tokens IS NOT NULL;
