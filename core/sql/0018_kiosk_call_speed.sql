-- The kiosk's calls, faster (issue 10's target: casts at half pgbench -N's rate or better).
--
-- A LANGUAGE sql function that cannot be inlined (SET search_path, SECURITY DEFINER) is parsed and
-- planned again in every transaction that calls it from PL/pgSQL: its cache lives in the caller's
-- per-transaction expression state. PL/pgSQL keeps its plans for the session. Measured on a 2-core
-- machine: about 65 microseconds a call, three such calls in each cast and more in each identify and
-- verify. The functions below keep their names, arguments, results and checks; only the language changes.

CREATE OR REPLACE FUNCTION eligibility_kiosk_id() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    RETURN (SELECT k.id FROM kiosks k JOIN organizations o ON o.user_id = k.organization_id
             WHERE k.login_role = session_user::text AND k.enabled AND o.status = 'accepted'
               AND pg_has_role(session_user, 'elect_kiosk', 'MEMBER'));
END
$$;

CREATE OR REPLACE FUNCTION election_voting_lock(p_election bigint) RETURNS bigint
    LANGUAGE plpgsql IMMUTABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    RETURN (7261002::bigint << 32) | (p_election & x'7fffffff'::bigint);
END
$$;

CREATE OR REPLACE FUNCTION voter_eligible_candidates(p_election bigint, p_voter bigint) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}')
              FROM elections e
              JOIN voters v ON v.id = p_voter AND v.election_id = e.id
              JOIN candidate_participations p ON p.election_id = e.id
              JOIN candidates c ON c.id = p.candidate_id
             WHERE e.id = p_election
               AND CASE e.type
                   WHEN 'district' THEN c.district IS NOT DISTINCT FROM v.district
                   WHEN 'governorate_based' THEN c.governorate IS NOT DISTINCT FROM v.governorate
                   WHEN 'api_managed' THEN v.eligible_candidates IS NULL OR c.id = ANY (v.eligible_candidates)
                   ELSE true END);
END
$$;

CREATE OR REPLACE FUNCTION national_id_hmac(p_key bytea, p_normalized text) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = elect, pg_temp
AS $$
BEGIN
    RETURN public.hmac(convert_to(p_normalized, 'UTF8'), p_key, 'sha256');
END
$$;

CREATE OR REPLACE FUNCTION voter_code_hmac(p_key bytea, p_otp bigint, p_code text) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = elect, pg_temp
AS $$
BEGIN
    RETURN public.hmac(convert_to(p_otp::text || ':' || p_code, 'UTF8'), p_key, 'sha256');
END
$$;

CREATE OR REPLACE FUNCTION voter_code_matches(p_otp bigint, p_code text) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    RETURN coalesce((SELECT t.code_hmac = voter_code_hmac(elect_private.organization_key(t.organization_id), t.id,
                                                          coalesce(p_code, ''))
                       FROM voter_otps t
                      WHERE t.id = p_otp AND t.code_hmac IS NOT NULL), false);
END
$$;

CREATE OR REPLACE FUNCTION elect_private.organization_key(p_organization bigint) RETURNS bytea
    LANGUAGE plpgsql STABLE SET search_path = elect_private, pg_temp
AS $$
BEGIN
    RETURN (SELECT hmac_key FROM organization_keys WHERE organization_id = p_organization);
END
$$;

-- As 0017, without looking the idempotency key up before every cast: a repeated request finds its session
-- ended by the first one (or waits for it), and only then asks for the first one's outcome; a key used
-- again with another session meets the key's unique index. One statement fewer in each cast.
CREATE OR REPLACE FUNCTION kiosk_cast(p_session text, p_selections bigint[], p_idempotency_key uuid, p_receipt text)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    s voting_sessions;
    e elections;
    v voters;
    v_problem text;
BEGIN
    IF p_idempotency_key IS NULL OR p_receipt IS NULL OR p_receipt !~ '^[ACDEFGHJKLMNPQRTUVWXY34679]{10}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'cast_request_invalid';
    END IF;
    -- Casts with one session queue here. A repeated request that waited finds the session closed by the
    -- first one, and answers with its outcome. (No EXCEPTION block: each would be a subtransaction.)
    SELECT * INTO s FROM voting_sessions
     WHERE token_hash = public.digest(coalesce(p_session, ''), 'sha256') AND kiosk_id = k.id
       FOR UPDATE;
    IF NOT FOUND OR s.ended_at IS NOT NULL OR s.expires_at <= now() THEN
        IF cast_outcome_of(k, p_idempotency_key, p_receipt) THEN
            RETURN p_receipt;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'voting_session_expired';
    END IF;
    e := running_election_of(k, s.election_id);
    SELECT * INTO STRICT v FROM voters WHERE id = s.voter_id;
    v_problem := ballot_problem(e.counting_method, e.votes_per_voter, voter_eligible_candidates(e.id, v.id),
                                p_selections);
    IF v_problem = 'too_few' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'ballot_too_few';
    ELSIF v_problem = 'too_many' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'ballot_too_many';
    ELSIF v_problem = 'repeated' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'ballot_repeated';
    ELSIF v_problem <> 'none' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'ballot_not_eligible';
    END IF;
    -- Casts for one voter from two sessions meet here: the second waits for the first to commit, then finds
    -- the voter's record and casts nothing. A key already used (by another session) is refused here too.
    INSERT INTO voting_records (election_id, voter_id, organization_id, kiosk_id, idempotency_key)
    VALUES (e.id, v.id, e.organization_id, k.id, p_idempotency_key)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        IF EXISTS (SELECT FROM voting_records WHERE idempotency_key = p_idempotency_key) THEN
            RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'cast_key_reused';
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'already_voted';
    END IF;
    INSERT INTO ballots (election_id, organization_id, selections, district, governorate, receipt_code)
    VALUES (e.id, e.organization_id, p_selections,
            CASE WHEN e.type = 'district' THEN v.district END,
            CASE WHEN e.type = 'governorate_based' THEN v.governorate END, p_receipt);
    UPDATE voting_sessions SET ended_at = now() WHERE token_hash = s.token_hash;
    PERFORM audit('kiosk_cast', 'election', e.id::text, e.organization_id, true, jsonb_build_object('kiosk_id', k.id));
    RETURN p_receipt;
END
$$;
