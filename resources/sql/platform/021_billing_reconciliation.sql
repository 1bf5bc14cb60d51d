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

-- A missing day re-sent from TenantScope (finance, platform_admin): the client sends it to Stripe first, with
-- an idempotency key, then records here what it sent and Stripe's answer, audited with the reason. Only a
-- day of a closed month, of a tenant with a billing account; a re-send of a failed report names it.
-- Whether Stripe has invoiced the month is Stripe's to say: the client asks it before sending.
CREATE FUNCTION billing_report_resent(p_tenant uuid, p_usage_day date, p_tokens bigint, p_quantity bigint,
                                      p_identifier text, p_accepted boolean, p_stripe_status integer,
                                      p_stripe_answer text, p_resend_of bigint, p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    IF NOT (pg_has_role(session_user, 'platform_admin', 'MEMBER') OR pg_has_role(session_user, 'finance', 'MEMBER')) THEN
        RAISE EXCEPTION 'only finance and platform admins re-send usage to Stripe'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM ts_require_reason(p_reason);
    IF NOT EXISTS (SELECT 1 FROM billing_accounts WHERE tenant_id = p_tenant) THEN
        RAISE EXCEPTION 'tenant % has no billing account', p_tenant USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF p_usage_day IS NULL OR p_usage_day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date THEN
        RAISE EXCEPTION 'the month of % is still open: the platform''s reporter sends its days', p_usage_day
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_resend_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM billing_usage_reports WHERE id = p_resend_of
                                               AND tenant_id = p_tenant AND usage_day = p_usage_day) THEN
        RAISE EXCEPTION 'report % is not one of this tenant''s for %', p_resend_of, p_usage_day
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    INSERT INTO billing_usage_reports (tenant_id, usage_day, tokens, quantity, event_timestamp, identifier, outcome,
                                       stripe_status, stripe_answer, resend_of)
    VALUES (p_tenant, p_usage_day, p_tokens, p_quantity, p_usage_day::timestamp AT TIME ZONE 'UTC', p_identifier,
            CASE WHEN p_accepted THEN 'accepted' ELSE 'failed' END, p_stripe_status, left(p_stripe_answer, 2000),
            p_resend_of)
    RETURNING id INTO new_id;
    PERFORM audit_write(p_tenant, 'billing.report_resend', 'billing_usage_report', new_id::text, NULL,
                        jsonb_build_object('usage_day', p_usage_day, 'tokens', p_tokens, 'quantity', p_quantity,
                                           'identifier', p_identifier, 'accepted', p_accepted,
                                           'stripe_status', p_stripe_status, 'resend_of', p_resend_of),
                        p_reason);
    RETURN new_id;
END $$;
REVOKE ALL ON FUNCTION billing_report_resent(uuid, date, bigint, bigint, text, boolean, integer, text, bigint, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing_report_resent(uuid, date, bigint, bigint, text, boolean, integer, text, bigint, text)
    TO platform_admin, finance;
