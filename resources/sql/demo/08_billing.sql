-- Demo data, step 8: Stripe billing accounts and the platform's usage reports for the last complete month
-- before the anchor (contract v1.10), with one planted case of each discrepancy kind. The planted tenants'
-- Stripe customers are named after their case (cus_DemoUnreportedDay...), so that a test knows what to expect;
-- every other tenant is reported correctly: daily, with the remainder carried to the next day.
CREATE TEMP TABLE demo_billing_month ON COMMIT DROP AS
SELECT (date_trunc('month', p.anchor AT TIME ZONE 'UTC') - interval '1 month')::date AS first,
       date_trunc('month', p.anchor AT TIME ZONE 'UTC')::date AS next
FROM demo_params p;

-- The platform-paid tokens of each tenant and day of the month.
CREATE TEMP TABLE demo_billing_days ON COMMIT DROP AS
SELECT d.tenant_id, d.day, sum(d.prompt_tokens + d.completion_tokens)::bigint AS tokens
FROM usage_daily d, demo_billing_month m
WHERE d.day >= m.first AND d.day < m.next AND NOT d.byok
GROUP BY d.tenant_id, d.day;

-- The six planted cases go to the busiest metered tenants, those past their plan's included tokens first
-- (there a drift changes the invoice, so it has a price), then by days of usage and tokens, one each;
-- every tenth tenant is a legacy subscription with a metered subscription item.
CREATE TEMP TABLE demo_billing_cases ON COMMIT DROP AS
WITH ranked AS (
    SELECT t.id,
           row_number() OVER (ORDER BY sum(b.tokens) > coalesce(max(p.included_tokens), sum(b.tokens)) DESC,
                                       count(*) DESC, sum(b.tokens) DESC, t.id) AS rank
    FROM demo_tenants t JOIN demo_billing_days b ON b.tenant_id = t.id
    JOIN tenants tt ON tt.id = t.id JOIN plans p ON p.id = tt.plan_id
    WHERE t.n % 10 <> 0 AND t.status IN ('active', 'trial', 'suspended')
    GROUP BY t.id
    HAVING count(*) >= 10
)
SELECT r.id, (ARRAY['UnreportedDay', 'FailedReport', 'DoubleReport', 'LateUsage', 'MissingTimestamp',
                    'Rounding'])[r.rank] AS kind,
       -- the day each case happens on: from the tenth day on, the first with a few units of usage
       (SELECT min(b.day) FROM demo_billing_days b, demo_billing_month m
        WHERE b.tenant_id = r.id AND b.day >= m.first + 9 AND b.tokens >= 4000) AS day
FROM ranked r WHERE r.rank <= 6;

INSERT INTO billing_accounts (tenant_id, stripe_customer_id, stripe_subscription_id, stripe_meter_id,
                              stripe_meter_event_name, stripe_subscription_item_id)
SELECT t.id,
       'cus_Demo' || coalesce(c.kind, '') || t.n,
       'sub_Demo' || t.n,
       CASE WHEN t.n % 10 <> 0 THEN 'mtr_DemoTokens' END,
       CASE WHEN t.n % 10 <> 0 THEN 'tenantscope_tokens' END,
       CASE WHEN t.n % 10 = 0 THEN 'si_Demo' || t.n END
FROM demo_tenants t LEFT JOIN demo_billing_cases c ON c.id = t.id
WHERE t.status IN ('active', 'trial', 'suspended');

-- What the reporter counted for each day when it sent (the late case: part of one day came afterwards),
-- and the whole units it sent: the running total's units minus the units sent before (the remainder
-- carries); the rounding case rounds each day up on its own instead.
CREATE TEMP TABLE demo_billing_sent ON COMMIT DROP AS
WITH counted AS (
    SELECT b.tenant_id, b.day, c.kind,
           CASE WHEN c.kind = 'LateUsage' AND b.day = c.day THEN b.tokens - least(b.tokens / 2, 7000)
                ELSE b.tokens END AS tokens
    FROM demo_billing_days b
    JOIN billing_accounts a ON a.tenant_id = b.tenant_id
    LEFT JOIN demo_billing_cases c ON c.id = b.tenant_id
), carried AS (
    SELECT *, sum(tokens) OVER (PARTITION BY tenant_id ORDER BY day) AS running FROM counted
)
SELECT tenant_id, day, kind, kind IS NOT NULL AND day = (SELECT c.day FROM demo_billing_cases c WHERE c.id = tenant_id) AS planted,
       tokens,
       CASE WHEN kind = 'Rounding' THEN ceil(tokens / 1000.0)::bigint
            ELSE (floor(running / 1000) - floor((running - tokens) / 1000))::bigint END AS quantity
FROM carried;

INSERT INTO billing_usage_reports (tenant_id, usage_day, tokens, quantity, event_timestamp, identifier, sent_at,
                                   outcome, stripe_status, stripe_answer, sent_by)
SELECT s.tenant_id, s.day, s.tokens, s.quantity,
       -- the missing timestamp: a day's report retried from a backlog after the month ended, without one
       CASE WHEN s.planted AND s.kind = 'MissingTimestamp' THEN NULL ELSE s.day::timestamp AT TIME ZONE 'UTC' END,
       'usage-' || s.tenant_id || '-' || to_char(s.day, 'YYYYMMDD'),
       CASE WHEN s.planted AND s.kind = 'MissingTimestamp' THEN m.next::timestamp AT TIME ZONE 'UTC' + interval '2 hours'
            ELSE (s.day + 1)::timestamp AT TIME ZONE 'UTC' + interval '5 minutes' END,
       CASE WHEN s.planted AND s.kind = 'FailedReport' THEN 'failed' ELSE 'accepted' END,
       CASE WHEN s.planted AND s.kind = 'FailedReport' THEN 500 ELSE 200 END,
       CASE WHEN s.planted AND s.kind = 'FailedReport' THEN 'An unknown error occurred' ELSE 'mtrevt_demo' END,
       'platform-reporter'
FROM demo_billing_sent s CROSS JOIN demo_billing_month m
-- the unreported day: the reporter never ran for it
WHERE NOT (s.planted AND s.kind = 'UnreportedDay');

-- The double report: one day sent again ten minutes later under a fresh identifier (Stripe counts both).
INSERT INTO billing_usage_reports (tenant_id, usage_day, tokens, quantity, event_timestamp, identifier, sent_at,
                                   outcome, stripe_status, stripe_answer, sent_by)
SELECT r.tenant_id, r.usage_day, r.tokens, r.quantity, r.event_timestamp, r.identifier || '-retry',
       r.sent_at + interval '10 minutes', 'accepted', 200, 'mtrevt_demo', 'platform-reporter'
FROM billing_usage_reports r
JOIN demo_billing_cases c ON c.id = r.tenant_id AND c.kind = 'DoubleReport' AND r.usage_day = c.day;
