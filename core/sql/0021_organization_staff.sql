-- An organization's people and kiosks, managed from elect-admin (issue 11): the owner invites, disables,
-- enables and removes organization admins and rotates kiosk passwords. Only the owner may; an organization
-- admin reads the lists (RLS) and is refused here. Every change is audited.
SET search_path = elect, pg_catalog;

-- A removed admin keeps a row: audit-log rows name people by login role and user id (and are hashed into
-- the chain, so they cannot be rewritten), and the row says who that was. The person can never sign in
-- again: no LOGIN, no password, no membership of elect_staff.
ALTER TABLE users ADD COLUMN removed_at timestamptz,
    ADD CONSTRAINT users_removed_inactive CHECK (removed_at IS NULL OR NOT is_active);
GRANT SELECT (removed_at) ON users TO elect_staff;

-- Ends every session of one login (a kiosk or a person). pg_terminate_backend allows a role's own members,
-- so elect_owner becomes a member of that one login role (as set_kiosk_enabled does in 0014).
CREATE FUNCTION end_login_sessions(p_login text) RETURNS integer
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v_ended integer := 0;
    v_pid integer;
BEGIN
    IF NOT pg_has_role('elect_owner', p_login, 'USAGE') THEN
        EXECUTE format('GRANT %I TO elect_owner', p_login);
    END IF;
    FOR v_pid IN SELECT a.pid FROM pg_stat_activity a WHERE a.usename = p_login LOOP
        IF pg_terminate_backend(v_pid, 5000) THEN
            v_ended := v_ended + 1;
        END IF;
    END LOOP;
    RETURN v_ended;
END
$$;
REVOKE ALL ON FUNCTION end_login_sessions(text) FROM PUBLIC;

CREATE FUNCTION owner_organization() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    RETURN v_org;
END
$$;
REVOKE ALL ON FUNCTION owner_organization() FROM PUBLIC;

-- A new organization admin, invited by the owner. The login role has no password at all (password
-- authentication always fails for it) and no LOGIN: the owner never knows or chooses the admin's password.
-- The admin verifies the email (LOGIN then follows, refresh_login) and sets a password through the
-- password-reset flow of elect serve; the verification email says so (payload set_password).
CREATE FUNCTION invite_organization_admin(p_email text, p_first text, p_last text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := owner_organization();
    v_login text := login_role_for_email(p_email);
    v_id bigint;
BEGIN
    PERFORM check_person(p_email, p_first, p_last);
    INSERT INTO users (email, first_name, last_name, role, login_role, is_active)
    VALUES (btrim(p_email), btrim(p_first), btrim(p_last), 'organization_admin', v_login, true)
    RETURNING id INTO v_id;
    EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE elect_staff', v_login);
    INSERT INTO organization_admins (user_id, organization_id, created_by) VALUES (v_id, v_org, current_user_id());
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v_org, 'verify_email', jsonb_build_object('user_id', v_id, 'set_password', true));
    INSERT INTO notifications (organization_id, type, title, message)
    VALUES (v_org, 'admin_created', 'Administrator added', btrim(p_first) || ' ' || btrim(p_last));
    PERFORM audit('invite_organization_admin', 'user', v_id::text, v_org, true);
    RETURN v_id;
END
$$;

-- The owner's organization admin \a p_user, locked for update; refused for anyone else's or a removed one.
CREATE FUNCTION owned_admin(p_org bigint, p_user bigint) RETURNS users
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    u users;
BEGIN
    SELECT x.* INTO u FROM users x JOIN organization_admins a ON a.user_id = x.id
     WHERE x.id = p_user AND a.organization_id = p_org AND x.removed_at IS NULL
       FOR UPDATE OF x;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'admin_not_found';
    END IF;
    RETURN u;
END
$$;
REVOKE ALL ON FUNCTION owned_admin(bigint, bigint) FROM PUBLIC;

-- Disables (no LOGIN, open sessions ended at once) or enables again one of the owner's admins. Returns how
-- many sessions were ended.
CREATE FUNCTION set_organization_admin_active(p_user bigint, p_active boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := owner_organization();
    u users := owned_admin(v_org, p_user);
    v_ended integer := 0;
BEGIN
    UPDATE users SET is_active = p_active WHERE id = u.id;
    PERFORM refresh_login(u.id);
    IF NOT p_active THEN
        v_ended := end_login_sessions(u.login_role);
    END IF;
    PERFORM audit(CASE WHEN p_active THEN 'enable_organization_admin' ELSE 'disable_organization_admin' END,
                  'user', u.id::text, v_org, true, jsonb_build_object('sessions_ended', v_ended));
    RETURN v_ended;
END
$$;

-- Removes one of the owner's admins for good: the row stays for the audit trail (removed_at), the login
-- loses LOGIN, its password and its group, open sessions end and unused tokens are void.
CREATE FUNCTION remove_organization_admin(p_user bigint) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := owner_organization();
    u users := owned_admin(v_org, p_user);
    v_ended integer;
BEGIN
    UPDATE users SET is_active = false, removed_at = now() WHERE id = u.id;
    EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', u.login_role);
    IF pg_has_role(u.login_role, 'elect_staff', 'MEMBER') THEN
        EXECUTE format('REVOKE elect_staff FROM %I', u.login_role);
    END IF;
    v_ended := end_login_sessions(u.login_role);
    UPDATE verification_tokens SET used_at = now() WHERE user_id = u.id AND used_at IS NULL;
    PERFORM audit('remove_organization_admin', 'user', u.id::text, v_org, true,
                  jsonb_build_object('sessions_ended', v_ended));
    RETURN v_ended;
END
$$;

-- A new password for one of the owner's kiosks (its SCRAM verifier, computed by the client). The old one
-- stops working at once: open sessions, signed in with it, are ended. A disabled kiosk stays disabled.
-- Returns the kiosk's login role (for the new enrollment; staff cannot read it) and the sessions ended.
CREATE FUNCTION rotate_kiosk_password(p_kiosk bigint, p_verifier text)
    RETURNS TABLE (kiosk_login text, sessions_ended integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := owner_organization();
    v_login text;
    v_ended integer;
BEGIN
    PERFORM check_verifier(p_verifier);
    SELECT login_role INTO v_login FROM kiosks WHERE id = p_kiosk AND organization_id = v_org FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'kiosk_not_found';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', v_login, p_verifier);
    v_ended := end_login_sessions(v_login);
    PERFORM audit('rotate_kiosk_password', 'kiosk', p_kiosk::text, v_org, true,
                  jsonb_build_object('sessions_ended', v_ended));
    RETURN QUERY SELECT v_login, v_ended;
END
$$;

REVOKE ALL ON FUNCTION invite_organization_admin(text, text, text), set_organization_admin_active(bigint, boolean),
    remove_organization_admin(bigint), rotate_kiosk_password(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION invite_organization_admin(text, text, text), set_organization_admin_active(bigint, boolean),
    remove_organization_admin(bigint), rotate_kiosk_password(bigint, text) TO elect_staff;
