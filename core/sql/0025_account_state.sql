-- The state of an account that may not sign in yet (issue 11, item 1; docs/registration-api.md,
-- "account-state"). PostgreSQL refuses a role without LOGIN only after the password was proven, so
-- elect-admin knows that the password is right but not why the account is refused. `elect serve` proves the
-- password the same way (a connection as the email's own login role, refused with "not permitted to log
-- in") and only then asks this function, as its own login, which state the account is in.
--
-- The function takes no password and cannot check one: the proof is serve's, and so only serve's login may
-- call it (not staff, not kiosks, not the system admin, not PUBLIC). It answers for people only; an email
-- without a person (a kiosk's login is never named after an email) is 'unknown', as for no account at all.
SET search_path = elect, pg_catalog;

-- state: 'unknown' (no person has this email's login), 'removed' (an organization admin removed by the
-- owner), 'email_unverified', 'disabled' (an organization admin disabled by the owner, or any other person
-- whose account is off), 'pending' (an owner whose organization waits for review), 'rejected' (an owner whose
-- organization was rejected: reason is the system admin's reason), 'organization_not_accepted' (an admin
-- of an organization that is not accepted), or 'active' (the account may sign in).
CREATE FUNCTION account_state(p_email text) RETURNS TABLE (state text, reason text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    u users;
    v_status organization_status;
    v_reason text;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    -- The login role is what serve proved the password of: the same derivation as the client's.
    SELECT * INTO u FROM users x WHERE x.login_role = login_role_for_email(coalesce(p_email, ''));
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'unknown'::text, NULL::text;
        RETURN;
    END IF;
    IF u.removed_at IS NOT NULL THEN
        RETURN QUERY SELECT 'removed'::text, NULL::text;
        RETURN;
    END IF;
    IF u.email_verified_at IS NULL THEN
        RETURN QUERY SELECT 'email_unverified'::text, NULL::text;
        RETURN;
    END IF;
    IF NOT u.is_active THEN
        RETURN QUERY SELECT 'disabled'::text, NULL::text;
        RETURN;
    END IF;
    IF u.role = 'organization' THEN
        SELECT o.status, o.decision_reason INTO v_status, v_reason FROM organizations o WHERE o.user_id = u.id;
        IF v_status = 'pending' THEN
            RETURN QUERY SELECT 'pending'::text, NULL::text;
            RETURN;
        ELSIF v_status = 'rejected' THEN
            RETURN QUERY SELECT 'rejected'::text, v_reason;
            RETURN;
        END IF;
    ELSIF u.role = 'organization_admin' THEN
        -- The reason of a rejection is written to the owner; an admin is told only to ask the owner.
        IF NOT EXISTS (SELECT FROM organization_admins a JOIN organizations o ON o.user_id = a.organization_id
                        WHERE a.user_id = u.id AND o.status = 'accepted') THEN
            RETURN QUERY SELECT 'organization_not_accepted'::text, NULL::text;
            RETURN;
        END IF;
    END IF;
    RETURN QUERY SELECT 'active'::text, NULL::text;
END
$$;
REVOKE ALL ON FUNCTION account_state(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION account_state(text) TO elect_service;
