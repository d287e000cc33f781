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

-- The helpers each kiosk step calls are not SECURITY DEFINER and only the schema's owner may execute them
-- (REVOKE ... FROM PUBLIC): they run inside the kiosk functions, whose search_path is pinned, and name every
-- object with its schema, so they need no SET clause of their own. Each SET costs a save and restore of the
-- settings on every call, five to ten calls a step.
CREATE OR REPLACE FUNCTION ballot_problem(p_method counting_method, p_votes_per_voter integer, p_eligible bigint[],
                                          p_selections bigint[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    v_eligible bigint[] := coalesce(p_eligible, '{}');
    v_selections bigint[] := coalesce(p_selections, '{}');
    v_available integer := coalesce(cardinality(p_eligible), 0);
    v_count integer := coalesce(cardinality(p_selections), 0);
    v_seen bigint[] := '{}';
    v_id bigint;
    v_max integer;
    v_min integer;
BEGIN
    IF array_ndims(v_selections) > 1 THEN
        RETURN 'not_eligible';
    END IF;
    -- Ends within (eligible + 1) rounds whatever the client sends: a choice is new and eligible, or the end.
    FOREACH v_id IN ARRAY v_selections LOOP
        IF v_id IS NULL OR NOT v_id = ANY (v_eligible) THEN
            RETURN 'not_eligible';
        END IF;
        IF v_id = ANY (v_seen) THEN
            RETURN 'repeated';
        END IF;
        v_seen := v_seen || v_id;
    END LOOP;
    v_max := CASE p_method
        WHEN 'block' THEN least(greatest(coalesce(p_votes_per_voter, 1), 1), v_available)
        WHEN 'approval' THEN least(greatest(coalesce(p_votes_per_voter, 1), 1), v_available)
        WHEN 'referendum' THEN least(1, v_available)
        ELSE v_available END;
    v_min := CASE WHEN p_method = 'block' THEN v_max WHEN v_available = 0 THEN 0 ELSE 1 END;
    IF v_count > v_max THEN
        RETURN 'too_many';
    END IF;
    IF v_count < v_min OR v_count = 0 THEN
        RETURN 'too_few';
    END IF;
    RETURN 'none';
END
$$;

CREATE OR REPLACE FUNCTION election_voting_lock(p_election bigint) RETURNS bigint
    LANGUAGE plpgsql IMMUTABLE
AS $$
BEGIN
    RETURN (7261002::bigint << 32) | (p_election & x'7fffffff'::bigint);
END
$$;

CREATE OR REPLACE FUNCTION voter_eligible_candidates(p_election bigint, p_voter bigint) RETURNS bigint[]
    LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}')
              FROM elect.elections e
              JOIN elect.voters v ON v.id = p_voter AND v.election_id = e.id
              JOIN elect.candidate_participations p ON p.election_id = e.id
              JOIN elect.candidates c ON c.id = p.candidate_id
             WHERE e.id = p_election
               AND CASE e.type
                   WHEN 'district' THEN c.district IS NOT DISTINCT FROM v.district
                   WHEN 'governorate_based' THEN c.governorate IS NOT DISTINCT FROM v.governorate
                   WHEN 'api_managed' THEN v.eligible_candidates IS NULL OR c.id = ANY (v.eligible_candidates)
                   ELSE true END);
END
$$;

-- As 0017, in one query rather than two (eligibility_kiosk_id() stays for its other callers).
CREATE OR REPLACE FUNCTION voting_kiosk() RETURNS kiosks
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    k elect.kiosks;
BEGIN
    SELECT kk.* INTO k FROM elect.kiosks kk JOIN elect.organizations o ON o.user_id = kk.organization_id
     WHERE kk.login_role = session_user::text AND kk.enabled AND o.status = 'accepted'
       AND pg_has_role(session_user, 'elect_kiosk', 'MEMBER');
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'kiosk_only';
    END IF;
    RETURN k;
END
$$;

CREATE OR REPLACE FUNCTION running_election_of(p_kiosk kiosks, p_election bigint) RETURNS elections
    LANGUAGE plpgsql
AS $$
DECLARE
    e elect.elections;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(elect.election_voting_lock(p_election));
    SELECT * INTO e FROM elect.elections
     WHERE id = p_election AND organization_id = p_kiosk.organization_id AND status = 'scheduled'
       AND starts_at <= now() AND now() < ends_at;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'voting_election_closed';
    END IF;
    RETURN e;
END
$$;

CREATE OR REPLACE FUNCTION cast_outcome_of(p_kiosk kiosks, p_idempotency_key uuid, p_receipt text) RETURNS boolean
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    r elect.voting_records;
BEGIN
    SELECT * INTO r FROM elect.voting_records WHERE idempotency_key = p_idempotency_key;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF r.kiosk_id IS DISTINCT FROM p_kiosk.id
       OR NOT EXISTS (SELECT FROM elect.ballots WHERE election_id = r.election_id AND receipt_code = p_receipt) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'cast_key_reused';
    END IF;
    RETURN true;
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
