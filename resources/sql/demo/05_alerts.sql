-- Demo data, step 5: quota alerts for every threshold a tenant's month-to-date tokens crossed.
INSERT INTO quota_alerts (tenant_id, metric, threshold_pct, period, fired_at, observed, limit_value)
SELECT m.tenant_id, 'tokens', th.pct, m.month, p.anchor - interval '1 minute' * (5 + th.pct),
       m.prompt_tokens + m.completion_tokens, el.included_tokens
FROM usage_monthly m
JOIN tenant_effective_limits el ON el.tenant_id = m.tenant_id
CROSS JOIN demo_params p
CROSS JOIN (VALUES (80), (90), (100)) th(pct)
WHERE m.month = date_trunc('month', p.anchor AT TIME ZONE 'UTC')::date
  AND el.included_tokens > 0
  AND (m.prompt_tokens + m.completion_tokens) * 100 >= el.included_tokens * th.pct;
