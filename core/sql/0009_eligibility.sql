-- API-managed elections: the kiosk asks, `elect serve` asks the organization's API, the answer lands
-- on the voter row. The request queue is a table read only through these functions (a national id
-- waits here in the clear until serve has asked, then is erased), an outbox row of kind
-- eligibility_check that carries only the request id, and a NOTIFY on elect_eligibility, also with
-- only the request id, that wakes serve at once. Anyone may LISTEN and the system admin reads the
-- outbox: neither ever sees a national id.
SET search_path = elect, pg_catalog;

CREATE TYPE eligibility_request_status AS ENUM ('pending', 'answered', 'unavailable');

CREATE TABLE eligibility_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    -- The kiosk that asked: only it reads the outcome.
    kiosk_id bigint NOT NULL REFERENCES kiosks (id) ON DELETE CASCADE,
    -- Normalized; held only while the request is pending.
    national_id text CHECK (national_id ~ '^[0-9]{4,32}$'),
    status eligibility_request_status NOT NULL DEFAULT 'pending',
    eligible boolean,
    voter_id bigint REFERENCES voters (id) ON DELETE SET NULL,
    -- Candidate ids the API named that are not candidates of this election.
    unknown_candidates integer CHECK (unknown_candidates >= 0),
    -- Why the organization's API could not answer (for IT staff; never shown at the kiosk).
    reason text,
    created_at timestamptz NOT NULL DEFAULT now(),
    answered_at timestamptz,
    CHECK ((status = 'pending') = (answered_at IS NULL)),
    CHECK (status = 'pending' OR national_id IS NULL),
    CHECK ((status = 'answered') = (eligible IS NOT NULL)),
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX ON eligibility_requests (created_at) WHERE status = 'pending';
CREATE INDEX ON eligibility_requests (kiosk_id, created_at);

-- No grant and no policy: only the functions below (run as the owner) read or write it.
ALTER TABLE eligibility_requests ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON eligibility_requests FROM PUBLIC;

-- When the organization's API last said this voter may vote; an answer younger than ten minutes is
-- used again without asking.
ALTER TABLE voters ADD COLUMN eligibility_checked_at timestamptz;

-- The built-in dummy API must answer with candidates' national ids, so it keeps them; nobody but the
-- dummy API's function reads them back (staff write them when they fill the dummy tables).
ALTER TABLE dummy_candidates ADD COLUMN national_id text CHECK (national_id ~ '^[0-9]{4,32}$');
REVOKE SELECT ON dummy_candidates FROM elect_staff, elect_sysadmin;
GRANT SELECT (id, organization_id, national_id_hmac, name, party, district, governorate, created_at)
    ON dummy_candidates TO elect_staff, elect_sysadmin;

-- The kiosk calling, or NULL.
CREATE FUNCTION eligibility_kiosk_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
    SELECT k.id FROM kiosks k JOIN organizations o ON o.user_id = k.organization_id
     WHERE k.login_role = session_user::text AND k.enabled AND o.status = 'accepted'
       AND pg_has_role(session_user, 'elect_kiosk', 'MEMBER')
$$;
REVOKE ALL ON FUNCTION eligibility_kiosk_id() FROM PUBLIC;

-- As a kiosk: asks whether a person may vote in one of the kiosk's organization's running
-- api_managed elections. Returns the request's id; the kiosk reads the outcome with
-- eligibility_outcome(). An answer the organization's API gave in the last ten minutes is used again.
CREATE FUNCTION request_eligibility(p_election bigint, p_national_id text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_kiosk bigint := eligibility_kiosk_id();
    v_org bigint;
    v_key bytea;
    v_nid text;
    v_voter bigint;
    v_id bigint;
BEGIN
    IF v_kiosk IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'kiosk_only';
    END IF;
    SELECT e.organization_id, o.hmac_key INTO v_org, v_key
      FROM elections e JOIN kiosks k ON k.organization_id = e.organization_id
      JOIN organizations o ON o.user_id = e.organization_id
     WHERE e.id = p_election AND k.id = v_kiosk AND e.type = 'api_managed' AND e.status = 'scheduled'
       AND e.starts_at <= now() AND now() < e.ends_at;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'eligibility_election_not_open';
    END IF;
    v_nid := normalize_national_id(p_national_id);
    -- A kiosk asks for people standing in front of it: more than this is someone trying ids.
    IF (SELECT count(*) FROM eligibility_requests
         WHERE kiosk_id = v_kiosk AND created_at > now() - interval '1 minute') >= 20 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'eligibility_too_many_requests';
    END IF;
    -- Requests serve never took (it was down) do not keep their national ids.
    UPDATE eligibility_requests SET status = 'unavailable', national_id = NULL, answered_at = now(),
           reason = 'expired before elect serve asked'
     WHERE status = 'pending' AND created_at < now() - interval '5 minutes';

    SELECT id INTO v_voter FROM voters
     WHERE election_id = p_election AND national_id_hmac = national_id_hmac(v_key, v_nid)
       AND eligibility_checked_at BETWEEN now() - interval '10 minutes' AND now();
    IF FOUND THEN
        INSERT INTO eligibility_requests (election_id, organization_id, kiosk_id, status, eligible, voter_id,
                                          answered_at)
        VALUES (p_election, v_org, v_kiosk, 'answered', true, v_voter, now())
        RETURNING id INTO v_id;
        PERFORM audit('request_eligibility', 'eligibility_request', v_id::text, v_org, true,
                      jsonb_build_object('election_id', p_election, 'cached', true));
        RETURN v_id;
    END IF;

    INSERT INTO eligibility_requests (election_id, organization_id, kiosk_id, national_id)
    VALUES (p_election, v_org, v_kiosk, v_nid)
    RETURNING id INTO v_id;
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v_org, 'eligibility_check', jsonb_build_object('request_id', v_id));
    PERFORM pg_notify('elect_eligibility', v_id::text);
    PERFORM audit('request_eligibility', 'eligibility_request', v_id::text, v_org, true,
                  jsonb_build_object('election_id', p_election, 'cached', false));
    RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION request_eligibility(bigint, text) FROM PUBLIC;

-- As the kiosk that asked: pending, or answered with whether the person may vote and the last two
-- digits of the phone the code will go to. Never the phone itself. When the organization's API could
-- not answer, raises eligibility_unavailable (the kiosk sends the voter to the poll worker).
CREATE FUNCTION eligibility_outcome(p_request bigint)
    RETURNS TABLE (status eligibility_request_status, eligible boolean, phone_last_digits text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_kiosk bigint := eligibility_kiosk_id();
    r eligibility_requests;
    v_phone text;
BEGIN
    IF v_kiosk IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'kiosk_only';
    END IF;
    SELECT * INTO r FROM eligibility_requests q WHERE q.id = p_request AND q.kiosk_id = v_kiosk;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'eligibility_request_not_found';
    END IF;
    IF r.status = 'unavailable' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'eligibility_unavailable';
    END IF;
    IF r.status = 'answered' AND r.eligible THEN
        SELECT v.phone INTO v_phone FROM voters v WHERE v.id = r.voter_id;
    END IF;
    RETURN QUERY SELECT r.status, r.eligible, right(v_phone, 2);
END
$$;
REVOKE ALL ON FUNCTION eligibility_outcome(bigint) FROM PUBLIC;

-- As elect serve: what to ask for a pending request, or no row when there is nothing to ask (already
-- answered, or too old: a request serve could not take within five minutes is given up, and its
-- national id erased, since the voter has long gone).
CREATE FUNCTION service_eligibility_request(p_request bigint)
    RETURNS TABLE (election_id bigint, organization_id bigint, api_endpoint text, national_id text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    UPDATE eligibility_requests q SET status = 'unavailable', national_id = NULL, answered_at = now(),
           reason = 'expired before elect serve asked'
     WHERE q.id = p_request AND q.status = 'pending' AND q.created_at < now() - interval '5 minutes';
    RETURN QUERY
        SELECT q.election_id, q.organization_id, e.api_endpoint, q.national_id
          FROM eligibility_requests q JOIN elections e ON e.id = q.election_id
         WHERE q.id = p_request AND q.status = 'pending';
END
$$;
REVOKE ALL ON FUNCTION service_eligibility_request(bigint) FROM PUBLIC;

-- As elect serve, in one transaction: the organization's API answered. An eligible person gets (or
-- keeps) a voter row with the phone and the candidates the API named, mapped to this election's
-- candidates through their HMACs (NULL: all candidates; ids the election does not have are left out
-- and counted). A person no longer eligible loses the voter row unless they already voted. The
-- request is marked answered and its national id erased. Returns the number of candidate ids left
-- out, or NULL when the request was no longer pending (nothing changed).
CREATE FUNCTION service_record_eligibility(p_request bigint, p_eligible boolean, p_phone text,
                                           p_candidates text[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    r eligibility_requests;
    v_key bytea;
    v_hmac bytea;
    v_named text[];
    v_candidates bigint[];
    v_unknown integer := 0;
    v_voter bigint;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    SELECT * INTO r FROM eligibility_requests WHERE id = p_request FOR UPDATE;
    IF NOT FOUND OR r.status <> 'pending' THEN
        RETURN NULL;
    END IF;
    SELECT hmac_key INTO STRICT v_key FROM organizations WHERE user_id = r.organization_id;
    v_hmac := national_id_hmac(v_key, r.national_id);
    IF p_eligible THEN
        IF p_phone IS NULL THEN
            RAISE EXCEPTION 'an eligible voter needs a phone for the code' USING ERRCODE = '22023';
        END IF;
        IF coalesce(cardinality(p_candidates), 0) > 0 THEN
            SELECT array_agg(DISTINCT normalize_national_id(n)) INTO v_named FROM unnest(p_candidates) n;
            SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}') INTO v_candidates
              FROM candidates c JOIN candidate_participations p ON p.candidate_id = c.id
             WHERE p.election_id = r.election_id AND c.organization_id = r.organization_id
               AND c.national_id_hmac IN (SELECT national_id_hmac(v_key, n) FROM unnest(v_named) n);
            v_unknown := cardinality(v_named) - cardinality(v_candidates);
        END IF;
        INSERT INTO voters (election_id, organization_id, national_id_hmac, phone, eligible_candidates,
                            eligibility_checked_at)
        VALUES (r.election_id, r.organization_id, v_hmac, p_phone, v_candidates, now())
        ON CONFLICT (election_id, national_id_hmac) DO UPDATE
           SET phone = EXCLUDED.phone, eligible_candidates = EXCLUDED.eligible_candidates,
               eligibility_checked_at = EXCLUDED.eligibility_checked_at
        RETURNING id INTO v_voter;
    ELSE
        DELETE FROM voters v WHERE v.election_id = r.election_id AND v.national_id_hmac = v_hmac
           AND NOT EXISTS (SELECT FROM voting_records vr WHERE vr.voter_id = v.id);
        UPDATE voters SET eligibility_checked_at = NULL
         WHERE election_id = r.election_id AND national_id_hmac = v_hmac;
    END IF;
    UPDATE eligibility_requests
       SET status = 'answered', eligible = p_eligible, voter_id = v_voter, unknown_candidates = v_unknown,
           national_id = NULL, answered_at = now()
     WHERE id = p_request;
    PERFORM audit('record_eligibility', 'eligibility_request', p_request::text, r.organization_id, true,
                  jsonb_build_object('election_id', r.election_id, 'eligible', p_eligible,
                                     'unknown_candidates', v_unknown));
    RETURN v_unknown;
END
$$;
REVOKE ALL ON FUNCTION service_record_eligibility(bigint, boolean, text, text[]) FROM PUBLIC;

-- As elect serve: the organization's API could not answer (fail closed: the kiosk sends the voter to
-- the poll worker). The national id is erased; the organization is told, at most once in ten minutes
-- per election. False when the request was no longer pending.
CREATE FUNCTION service_record_eligibility_unavailable(p_request bigint, p_reason text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    r eligibility_requests;
    v_reason text := left(coalesce(nullif(btrim(p_reason), ''), 'no reason given'), 500);
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    UPDATE eligibility_requests SET status = 'unavailable', national_id = NULL, answered_at = now(),
           reason = v_reason
     WHERE id = p_request AND status = 'pending'
    RETURNING * INTO r;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF NOT EXISTS (SELECT FROM notifications n
                    WHERE n.organization_id = r.organization_id AND n.election_id = r.election_id
                      AND n.type = 'system' AND n.extra ? 'eligibility_unavailable'
                      AND n.created_at > now() - interval '10 minutes') THEN
        INSERT INTO notifications (organization_id, type, priority, title, message, election_id, extra)
        VALUES (r.organization_id, 'system', 'high', 'Your voter service did not answer', v_reason,
                r.election_id, jsonb_build_object('eligibility_unavailable', true));
    END IF;
    PERFORM audit('record_eligibility', 'eligibility_request', p_request::text, r.organization_id, false,
                  jsonb_build_object('election_id', r.election_id, 'reason', v_reason));
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION service_record_eligibility_unavailable(bigint, text) FROM PUBLIC;

-- As elect serve, for the built-in dummy API: what dummy_voters and dummy_candidates of an organization
-- say about one national id (hashed here, where the key is). No row for a person it does not know.
-- candidate_national_ids: the dummy candidates the voter may choose (empty: all).
CREATE FUNCTION dummy_eligibility(p_organization bigint, p_national_id text)
    RETURNS TABLE (phone text, candidate_national_ids text[])
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
    RETURN QUERY
        SELECT v.phone,
               coalesce((SELECT array_agg(c.national_id ORDER BY c.id) FROM dummy_candidates c
                          WHERE c.organization_id = v.organization_id AND c.id = ANY (v.eligible_candidates)
                            AND c.national_id IS NOT NULL), '{}')
          FROM dummy_voters v JOIN organizations o ON o.user_id = v.organization_id
         WHERE v.organization_id = p_organization
           AND v.national_id_hmac = national_id_hmac(o.hmac_key, normalize_national_id(p_national_id));
END
$$;
REVOKE ALL ON FUNCTION dummy_eligibility(bigint, text) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION request_eligibility(bigint, text), eligibility_outcome(bigint) TO elect_kiosk;
GRANT EXECUTE ON FUNCTION service_eligibility_request(bigint), service_record_eligibility(bigint, boolean, text, text[]),
    service_record_eligibility_unavailable(bigint, text), dummy_eligibility(bigint, text) TO elect_service;
