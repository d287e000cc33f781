-- The scheduler of `elect serve` (the elect_service login): it closes the elections whose ends_at has
-- passed, counts them from their ballots (core/tally runs in the service) and stores the results in one
-- transaction; and, when staff asked for it, it reminds registered voters who have not voted yet, once per
-- election. Every function here checks that its caller is elect_serve's login itself (EXECUTE is granted
-- to it alone), so a person or a kiosk can neither read ballots nor store results.
SET search_path = elect, pg_catalog;

-- Voter reminders are opt-in per election, set by staff on a draft (the draft guard of 0002 applies).
-- reminded_at is written by queue_voter_reminders() only: a reminder goes out once per election.
ALTER TABLE elections
    ADD COLUMN remind_voters boolean NOT NULL DEFAULT false,
    ADD COLUMN reminder_language text NOT NULL DEFAULT 'en' CHECK (reminder_language IN ('en', 'ar')),
    ADD COLUMN reminded_at timestamptz;
GRANT INSERT (remind_voters, reminder_language), UPDATE (remind_voters, reminder_language) ON elections TO elect_staff;
CREATE INDEX ON elections (ends_at) WHERE status = 'scheduled';

-- The count as the service made it: TallyReport's JSON (every round, its notes, the seed of the lot, the
-- declared tie-break rule), one object per district or governorate. Read by the organization's staff and
-- by system admins; written only by store_tally().
CREATE TABLE election_results (
    election_id bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    ballots bigint NOT NULL CHECK (ballots >= 0),
    report jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE
);
ALTER TABLE election_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY sysadmin_all ON election_results TO elect_sysadmin USING (true) WITH CHECK (true);
CREATE POLICY staff_own_organization ON election_results TO elect_staff
    USING (organization_id = (SELECT current_organization_id()))
    WITH CHECK (organization_id = (SELECT current_organization_id()));
REVOKE ALL ON election_results FROM PUBLIC;
GRANT SELECT ON election_results TO elect_sysadmin, elect_staff;

-- The elections to close now: published and past their end. Locks nothing (claim_election_for_tally does).
CREATE FUNCTION due_elections()
    RETURNS TABLE (id bigint, organization_id bigint, title text, ends_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    RETURN QUERY
        SELECT e.id, e.organization_id, e.title, e.ends_at FROM elections e
         WHERE e.status = 'scheduled' AND e.ends_at <= now()
         ORDER BY e.ends_at, e.id;
END
$$;

-- Takes one due election for counting in the caller's transaction: its row stays locked until that
-- transaction ends, and a second server asking meanwhile gets no row (SKIP LOCKED) rather than waiting.
-- No row either when the election is not due (still running, already tallied, cancelled).
CREATE FUNCTION claim_election_for_tally(p_election bigint)
    RETURNS TABLE (id bigint, organization_id bigint, title text, type election_type, counting_method counting_method,
                   seats integer, votes_per_voter integer, registered_voters bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    e elections;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    SELECT * INTO e FROM elections el
     WHERE el.id = p_election AND el.status = 'scheduled' AND el.ends_at <= now()
       FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT e.id, e.organization_id, e.title, e.type, e.counting_method, e.seats, e.votes_per_voter,
                        (SELECT count(*) FROM voters v WHERE v.election_id = e.id);
END
$$;

-- The candidates an election's ballots may name, with the district and governorate that make up the
-- constituencies of district and governorate_based elections.
CREATE FUNCTION tally_candidates(p_election bigint)
    RETURNS TABLE (candidate_id bigint, name text, district text, governorate text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    RETURN QUERY
        SELECT c.id, c.name, c.district, c.governorate
          FROM candidate_participations p JOIN candidates c ON c.id = p.candidate_id
         WHERE p.election_id = p_election
         ORDER BY c.id;
END
$$;

-- The ballots of an ended election (DESIGN.md, ballot secrecy): only after ends_at, never for a draft
-- or a cancelled election, in random order and without the ballot's id, receipt or any system column,
-- so that nothing returned joins a ballot back to a voting record.
CREATE FUNCTION ended_election_ballots(p_election bigint)
    RETURNS TABLE (selections bigint[], district text, governorate text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    e elections;
    v_count bigint;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    SELECT * INTO e FROM elections el WHERE el.id = p_election;
    IF NOT FOUND OR e.status NOT IN ('scheduled', 'tallied') OR e.ends_at > now() THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_ended';
    END IF;
    RETURN QUERY
        SELECT b.selections, b.district, b.governorate FROM ballots b
         WHERE b.election_id = p_election
         ORDER BY random();
    GET DIAGNOSTICS v_count = ROW_COUNT;
    PERFORM audit('read_ballots', 'election', e.id::text, e.organization_id, true,
                  jsonb_build_object('ballots', v_count));
END
$$;

-- Stores one election's count in the caller's transaction: votes, rank and has_won of every candidate,
-- the report, the status `tallied`, and the notifications for the organization. p_results is a JSON
-- array of {"candidate_id", "votes" (a decimal string), "rank" (0 or null: none), "has_won"}. Returns
-- false and changes nothing when the election is no longer `scheduled` (another server stored it first,
-- or it was cancelled): run twice, or on two servers at once, the results are stored once.
CREATE FUNCTION store_tally(p_election bigint, p_results jsonb, p_report jsonb, p_ballots bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections;
    v_named integer;
    v_winners jsonb;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    -- Waits for a server that holds the row, then sees what it did.
    SELECT * INTO e FROM elections WHERE id = p_election FOR UPDATE;
    IF NOT FOUND OR e.status <> 'scheduled' THEN
        RETURN false;
    END IF;
    IF e.ends_at > now() THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_ended';
    END IF;
    UPDATE candidate_participations p
       SET votes = (r ->> 'votes')::numeric, rank = nullif((r ->> 'rank')::integer, 0),
           has_won = coalesce((r ->> 'has_won')::boolean, false)
      FROM jsonb_array_elements(coalesce(p_results, '[]')) r
     WHERE p.election_id = p_election AND p.candidate_id = (r ->> 'candidate_id')::bigint;
    GET DIAGNOSTICS v_named = ROW_COUNT;
    -- A candidate the count does not name received no vote and did not win (and the audit row says so).
    UPDATE candidate_participations SET votes = 0, rank = NULL, has_won = false
     WHERE election_id = p_election AND votes IS NULL;
    UPDATE elections SET status = 'tallied' WHERE id = p_election;
    INSERT INTO election_results (election_id, organization_id, ballots, report)
    VALUES (p_election, e.organization_id, p_ballots, coalesce(p_report, '{}'));
    SELECT coalesce(jsonb_agg(c.name ORDER BY p.rank, c.name), '[]') INTO v_winners
      FROM candidate_participations p JOIN candidates c ON c.id = p.candidate_id
     WHERE p.election_id = p_election AND p.has_won;
    INSERT INTO notifications (organization_id, type, priority, title, message, election_id, extra)
    VALUES (e.organization_id, 'election_ended', 'normal', 'Election ended', e.title, p_election,
            jsonb_build_object('ends_at', e.ends_at)),
           (e.organization_id, 'election_tallied', 'high', 'Results ready', e.title, p_election,
            jsonb_build_object('ballots', p_ballots, 'winners', v_winners));
    PERFORM audit('tally_election', 'election', p_election::text, e.organization_id, true,
                  jsonb_build_object('ballots', p_ballots, 'candidates_named', v_named, 'winners', v_winners));
    RETURN true;
END
$$;

-- Reminders: once per election that asked for them, when the election is running and at most two hours
-- remain (for an election shorter than four hours: from its midpoint). One outbox row per registered
-- voter with a phone who has not voted; reminded_at makes it once, SKIP LOCKED makes two servers split
-- the elections rather than both remind. An election whose end came before serve ran gets no reminder.
-- Returns the number of reminders queued.
CREATE FUNCTION queue_voter_reminders() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e record;
    v_count integer;
    v_total integer := 0;
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    FOR e IN SELECT el.id, el.organization_id FROM elections el
              WHERE el.status = 'scheduled' AND el.remind_voters AND el.reminded_at IS NULL
                AND el.starts_at <= now() AND now() < el.ends_at
                AND now() >= el.ends_at - least(interval '2 hours', (el.ends_at - el.starts_at) / 2)
              ORDER BY el.ends_at, el.id
                FOR UPDATE SKIP LOCKED
    LOOP
        UPDATE elections SET reminded_at = now() WHERE id = e.id;
        INSERT INTO outbox (organization_id, kind, payload)
        SELECT e.organization_id, 'voter_reminder_sms', jsonb_build_object('election_id', e.id, 'voter_id', v.id)
          FROM voters v
         WHERE v.election_id = e.id AND v.phone IS NOT NULL
           AND NOT EXISTS (SELECT FROM voting_records r WHERE r.election_id = e.id AND r.voter_id = v.id)
         ORDER BY v.id;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        PERFORM audit('queue_voter_reminders', 'election', e.id::text, e.organization_id, true,
                      jsonb_build_object('reminders', v_count));
        v_total := v_total + v_count;
    END LOOP;
    RETURN v_total;
END
$$;

-- What the reminder SMS needs, read as it is sent: the voter's phone (only elect serve reads it whole),
-- the election's title, end and language, and whether a reminder is still wanted (the voter has not
-- voted since it was queued and the election still runs). No row for a voter of another election.
CREATE FUNCTION voter_reminder_recipient(p_election bigint, p_voter bigint)
    RETURNS TABLE (phone text, title text, ends_at timestamptz, language text, still_to_vote boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'scheduler_only';
    END IF;
    RETURN QUERY
        SELECT v.phone, e.title, e.ends_at, e.reminder_language,
               e.status = 'scheduled' AND now() < e.ends_at AND v.phone IS NOT NULL
               AND NOT EXISTS (SELECT FROM voting_records r WHERE r.election_id = e.id AND r.voter_id = v.id)
          FROM voters v JOIN elections e ON e.id = v.election_id
         WHERE v.id = p_voter AND v.election_id = p_election;
END
$$;

REVOKE ALL ON FUNCTION due_elections(), claim_election_for_tally(bigint), tally_candidates(bigint),
    ended_election_ballots(bigint), store_tally(bigint, jsonb, jsonb, bigint), queue_voter_reminders(),
    voter_reminder_recipient(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_elections(), claim_election_for_tally(bigint), tally_candidates(bigint),
    ended_election_ballots(bigint), store_tally(bigint, jsonb, jsonb, bigint), queue_voter_reminders(),
    voter_reminder_recipient(bigint, bigint) TO elect_service;
