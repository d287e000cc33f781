-- Issue 9, items 1 and 6 (docs/security.md, "National-id keys, phones and what staff may insert"):
--  * the organizations' national-id keys move to a schema no login may use, out of a plain dump of the
--    elect schema; national ids are hashed only here, in SECURITY DEFINER functions;
--  * the import stages its plain rows in a temporary table these functions make and own, and hashes
--    them where the key is;
--  * staff insert and update only the columns they may set: never an id, an organization or a key
--    column, and never into another organization's election (no id squatting, no existence oracle);
--  * phones are shown masked to every login; only `elect serve`, through functions, reads them whole.
SET search_path = elect, pg_catalog;

-- 1. The keys. The database's owner is elect_owner (db init), so it may make the schema. No login gets
-- USAGE on it: reading a key fails on the schema whatever grants a table might get later.
CREATE SCHEMA elect_private;
REVOKE ALL ON SCHEMA elect_private FROM PUBLIC;

CREATE TABLE elect_private.organization_keys (
    organization_id bigint PRIMARY KEY REFERENCES elect.organizations (user_id) ON DELETE CASCADE,
    -- Key of the HMAC-SHA256 under which this organization's national ids (and voters' codes) are stored.
    hmac_key bytea NOT NULL DEFAULT public.gen_random_bytes(32) CHECK (length(hmac_key) = 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON elect_private.organization_keys FROM PUBLIC;
INSERT INTO elect_private.organization_keys (organization_id, hmac_key) SELECT user_id, hmac_key FROM organizations;
ALTER TABLE organizations DROP COLUMN hmac_key;

CREATE FUNCTION elect_private.organization_key(p_organization bigint) RETURNS bytea
    LANGUAGE sql STABLE SET search_path = elect_private, pg_temp
AS $$ SELECT hmac_key FROM organization_keys WHERE organization_id = p_organization $$;
REVOKE ALL ON FUNCTION elect_private.organization_key(bigint) FROM PUBLIC;

-- Every organization gets its key as its row is written (register_organization runs as the owner).
CREATE FUNCTION elect_private.make_organization_key() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect_private, pg_temp
AS $$
BEGIN
    INSERT INTO organization_keys (organization_id) VALUES (NEW.user_id);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION elect_private.make_organization_key() FROM PUBLIC;
CREATE TRIGGER make_key AFTER INSERT ON organizations FOR EACH ROW EXECUTE FUNCTION elect_private.make_organization_key();

-- Hashing is done here now: no login calls the bare HMAC (it would need the key anyway).
REVOKE EXECUTE ON FUNCTION national_id_hmac(bytea, text) FROM elect_sysadmin, elect_staff;

-- The functions that read the key, as 0008 and 0009 wrote them, with the key taken from its new place.
CREATE OR REPLACE FUNCTION service_store_voter_code(p_otp bigint, p_code text)
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
       SET code_hmac = voter_code_hmac(elect_private.organization_key(t.organization_id), t.id, p_code),
           expires_at = now() + interval '5 minutes'
     WHERE id = t.id;
    PERFORM audit('store_voter_code', 'voter_otp', p_otp::text, t.organization_id, true);
    RETURN QUERY SELECT 'ready'::text, v_phone;
END
$$;

CREATE OR REPLACE FUNCTION voter_code_matches(p_otp bigint, p_code text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = elect, pg_temp
AS $$
    SELECT coalesce((SELECT t.code_hmac = voter_code_hmac(elect_private.organization_key(t.organization_id), t.id,
                                                          coalesce(p_code, ''))
                       FROM voter_otps t
                      WHERE t.id = p_otp AND t.code_hmac IS NOT NULL), false)
$$;

CREATE OR REPLACE FUNCTION request_eligibility(p_election bigint, p_national_id text) RETURNS bigint
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
    SELECT e.organization_id, elect_private.organization_key(e.organization_id) INTO v_org, v_key
      FROM elections e JOIN kiosks k ON k.organization_id = e.organization_id
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

CREATE OR REPLACE FUNCTION service_record_eligibility(p_request bigint, p_eligible boolean, p_phone text,
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
    v_key := elect_private.organization_key(r.organization_id);
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

CREATE OR REPLACE FUNCTION dummy_eligibility(p_organization bigint, p_national_id text)
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
          FROM dummy_voters v
         WHERE v.organization_id = p_organization
           AND v.national_id_hmac = national_id_hmac(elect_private.organization_key(p_organization),
                                                     normalize_national_id(p_national_id));
END
$$;

-- 2. The import. The plain rows reach the server only in the COPY stream, into a temporary table that
-- the function below makes (owned by elect_owner, so the login cannot hang a trigger, a rule or a view
-- on it) and lets the login only INSERT into. import_hash_staging() then hashes them into a second
-- temporary table, which the login may read, and drops the first; import_insert_staged() moves that
-- into the election. Temporary tables are never WAL-logged and go at commit.

-- The draft election, of the caller's own organization, that an import goes into, locked until commit;
-- or an error (the client checked the same thing first, with friendlier words).
CREATE FUNCTION import_election(p_election bigint) RETURNS elections
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections;
BEGIN
    SELECT * INTO e FROM elections WHERE id = p_election FOR UPDATE;
    IF NOT FOUND OR e.organization_id IS DISTINCT FROM current_organization_id()
       OR NOT pg_has_role(session_user, 'elect_staff', 'MEMBER') THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'election_not_found';
    END IF;
    IF e.status <> 'draft' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_draft';
    END IF;
    RETURN e;
END
$$;
REVOKE ALL ON FUNCTION import_election(bigint) FROM PUBLIC;

-- A temporary table of this session only if this owner made it: a table, a view or anything else the
-- login made under the same name in its own temporary schema is refused, never read as the owner.
CREATE FUNCTION import_staging_is_ours(p_name text) RETURNS void
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = to_regclass('pg_temp.' || p_name)
                    AND c.relkind = 'r' AND c.relpersistence = 't' AND c.relowner = current_user::regrole) THEN
        RAISE EXCEPTION 'the import''s staging table % is not the one the import made', p_name
            USING ERRCODE = '42501';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION import_staging_is_ours(text) FROM PUBLIC;

CREATE FUNCTION import_open_staging(p_election bigint, p_candidates boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM import_election(p_election);
    IF p_candidates THEN
        CREATE TEMP TABLE import_rows (line bigint NOT NULL,
            national_id text NOT NULL, name text NOT NULL, party text,
            district text, governorate text, birth_date text, description text, symbol_name text, photo bytea)
            ON COMMIT DROP;
        EXECUTE format('GRANT INSERT (line, national_id, name, party, district, governorate, birth_date, '
                       'description, symbol_name, photo) ON pg_temp.import_rows TO %I', session_user);
    ELSE
        CREATE TEMP TABLE import_rows (line bigint NOT NULL,
            national_id text NOT NULL, phone text, district text,
            governorate text) ON COMMIT DROP;
        EXECUTE format('GRANT INSERT (line, national_id, phone, district, governorate) ON pg_temp.import_rows TO %I',
                       session_user);
    END IF;
END
$$;

-- Hashes the staged national ids under the organization's key. Only normalized ids are hashed (what
-- normalize_national_id returns: ASCII digits; normalizing is idempotent, so this is the HMAC of
-- normalize_national_id(id)); the client normalizes them as it validates, and any other id stops the
-- import with national_id_invalid. Calling the plpgsql normalization for each of a million rows would
-- cost more than the whole COPY. (Not a CHECK on the staging table: its error would quote the row,
-- national id included, into the server's log.)
CREATE FUNCTION import_hash_staging(p_election bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections := import_election(p_election);
    v_key bytea := elect_private.organization_key(e.organization_id);
BEGIN
    PERFORM import_staging_is_ours('import_rows');
    IF EXISTS (SELECT FROM pg_temp.import_rows WHERE national_id !~ '^[0-9]{4,32}$') THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'national_id_invalid';
    END IF;
    -- The columns as staged, the national id replaced by its HMAC.
    EXECUTE (SELECT format('CREATE TEMP TABLE import_staged ON COMMIT DROP AS SELECT line, '
                           'public.hmac(convert_to(national_id, ''UTF8''), $1, '
                           '''sha256'') AS national_id_hmac, %s FROM pg_temp.import_rows',
                           string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum))
               FROM pg_attribute a
              WHERE a.attrelid = 'pg_temp.import_rows'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attname NOT IN ('line', 'national_id'))
        USING v_key;
    DROP TABLE pg_temp.import_rows;
    EXECUTE format('GRANT SELECT ON pg_temp.import_staged TO %I', session_user);
END
$$;

-- Moves the hashed rows into the election; returns how many rows the election gained (voters, or
-- candidate participations). Candidates the organization already has keep the details they have.
CREATE FUNCTION import_insert_staged(p_election bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections := import_election(p_election);
    v_candidates boolean;
    v_count bigint;
BEGIN
    PERFORM import_staging_is_ours('import_staged');
    v_candidates := EXISTS (SELECT FROM pg_attribute WHERE attrelid = 'pg_temp.import_staged'::regclass
                                                       AND attname = 'name' AND NOT attisdropped);
    IF NOT v_candidates THEN
        -- In key order, the unique index on (election, national id) fills page by page instead of
        -- touching a random page for every row.
        INSERT INTO voters (election_id, organization_id, national_id_hmac, phone, district, governorate)
        SELECT e.id, e.organization_id, s.national_id_hmac, nullif(s.phone, ''), nullif(s.district, ''),
               nullif(s.governorate, '')
          FROM pg_temp.import_staged s ORDER BY s.national_id_hmac;
        GET DIAGNOSTICS v_count = ROW_COUNT;
    ELSE
        INSERT INTO candidates (organization_id, national_id_hmac, name, party, district, governorate, country,
                                birth_date, description, symbol_name, photo)
        SELECT e.organization_id, s.national_id_hmac, s.name, nullif(s.party, ''), nullif(s.district, ''),
               nullif(s.governorate, ''), (SELECT country FROM organizations WHERE user_id = e.organization_id),
               nullif(s.birth_date, '')::date, nullif(s.description, ''), nullif(s.symbol_name, ''),
               nullif(s.photo, ''::bytea)
          FROM pg_temp.import_staged s
        ON CONFLICT (organization_id, national_id_hmac) DO NOTHING;
        INSERT INTO candidate_participations (candidate_id, election_id, organization_id)
        SELECT c.id, e.id, e.organization_id
          FROM pg_temp.import_staged s JOIN candidates c
            ON c.organization_id = e.organization_id AND c.national_id_hmac = s.national_id_hmac;
        GET DIAGNOSTICS v_count = ROW_COUNT;
    END IF;
    PERFORM audit(CASE WHEN v_candidates THEN 'import_candidates' ELSE 'import_voters' END, 'election',
                  e.id::text, e.organization_id, true, jsonb_build_object('rows', v_count));
    RETURN v_count;
END
$$;
REVOKE ALL ON FUNCTION import_open_staging(bigint, boolean), import_hash_staging(bigint),
    import_insert_staged(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION import_open_staging(bigint, boolean), import_hash_staging(bigint),
    import_insert_staged(bigint) TO elect_staff;

-- The dummy API's tables are filled by staff with plain national ids: hashed here as they are written.
-- dummy_candidates keeps its national id (the dummy API answers with it); dummy_voters' is write-only.
ALTER TABLE dummy_voters ADD COLUMN national_id text CHECK (national_id IS NULL);
CREATE FUNCTION hash_dummy_national_id() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    NEW.national_id_hmac := national_id_hmac(elect_private.organization_key(NEW.organization_id),
                                             normalize_national_id(NEW.national_id));
    IF TG_TABLE_NAME = 'dummy_voters' THEN
        NEW.national_id := NULL;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION hash_dummy_national_id() FROM PUBLIC;
CREATE TRIGGER hash_national_id BEFORE INSERT OR UPDATE ON dummy_candidates
    FOR EACH ROW WHEN (NEW.national_id IS NOT NULL) EXECUTE FUNCTION hash_dummy_national_id();
CREATE TRIGGER hash_national_id BEFORE INSERT OR UPDATE ON dummy_voters
    FOR EACH ROW WHEN (NEW.national_id IS NOT NULL) EXECUTE FUNCTION hash_dummy_national_id();

-- 3. Phones, masked for everyone who reads the tables: the last two digits, as the kiosk shows them.
ALTER TABLE voters ADD COLUMN phone_masked text
    GENERATED ALWAYS AS (repeat(U&'\2022', length(phone) - 2) || right(phone, 2)) STORED;
ALTER TABLE dummy_voters ADD COLUMN phone_masked text
    GENERATED ALWAYS AS (repeat(U&'\2022', length(phone) - 2) || right(phone, 2)) STORED;

-- 4. What staff and system admins may read and write, column by column. A write naming a column
-- that is not listed (id, organization_id, a key or hash column, a status set by functions) is refused
-- with "permission denied" before any row or constraint is looked at.
REVOKE SELECT ON voters, dummy_voters FROM elect_staff, elect_sysadmin;
GRANT SELECT (id, election_id, organization_id, national_id_hmac, phone_masked, district, governorate,
              eligible_candidates, verified_at, eligibility_checked_at, created_at)
    ON voters TO elect_staff, elect_sysadmin;
GRANT SELECT (id, organization_id, national_id_hmac, phone_masked, district, governorate, eligible_candidates,
              created_at)
    ON dummy_voters TO elect_staff, elect_sysadmin;

REVOKE INSERT, UPDATE ON candidates, candidate_participations, voters, dummy_candidates, dummy_voters
    FROM elect_staff;
GRANT INSERT (national_id_hmac, name, party, district, governorate, country, birth_date, description, symbol_name,
              photo, symbol),
      UPDATE (name, party, district, governorate, country, birth_date, description, symbol_name, photo, symbol)
    ON candidates TO elect_staff;
GRANT INSERT (candidate_id, election_id) ON candidate_participations TO elect_staff;
GRANT INSERT (election_id, national_id_hmac, phone, district, governorate),
      UPDATE (phone, district, governorate)
    ON voters TO elect_staff;
GRANT INSERT (national_id, name, party, district, governorate),
      UPDATE (national_id, name, party, district, governorate)
    ON dummy_candidates TO elect_staff;
GRANT INSERT (national_id, phone, district, governorate, eligible_candidates),
      UPDATE (national_id, phone, district, governorate, eligible_candidates)
    ON dummy_voters TO elect_staff;

-- A row of another organization's election is refused before the unique indexes are reached: otherwise
-- "duplicate key" would say that such a row exists. As the login, so its own row-level security decides
-- which elections it sees. The functions (as the owner) check the election themselves.
CREATE FUNCTION guard_own_election() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM elections WHERE id = NEW.election_id) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'election_not_found';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER guard_own_election BEFORE INSERT ON voters
    FOR EACH ROW WHEN (current_user <> 'elect_owner') EXECUTE FUNCTION guard_own_election();
CREATE TRIGGER guard_own_election BEFORE INSERT ON candidate_participations
    FOR EACH ROW WHEN (current_user <> 'elect_owner') EXECUTE FUNCTION guard_own_election();
