-- Passwords that resist guessing, the rest of the login bounds, and kiosks that only their owner turns on
-- or off (docs/security.md, "Passwords, sign-in and server settings"; issue 9).
SET search_path = elect, pg_catalog;

-- The bounds of 0011 and an idle-session timeout. A session that waits for its client that long is one
-- nobody uses: a laptop shut with the admin app open, a client that died without closing. The apps reconnect
-- by themselves before their next call (Connection), so a person sees nothing; a kiosk's heartbeat (10 s)
-- keeps a working kiosk's session in use, so only a kiosk that stopped is cut.
CREATE OR REPLACE FUNCTION bound_login(p_role text, p_kiosk boolean) RETURNS void
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_role) THEN
        RETURN;
    END IF;
    -- People: several windows and an import at once; kiosks: one screen.
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_role, CASE WHEN p_kiosk THEN 10 ELSE 20 END);
    -- An import of a million voters is a few statements of seconds each; a kiosk's calls are milliseconds.
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_role, CASE WHEN p_kiosk THEN '15s' ELSE '5min' END);
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_role, '10s');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_role, '60s');
    EXECUTE format('ALTER ROLE %I SET idle_session_timeout = %L', p_role,
                   CASE WHEN p_kiosk THEN '5min' ELSE '15min' END);
END
$$;

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT login_role, false AS kiosk FROM users UNION ALL SELECT login_role, true FROM kiosks LOOP
        PERFORM bound_login(r.login_role, r.kiosk);
    END LOOP;
END
$$;

-- A verifier is refused unless guessing its password costs what PostgreSQL's own verifiers cost: at least
-- 4096 PBKDF2 iterations (RFC 7677's minimum, libpq's default) and a salt of at least 16 bytes (libpq's),
-- with keys of SHA-256's 32 bytes. A client that sends 1 iteration would make an offline guess ~4000 times
-- cheaper for whoever reads pg_authid (a backup, a superuser).
CREATE OR REPLACE FUNCTION check_verifier(p_verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    v_parts text[];
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'password_not_a_verifier';
    END IF;
    v_parts := regexp_match(p_verifier, '^SCRAM-SHA-256\$([0-9]+):([^$]+)\$([^:]+):(.+)$');
    BEGIN
        IF length(v_parts[1]) > 9 OR v_parts[1]::integer < 4096
           OR length(decode(v_parts[2], 'base64')) < 16
           OR length(decode(v_parts[3], 'base64')) <> 32 OR length(decode(v_parts[4], 'base64')) <> 32 THEN
            RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'password_verifier_weak';
        END IF;
    EXCEPTION
        WHEN invalid_parameter_value THEN -- not base64
            RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'password_not_a_verifier';
    END;
END
$$;

-- Only an organization's owner turns its kiosks off or on (staff no longer UPDATE kiosks.enabled). Off
-- takes the kiosk's LOGIN away and ends its open sessions at once, so a stolen or lost kiosk stops working
-- now rather than at its next sign-in. To end them, elect_owner becomes a member of that kiosk's login
-- role: pg_terminate_backend allows a role's own members, and membership reaches that one kiosk's
-- sessions only (pg_signal_backend would reach every non-superuser session of the cluster).
CREATE FUNCTION set_kiosk_enabled(p_kiosk bigint, p_enabled boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    v_login text;
    v_ended integer := 0;
    v_pid integer;
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    SELECT login_role INTO v_login FROM kiosks WHERE id = p_kiosk AND organization_id = v_org FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'kiosk_not_found';
    END IF;
    UPDATE kiosks SET enabled = p_enabled WHERE id = p_kiosk;
    EXECUTE format('ALTER ROLE %I %s', v_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT p_enabled THEN
        IF NOT pg_has_role('elect_owner', v_login, 'USAGE') THEN
            EXECUTE format('GRANT %I TO elect_owner', v_login);
        END IF;
        -- The sessions first, then one signal each: in a single query the planner may call
        -- pg_terminate_backend before the filter on the role. Waits (up to 5 s each) until each session is
        -- gone, so the caller knows it is.
        FOR v_pid IN SELECT a.pid FROM pg_stat_activity a WHERE a.usename = v_login LOOP
            IF pg_terminate_backend(v_pid, 5000) THEN
                v_ended := v_ended + 1;
            END IF;
        END LOOP;
    END IF;
    PERFORM audit(CASE WHEN p_enabled THEN 'enable_kiosk' ELSE 'disable_kiosk' END, 'kiosk', p_kiosk::text, v_org,
                  true, jsonb_build_object('sessions_ended', v_ended));
    RETURN v_ended;
END
$$;
REVOKE ALL ON FUNCTION set_kiosk_enabled(bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION set_kiosk_enabled(bigint, boolean) TO elect_staff;

REVOKE UPDATE (enabled) ON kiosks FROM elect_staff;
-- The grant of 0002 was on the three columns; what stays is the two an organization admin may edit.
REVOKE UPDATE ON kiosks FROM elect_staff;
GRANT UPDATE (name, polling_station) ON kiosks TO elect_staff;

-- Kiosks already disabled lose LOGIN too.
DO $$
DECLARE
    v_login text;
BEGIN
    FOR v_login IN SELECT login_role FROM kiosks WHERE NOT enabled LOOP
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = v_login) THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', v_login);
        END IF;
    END LOOP;
END
$$;
