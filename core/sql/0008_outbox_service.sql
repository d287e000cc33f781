-- What `elect serve`'s outbox dispatcher and its handlers need beyond the outbox table itself
-- (core/service): the recipient of an email, the one-time code of an SMS stored as its HMAC, giving a
-- message up with a notification for the organization, and IT staff's view and retry of the outbox.
SET search_path = elect, pg_catalog;

-- The person an email goes to, and the organization they belong to (for the decision emails).
CREATE FUNCTION service_email_recipient(p_user bigint)
    RETURNS TABLE (email text, first_name text, organization_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    RETURN QUERY
        SELECT u.email, u.first_name, coalesce(o.name, o2.name)
          FROM users u
          LEFT JOIN organizations o ON o.user_id = u.id
          LEFT JOIN organization_admins a ON a.user_id = u.id
          LEFT JOIN organizations o2 ON o2.user_id = a.organization_id
         WHERE u.id = p_user;
END
$$;

-- The HMAC under which a voter's one-time code is stored: the organization's key over the code and
-- the code's row, so that the same six digits stored for two requests never give the same value.
CREATE FUNCTION voter_code_hmac(p_key bytea, p_otp bigint, p_code text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT SET search_path = elect, pg_temp
AS $$ SELECT public.hmac(convert_to(p_otp::text || ':' || p_code, 'UTF8'), p_key, 'sha256') $$;

-- Called by `elect serve` as it sends the SMS: stores the HMAC of the code it generated, valid for
-- five minutes from now (a retry after a failed send stores a new code and a new expiry), and
-- returns the phone to send it to with state 'ready'. Otherwise nothing is stored and the state says
-- why: 'void' (voided by a newer request, or used up by wrong tries), 'no_phone', 'not_found'.
CREATE FUNCTION service_store_voter_code(p_otp bigint, p_code text)
    RETURNS TABLE (state text, phone text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    t voter_otps;
    v_phone text;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    IF p_code IS NULL OR p_code !~ '^[0-9]{6}$' THEN
        RAISE EXCEPTION 'a voter code is six ASCII digits' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO t FROM voter_otps WHERE id = p_otp FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not_found'::text, NULL::text;
        RETURN;
    END IF;
    IF t.voided_at IS NOT NULL OR t.failed_attempts >= 5 THEN
        RETURN QUERY SELECT 'void'::text, NULL::text;
        RETURN;
    END IF;
    SELECT v.phone INTO v_phone FROM voters v WHERE v.id = t.voter_id;
    IF v_phone IS NULL THEN
        PERFORM audit('store_voter_code', 'voter_otp', p_otp::text, t.organization_id, false,
                      jsonb_build_object('why', 'no_phone'));
        RETURN QUERY SELECT 'no_phone'::text, NULL::text;
        RETURN;
    END IF;
    UPDATE voter_otps
       SET code_hmac = voter_code_hmac((SELECT hmac_key FROM organizations WHERE user_id = t.organization_id),
                                       t.id, p_code),
           expires_at = now() + interval '5 minutes'
     WHERE id = t.id;
    PERFORM audit('store_voter_code', 'voter_otp', p_otp::text, t.organization_id, true);
    RETURN QUERY SELECT 'ready'::text, v_phone;
END
$$;

-- Whether \a p_code is the code stored for one-time-code row \a p_otp. Comparing HMACs is constant
-- time with respect to the code. Checks nothing else: the caller (the kiosk's verify function) checks
-- expiry, voiding and the count of wrong tries, and counts this try. Not granted to any login: a
-- direct call would be a guess that no one counts.
CREATE FUNCTION voter_code_matches(p_otp bigint, p_code text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = elect, pg_temp
AS $$
    SELECT coalesce((SELECT t.code_hmac = voter_code_hmac(o.hmac_key, t.id, coalesce(p_code, ''))
                       FROM voter_otps t JOIN organizations o ON o.user_id = t.organization_id
                      WHERE t.id = p_otp AND t.code_hmac IS NOT NULL), false)
$$;

-- What an outbox kind sends, in words for the organization.
CREATE FUNCTION outbox_kind_description(p_kind text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = elect, pg_temp
AS $$
    SELECT CASE
        WHEN p_kind = 'verify_email' THEN 'The email that verifies an account''s address'
        WHEN p_kind = 'reset_password' THEN 'The password-reset email'
        WHEN p_kind = 'organization_accepted' THEN 'The email saying that the organization was accepted'
        WHEN p_kind = 'organization_rejected' THEN 'The email saying that the organization was rejected'
        WHEN p_kind = 'voter_code_sms' THEN 'The text message with a voter''s one-time code'
        WHEN p_kind LIKE 'checkout%' THEN 'The wallet top-up payment page'
        ELSE format('The outgoing message of kind "%s"', p_kind) END
$$;

-- Gives a message up: failed, with the reason kept for IT staff (elect outbox list --failed) and told
-- to its organization (when it has one) in a high-priority notification. The reason comes from the
-- providers' clients, which keep no secret in it. False when the message was no longer pending.
CREATE FUNCTION outbox_give_up(p_id bigint, p_attempts integer, p_reason text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_row outbox;
    v_reason text := left(coalesce(nullif(btrim(p_reason), ''), 'no reason was given'), 500);
    v_who text;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    UPDATE outbox SET status = 'failed', attempts = greatest(p_attempts, attempts), last_error = v_reason
     WHERE id = p_id AND status = 'pending'
    RETURNING * INTO v_row;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF v_row.organization_id IS NOT NULL THEN
        -- Whom an email was for, when it names one of the organization's own people.
        IF v_row.payload ? 'user_id' AND v_row.kind <> 'voter_code_sms' THEN
            SELECT ' to ' || u.email INTO v_who FROM users u WHERE u.id = (v_row.payload ->> 'user_id')::bigint
               AND (u.id = v_row.organization_id
                    OR EXISTS (SELECT FROM organization_admins a
                                WHERE a.user_id = u.id AND a.organization_id = v_row.organization_id));
        END IF;
        INSERT INTO notifications (organization_id, type, priority, title, message, extra)
        VALUES (v_row.organization_id,
                CASE WHEN v_row.kind LIKE 'checkout%' THEN 'payment_failed'::notification_type ELSE 'system' END,
                'high',
                CASE WHEN v_row.kind LIKE 'checkout%' THEN 'Payment could not be started' ELSE 'Message not sent' END,
                format('%s%s was not sent after %s: %s', outbox_kind_description(v_row.kind), coalesce(v_who, ''),
                       CASE WHEN v_row.attempts = 1 THEN '1 attempt' ELSE v_row.attempts || ' attempts' END, v_reason),
                jsonb_build_object('outbox_id', v_row.id, 'kind', v_row.kind, 'attempts', v_row.attempts));
    END IF;
    PERFORM audit('outbox_give_up', 'outbox', p_id::text, v_row.organization_id, true,
                  jsonb_build_object('kind', v_row.kind, 'attempts', v_row.attempts, 'reason', v_reason));
    RETURN true;
END
$$;

-- The outbox as IT staff read it (elect outbox list): never the payload, which may name a person.
CREATE FUNCTION outbox_list(p_failed_only boolean, p_kind text)
    RETURNS TABLE (id bigint, kind text, organization_id bigint, organization_name text, status outbox_status,
                   attempts integer, next_attempt_at timestamptz, last_error text, created_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NOT (is_sysadmin() OR session_user = 'elect_service') THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    RETURN QUERY
        SELECT b.id, b.kind, b.organization_id, o.name, b.status, b.attempts, b.next_attempt_at, b.last_error,
               b.created_at
          FROM outbox b LEFT JOIN organizations o ON o.user_id = b.organization_id
         WHERE (NOT coalesce(p_failed_only, false) OR b.status = 'failed')
           AND (nullif(p_kind, '') IS NULL OR b.kind = p_kind)
         ORDER BY b.id DESC
         LIMIT 1000;
END
$$;

-- IT staff send a failed (or waiting) message again now. Its attempts start again from zero, so the
-- retry policy gives it its full course of retries; the last error stays until the next attempt.
CREATE FUNCTION outbox_retry(p_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_row outbox;
BEGIN
    IF NOT (is_sysadmin() OR session_user = 'elect_service') THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    SELECT * INTO v_row FROM outbox WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'outbox_message_not_found';
    END IF;
    IF v_row.status = 'sent' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'outbox_message_sent';
    END IF;
    UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = now() WHERE id = p_id;
    PERFORM audit('outbox_retry', 'outbox', p_id::text, v_row.organization_id, true,
                  jsonb_build_object('kind', v_row.kind, 'status', v_row.status, 'attempts', v_row.attempts));
END
$$;

REVOKE ALL ON FUNCTION service_email_recipient(bigint), voter_code_hmac(bytea, bigint, text),
    service_store_voter_code(bigint, text), voter_code_matches(bigint, text), outbox_kind_description(text),
    outbox_give_up(bigint, integer, text), outbox_list(boolean, text), outbox_retry(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION service_email_recipient(bigint), service_store_voter_code(bigint, text),
    outbox_give_up(bigint, integer, text) TO elect_service;
GRANT EXECUTE ON FUNCTION outbox_list(boolean, text), outbox_retry(bigint) TO elect_sysadmin, elect_service;
