-- Voting at a kiosk (issue 10, DESIGN.md "The voter at a kiosk"): identify a person by national id,
-- send a one-time code, verify it, show the ballot, cast once. Every function checks that its caller is
-- an enabled kiosk of an accepted organization and works only on that organization's running elections.
-- Nothing here tells a kiosk more than the voter in front of it needs: "code sent to the phone ending in
-- 47" or "not on the list"; whether the person has voted only once the code is verified.
SET search_path = elect, pg_catalog;

-- The kiosk that asked for a code, so that only that kiosk can verify it.
ALTER TABLE voter_otps ADD COLUMN kiosk_id bigint REFERENCES kiosks (id) ON DELETE CASCADE;

-- One row per national id a kiosk looked up: the handle the kiosk holds for the person in front of it
-- (a random id, so that it says nothing about other lookups), and what bounds how fast a kiosk may
-- look ids up. voter_id NULL: not on the election's list.
CREATE TABLE kiosk_lookups (
    id uuid PRIMARY KEY DEFAULT public.gen_random_uuid(),
    kiosk_id bigint NOT NULL REFERENCES kiosks (id) ON DELETE CASCADE,
    election_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    voter_id bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE,
    FOREIGN KEY (voter_id, election_id) REFERENCES voters (id, election_id) ON DELETE CASCADE
);
CREATE INDEX ON kiosk_lookups (kiosk_id, created_at);

-- A verified voter's short session: only the hash of the token the kiosk holds is kept.
CREATE TABLE voting_sessions (
    token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    kiosk_id bigint NOT NULL REFERENCES kiosks (id) ON DELETE CASCADE,
    election_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    voter_id bigint NOT NULL,
    expires_at timestamptz NOT NULL,
    ended_at timestamptz,
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE,
    FOREIGN KEY (voter_id, election_id) REFERENCES voters (id, election_id) ON DELETE CASCADE
);

ALTER TABLE kiosk_lookups ENABLE ROW LEVEL SECURITY;
ALTER TABLE voting_sessions ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON kiosk_lookups, voting_sessions FROM PUBLIC;

-- What a ballot may hold: the same rules as core/domain/BallotRules, checked against the same table of
-- cases (tests/data/ballot_rules_cases.json). 'none' when the ballot can be cast.
CREATE FUNCTION ballot_problem(p_method counting_method, p_votes_per_voter integer, p_eligible bigint[],
                               p_selections bigint[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SET search_path = elect, pg_temp
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
REVOKE ALL ON FUNCTION ballot_problem(counting_method, integer, bigint[], bigint[]) FROM PUBLIC;

-- The candidates one voter may choose in one election: all, the voter's district's, the voter's
-- governorate's, or those the organization's API named (NULL there: all).
CREATE FUNCTION voter_eligible_candidates(p_election bigint, p_voter bigint) RETURNS bigint[]
    LANGUAGE sql STABLE SET search_path = elect, pg_temp
AS $$
    SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}')
      FROM elections e
      JOIN voters v ON v.id = p_voter AND v.election_id = e.id
      JOIN candidate_participations p ON p.election_id = e.id
      JOIN candidates c ON c.id = p.candidate_id
     WHERE e.id = p_election
       AND CASE e.type
           WHEN 'district' THEN c.district IS NOT DISTINCT FROM v.district
           WHEN 'governorate_based' THEN c.governorate IS NOT DISTINCT FROM v.governorate
           WHEN 'api_managed' THEN v.eligible_candidates IS NULL OR c.id = ANY (v.eligible_candidates)
           ELSE true END
$$;
REVOKE ALL ON FUNCTION voter_eligible_candidates(bigint, bigint) FROM PUBLIC;

-- The calling kiosk (enabled, of an accepted organization), or an error.
CREATE FUNCTION voting_kiosk() RETURNS kiosks
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks;
BEGIN
    SELECT * INTO k FROM kiosks WHERE id = eligibility_kiosk_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'kiosk_only';
    END IF;
    RETURN k;
END
$$;
REVOKE ALL ON FUNCTION voting_kiosk() FROM PUBLIC;

-- One of the kiosk's organization's elections, while it runs (locked against a concurrent cancel).
CREATE FUNCTION running_election_of(p_kiosk kiosks, p_election bigint) RETURNS elections
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections;
BEGIN
    SELECT * INTO e FROM elections
     WHERE id = p_election AND organization_id = p_kiosk.organization_id AND status = 'scheduled'
       AND starts_at <= now() AND now() < ends_at
       FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'voting_election_closed';
    END IF;
    RETURN e;
END
$$;
REVOKE ALL ON FUNCTION running_election_of(kiosks, bigint) FROM PUBLIC;

-- A new one-time code for a voter, to be generated and sent by `elect serve`: voids the voter's earlier
-- codes; at most three in fifteen minutes. Returns the last two digits of the phone it goes to.
CREATE FUNCTION issue_voter_code(p_kiosk kiosks, p_voter bigint) RETURNS text
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v voters;
    v_otp bigint;
BEGIN
    -- The voter row is the lock: two kiosks asking at once cannot both get under the limit.
    SELECT * INTO STRICT v FROM voters WHERE id = p_voter FOR UPDATE;
    IF v.phone IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'voter_has_no_phone';
    END IF;
    IF (SELECT count(*) FROM voter_otps WHERE voter_id = p_voter AND created_at > now() - interval '15 minutes')
       >= 3 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'code_too_many_requests';
    END IF;
    UPDATE voter_otps SET voided_at = now() WHERE voter_id = p_voter AND voided_at IS NULL;
    INSERT INTO voter_otps (voter_id, organization_id, kiosk_id)
    VALUES (p_voter, v.organization_id, p_kiosk.id)
    RETURNING id INTO v_otp;
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v.organization_id, 'voter_code_sms', jsonb_build_object('otp_id', v_otp));
    RETURN right(v.phone, 2);
END
$$;
REVOKE ALL ON FUNCTION issue_voter_code(kiosks, bigint) FROM PUBLIC;

-- As a kiosk: looks a national id up in a running election. listed: a code is on its way to the phone
-- ending in phone_last_digits; not listed: nothing else is said. Each kiosk may look up twenty ids a
-- minute: people standing in front of it, not someone reading the list out. For an api_managed election
-- the person is listed when the organization's API said so in the last ten minutes (request_eligibility).
CREATE FUNCTION kiosk_identify(p_election bigint, p_national_id text)
    RETURNS TABLE (lookup uuid, listed boolean, phone_last_digits text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    e elections := running_election_of(k, p_election);
    v_voter bigint;
    v_lookup uuid;
    v_digits text;
BEGIN
    PERFORM 1 FROM kiosks WHERE id = k.id FOR UPDATE;
    IF (SELECT count(*) FROM kiosk_lookups WHERE kiosk_id = k.id AND created_at > now() - interval '1 minute')
       >= 20 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'kiosk_too_many_lookups';
    END IF;
    DELETE FROM kiosk_lookups WHERE kiosk_id = k.id AND created_at < now() - interval '1 day';
    SELECT v.id INTO v_voter FROM voters v JOIN organizations o ON o.user_id = v.organization_id
     WHERE v.election_id = e.id
       AND v.national_id_hmac = national_id_hmac(o.hmac_key, normalize_national_id(p_national_id))
       AND (e.type <> 'api_managed' OR v.eligibility_checked_at > now() - interval '10 minutes');
    INSERT INTO kiosk_lookups (kiosk_id, election_id, organization_id, voter_id)
    VALUES (k.id, e.id, e.organization_id, v_voter)
    RETURNING id INTO v_lookup;
    IF v_voter IS NOT NULL THEN
        v_digits := issue_voter_code(k, v_voter);
    END IF;
    PERFORM audit('kiosk_identify', 'election', e.id::text, e.organization_id, true,
                  jsonb_build_object('kiosk_id', k.id, 'listed', v_voter IS NOT NULL));
    RETURN QUERY SELECT v_lookup, v_voter IS NOT NULL, v_digits;
END
$$;

-- The lookup a kiosk holds, while it is fresh (fifteen minutes) and the person was listed.
CREATE FUNCTION listed_lookup(p_kiosk kiosks, p_lookup uuid) RETURNS kiosk_lookups
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    l kiosk_lookups;
BEGIN
    SELECT * INTO l FROM kiosk_lookups
     WHERE id = p_lookup AND kiosk_id = p_kiosk.id AND voter_id IS NOT NULL
       AND created_at > now() - interval '15 minutes';
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'voting_start_again';
    END IF;
    RETURN l;
END
$$;
REVOKE ALL ON FUNCTION listed_lookup(kiosks, uuid) FROM PUBLIC;

-- As the kiosk that looked the person up: a new code (the earlier one stops working).
CREATE FUNCTION kiosk_request_code(p_lookup uuid) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    l kiosk_lookups := listed_lookup(k, p_lookup);
    e elections := running_election_of(k, l.election_id);
    v_digits text;
BEGIN
    v_digits := issue_voter_code(k, l.voter_id);
    PERFORM audit('kiosk_request_code', 'election', e.id::text, e.organization_id, true,
                  jsonb_build_object('kiosk_id', k.id));
    RETURN v_digits;
END
$$;

-- As the kiosk that looked the person up: checks the code typed. Outcomes (never an error, so that a
-- wrong try is counted even though the caller's transaction goes on):
--   verified (with a voting session's token, valid fifteen minutes), wrong_code, expired, too_many_tries
--   (the fifth wrong try voids the code: even the right code fails after it), not_sent_yet,
--   already_voted (told only now, to the person who holds the phone).
CREATE FUNCTION kiosk_verify_code(p_lookup uuid, p_code text)
    RETURNS TABLE (outcome text, session_token text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    l kiosk_lookups := listed_lookup(k, p_lookup);
    e elections := running_election_of(k, l.election_id);
    t voter_otps;
    v_token text;
    v_outcome text;
BEGIN
    SELECT * INTO t FROM voter_otps
     WHERE voter_id = l.voter_id AND kiosk_id = k.id
     ORDER BY created_at DESC, id DESC LIMIT 1
       FOR UPDATE;
    IF NOT FOUND OR t.voided_at IS NOT NULL AND t.failed_attempts < 5 THEN
        v_outcome := CASE WHEN FOUND THEN 'expired' ELSE 'not_sent_yet' END;
    ELSIF t.failed_attempts >= 5 THEN
        v_outcome := 'too_many_tries';
    ELSIF t.code_hmac IS NULL THEN
        v_outcome := 'not_sent_yet';
    ELSIF t.expires_at <= now() THEN
        v_outcome := 'expired';
    ELSIF NOT voter_code_matches(t.id, p_code) THEN
        UPDATE voter_otps SET failed_attempts = failed_attempts + 1,
                              voided_at = CASE WHEN failed_attempts + 1 >= 5 THEN now() END
         WHERE id = t.id;
        v_outcome := CASE WHEN t.failed_attempts + 1 >= 5 THEN 'too_many_tries' ELSE 'wrong_code' END;
    ELSE
        UPDATE voter_otps SET voided_at = now() WHERE id = t.id;
        UPDATE voters SET verified_at = now() WHERE id = l.voter_id;
        IF EXISTS (SELECT FROM voting_records WHERE election_id = e.id AND voter_id = l.voter_id) THEN
            v_outcome := 'already_voted';
        ELSE
            v_token := encode(public.gen_random_bytes(32), 'hex');
            INSERT INTO voting_sessions (token_hash, kiosk_id, election_id, organization_id, voter_id, expires_at)
            VALUES (public.digest(v_token, 'sha256'), k.id, e.id, e.organization_id, l.voter_id,
                    now() + interval '15 minutes');
            v_outcome := 'verified';
        END IF;
    END IF;
    PERFORM audit('kiosk_verify_code', 'election', e.id::text, e.organization_id, v_outcome = 'verified',
                  jsonb_build_object('kiosk_id', k.id, 'outcome', v_outcome));
    RETURN QUERY SELECT v_outcome, v_token;
END
$$;

-- The open session of a token, for the kiosk that holds it.
CREATE FUNCTION open_voting_session(p_kiosk kiosks, p_token text, p_lock boolean) RETURNS voting_sessions
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    s voting_sessions;
BEGIN
    IF p_lock THEN
        SELECT * INTO s FROM voting_sessions
         WHERE token_hash = public.digest(coalesce(p_token, ''), 'sha256') AND kiosk_id = p_kiosk.id
           FOR UPDATE;
    ELSE
        SELECT * INTO s FROM voting_sessions
         WHERE token_hash = public.digest(coalesce(p_token, ''), 'sha256') AND kiosk_id = p_kiosk.id;
    END IF;
    IF NOT FOUND OR s.ended_at IS NOT NULL OR s.expires_at <= now() THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'voting_session_expired';
    END IF;
    RETURN s;
END
$$;
REVOKE ALL ON FUNCTION open_voting_session(kiosks, text, boolean) FROM PUBLIC;

-- As the kiosk holding a voting session: what the voter may choose, in a fixed order (name, then id).
CREATE FUNCTION kiosk_ballot(p_session text)
    RETURNS TABLE (candidate_id bigint, name text, party text, symbol_name text, photo bytea, symbol bytea)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    s voting_sessions := open_voting_session(k, p_session, false);
    e elections := running_election_of(k, s.election_id);
BEGIN
    RETURN QUERY
        SELECT c.id, c.name, c.party, c.symbol_name, c.photo, c.symbol
          FROM candidates c
         WHERE c.id = ANY (voter_eligible_candidates(e.id, s.voter_id))
         ORDER BY c.name, c.id;
END
$$;

-- As the kiosk holding a voting session: casts the ballot, once. In one transaction: the election runs,
-- the session is open, the voter has not voted, the selections fit the counting method and the voter's
-- eligible candidates; then an unlinked ballot (random id, no time, no kiosk, no session, no voter), the
-- voting record and the end of the session. The receipt code is the kiosk's own random choice (ten
-- characters of an alphabet without look-alikes), kept in its journal with the idempotency key until the
-- outcome is known: the same key and receipt again return the receipt and never cast twice, which is
-- how a kiosk learns, after a dropped connection or a crash, that the ballot was counted.
CREATE FUNCTION kiosk_cast(p_session text, p_selections bigint[], p_idempotency_key uuid, p_receipt text)
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
    IF kiosk_cast_outcome(p_idempotency_key, p_receipt) THEN
        RETURN p_receipt;
    END IF;
    -- Casts with one session queue here. A repeated request that waited finds the session closed by the
    -- first one, and answers with its outcome.
    BEGIN
        s := open_voting_session(k, p_session, true);
    EXCEPTION WHEN SQLSTATE 'EL002' THEN
        IF kiosk_cast_outcome(p_idempotency_key, p_receipt) THEN
            RETURN p_receipt;
        END IF;
        RAISE;
    END;
    e := running_election_of(k, s.election_id);
    -- Casts for one voter from two sessions queue on the voter's row.
    SELECT * INTO STRICT v FROM voters WHERE id = s.voter_id FOR UPDATE;
    IF EXISTS (SELECT FROM voting_records WHERE election_id = e.id AND voter_id = v.id) THEN
        UPDATE voting_sessions SET ended_at = now() WHERE token_hash = s.token_hash;
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'already_voted';
    END IF;
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
    INSERT INTO ballots (election_id, organization_id, selections, district, governorate, receipt_code)
    VALUES (e.id, e.organization_id, p_selections,
            CASE WHEN e.type = 'district' THEN v.district END,
            CASE WHEN e.type = 'governorate_based' THEN v.governorate END, p_receipt);
    INSERT INTO voting_records (election_id, voter_id, organization_id, kiosk_id, idempotency_key)
    VALUES (e.id, v.id, e.organization_id, k.id, p_idempotency_key);
    UPDATE voting_sessions SET ended_at = now() WHERE token_hash = s.token_hash;
    PERFORM audit('kiosk_cast', 'election', e.id::text, e.organization_id, true, jsonb_build_object('kiosk_id', k.id));
    RETURN p_receipt;
END
$$;

-- As a kiosk: whether the cast with this idempotency key and receipt, from this kiosk, was counted. For
-- the poll worker after a restart, and for kiosk_cast's answer to a repeated request. A key already used
-- with another receipt, or by another kiosk, is refused rather than answered.
CREATE FUNCTION kiosk_cast_outcome(p_idempotency_key uuid, p_receipt text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    r voting_records;
BEGIN
    SELECT * INTO r FROM voting_records WHERE idempotency_key = p_idempotency_key;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF r.kiosk_id IS DISTINCT FROM k.id
       OR NOT EXISTS (SELECT FROM ballots WHERE election_id = r.election_id AND receipt_code = p_receipt) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'cast_key_reused';
    END IF;
    RETURN true;
END
$$;

REVOKE ALL ON FUNCTION kiosk_identify(bigint, text), kiosk_request_code(uuid), kiosk_verify_code(uuid, text),
    kiosk_ballot(text), kiosk_cast(text, bigint[], uuid, text), kiosk_cast_outcome(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiosk_identify(bigint, text), kiosk_request_code(uuid), kiosk_verify_code(uuid, text),
    kiosk_ballot(text), kiosk_cast(text, bigint[], uuid, text), kiosk_cast_outcome(uuid, text) TO elect_kiosk;
