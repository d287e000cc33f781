-- The system admin's view of the platform in elect-admin (issue 11, item 2; docs/admin-platform.md):
-- a rejection always carries the reason the owner reads, and the dashboard of active elections counts
-- the kiosks that are online.
SET search_path = elect, pg_catalog;

-- Rejecting an organization needs a reason: the owner reads it in the notification and the email
-- (OrganizationDecisionEmailHandler), so an empty one would leave them guessing what to change. The
-- clients ask for it too; this is where it cannot be skipped. The reason is stored trimmed, and the same
-- trimmed text reaches the notification, the outbox message and the audit log.
CREATE OR REPLACE FUNCTION reject_organization(p_organization bigint, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_reason text := btrim(coalesce(p_reason, ''));
BEGIN
    IF NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    IF length(v_reason) = 0 OR length(v_reason) > 2000 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'rejection_reason_required';
    END IF;
    PERFORM decide_organization(p_organization, false, v_reason);
END
$$;

-- Kiosks online, per organization: an enabled kiosk is online while its login has a session open in
-- this database. A working kiosk's heartbeat (every 10 s) keeps its session; a kiosk that stopped loses it
-- when its process or network goes (the server sees the socket close) or, at the latest, after the kiosk
-- logins' idle_session_timeout (5 minutes, 0014). Only counts leave this function: never a session's
-- query, address or process id. pg_stat_activity shows every session's role to everyone; the function
-- exists so that the answer is the system admin's alone and stays a number.
CREATE FUNCTION platform_kiosks_online()
    RETURNS TABLE (organization_id bigint, kiosks_enabled integer, kiosks_online integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    RETURN QUERY
    SELECT k.organization_id, count(*)::integer,
           count(*) FILTER (WHERE EXISTS (SELECT FROM pg_stat_activity a
                                           WHERE a.usename = k.login_role AND a.datname = current_database()))::integer
      FROM kiosks k
     WHERE k.enabled
     GROUP BY k.organization_id;
END
$$;
REVOKE ALL ON FUNCTION platform_kiosks_online() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform_kiosks_online() TO elect_sysadmin;
