-- Kiosk events reach the audit chain in batches (issue 10, "Fast"; docs/security.md "Audit checkpoints").
-- audit() extends the hash chain under one cluster-wide lock held to commit, so every audited action waits
-- for the one before it to commit. That is fine for people's actions, which are few; but every step of
-- every voter at every kiosk is audited, and casts from all kiosks would queue behind that one lock.
-- Events of kiosk logins now go into audit_unsealed, which takes no lock; `elect serve` seals them into
-- the chain every few seconds (audit_seal), in the order they committed, and before each signed
-- checkpoint. Until then an event is recorded but not yet chained: the chain stays one chain, verifiable
-- as before, and `elect audit verify` says how many events wait.
SET search_path = elect, pg_catalog;

CREATE TABLE audit_unsealed (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor text NOT NULL,
    actor_user_id bigint,
    organization_id bigint,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text,
    success boolean NOT NULL,
    details jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL
);
-- No login reads or writes it; only audit() and audit_seal(), as the owner. No policy: RLS refuses all.
ALTER TABLE audit_unsealed ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON audit_unsealed FROM PUBLIC;
CREATE TRIGGER append_only BEFORE UPDATE ON audit_unsealed
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON audit_unsealed
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The same body and hash as before for everyone but kiosks; a kiosk's event waits in audit_unsealed.
CREATE OR REPLACE FUNCTION audit(p_action text, p_object_type text, p_object_id text, p_organization bigint,
                                 p_success boolean, p_details jsonb DEFAULT '{}') RETURNS void
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    v_prev bytea;
    v_now timestamptz := clock_timestamp();
    v_actor_id bigint;
    v_body text;
BEGIN
    -- A kiosk's login (by its row, not by role membership: the superuser is a member of every role). A
    -- kiosk is no person: no user id to look up.
    IF EXISTS (SELECT FROM kiosks WHERE login_role = session_user::text) THEN
        INSERT INTO audit_unsealed (actor, organization_id, action, object_type, object_id, success, details,
                                    created_at)
        VALUES (session_user::text, p_organization, p_action, p_object_type, p_object_id, p_success, p_details,
                v_now);
        RETURN;
    END IF;
    v_actor_id := current_user_id();
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

-- As elect serve: moves up to p_limit waiting events (capped at 50000) into the chain, oldest first, each
-- hashed exactly as audit() hashes a row, with the time it happened. Returns how many it sealed. Events
-- that commit while a batch is sealed wait for the next one; two sealers take turns on audit()'s lock.
CREATE FUNCTION audit_seal(p_limit integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    r record;
    v_prev bytea;
    v_body text;
    v_sealed integer := 0;
BEGIN
    IF session_user::text <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'audit_sealer_only';
    END IF;
    PERFORM pg_advisory_xact_lock(7261001);
    SELECT row_hash INTO v_prev FROM audit_log ORDER BY id DESC LIMIT 1;
    FOR r IN
        WITH taken AS (
            DELETE FROM audit_unsealed
             WHERE id IN (SELECT u.id FROM audit_unsealed u ORDER BY u.id
                          LIMIT greatest(1, least(coalesce(p_limit, 5000), 50000)))
            RETURNING *)
        SELECT * FROM taken ORDER BY id
    LOOP
        v_body := concat_ws(E'\x1f', r.actor, coalesce(r.actor_user_id::text, ''),
                            coalesce(r.organization_id::text, ''), r.action, r.object_type,
                            coalesce(r.object_id, ''), r.success::text, r.details::text,
                            extract(epoch FROM r.created_at)::text);
        INSERT INTO audit_log (actor, actor_user_id, organization_id, action, object_type, object_id, success,
                               details, prev_hash, row_hash, created_at)
        VALUES (r.actor, r.actor_user_id, r.organization_id, r.action, r.object_type, r.object_id, r.success,
                r.details, v_prev,
                public.digest(coalesce(v_prev, ''::bytea) || convert_to(v_body, 'UTF8'), 'sha256'),
                r.created_at)
        RETURNING row_hash INTO v_prev;
        v_sealed := v_sealed + 1;
    END LOOP;
    RETURN v_sealed;
END
$$;
REVOKE ALL ON FUNCTION audit_seal(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_seal(integer) TO elect_service;

-- How many events wait to be sealed, and since when (NULL when none): for `elect audit verify`.
CREATE FUNCTION audit_unsealed_count(OUT waiting bigint, OUT oldest timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user::text <> 'elect_service' AND NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'audit_reader_only';
    END IF;
    SELECT count(*), min(u.created_at) INTO waiting, oldest FROM audit_unsealed u;
END
$$;
REVOKE ALL ON FUNCTION audit_unsealed_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_unsealed_count() TO elect_service, elect_sysadmin;

-- How many national ids one kiosk may look up a minute. Twenty is more than a polling station's queue
-- reaches (each voter takes a minute or more); only the database's superuser changes it (a benchmark's
-- throwaway server does, and says so). No login has any privilege on it.
CREATE TABLE voting_limits (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    lookups_per_kiosk_minute integer NOT NULL DEFAULT 20 CHECK (lookups_per_kiosk_minute BETWEEN 1 AND 1000000)
);
INSERT INTO voting_limits DEFAULT VALUES;
ALTER TABLE voting_limits ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON voting_limits FROM PUBLIC;

-- As 0016, with the limit read from voting_limits.
CREATE OR REPLACE FUNCTION kiosk_identify(p_election bigint, p_national_id text)
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
       >= (SELECT lookups_per_kiosk_minute FROM voting_limits) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'kiosk_too_many_lookups';
    END IF;
    DELETE FROM kiosk_lookups WHERE kiosk_id = k.id AND created_at < now() - interval '1 day';
    SELECT v.id INTO v_voter FROM voters v
     WHERE v.election_id = e.id
       AND v.national_id_hmac = national_id_hmac(elect_private.organization_key(e.organization_id),
                                                 normalize_national_id(p_national_id))
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

-- Casts from every kiosk no longer take a share lock on their election's row. Row share locks from many
-- transactions at once each rewrite the row's lock word (a multixact per cast), and all kiosks of an
-- election queue on that one row. Instead a kiosk step takes a shared advisory lock on the election, which
-- lives only in the server's lock table; whatever changes whether the election runs (its status, start or
-- end, or removing it) takes the same lock exclusively, by this trigger, and so waits for the casts in
-- flight, while the casts that come after it wait for its commit and then see the election closed.
CREATE FUNCTION election_voting_lock(p_election bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE SET search_path = elect, pg_temp
AS $$ SELECT (7261002::bigint << 32) | (p_election & x'7fffffff'::bigint) $$;
REVOKE ALL ON FUNCTION election_voting_lock(bigint) FROM PUBLIC;

-- SECURITY DEFINER: whoever changes the election (a member of staff, the service closing it) takes the lock
-- as the schema's owner, the one role that may take advisory locks.
CREATE FUNCTION election_wait_for_casts() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(election_voting_lock(OLD.id));
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
REVOKE ALL ON FUNCTION election_wait_for_casts() FROM PUBLIC;
CREATE TRIGGER wait_for_casts BEFORE UPDATE ON elections
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
                       OR OLD.ends_at IS DISTINCT FROM NEW.ends_at)
    EXECUTE FUNCTION election_wait_for_casts();
CREATE TRIGGER wait_for_casts_delete BEFORE DELETE ON elections
    FOR EACH ROW EXECUTE FUNCTION election_wait_for_casts();

-- As 0016, with the shared advisory lock in place of FOR SHARE. The lock comes first, so that the row read
-- after it is the one committed by whoever held the lock exclusively.
CREATE OR REPLACE FUNCTION running_election_of(p_kiosk kiosks, p_election bigint) RETURNS elections
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(election_voting_lock(p_election));
    SELECT * INTO e FROM elections
     WHERE id = p_election AND organization_id = p_kiosk.organization_id AND status = 'scheduled'
       AND starts_at <= now() AND now() < ends_at;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'voting_election_closed';
    END IF;
    RETURN e;
END
$$;

-- Whether the cast with this key and receipt, from kiosk p_kiosk, was counted (kiosk_cast_outcome's rule,
-- for a kiosk already looked up).
CREATE FUNCTION cast_outcome_of(p_kiosk kiosks, p_idempotency_key uuid, p_receipt text) RETURNS boolean
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    r voting_records;
BEGIN
    SELECT * INTO r FROM voting_records WHERE idempotency_key = p_idempotency_key;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF r.kiosk_id IS DISTINCT FROM p_kiosk.id
       OR NOT EXISTS (SELECT FROM ballots WHERE election_id = r.election_id AND receipt_code = p_receipt) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'cast_key_reused';
    END IF;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION cast_outcome_of(kiosks, uuid, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION kiosk_cast_outcome(p_idempotency_key uuid, p_receipt text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$ SELECT cast_outcome_of(voting_kiosk(), p_idempotency_key, p_receipt) $$;

-- As 0016, with the kiosk looked up once per cast rather than once per step.
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
    IF cast_outcome_of(k, p_idempotency_key, p_receipt) THEN
        RETURN p_receipt;
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
    -- the voter's record and casts nothing (no row lock on the voter, no separate look first).
    INSERT INTO voting_records (election_id, voter_id, organization_id, kiosk_id, idempotency_key)
    VALUES (e.id, v.id, e.organization_id, k.id, p_idempotency_key)
    ON CONFLICT (election_id, voter_id) DO NOTHING;
    IF NOT FOUND THEN
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

-- As 0016, with the kiosk's id computed once: in `WHERE id = eligibility_kiosk_id()` the planner may scan
-- the kiosks and call the function for every row (measured: 0.28 ms a call with 33 kiosks, four calls a
-- voter), growing with every organization's kiosks.
CREATE OR REPLACE FUNCTION voting_kiosk() RETURNS kiosks
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    v_id bigint := eligibility_kiosk_id();
    k kiosks;
BEGIN
    SELECT * INTO k FROM kiosks WHERE id = v_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'kiosk_only';
    END IF;
    RETURN k;
END
$$;

-- As 0016, with the voter's candidates computed once rather than for each candidate row, and a referendum's
-- answers in the order the organization added them ("Yes" before "No"), not by name.
CREATE OR REPLACE FUNCTION kiosk_ballot(p_session text)
    RETURNS TABLE (candidate_id bigint, name text, party text, symbol_name text, photo bytea, symbol bytea)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    k kiosks := voting_kiosk();
    s voting_sessions := open_voting_session(k, p_session, false);
    e elections := running_election_of(k, s.election_id);
    v_eligible bigint[] := voter_eligible_candidates(e.id, s.voter_id);
BEGIN
    RETURN QUERY
        SELECT c.id, c.name, c.party, c.symbol_name, c.photo, c.symbol
          FROM candidates c
         WHERE c.id = ANY (v_eligible)
         ORDER BY CASE WHEN e.counting_method = 'referendum' THEN c.id END, c.name, c.id;
END
$$;
