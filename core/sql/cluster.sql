-- Cluster-wide setup, run by a superuser on the maintenance database by `elect db init`.
-- Idempotent. Roles are cluster-wide, so they are created here and not in a migration.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elect_owner') THEN
        -- Owns the schema and the SECURITY DEFINER functions; CREATEROLE so that those functions
        -- can create each person's and kiosk's own login role.
        CREATE ROLE elect_owner NOLOGIN CREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elect_sysadmin') THEN
        CREATE ROLE elect_sysadmin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elect_staff') THEN
        CREATE ROLE elect_staff NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elect_kiosk') THEN
        CREATE ROLE elect_kiosk NOLOGIN;
    END IF;
    -- Kept for the migrations that name it (0002, 0003); it has had no login since 0013.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elect_registrar') THEN
        CREATE ROLE elect_registrar NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elect_service') THEN
        CREATE ROLE elect_service NOLOGIN;
    END IF;
END
$$;
-- Group roles never log in, whatever was done to them before.
ALTER ROLE elect_owner NOLOGIN CREATEROLE;
ALTER ROLE elect_sysadmin NOLOGIN;
ALTER ROLE elect_staff NOLOGIN;
ALTER ROLE elect_kiosk NOLOGIN;
-- The registrar's login, whose password was public, is gone (0013_registration_api.sql): registration goes
-- through elect serve's HTTP API.
ALTER ROLE elect_registrar NOLOGIN PASSWORD NULL CONNECTION LIMIT 0;
-- Logins connect to the Elect database only (the superuser keeps every database). A role that is not a
-- superuser cannot change another's database: then this is left to the server's administrator.
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
        REVOKE CONNECT ON DATABASE template1 FROM PUBLIC;
    END IF;
END
$$;
