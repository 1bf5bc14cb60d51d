-- Platform contract v1.10: billing reconciliation (docs/platform-contract.md, "Billing").
--
-- The platform bills a base price per plan plus metered tokens. Its reporter sends each tenant's tokens
-- of one UTC day to Stripe after the day ends, in units of tokens_per_unit (1,000), as a Billing Meter event
-- (or, for a legacy subscription, a usage record on the metered subscription item), and writes here what
-- it sent and what Stripe answered. TenantScope reads these rows beside the usage rollups and Stripe's own
-- figures to find where the three disagree. Staff who see money (platform_admin, finance) read both tables;
-- nobody but the platform's reporter (the owner) writes them.

-- Which Stripe objects bill each tenant: a customer, its subscription, and either a meter (with the event
-- name the reporter sends) or, for a legacy subscription, the metered subscription item.
CREATE TABLE billing_accounts (
    tenant_id uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    stripe_customer_id text NOT NULL CHECK (stripe_customer_id ~ '^cus_[A-Za-z0-9]{1,64}$'),
    stripe_subscription_id text NOT NULL CHECK (stripe_subscription_id ~ '^sub_[A-Za-z0-9]{1,64}$'),
    stripe_meter_id text CHECK (stripe_meter_id ~ '^mtr_[A-Za-z0-9_]{1,64}$'),
    stripe_meter_event_name text CHECK (stripe_meter_event_name ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    stripe_subscription_item_id text CHECK (stripe_subscription_item_id ~ '^si_[A-Za-z0-9]{1,64}$'),
    tokens_per_unit integer NOT NULL DEFAULT 1000 CHECK (tokens_per_unit > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((stripe_meter_id IS NOT NULL AND stripe_meter_event_name IS NOT NULL
            AND stripe_subscription_item_id IS NULL)
           OR (stripe_meter_id IS NULL AND stripe_meter_event_name IS NULL
               AND stripe_subscription_item_id IS NOT NULL))
);

-- One row per report the platform sent (a retry with the same identifier is one more row: Stripe counts
-- an identifier once). `tokens` is what the platform had counted for the day when it sent; `quantity` the
-- whole units it sent for them. `event_timestamp` is the timestamp it sent; NULL when it sent none, and
-- then Stripe counts the event at the time it received it (sent_at), which may be the next period.
CREATE TABLE billing_usage_reports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    usage_day date NOT NULL,
    tokens bigint NOT NULL CHECK (tokens >= 0),
    quantity bigint NOT NULL CHECK (quantity >= 0),
    event_timestamp timestamptz,
    identifier text NOT NULL CHECK (identifier ~ '^[A-Za-z0-9_.:-]{1,100}$'),
    sent_at timestamptz NOT NULL DEFAULT now(),
    outcome text NOT NULL CHECK (outcome IN ('accepted', 'failed')),
    stripe_status integer CHECK (stripe_status BETWEEN 100 AND 599), -- NULL: no answer came
    stripe_answer text CHECK (length(stripe_answer) <= 2000), -- the error's message, or the object's id
    resend_of bigint REFERENCES billing_usage_reports (id),
    sent_by text NOT NULL DEFAULT session_user
);
CREATE INDEX billing_usage_reports_tenant_day ON billing_usage_reports (tenant_id, usage_day);
-- The reports without a timestamp, found by when they were sent (they count in the period they reached).
CREATE INDEX billing_usage_reports_untimed ON billing_usage_reports (sent_at) WHERE event_timestamp IS NULL;

ALTER TABLE billing_accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_usage_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY money_staff_read ON billing_accounts FOR SELECT TO platform_admin, finance USING (true);
CREATE POLICY money_staff_read ON billing_usage_reports FOR SELECT TO platform_admin, finance USING (true);
GRANT SELECT ON billing_accounts, billing_usage_reports TO platform_admin, finance;
