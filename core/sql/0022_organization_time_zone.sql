-- Each organization's time zone (issue 11, "Elections"): elect-admin shows and takes an election's start
-- and end in the organization's own zone, whoever's computer the form runs on, and says which zone that is.
-- Until now no zone was stored anywhere. An IANA name ("Africa/Cairo"); a new organization gets the zone
-- of its country's capital when the country has one zone (or a sensible main one), else UTC. The owner may
-- change it (set_organization_time_zone); nobody else writes it.
SET search_path = elect, pg_catalog;

CREATE FUNCTION default_time_zone(p_country text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = elect, pg_temp
AS $$
    SELECT CASE upper(p_country)
        WHEN 'EG' THEN 'Africa/Cairo' WHEN 'SA' THEN 'Asia/Riyadh' WHEN 'AE' THEN 'Asia/Dubai'
        WHEN 'JO' THEN 'Asia/Amman' WHEN 'LB' THEN 'Asia/Beirut' WHEN 'KW' THEN 'Asia/Kuwait'
        WHEN 'QA' THEN 'Asia/Qatar' WHEN 'BH' THEN 'Asia/Bahrain' WHEN 'OM' THEN 'Asia/Muscat'
        WHEN 'IQ' THEN 'Asia/Baghdad' WHEN 'SY' THEN 'Asia/Damascus' WHEN 'PS' THEN 'Asia/Hebron'
        WHEN 'MA' THEN 'Africa/Casablanca' WHEN 'DZ' THEN 'Africa/Algiers' WHEN 'TN' THEN 'Africa/Tunis'
        WHEN 'LY' THEN 'Africa/Tripoli' WHEN 'SD' THEN 'Africa/Khartoum' WHEN 'YE' THEN 'Asia/Aden'
        WHEN 'TR' THEN 'Europe/Istanbul' WHEN 'GB' THEN 'Europe/London' WHEN 'IE' THEN 'Europe/Dublin'
        WHEN 'FR' THEN 'Europe/Paris' WHEN 'DE' THEN 'Europe/Berlin' WHEN 'NL' THEN 'Europe/Amsterdam'
        WHEN 'IT' THEN 'Europe/Rome' WHEN 'ES' THEN 'Europe/Madrid' WHEN 'IN' THEN 'Asia/Kolkata'
        WHEN 'JP' THEN 'Asia/Tokyo' WHEN 'NG' THEN 'Africa/Lagos' WHEN 'KE' THEN 'Africa/Nairobi'
        WHEN 'ZA' THEN 'Africa/Johannesburg'
        ELSE 'UTC' END
$$;

ALTER TABLE organizations ADD COLUMN time_zone text;
UPDATE organizations SET time_zone = default_time_zone(country);
ALTER TABLE organizations ALTER COLUMN time_zone SET NOT NULL;

-- A zone the server knows, filled in from the country when none is given (registration names none).
CREATE FUNCTION organization_time_zone_check() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NEW.time_zone IS NULL THEN
        NEW.time_zone := default_time_zone(NEW.country);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_timezone_names WHERE name = NEW.time_zone) THEN
        -- 22023 (invalid_parameter_value): Elect shows "A value is not acceptable" with this text.
        RAISE EXCEPTION 'unknown time zone: %', NEW.time_zone USING ERRCODE = '22023';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER time_zone_check BEFORE INSERT OR UPDATE OF time_zone ON organizations
    FOR EACH ROW EXECUTE FUNCTION organization_time_zone_check();

-- Staff read the whole organizations row already (0002); system admins read listed columns.
GRANT SELECT (time_zone) ON organizations TO elect_sysadmin;

-- The owner changes the organization's zone. Elections keep their instants (timestamptz); only how they
-- are shown and typed changes.
CREATE FUNCTION set_organization_time_zone(p_zone text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    v_old text;
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    SELECT time_zone INTO STRICT v_old FROM organizations WHERE user_id = v_org FOR UPDATE;
    UPDATE organizations SET time_zone = p_zone WHERE user_id = v_org;
    PERFORM audit('set_organization_time_zone', 'organization', v_org::text, v_org, true,
                  jsonb_build_object('from', v_old, 'to', p_zone));
END
$$;
REVOKE ALL ON FUNCTION default_time_zone(text), organization_time_zone_check(), set_organization_time_zone(text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION set_organization_time_zone(text) TO elect_staff;
