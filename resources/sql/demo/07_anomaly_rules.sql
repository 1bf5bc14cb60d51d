-- Demo data, step 7: the anomaly rules a team would start with (contract v1.8). No destination: alerts are
-- delivered only where someone sets a webhook URL.
INSERT INTO anomaly_rules (name, metric, scope, tenant_id, baseline_days, factor, minimum, created_by)
VALUES ('Platform spend spike', 'spend', 'platform', NULL, 7, 3, 5, 'demo-data'),
       ('Tenant spend spike', 'spend', 'tenants', NULL, 7, 5, 2, 'demo-data'),
       ('Tenant failure spike', 'failures', 'tenants', NULL, 7, 4, 5, 'demo-data');
