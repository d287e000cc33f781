-- Setup of the Elect database itself, run by a superuser connected to it by `elect db init`.
-- Idempotent.
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE SCHEMA IF NOT EXISTS elect AUTHORIZATION elect_owner;
REVOKE ALL ON DATABASE elect FROM PUBLIC;
GRANT CONNECT ON DATABASE elect TO elect_sysadmin, elect_staff, elect_kiosk, elect_registrar, elect_service;
GRANT CONNECT, TEMPORARY ON DATABASE elect TO elect_owner;
-- Staff stage imports in temporary tables (private to their session, dropped at commit).
GRANT TEMPORARY ON DATABASE elect TO elect_staff;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO elect_owner, elect_sysadmin, elect_staff, elect_kiosk, elect_registrar, elect_service;
REVOKE ALL ON SCHEMA elect FROM PUBLIC;
-- Functions are not executable by everyone unless a migration grants them.
ALTER DEFAULT PRIVILEGES FOR ROLE elect_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
