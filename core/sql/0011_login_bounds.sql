-- Every person's and kiosk's login is bounded (docs/security.md, issue 9): a connection limit, so that
-- one login cannot take the server's slots, and timeouts, so that one session cannot hold locks or a
-- transaction open. PostgreSQL does not pass a group role's settings on to its members, so each login
-- gets its own, when its row is written (a deferred trigger: the functions create the role after the
-- row, in the same transaction) and here for the logins that exist already.
SET search_path = elect, pg_catalog;

CREATE FUNCTION bound_login(p_role text, p_kiosk boolean) RETURNS void
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
END
$$;
REVOKE ALL ON FUNCTION bound_login(text, boolean) FROM PUBLIC;

CREATE FUNCTION bound_new_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM bound_login(NEW.login_role, TG_TABLE_NAME = 'kiosks');
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION bound_new_login() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER bound_login AFTER INSERT ON users DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bound_new_login();
CREATE CONSTRAINT TRIGGER bound_login AFTER INSERT ON kiosks DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bound_new_login();

DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT login_role, false AS kiosk FROM users UNION ALL SELECT login_role, true FROM kiosks LOOP
        PERFORM bound_login(r.login_role, r.kiosk);
    END LOOP;
END
$$;
