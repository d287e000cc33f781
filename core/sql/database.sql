-- Setup of the Elect database itself, run by a superuser connected to it by `elect db init`.
-- Idempotent.
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE SCHEMA IF NOT EXISTS elect AUTHORIZATION elect_owner;
REVOKE ALL ON DATABASE elect FROM PUBLIC;
GRANT CONNECT ON DATABASE elect TO elect_sysadmin, elect_staff, elect_kiosk, elect_service;
GRANT CONNECT, TEMPORARY ON DATABASE elect TO elect_owner;
-- Staff stage imports in temporary tables (private to their session, dropped at commit).
GRANT TEMPORARY ON DATABASE elect TO elect_staff;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO elect_owner, elect_sysadmin, elect_staff, elect_kiosk, elect_service;
REVOKE ALL ON SCHEMA elect FROM PUBLIC;
-- Functions are not executable by everyone unless a migration grants them.
ALTER DEFAULT PRIVILEGES FOR ROLE elect_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- No login takes an advisory lock or makes a large object (docs/security.md): a session holding the
-- lock the account functions serialize on would stall every registration and every audited change,
-- and large objects are storage beside every table's row-level security. The schema's owner keeps the
-- locks its functions and the migrations take: the audit chain's, and each election's voting lock, which
-- casts share (0017). (pg_proc is per database: this is the Elect database's.)
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
              WHERE p.pronamespace = 'pg_catalog'::regnamespace
                AND (p.proname LIKE 'pg\_advisory\_%' OR p.proname LIKE 'pg\_try\_advisory\_%'
                     OR p.proname IN ('lo_creat', 'lo_create', 'lo_open', 'lo_close', 'lo_import', 'lo_export',
                                      'lo_unlink', 'lo_from_bytea', 'lo_put', 'lo_get', 'loread', 'lowrite',
                                      'lo_truncate', 'lo_truncate64', 'lo_lseek', 'lo_lseek64', 'lo_tell',
                                      'lo_tell64'))
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;
GRANT EXECUTE ON FUNCTION pg_advisory_xact_lock(bigint), pg_advisory_xact_lock_shared(bigint) TO elect_owner;
-- Settings a login cannot lift (superuser-only parameters), for every session of the Elect database
-- (docs/security.md, "Passwords, sign-in and server settings"). temp_file_limit: a session's sorts and
-- hashes may spill at most 1 GB to disk (an import of a million voters spills well under that), so no
-- login fills the server's disk with one query. log_min_error_statement = panic: a statement that fails is
-- not copied into the log, since it may carry a password (a hand-typed ALTER ROLE ... PASSWORD that
-- passwordcheck refused). log_parameter_max_length = 0: statements are logged without their parameters'
-- values, even with log_statement = all, since the kiosk's national ids and one-time codes travel as
-- parameters. A role that is not a superuser cannot set them: then they are left to the server's
-- administrator, and `elect db init` says so.
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('ALTER DATABASE %I SET temp_file_limit = %L', current_database(), '1GB');
        EXECUTE format('ALTER DATABASE %I SET log_min_error_statement = %L', current_database(), 'panic');
        EXECUTE format('ALTER DATABASE %I SET log_parameter_max_length = %L', current_database(), '0');
    END IF;
END
$$;
