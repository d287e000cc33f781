-- No public database login (issue 9, docs/registration-api.md). Registration, email verification and
-- password reset move behind `elect serve`'s HTTP API: the account functions answer the service login
-- only, and elect_registrar, whose password was published, no longer logs in. The API's rate limits live
-- here, so that every serve in front of one database counts the same requests.
SET search_path = elect, pg_catalog;

-- The registrar keeps existing (older grants name it) but can neither log in nor call anything.
ALTER ROLE elect_registrar NOLOGIN PASSWORD NULL CONNECTION LIMIT 0;
REVOKE EXECUTE ON FUNCTION register_organization(text, text, text, text, text, text), verify_email(text),
    request_password_reset(text), complete_password_reset(text, text) FROM elect_registrar;
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM elect_registrar', current_database());
END
$$;
REVOKE USAGE ON SCHEMA elect FROM elect_registrar;

-- Fixed windows per bucket. A bucket names a route and a client address or an email; it is stored only as
-- an HMAC under a key no login reads, so the table lists neither addresses nor emails (and a guessed email
-- cannot be checked against it without the key).
CREATE TABLE service_rate_limits (
    bucket bytea PRIMARY KEY,
    hits integer NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON service_rate_limits (expires_at);
CREATE TABLE service_rate_key (
    only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
    key bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO service_rate_key (key) VALUES (public.gen_random_bytes(32));
REVOKE ALL ON service_rate_limits, service_rate_key FROM PUBLIC;

-- Counts one request in \a p_bucket and says whether it may go ahead: 0 when it may, else the seconds until
-- the bucket's window ends (the Retry-After). At most \a p_max requests per window of \a p_per. Atomic under
-- concurrency: the row is written by INSERT ... ON CONFLICT, which locks it, so two serves never both take
-- the last place. Expired rows are pruned a few at a time by the calls themselves.
CREATE FUNCTION service_rate_take(p_bucket text, p_max integer, p_per interval) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_bucket bytea;
    v_hits integer;
    v_expires timestamptz;
    v_now timestamptz := clock_timestamp();
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    IF p_bucket IS NULL OR p_max IS NULL OR p_max < 1 OR p_per IS NULL OR p_per < interval '1 second'
       OR p_per > interval '1 day' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'rate_limit_invalid';
    END IF;
    v_bucket := public.hmac(convert_to(p_bucket, 'UTF8'), (SELECT key FROM service_rate_key), 'sha256');
    INSERT INTO service_rate_limits AS r (bucket, hits, expires_at)
    VALUES (v_bucket, 1, v_now + p_per)
    ON CONFLICT (bucket) DO UPDATE
        SET hits = CASE WHEN r.expires_at <= v_now THEN 1 ELSE r.hits + 1 END,
            expires_at = CASE WHEN r.expires_at <= v_now THEN v_now + p_per ELSE r.expires_at END
    RETURNING hits, expires_at INTO v_hits, v_expires;
    DELETE FROM service_rate_limits
     WHERE bucket IN (SELECT bucket FROM service_rate_limits WHERE expires_at < v_now - interval '1 minute'
                       ORDER BY expires_at LIMIT 20 FOR UPDATE SKIP LOCKED);
    IF v_hits > p_max THEN
        RETURN greatest(1, ceil(extract(epoch FROM v_expires - v_now)))::integer;
    END IF;
    RETURN 0;
END
$$;

-- Registration as before, for the service only, and silent about taken emails: a registration with an
-- email that has an account already writes no account, queues an email to that account ("someone tried to
-- register with your address") and returns NULL, so the API answers exactly as for a new registration.
-- (An organization name that is taken is still refused: names are public, and a club must learn that its
-- name is in use.)
CREATE OR REPLACE FUNCTION register_organization(p_email text, p_first text, p_last text, p_verifier text,
                                                 p_organization text, p_country text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_id bigint;
    v_existing bigint;
    v_taken boolean := false;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    IF coalesce(length(btrim(p_organization)), 0) < 2 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'organization_name_invalid';
    END IF;
    IF coalesce(upper(p_country), '') !~ '^[A-Z]{2}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'country_invalid';
    END IF;
    IF EXISTS (SELECT FROM organizations WHERE lower(btrim(name)) = lower(btrim(p_organization))) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'organization_name_taken';
    END IF;
    PERFORM check_verifier(p_verifier);
    BEGIN
        PERFORM check_person(p_email, p_first, p_last);
    EXCEPTION WHEN SQLSTATE 'EL005' THEN
        v_taken := true;
    END;
    IF v_taken THEN
        SELECT id INTO v_existing FROM users WHERE lower(email) = lower(btrim(p_email)) AND is_active;
        IF v_existing IS NOT NULL THEN
            INSERT INTO outbox (kind, payload)
            VALUES ('registration_attempt', jsonb_build_object('user_id', v_existing));
        END IF;
        PERFORM audit('register_organization', 'user', v_existing::text, NULL, false,
                      jsonb_build_object('reason', 'email_taken'));
        RETURN NULL;
    END IF;
    v_id := create_person(p_email, p_first, p_last, p_verifier, 'organization', 'elect_staff');
    INSERT INTO organizations (user_id, name, country) VALUES (v_id, btrim(p_organization), upper(p_country));
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v_id, 'verify_email', jsonb_build_object('user_id', v_id));
    PERFORM audit('register_organization', 'organization', v_id::text, v_id, true,
                  jsonb_build_object('name', btrim(p_organization)));
    RETURN v_id;
END
$$;

CREATE OR REPLACE FUNCTION verify_email(p_token text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    v_user := take_token(p_token, 'verify_email');
    UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = v_user;
    PERFORM refresh_login(v_user);
    PERFORM audit('verify_email', 'user', v_user::text,
                  coalesce((SELECT user_id FROM organizations WHERE user_id = v_user),
                           (SELECT organization_id FROM organization_admins WHERE user_id = v_user)), true);
END
$$;

-- A new verification email for an account whose address is not verified yet; says nothing either way.
CREATE FUNCTION request_email_verification(p_email text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    SELECT id INTO v_user FROM users
     WHERE lower(email) = lower(btrim(p_email)) AND is_active AND email_verified_at IS NULL;
    IF v_user IS NOT NULL THEN
        INSERT INTO outbox (kind, payload) VALUES ('verify_email', jsonb_build_object('user_id', v_user));
        PERFORM audit('request_email_verification', 'user', v_user::text, NULL, true);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION request_password_reset(p_email text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    -- Says nothing about whether the email exists.
    SELECT id INTO v_user FROM users WHERE lower(email) = lower(btrim(p_email)) AND is_active;
    IF v_user IS NOT NULL THEN
        INSERT INTO outbox (kind, payload) VALUES ('reset_password', jsonb_build_object('user_id', v_user));
        PERFORM audit('request_password_reset', 'user', v_user::text, NULL, true);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION complete_password_reset(p_token text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    PERFORM check_verifier(p_verifier);
    v_user := take_token(p_token, 'reset_password');
    EXECUTE format('ALTER ROLE %I PASSWORD %L', (SELECT login_role FROM users WHERE id = v_user), p_verifier);
    PERFORM audit('complete_password_reset', 'user', v_user::text, NULL, true);
END
$$;

REVOKE ALL ON FUNCTION service_rate_take(text, integer, interval), register_organization(text, text, text, text, text, text),
    verify_email(text), request_email_verification(text), request_password_reset(text),
    complete_password_reset(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION service_rate_take(text, integer, interval), register_organization(text, text, text, text, text, text),
    verify_email(text), request_email_verification(text), request_password_reset(text),
    complete_password_reset(text, text) TO elect_service;
