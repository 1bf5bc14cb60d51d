-- Platform contract v1, part 9: quota alerts the whole team shares. An alert fires once per tenant, metric,
-- threshold and UTC month; acknowledging and snoozing are audited and announced to every open console.

ALTER TABLE quota_alerts ADD COLUMN snoozed_by text;

-- The thresholds, in percent of a tenant's effective monthly limit, comma-separated.
INSERT INTO platform_settings (key, value) VALUES ('alerts.thresholds', '80,90,100') ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION ts_is_staff() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, 'platform_admin', 'MEMBER') OR pg_has_role(session_user, 'support', 'MEMBER')
        OR pg_has_role(session_user, 'finance', 'MEMBER')
$$;

-- Record the thresholds crossed now (one row per tenant, metric, threshold, observed value and limit);
-- returns the ids of the alerts that are new this month, and tells every console.
CREATE FUNCTION alerts_fire(p_tenants uuid[], p_metrics text[], p_thresholds integer[], p_observed numeric[],
                            p_limits numeric[]) RETURNS SETOF bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    fired bigint[];
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'your login may not record alerts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    WITH crossed AS (
        SELECT * FROM unnest(p_tenants, p_metrics, p_thresholds, p_observed, p_limits)
            AS c(tenant_id, metric, threshold_pct, observed, limit_value)
    ), inserted AS (
        INSERT INTO quota_alerts (tenant_id, metric, threshold_pct, period, observed, limit_value)
        SELECT c.tenant_id, c.metric, c.threshold_pct, date_trunc('month', now() AT TIME ZONE 'UTC')::date, c.observed,
               c.limit_value
        FROM crossed c JOIN tenants t ON t.id = c.tenant_id
        ON CONFLICT (tenant_id, metric, threshold_pct, period) DO NOTHING
        RETURNING id
    )
    SELECT coalesce(array_agg(id), '{}') INTO fired FROM inserted;
    IF cardinality(fired) > 0 THEN
        PERFORM pg_notify('ts_alerts', json_build_object('fired', cardinality(fired))::text);
    END IF;
    RETURN QUERY SELECT unnest(fired);
END $$;

-- Acknowledge (p_until NULL) or snooze until p_until; audited; every console hears it.
CREATE FUNCTION alert_handle(p_alert bigint, p_until timestamptz, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    a quota_alerts;
BEGIN
    IF NOT ts_is_staff() THEN
        RAISE EXCEPTION 'your login may not handle alerts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO a FROM quota_alerts WHERE id = p_alert FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'alert % does not exist', p_alert USING ERRCODE = 'no_data_found';
    END IF;
    IF p_until IS NULL THEN
        IF a.acknowledged_at IS NOT NULL THEN
            RAISE EXCEPTION 'alert % was acknowledged already by % at %', p_alert, a.acknowledged_by, a.acknowledged_at
                USING ERRCODE = 'unique_violation';
        END IF;
        UPDATE quota_alerts SET acknowledged_by = session_user, acknowledged_at = now() WHERE id = p_alert;
    ELSE
        IF p_until <= now() OR p_until > now() + interval '90 days' THEN
            RAISE EXCEPTION 'a snooze ends in the future, within 90 days' USING ERRCODE = 'check_violation';
        END IF;
        UPDATE quota_alerts SET snoozed_until = p_until, snoozed_by = session_user WHERE id = p_alert;
    END IF;
    PERFORM audit_write(a.tenant_id, CASE WHEN p_until IS NULL THEN 'alert.ack' ELSE 'alert.snooze' END, 'quota_alert',
                        p_alert::text,
                        jsonb_build_object('acknowledged_at', a.acknowledged_at, 'snoozed_until', a.snoozed_until),
                        jsonb_build_object('until', p_until), coalesce(nullif(btrim(p_note), ''), '(no note)'));
    PERFORM pg_notify('ts_alerts', json_build_object('handled', p_alert)::text);
END $$;

-- Change the thresholds (platform admins), audited: "75,90,100". Alerts already fired stay.
CREATE FUNCTION alert_thresholds_set(p_value text, p_reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before_value text;
    cleaned text;
BEGIN
    PERFORM ts_require_reason(p_reason);
    IF NOT pg_has_role(session_user, 'platform_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'your login may not change the alert thresholds (platform_admin can)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_value !~ '^\s*\d{1,4}(\s*,\s*\d{1,4}){0,9}\s*$' THEN
        RAISE EXCEPTION 'thresholds: 1 to 10 whole percentages separated by commas, like 80,90,100'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT string_agg(t::text, ',' ORDER BY t) INTO cleaned
    FROM (SELECT DISTINCT btrim(x)::int AS t FROM unnest(string_to_array(p_value, ',')) x) v;
    IF EXISTS (SELECT 1 FROM unnest(string_to_array(cleaned, ',')::int[]) t WHERE t < 1 OR t > 1000) THEN
        RAISE EXCEPTION 'thresholds: each between 1 and 1000 %%' USING ERRCODE = 'check_violation';
    END IF;
    SELECT value INTO before_value FROM platform_settings WHERE key = 'alerts.thresholds';
    INSERT INTO platform_settings (key, value, updated_at) VALUES ('alerts.thresholds', cleaned, now())
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now();
    PERFORM audit_write(NULL, 'alert.thresholds', 'platform_setting', 'alerts.thresholds',
                        jsonb_build_object('value', before_value), jsonb_build_object('value', cleaned), p_reason);
    RETURN cleaned;
END $$;

REVOKE ALL ON FUNCTION alert_thresholds_set(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION alert_thresholds_set(text, text) TO platform_admin;

REVOKE ALL ON FUNCTION ts_is_staff(), alerts_fire(uuid[], text[], integer[], numeric[], numeric[]),
    alert_handle(bigint, timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION alerts_fire(uuid[], text[], integer[], numeric[], numeric[]),
    alert_handle(bigint, timestamptz, text) TO platform_admin, support, finance;
