-- Platform contract v1.8: spikes caught and sent to the team.
--
-- Anomaly rules compare the last 60 minutes of a tenant's (or the whole platform's) spend, tokens or
-- failed executions with the same 60 minutes on each of the previous N days: the baseline is their
-- median (one earlier spike does not raise it). A rule fires when the last hour is at least `factor`
-- times the baseline and at least `minimum` (so a tenant going from 1 to 4 failures is not a spike).
-- Evaluated as quota alerts are (every staff console once a minute, `tenantscope-cli alerts check`);
-- each rule fires at most once per subject and UTC day, whoever evaluates. Each alert keeps the method,
-- the baseline and its samples, so it explains itself after the rule changes.
--
-- Alerts (quota and anomaly) are delivered to Slack incoming webhooks and generic HTTPS webhooks set by
-- platform admins. The URL is a secret kept here: no role reads the column; only the delivering function
-- hands it to a platform admin's console. One delivery row per alert and destination (never sent twice),
-- retried with exponential backoff after 429, 5xx, a timeout or a refused connection; a delivery that
-- gives up is kept as failed and shown.

CREATE TABLE anomaly_rules (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    metric text NOT NULL CHECK (metric IN ('spend', 'tokens', 'failures')),
    scope text NOT NULL CHECK (scope IN ('platform', 'tenants')),
    tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE, -- scope 'tenants': only this one (NULL: each)
    baseline_days integer NOT NULL CHECK (baseline_days BETWEEN 1 AND 28),
    factor numeric(8, 2) NOT NULL CHECK (factor >= 1.1 AND factor <= 1000),
    minimum numeric(20, 8) NOT NULL CHECK (minimum >= 0), -- USD for spend, tokens, failed executions
    enabled boolean NOT NULL DEFAULT true,
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (scope = 'tenants' OR tenant_id IS NULL)
);

CREATE TABLE anomaly_alerts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id bigint NOT NULL REFERENCES anomaly_rules (id) ON DELETE CASCADE,
    rule_name text NOT NULL, -- as it was named when it fired (tenant admins read no rules)
    tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE, -- NULL: the whole platform
    period date NOT NULL, -- UTC day
    fired_at timestamptz NOT NULL DEFAULT now(),
    metric text NOT NULL,
    window_start timestamptz NOT NULL,
    window_end timestamptz NOT NULL,
    observed numeric NOT NULL,
    baseline numeric NOT NULL,
    samples numeric[] NOT NULL, -- the same window 1 ... N days earlier
    factor numeric NOT NULL,
    minimum numeric NOT NULL,
    method text NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz,
    UNIQUE NULLS NOT DISTINCT (rule_id, tenant_id, period)
);
CREATE INDEX anomaly_alerts_fired ON anomaly_alerts (fired_at DESC);
CREATE INDEX anomaly_alerts_tenant ON anomaly_alerts (tenant_id, fired_at DESC);

CREATE TABLE alert_destinations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    kind text NOT NULL CHECK (kind IN ('slack', 'webhook')),
    url text NOT NULL,      -- the secret: no role has a grant on this column
    url_hint text NOT NULL, -- scheme, host and the URL's last 4 characters, for people to recognise it
    enabled boolean NOT NULL DEFAULT true,
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alert_deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    destination_id bigint NOT NULL REFERENCES alert_destinations (id) ON DELETE CASCADE,
    alert_kind text NOT NULL CHECK (alert_kind IN ('quota', 'anomaly')),
    alert_id bigint NOT NULL,
    tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_until timestamptz,
    claimed_by text,
    last_status integer, -- HTTP status of the last attempt; 0 when no answer came
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    UNIQUE (destination_id, alert_kind, alert_id)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX alert_deliveries_recent ON alert_deliveries (created_at DESC);

INSERT INTO platform_settings (key, value) VALUES ('alerts.delivery_backoff_seconds', '30'),
    ('alerts.delivery_max_attempts', '6') ON CONFLICT (key) DO NOTHING;

-- Who reads what: staff read rules, anomaly alerts, destinations without their URL, and deliveries; a
-- tenant admin reads its own tenant's anomaly alerts. Changes go through the functions below only.
ALTER TABLE anomaly_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON anomaly_alerts TO platform_admin, support, finance USING (true);
CREATE POLICY tenant_admin_own ON anomaly_alerts FOR SELECT TO tenant_admin USING (tenant_id = ANY (ts_member_tenants()));
ALTER TABLE anomaly_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON anomaly_rules FOR SELECT TO platform_admin, support, finance USING (true);
ALTER TABLE alert_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_all ON alert_deliveries FOR SELECT TO platform_admin, support, finance USING (true);
REVOKE ALL ON anomaly_rules, anomaly_alerts, alert_destinations, alert_deliveries FROM PUBLIC;
GRANT SELECT ON anomaly_rules, anomaly_alerts, alert_deliveries TO platform_admin, support, finance;
GRANT SELECT ON anomaly_alerts TO tenant_admin;
GRANT SELECT (id, name, kind, url_hint, enabled, created_by, created_at, updated_at) ON alert_destinations
    TO platform_admin, support, finance;

CREATE FUNCTION ts_require_platform_admin(p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'platform_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'your login may not % (platform_admin can)', p_what USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;

-- Creates (p_id NULL) or changes a rule; audited. Returns its id.
CREATE FUNCTION anomaly_rule_save(p_id bigint, p_name text, p_metric text, p_scope text, p_tenant uuid,
                                  p_baseline_days integer, p_factor numeric, p_minimum numeric, p_enabled boolean,
                                  p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_rule anomaly_rules;
    saved anomaly_rules;
BEGIN
    PERFORM ts_require_reason(p_reason);
    PERFORM ts_require_platform_admin('change anomaly rules');
    IF p_baseline_days IS NULL OR p_baseline_days < 1 OR p_baseline_days > 28 THEN
        RAISE EXCEPTION 'the baseline window is 1 to 28 days (the same hour of that many earlier days)'
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_factor IS NULL OR p_factor < 1.1 OR p_factor > 1000 THEN
        RAISE EXCEPTION 'the factor is 1.1 to 1000 (how many times the baseline counts as a spike)'
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_minimum IS NULL OR p_minimum < 0 THEN
        RAISE EXCEPTION 'the minimum is 0 or more' USING ERRCODE = 'check_violation';
    END IF;
    IF p_metric IS NULL OR p_metric NOT IN ('spend', 'tokens', 'failures') THEN
        RAISE EXCEPTION 'the metric is spend, tokens or failures' USING ERRCODE = 'check_violation';
    END IF;
    IF p_scope IS NULL OR p_scope NOT IN ('platform', 'tenants') THEN
        RAISE EXCEPTION 'the scope is platform or tenants' USING ERRCODE = 'check_violation';
    END IF;
    IF p_scope = 'platform' AND p_tenant IS NOT NULL THEN
        RAISE EXCEPTION 'a platform rule names no tenant' USING ERRCODE = 'check_violation';
    END IF;
    IF p_tenant IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tenants WHERE id = p_tenant) THEN
        RAISE EXCEPTION 'tenant % does not exist', p_tenant USING ERRCODE = 'no_data_found';
    END IF;
    IF p_id IS NULL THEN
        INSERT INTO anomaly_rules (name, metric, scope, tenant_id, baseline_days, factor, minimum, enabled)
        VALUES (btrim(p_name), p_metric, p_scope, p_tenant, p_baseline_days, p_factor, p_minimum,
                coalesce(p_enabled, true))
        RETURNING * INTO saved;
    ELSE
        SELECT * INTO before_rule FROM anomaly_rules WHERE id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'anomaly rule % does not exist', p_id USING ERRCODE = 'no_data_found';
        END IF;
        UPDATE anomaly_rules SET name = btrim(p_name), metric = p_metric, scope = p_scope, tenant_id = p_tenant,
            baseline_days = p_baseline_days, factor = p_factor, minimum = p_minimum,
            enabled = coalesce(p_enabled, true), updated_at = now()
        WHERE id = p_id RETURNING * INTO saved;
    END IF;
    PERFORM audit_write(p_tenant, CASE WHEN p_id IS NULL THEN 'anomaly_rule.create' ELSE 'anomaly_rule.update' END,
                        'anomaly_rule', saved.id::text,
                        CASE WHEN p_id IS NULL THEN NULL ELSE to_jsonb(before_rule) END, to_jsonb(saved), p_reason);
    PERFORM pg_notify('ts_alerts', '');
    RETURN saved.id;
END $$;

CREATE FUNCTION anomaly_rule_remove(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed anomaly_rules;
BEGIN
    PERFORM ts_require_reason(p_reason);
    PERFORM ts_require_platform_admin('change anomaly rules');
    DELETE FROM anomaly_rules WHERE id = p_id RETURNING * INTO removed;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'anomaly rule % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM audit_write(removed.tenant_id, 'anomaly_rule.remove', 'anomaly_rule', p_id::text, to_jsonb(removed), NULL,
                        p_reason);
    PERFORM pg_notify('ts_alerts', '');
END $$;

-- Evaluates every enabled rule now; records what is new today; returns the new alerts' ids.
CREATE FUNCTION anomalies_evaluate() RETURNS SETOF bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET TimeZone = 'UTC' AS $$
DECLARE
    now_ts timestamptz := now();
    deepest integer;
    fired bigint[];
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'your login may not record alerts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT max(baseline_days) INTO deepest FROM anomaly_rules WHERE enabled;
    IF deepest IS NULL THEN
        RETURN;
    END IF;
    -- Window 0 is the last 60 minutes; window k the same 60 minutes k days earlier.
    WITH usage_windows AS (
        SELECT w.k, e.tenant_id, coalesce(sum(e.cost_usd) FILTER (WHERE NOT e.byok), 0) AS spend,
               sum(e.prompt_tokens + e.completion_tokens)::numeric AS tokens
        FROM generate_series(0, deepest) w(k)
        JOIN usage_events e ON e.ts >= now_ts - make_interval(days => w.k, hours => 1)
                           AND e.ts < now_ts - make_interval(days => w.k)
        GROUP BY 1, 2
    ),
    failure_windows AS (
        SELECT w.k, x.tenant_id, count(*)::numeric AS failures
        FROM generate_series(0, deepest) w(k)
        JOIN executions x ON x.status = 'failed' AND x.created_at >= now_ts - make_interval(days => w.k, hours => 1)
                         AND x.created_at < now_ts - make_interval(days => w.k)
        GROUP BY 1, 2
    ),
    windows AS (
        SELECT coalesce(u.k, f.k) AS k, coalesce(u.tenant_id, f.tenant_id) AS tenant_id,
               coalesce(u.spend, 0) AS spend, coalesce(u.tokens, 0) AS tokens, coalesce(f.failures, 0) AS failures
        FROM usage_windows u FULL JOIN failure_windows f ON f.k = u.k AND f.tenant_id = u.tenant_id
    ),
    valued AS (
        -- Each rule's value per subject and window; a platform rule sums every tenant.
        SELECT r.id AS rule_id, w.tenant_id, w.k,
               CASE r.metric WHEN 'spend' THEN w.spend WHEN 'tokens' THEN w.tokens ELSE w.failures END AS value
        FROM anomaly_rules r JOIN windows w
            ON w.k <= r.baseline_days AND (r.tenant_id IS NULL OR r.tenant_id = w.tenant_id)
        -- Usage events outlive a removed tenant (they have no foreign key); a removed tenant has no spikes.
        JOIN tenants t ON t.id = w.tenant_id
        WHERE r.enabled AND r.scope = 'tenants'
        UNION ALL
        SELECT r.id, NULL, w.k,
               sum(CASE r.metric WHEN 'spend' THEN w.spend WHEN 'tokens' THEN w.tokens ELSE w.failures END)
        FROM anomaly_rules r JOIN windows w ON w.k <= r.baseline_days
        WHERE r.enabled AND r.scope = 'platform'
        GROUP BY r.id, w.k
    ),
    candidates AS (
        -- Only a subject whose last hour reaches the rule's minimum can fire: the baseline is read for those.
        SELECT v.rule_id, v.tenant_id, v.value AS observed
        FROM valued v JOIN anomaly_rules r ON r.id = v.rule_id
        WHERE v.k = 0 AND v.value > 0 AND v.value >= r.minimum
    ),
    baselines AS (
        -- A day without any activity counts as 0. The median in exact numbers (spend is money).
        SELECT c.rule_id, c.tenant_id, c.observed,
               array_agg(coalesce(v.value, 0) ORDER BY d.k) AS samples,
               array_agg(coalesce(v.value, 0) ORDER BY coalesce(v.value, 0)) AS sorted
        FROM candidates c JOIN anomaly_rules r ON r.id = c.rule_id
        CROSS JOIN LATERAL generate_series(1, r.baseline_days) d(k)
        LEFT JOIN valued v ON v.rule_id = c.rule_id AND v.tenant_id IS NOT DISTINCT FROM c.tenant_id AND v.k = d.k
        GROUP BY c.rule_id, c.tenant_id, c.observed
    ),
    medians AS (
        SELECT b.*, (b.sorted[(cardinality(b.sorted) + 1) / 2] + b.sorted[(cardinality(b.sorted) + 2) / 2]) / 2
                    AS baseline
        FROM baselines b
    ),
    inserted AS (
        INSERT INTO anomaly_alerts (rule_id, rule_name, tenant_id, period, metric, window_start, window_end, observed, baseline,
                                    samples, factor, minimum, method)
        SELECT m.rule_id, r.name, m.tenant_id, (now_ts AT TIME ZONE 'UTC')::date, r.metric, now_ts - interval '1 hour', now_ts,
               m.observed, trim_scale(m.baseline), m.samples, r.factor, r.minimum,
               format('last 60 min vs the median of the same 60 min on the %s previous days; fires at %s x and at least %s',
                      r.baseline_days, trim_scale(r.factor), trim_scale(r.minimum))
        FROM medians m JOIN anomaly_rules r ON r.id = m.rule_id
        WHERE m.observed >= r.factor * m.baseline
        ON CONFLICT (rule_id, tenant_id, period) DO NOTHING
        RETURNING id
    )
    SELECT coalesce(array_agg(id), '{}') INTO fired FROM inserted;
    IF cardinality(fired) > 0 THEN
        PERFORM pg_notify('ts_alerts', '');
    END IF;
    RETURN QUERY SELECT unnest(fired);
END $$;

CREATE FUNCTION anomaly_alert_ack(p_alert bigint, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    a anomaly_alerts;
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'your login may not handle alerts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO a FROM anomaly_alerts WHERE id = p_alert FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'anomaly alert % does not exist', p_alert USING ERRCODE = 'no_data_found';
    END IF;
    IF a.acknowledged_at IS NOT NULL THEN
        RAISE EXCEPTION 'anomaly alert % was acknowledged already by % at %', p_alert, a.acknowledged_by,
            a.acknowledged_at USING ERRCODE = 'unique_violation';
    END IF;
    UPDATE anomaly_alerts SET acknowledged_by = session_user, acknowledged_at = now() WHERE id = p_alert;
    PERFORM audit_write(a.tenant_id, 'anomaly_alert.ack', 'anomaly_alert', p_alert::text, NULL, NULL,
                        coalesce(nullif(btrim(p_note), ''), '(no note)'));
    PERFORM pg_notify('ts_alerts', '');
END $$;

-- "https://hooks.slack.com/…/AbCd": enough to recognise a URL, too little to use it.
CREATE FUNCTION ts_url_hint(p_url text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT substring(p_url FROM '^[a-z]+://[^/?#]+') || '/…' || right(p_url, 4)
$$;

-- Creates (p_id NULL) or changes a destination; p_url NULL keeps the saved URL. Audited without the URL.
CREATE FUNCTION alert_destination_save(p_id bigint, p_name text, p_kind text, p_url text, p_enabled boolean,
                                       p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_row alert_destinations;
    saved alert_destinations;
BEGIN
    PERFORM ts_require_reason(p_reason);
    PERFORM ts_require_platform_admin('change where alerts are sent');
    IF p_kind IS NULL OR p_kind NOT IN ('slack', 'webhook') THEN
        RAISE EXCEPTION 'the kind is slack or webhook' USING ERRCODE = 'check_violation';
    END IF;
    IF p_url IS NOT NULL AND (length(p_url) > 2000 OR p_url ~ '\s'
        OR NOT (p_url ~* '^https://[^/?#@\s]+' OR p_url ~* '^http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?(/|$)')) THEN
        RAISE EXCEPTION 'a webhook URL must start with https:// (plain http only to this machine)'
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_id IS NULL THEN
        IF p_url IS NULL THEN
            RAISE EXCEPTION 'a new destination needs its URL' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO alert_destinations (name, kind, url, url_hint, enabled)
        VALUES (btrim(p_name), p_kind, p_url, ts_url_hint(p_url), coalesce(p_enabled, true))
        RETURNING * INTO saved;
    ELSE
        SELECT * INTO before_row FROM alert_destinations WHERE id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'alert destination % does not exist', p_id USING ERRCODE = 'no_data_found';
        END IF;
        UPDATE alert_destinations SET name = btrim(p_name), kind = p_kind, url = coalesce(p_url, url),
            url_hint = coalesce(ts_url_hint(p_url), url_hint), enabled = coalesce(p_enabled, true), updated_at = now()
        WHERE id = p_id RETURNING * INTO saved;
    END IF;
    PERFORM audit_write(NULL, CASE WHEN p_id IS NULL THEN 'alert_destination.create' ELSE 'alert_destination.update' END,
                        'alert_destination', saved.id::text,
                        CASE WHEN p_id IS NULL THEN NULL ELSE to_jsonb(before_row) - 'url' END,
                        (to_jsonb(saved) - 'url') || jsonb_build_object('url_changed', p_url IS NOT NULL), p_reason);
    PERFORM pg_notify('ts_alerts', '');
    RETURN saved.id;
END $$;

CREATE FUNCTION alert_destination_remove(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed alert_destinations;
BEGIN
    PERFORM ts_require_reason(p_reason);
    PERFORM ts_require_platform_admin('change where alerts are sent');
    DELETE FROM alert_destinations WHERE id = p_id RETURNING * INTO removed;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'alert destination % does not exist', p_id USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM audit_write(NULL, 'alert_destination.remove', 'alert_destination', p_id::text, to_jsonb(removed) - 'url',
                        NULL, p_reason);
    PERFORM pg_notify('ts_alerts', '');
END $$;

-- Every alert fired from now on is queued once for each enabled destination.
CREATE FUNCTION ts_queue_alert_deliveries() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO alert_deliveries (destination_id, alert_kind, alert_id, tenant_id)
    SELECT d.id, TG_ARGV[0], a.id, a.tenant_id FROM added a CROSS JOIN alert_destinations d WHERE d.enabled
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION ts_queue_alert_deliveries() FROM PUBLIC;
CREATE TRIGGER quota_alerts_deliver AFTER INSERT ON quota_alerts REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION ts_queue_alert_deliveries('quota');
CREATE TRIGGER anomaly_alerts_deliver AFTER INSERT ON anomaly_alerts REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION ts_queue_alert_deliveries('anomaly');

-- The alert as the destinations receive it (tenant name, what was observed, against what).
CREATE FUNCTION ts_alert_payload(p_kind text, p_alert bigint) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE p_kind
        WHEN 'quota' THEN (
            SELECT jsonb_build_object('kind', 'quota', 'id', a.id, 'tenant_id', a.tenant_id, 'tenant', t.name,
                                      'metric', a.metric, 'threshold_pct', a.threshold_pct, 'observed', a.observed,
                                      'limit', a.limit_value, 'fired_at', a.fired_at)
            FROM quota_alerts a JOIN tenants t ON t.id = a.tenant_id WHERE a.id = p_alert)
        ELSE (
            SELECT jsonb_build_object('kind', 'anomaly', 'id', a.id, 'rule', a.rule_name, 'tenant_id', a.tenant_id,
                                      'tenant', t.name, 'metric', a.metric, 'observed', a.observed,
                                      'baseline', a.baseline, 'samples', to_jsonb(a.samples), 'factor', a.factor,
                                      'method', a.method, 'window_start', a.window_start,
                                      'window_end', a.window_end, 'fired_at', a.fired_at)
            FROM anomaly_alerts a LEFT JOIN tenants t ON t.id = a.tenant_id WHERE a.id = p_alert)
    END
$$;
REVOKE ALL ON FUNCTION ts_alert_payload(text, bigint) FROM PUBLIC;

-- Hands due deliveries to the calling console for p_lease seconds (no other console gets them meanwhile),
-- with the URL and the alert. Platform admins only: they set the URLs.
CREATE FUNCTION alert_deliveries_claim(p_limit integer, p_lease integer)
RETURNS TABLE (delivery_id bigint, kind text, url text, attempt integer, alert jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM ts_require_platform_admin('send alerts');
    IF p_limit IS NULL OR p_limit < 1 OR p_limit > 100 OR p_lease IS NULL OR p_lease < 5 OR p_lease > 600 THEN
        RAISE EXCEPTION 'claim 1 to 100 deliveries for 5 to 600 s' USING ERRCODE = 'check_violation';
    END IF;
    RETURN QUERY
    WITH due AS (
        SELECT l.id FROM alert_deliveries l JOIN alert_destinations d ON d.id = l.destination_id AND d.enabled
        WHERE l.state = 'pending' AND l.next_attempt_at <= now() AND (l.claimed_until IS NULL OR l.claimed_until < now())
        ORDER BY l.next_attempt_at, l.id LIMIT p_limit
        FOR UPDATE OF l SKIP LOCKED
    ), claimed AS (
        UPDATE alert_deliveries l SET claimed_until = now() + make_interval(secs => p_lease), claimed_by = session_user
        FROM due WHERE l.id = due.id
        RETURNING l.id, l.destination_id, l.attempts, l.alert_kind, l.alert_id
    )
    SELECT c.id, d.kind, d.url, c.attempts + 1, ts_alert_payload(c.alert_kind, c.alert_id)
    FROM claimed c JOIN alert_destinations d ON d.id = c.destination_id ORDER BY c.id;
END $$;

-- What the destination answered: 2xx sent; 429, 408, 5xx or no answer (0) retried after a backoff that
-- doubles (or the Retry-After asked, if longer) until alerts.delivery_max_attempts; anything else fails.
-- Returns the delivery's state.
CREATE FUNCTION alert_delivery_report(p_delivery bigint, p_status integer, p_error text, p_retry_after integer)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    l alert_deliveries;
    base_s integer;
    max_attempts integer;
    wait_s numeric;
    retryable boolean := p_status = 0 OR p_status = 408 OR p_status = 429 OR p_status >= 500;
BEGIN
    PERFORM ts_require_platform_admin('send alerts');
    SELECT * INTO l FROM alert_deliveries WHERE id = p_delivery FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'alert delivery % does not exist', p_delivery USING ERRCODE = 'no_data_found';
    END IF;
    IF l.state <> 'pending' THEN
        RETURN l.state; -- reported already (a lease that ran out); the first answer stands
    END IF;
    SELECT coalesce(max(value) FILTER (WHERE key = 'alerts.delivery_backoff_seconds'), '30')::integer,
           coalesce(max(value) FILTER (WHERE key = 'alerts.delivery_max_attempts'), '6')::integer
    INTO base_s, max_attempts FROM platform_settings;
    IF p_status BETWEEN 200 AND 299 THEN
        UPDATE alert_deliveries SET state = 'sent', attempts = attempts + 1, sent_at = now(), last_status = p_status,
            last_error = NULL, claimed_until = NULL WHERE id = p_delivery;
    ELSIF retryable AND l.attempts + 1 < max_attempts THEN
        wait_s := least(3600, greatest(base_s * power(2, l.attempts), coalesce(p_retry_after, 0)));
        UPDATE alert_deliveries SET attempts = attempts + 1, last_status = p_status, last_error = left(p_error, 500),
            next_attempt_at = now() + make_interval(secs => wait_s), claimed_until = NULL WHERE id = p_delivery;
    ELSE
        UPDATE alert_deliveries SET state = 'failed', attempts = attempts + 1, last_status = p_status,
            last_error = left(p_error, 500), claimed_until = NULL WHERE id = p_delivery;
    END IF;
    PERFORM pg_notify('ts_alerts', '');
    RETURN (SELECT state FROM alert_deliveries WHERE id = p_delivery);
END $$;

REVOKE ALL ON FUNCTION ts_require_platform_admin(text), ts_url_hint(text),
    anomaly_rule_save(bigint, text, text, text, uuid, integer, numeric, numeric, boolean, text),
    anomaly_rule_remove(bigint, text), anomalies_evaluate(), anomaly_alert_ack(bigint, text),
    alert_destination_save(bigint, text, text, text, boolean, text), alert_destination_remove(bigint, text),
    alert_deliveries_claim(integer, integer), alert_delivery_report(bigint, integer, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION anomaly_rule_save(bigint, text, text, text, uuid, integer, numeric, numeric, boolean, text),
    anomaly_rule_remove(bigint, text), alert_destination_save(bigint, text, text, text, boolean, text),
    alert_destination_remove(bigint, text), alert_deliveries_claim(integer, integer),
    alert_delivery_report(bigint, integer, text, integer) TO platform_admin;
GRANT EXECUTE ON FUNCTION anomalies_evaluate(), anomaly_alert_ack(bigint, text) TO platform_admin, support, finance;
