-- Accounts: organizations, people, kiosks. Each function checks its caller itself (beyond EXECUTE
-- grants), pins search_path, and writes an audit-log row. Passwords arrive only as SCRAM verifiers
-- computed by the client; a plaintext password is refused before it could be stored or logged.
SET search_path = elect, pg_catalog;

CREATE FUNCTION audit(p_action text, p_object_type text, p_object_id text, p_organization bigint,
                      p_success boolean, p_details jsonb DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v_prev bytea;
    v_now timestamptz := clock_timestamp();
    v_actor_id bigint := current_user_id();
    v_body text;
BEGIN
    -- One writer at a time, so that each row chains to the one before it.
    PERFORM pg_advisory_xact_lock(7261001);
    SELECT row_hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
    v_body := concat_ws(E'\x1f', session_user::text, coalesce(v_actor_id::text, ''),
                        coalesce(p_organization::text, ''), p_action, p_object_type, coalesce(p_object_id, ''),
                        p_success::text, p_details::text, extract(epoch FROM v_now)::text);
    INSERT INTO audit_log (actor, actor_user_id, organization_id, action, object_type, object_id, success,
                           details, prev_hash, row_hash, created_at)
    VALUES (session_user::text, v_actor_id, p_organization, p_action, p_object_type, p_object_id, p_success,
            p_details, v_prev,
            public.digest(coalesce(v_prev, ''::bytea) || convert_to(v_body, 'UTF8'), 'sha256'), v_now);
END
$$;

-- The id of the first audit-log row whose hash does not follow from its content and the row
-- before it, or NULL when the chain is intact.
CREATE FUNCTION audit_log_first_broken() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    r audit_log;
    v_prev bytea;
    v_body text;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        v_body := concat_ws(E'\x1f', r.actor, coalesce(r.actor_user_id::text, ''), coalesce(r.organization_id::text, ''),
                            r.action, r.object_type, coalesce(r.object_id, ''), r.success::text, r.details::text,
                            extract(epoch FROM r.created_at)::text);
        IF r.prev_hash IS DISTINCT FROM v_prev
           OR r.row_hash <> public.digest(coalesce(v_prev, ''::bytea) || convert_to(v_body, 'UTF8'), 'sha256') THEN
            RETURN r.id;
        END IF;
        v_prev := r.row_hash;
    END LOOP;
    RETURN NULL;
END
$$;
GRANT EXECUTE ON FUNCTION audit_log_first_broken() TO elect_sysadmin;

-- The login role of an email's account; the client derives the same name (ConnectionSettings.h).
-- Lower case in the C collation folds ASCII letters only, the same on every server and in the client.
CREATE FUNCTION login_role_for_email(p_email text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = elect, pg_temp
AS $$ SELECT 'u_' || substr(encode(public.digest(lower(btrim(p_email) COLLATE "C"), 'sha256'), 'hex'), 1, 32) $$;

CREATE FUNCTION check_verifier(p_verifier text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'password_not_a_verifier';
    END IF;
END
$$;

CREATE FUNCTION check_person(p_email text, p_first text, p_last text) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    IF p_email IS NULL OR btrim(p_email) !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'email_invalid';
    END IF;
    IF coalesce(btrim(p_first), '') = '' OR coalesce(btrim(p_last), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'name_missing';
    END IF;
    IF EXISTS (SELECT FROM users WHERE lower(email) = lower(btrim(p_email)))
       OR EXISTS (SELECT FROM pg_roles WHERE rolname = login_role_for_email(p_email)) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'email_taken';
    END IF;
END
$$;

-- Gives an account LOGIN exactly when it may sign in: active, email verified and, for organization
-- staff, the organization accepted.
CREATE FUNCTION refresh_login(p_user bigint) RETURNS boolean
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    u users;
    v_ok boolean;
BEGIN
    SELECT * INTO STRICT u FROM users WHERE id = p_user;
    v_ok := u.is_active AND u.email_verified_at IS NOT NULL AND CASE u.role
        WHEN 'system_admin' THEN true
        WHEN 'organization' THEN EXISTS (SELECT FROM organizations WHERE user_id = u.id AND status = 'accepted')
        ELSE EXISTS (SELECT FROM organization_admins a JOIN organizations o ON o.user_id = a.organization_id
                      WHERE a.user_id = u.id AND o.status = 'accepted') END;
    EXECUTE format('ALTER ROLE %I %s', u.login_role, CASE WHEN v_ok THEN 'LOGIN' ELSE 'NOLOGIN' END);
    RETURN v_ok;
END
$$;

CREATE FUNCTION create_person(p_email text, p_first text, p_last text, p_verifier text, p_role user_role,
                              p_group text) RETURNS bigint
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v_id bigint;
    v_login text := login_role_for_email(p_email);
BEGIN
    PERFORM check_person(p_email, p_first, p_last);
    PERFORM check_verifier(p_verifier);
    INSERT INTO users (email, first_name, last_name, role, login_role, is_active)
    VALUES (btrim(p_email), btrim(p_first), btrim(p_last), p_role, v_login, true)
    RETURNING id INTO v_id;
    EXECUTE format('CREATE ROLE %I NOLOGIN PASSWORD %L IN ROLE %I', v_login, p_verifier, p_group);
    RETURN v_id;
END
$$;

CREATE FUNCTION register_organization(p_email text, p_first text, p_last text, p_verifier text,
                                      p_organization text, p_country text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_id bigint;
BEGIN
    IF session_user <> 'elect_registrar' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'registrar_only';
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
    v_id := create_person(p_email, p_first, p_last, p_verifier, 'organization', 'elect_staff');
    INSERT INTO organizations (user_id, name, country) VALUES (v_id, btrim(p_organization), upper(p_country));
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v_id, 'verify_email', jsonb_build_object('user_id', v_id));
    PERFORM audit('register_organization', 'organization', v_id::text, v_id, true,
                  jsonb_build_object('name', btrim(p_organization)));
    RETURN v_id;
END
$$;

-- Called by `elect serve` as it sends the email: it generates the token, sends it, and stores only
-- its hash here. A new token voids the account's earlier unused ones of the same purpose.
CREATE FUNCTION issue_verification_token(p_user bigint, p_purpose token_purpose, p_token_hash bytea)
    RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_expires timestamptz := now() + CASE p_purpose WHEN 'verify_email' THEN interval '48 hours'
                                                    ELSE interval '1 hour' END;
BEGIN
    UPDATE verification_tokens SET used_at = now()
     WHERE user_id = p_user AND purpose = p_purpose AND used_at IS NULL;
    INSERT INTO verification_tokens (user_id, purpose, token_hash, expires_at)
    VALUES (p_user, p_purpose, p_token_hash, v_expires);
    RETURN v_expires;
END
$$;

CREATE FUNCTION take_token(p_token text, p_purpose token_purpose) RETURNS bigint
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    UPDATE verification_tokens SET used_at = now()
     WHERE token_hash = public.digest(coalesce(p_token, ''), 'sha256') AND purpose = p_purpose
       AND used_at IS NULL AND expires_at > now()
    RETURNING user_id INTO v_user;
    IF v_user IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'token_invalid';
    END IF;
    RETURN v_user;
END
$$;

CREATE FUNCTION verify_email(p_token text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_registrar' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'registrar_only';
    END IF;
    v_user := take_token(p_token, 'verify_email');
    UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = v_user;
    PERFORM refresh_login(v_user);
    PERFORM audit('verify_email', 'user', v_user::text,
                  coalesce((SELECT user_id FROM organizations WHERE user_id = v_user),
                           (SELECT organization_id FROM organization_admins WHERE user_id = v_user)), true);
END
$$;

CREATE FUNCTION request_password_reset(p_email text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_registrar' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'registrar_only';
    END IF;
    -- Says nothing about whether the email exists.
    SELECT id INTO v_user FROM users WHERE lower(email) = lower(btrim(p_email)) AND is_active;
    IF v_user IS NOT NULL THEN
        INSERT INTO outbox (kind, payload) VALUES ('reset_password', jsonb_build_object('user_id', v_user));
        PERFORM audit('request_password_reset', 'user', v_user::text, NULL, true);
    END IF;
END
$$;

CREATE FUNCTION complete_password_reset(p_token text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF session_user <> 'elect_registrar' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'registrar_only';
    END IF;
    PERFORM check_verifier(p_verifier);
    v_user := take_token(p_token, 'reset_password');
    EXECUTE format('ALTER ROLE %I PASSWORD %L', (SELECT login_role FROM users WHERE id = v_user), p_verifier);
    PERFORM audit('complete_password_reset', 'user', v_user::text, NULL, true);
END
$$;

CREATE FUNCTION admin_verify_email(p_email text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    IF NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    SELECT id INTO v_user FROM users WHERE lower(email) = lower(btrim(p_email));
    IF v_user IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'account_not_found';
    END IF;
    UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = v_user;
    PERFORM refresh_login(v_user);
    PERFORM audit('admin_verify_email', 'user', v_user::text, NULL, true);
END
$$;

CREATE FUNCTION decide_organization(p_organization bigint, p_accept boolean, p_reason text) RETURNS void
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v_status organization_status;
    v_user bigint;
BEGIN
    IF NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    SELECT status INTO v_status FROM organizations WHERE user_id = p_organization FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'organization_not_found';
    END IF;
    IF v_status <> 'pending' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'organization_not_pending';
    END IF;
    UPDATE organizations
       SET status = CASE WHEN p_accept THEN 'accepted'::organization_status ELSE 'rejected' END,
           decided_at = now(), decided_by = current_user_id(), decision_reason = nullif(btrim(p_reason), '')
     WHERE user_id = p_organization;
    PERFORM refresh_login(p_organization);
    FOR v_user IN SELECT user_id FROM organization_admins WHERE organization_id = p_organization LOOP
        PERFORM refresh_login(v_user);
    END LOOP;
    INSERT INTO notifications (organization_id, type, priority, title, message)
    VALUES (p_organization, CASE WHEN p_accept THEN 'organization_accepted'::notification_type
                                 ELSE 'organization_rejected' END, 'high',
            CASE WHEN p_accept THEN 'Organization accepted' ELSE 'Organization rejected' END,
            coalesce(nullif(btrim(p_reason), ''), ''));
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (p_organization, CASE WHEN p_accept THEN 'organization_accepted' ELSE 'organization_rejected' END,
            jsonb_build_object('user_id', p_organization, 'reason', coalesce(p_reason, '')));
    PERFORM audit(CASE WHEN p_accept THEN 'accept_organization' ELSE 'reject_organization' END,
                  'organization', p_organization::text, p_organization, true,
                  jsonb_build_object('reason', coalesce(p_reason, '')));
END
$$;

CREATE FUNCTION accept_organization(p_organization bigint) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$ SELECT decide_organization(p_organization, true, NULL) $$;

CREATE FUNCTION reject_organization(p_organization bigint, p_reason text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$ SELECT decide_organization(p_organization, false, p_reason) $$;

CREATE FUNCTION create_system_admin(p_email text, p_first text, p_last text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_id bigint;
BEGIN
    IF NOT (is_sysadmin() OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    v_id := create_person(p_email, p_first, p_last, p_verifier, 'system_admin', 'elect_sysadmin');
    -- Created by someone who already holds the keys: no email round trip.
    UPDATE users SET email_verified_at = now() WHERE id = v_id;
    PERFORM refresh_login(v_id);
    PERFORM audit('create_system_admin', 'user', v_id::text, NULL, true);
    RETURN v_id;
END
$$;

CREATE FUNCTION create_organization_admin(p_email text, p_first text, p_last text, p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_id bigint;
    v_org bigint := current_organization_id();
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    v_id := create_person(p_email, p_first, p_last, p_verifier, 'organization_admin', 'elect_staff');
    INSERT INTO organization_admins (user_id, organization_id, created_by) VALUES (v_id, v_org, current_user_id());
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v_org, 'verify_email', jsonb_build_object('user_id', v_id));
    INSERT INTO notifications (organization_id, type, title, message)
    VALUES (v_org, 'admin_created', 'Administrator added', btrim(p_first) || ' ' || btrim(p_last));
    PERFORM audit('create_organization_admin', 'user', v_id::text, v_org, true);
    RETURN v_id;
END
$$;

CREATE FUNCTION create_kiosk(p_name text, p_polling_station text, p_verifier text)
    RETURNS TABLE (kiosk_id bigint, kiosk_login text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    v_login text := 'k_' || encode(public.gen_random_bytes(12), 'hex');
    v_id bigint;
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    PERFORM check_verifier(p_verifier);
    IF coalesce(btrim(p_name), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'name_missing';
    END IF;
    IF EXISTS (SELECT FROM kiosks WHERE organization_id = v_org AND name = btrim(p_name)) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'kiosk_name_taken';
    END IF;
    INSERT INTO kiosks (organization_id, name, polling_station, login_role, created_by)
    VALUES (v_org, btrim(p_name), coalesce(btrim(p_polling_station), ''), v_login, current_user_id())
    RETURNING id INTO v_id;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE elect_kiosk', v_login, p_verifier);
    INSERT INTO notifications (organization_id, type, title, message)
    VALUES (v_org, 'kiosk_created', 'Kiosk added', btrim(p_name));
    PERFORM audit('create_kiosk', 'kiosk', v_id::text, v_org, true, jsonb_build_object('name', btrim(p_name)));
    RETURN QUERY SELECT v_id, v_login;
END
$$;

CREATE FUNCTION whoami()
    RETURNS TABLE (kind text, id bigint, email text, display_name text, role user_role, organization_id bigint,
                   organization_name text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
    SELECT 'person', u.id, u.email, u.first_name || ' ' || u.last_name, u.role,
           coalesce(o.user_id, o2.user_id), coalesce(o.name, o2.name)
      FROM users u
      LEFT JOIN organizations o ON o.user_id = u.id
      LEFT JOIN organization_admins a ON a.user_id = u.id
      LEFT JOIN organizations o2 ON o2.user_id = a.organization_id
     WHERE u.login_role = session_user::text AND u.is_active
    UNION ALL
    SELECT 'kiosk', k.id, NULL, k.name, NULL, k.organization_id, o.name
      FROM kiosks k JOIN organizations o ON o.user_id = k.organization_id
     WHERE k.login_role = session_user::text AND k.enabled
$$;

-- What a kiosk may know of its organization's elections: the running ones, nothing else.
CREATE FUNCTION kiosk_running_elections()
    RETURNS TABLE (id bigint, title text, type election_type, counting_method counting_method, seats integer,
                   votes_per_voter integer, starts_at timestamptz, ends_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'elect_kiosk', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'kiosk_only';
    END IF;
    RETURN QUERY
        SELECT e.id, e.title, e.type, e.counting_method, e.seats, e.votes_per_voter, e.starts_at, e.ends_at
          FROM elections e
         WHERE e.organization_id = current_organization_id() AND e.status = 'scheduled'
           AND e.starts_at <= now() AND now() < e.ends_at
         ORDER BY e.ends_at, e.id;
END
$$;

GRANT EXECUTE ON FUNCTION register_organization(text, text, text, text, text, text), verify_email(text),
    request_password_reset(text), complete_password_reset(text, text) TO elect_registrar;
GRANT EXECUTE ON FUNCTION issue_verification_token(bigint, token_purpose, bytea) TO elect_service;
GRANT EXECUTE ON FUNCTION admin_verify_email(text), accept_organization(bigint), reject_organization(bigint, text),
    create_system_admin(text, text, text, text) TO elect_sysadmin;
GRANT EXECUTE ON FUNCTION create_organization_admin(text, text, text, text), create_kiosk(text, text, text)
    TO elect_staff;
GRANT EXECUTE ON FUNCTION whoami() TO elect_sysadmin, elect_staff, elect_kiosk;
GRANT EXECUTE ON FUNCTION kiosk_running_elections() TO elect_kiosk;
