-- Issue 11, "Voters" (docs/admin-voters.md): the voters list of elect-admin.
--  * Staff see whether each voter of their own organization has voted (not when, not where, never how):
--    three columns of voting_records, under the same row-level security as the voters themselves.
--  * Search by national id: only an exact id finds a voter. The id is hashed here, where the key is; the
--    caller gets the voter's row id or nothing. Each login may search 60 times a minute, so the function
--    cannot be turned into a machine that reverses ids (a 14-digit id with a known birth date is a few
--    hundred thousand guesses), and every search is audited without the id.
SET search_path = elect, pg_catalog;

CREATE POLICY staff_own_organization ON voting_records TO elect_staff
    USING (organization_id = (SELECT current_organization_id()));
GRANT SELECT (election_id, voter_id, organization_id) ON voting_records TO elect_staff;

CREATE TABLE elect_private.voter_searches (
    login text NOT NULL,
    searched_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON elect_private.voter_searches (login, searched_at);
REVOKE ALL ON elect_private.voter_searches FROM PUBLIC;

-- The voter of election p_election whose national id is p_national_id (any spelling normalize_national_id
-- accepts), or NULL. For staff of the election's organization and for system admins; anyone else, and any
-- election they may not see, gets election_not_found.
CREATE FUNCTION find_voter(p_election bigint, p_national_id text) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint;
    v_nid text;
    v_voter bigint;
BEGIN
    SELECT e.organization_id INTO v_org FROM elections e WHERE e.id = p_election;
    IF NOT FOUND OR NOT (is_sysadmin()
                         OR (pg_has_role(session_user, 'elect_staff', 'MEMBER')
                             AND v_org IS NOT DISTINCT FROM current_organization_id())) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'election_not_found';
    END IF;
    -- Counted in this transaction too: a statement that loops over guesses fails as a whole.
    IF (SELECT count(*) FROM elect_private.voter_searches
         WHERE login = session_user::text AND searched_at > now() - interval '1 minute') >= 60 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'voter_search_too_many';
    END IF;
    DELETE FROM elect_private.voter_searches
     WHERE login = session_user::text AND searched_at < now() - interval '1 hour';
    INSERT INTO elect_private.voter_searches (login) VALUES (session_user::text);
    v_nid := normalize_national_id(p_national_id);
    SELECT v.id INTO v_voter FROM voters v
     WHERE v.election_id = p_election
       AND v.national_id_hmac = national_id_hmac(elect_private.organization_key(v_org), v_nid);
    PERFORM audit('search_voter', 'election', p_election::text, v_org, true,
                  jsonb_build_object('found', v_voter IS NOT NULL));
    RETURN v_voter;
END
$$;
REVOKE ALL ON FUNCTION find_voter(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION find_voter(bigint, text) TO elect_staff, elect_sysadmin;
