-- Issue 11, item 5: the voter import at the speed of COPY (docs/csv-import.md, "How fast").
--
-- 0015's import staged every row twice (plain, then hashed) and copied it a third time into voters.
-- Here the plain rows still arrive only in the COPY stream, into a temporary table that these functions
-- make and own (the login may only INSERT into it), but in chunks: each chunk is hashed under the
-- organization's key and inserted into voters by one statement straight from that table, which is then
-- emptied for the next chunk. The client reads the next chunk of the file while the server inserts this
-- one. Nothing is committed before the client commits the one transaction, so the import stays all or
-- nothing; the election stays locked (FOR UPDATE) throughout, so no other transaction adds voters to it.
--
-- Rows already in the election make the chunk's insert fail on the unique index; that chunk is then
-- inserted by nobody, and its lines come back to the client to report (the client rolls back).
-- Duplicates inside the file never reach the server: the client's validator reports them.
SET search_path = elect, pg_catalog;

CREATE FUNCTION import_open_voters(p_election bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM import_election(p_election);
    CREATE TEMP TABLE import_rows (line bigint NOT NULL, national_id text NOT NULL, phone text, district text,
                                   governorate text) ON COMMIT DROP;
    EXECUTE format('GRANT INSERT (line, national_id, phone, district, governorate) ON pg_temp.import_rows TO %I',
                   session_user);
    -- What the chunks brought, for the checks after the last one: rows inserted, and each district's and
    -- governorate's first line and number of voters. The login reads it; only these functions write it.
    CREATE TEMP TABLE import_areas (district text, governorate text, first_line bigint NOT NULL,
                                    voters bigint NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE import_totals (inserted bigint NOT NULL) ON COMMIT DROP;
    INSERT INTO pg_temp.import_totals VALUES (0);
    EXECUTE format('GRANT SELECT ON pg_temp.import_areas TO %I', session_user);
END
$$;

-- Hashes the staged chunk and inserts it into the election; returns the lines of the chunk whose voter is
-- already in the election (then nothing of the chunk is inserted), or no line. Only normalized ids are
-- hashed (see import_hash_staging in 0015); any other stops the import with national_id_invalid.
CREATE FUNCTION import_load_voters(p_election bigint) RETURNS SETOF bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections := import_election(p_election);
    v_key bytea := elect_private.organization_key(e.organization_id);
    v_count bigint;
BEGIN
    PERFORM import_staging_is_ours('import_rows');
    PERFORM import_staging_is_ours('import_areas');
    PERFORM import_staging_is_ours('import_totals');
    IF EXISTS (SELECT FROM pg_temp.import_rows WHERE national_id !~ '^[0-9]{4,32}$') THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'national_id_invalid';
    END IF;
    BEGIN
        -- In key order, the unique index on (election, national id) fills page by page.
        INSERT INTO voters (election_id, organization_id, national_id_hmac, phone, district, governorate)
        SELECT e.id, e.organization_id, public.hmac(convert_to(r.national_id, 'UTF8'), v_key, 'sha256'),
               nullif(r.phone, ''), nullif(r.district, ''), nullif(r.governorate, '')
          FROM pg_temp.import_rows r ORDER BY 3;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        UPDATE pg_temp.import_totals SET inserted = inserted + v_count;
    EXCEPTION WHEN unique_violation THEN
        RETURN QUERY
            SELECT r.line FROM pg_temp.import_rows r JOIN voters v ON v.election_id = e.id
               AND v.national_id_hmac = public.hmac(convert_to(r.national_id, 'UTF8'), v_key, 'sha256')
             ORDER BY r.line;
    END;
    INSERT INTO pg_temp.import_areas
    SELECT nullif(r.district, ''), nullif(r.governorate, ''), min(r.line), count(*)
      FROM pg_temp.import_rows r GROUP BY 1, 2;
    TRUNCATE pg_temp.import_rows;
END
$$;

-- After the last chunk: audits the import and returns how many voters the election gained.
CREATE FUNCTION import_finish_voters(p_election bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections := import_election(p_election);
    v_count bigint;
BEGIN
    PERFORM import_staging_is_ours('import_totals');
    SELECT inserted INTO STRICT v_count FROM pg_temp.import_totals;
    PERFORM audit('import_voters', 'election', e.id::text, e.organization_id, true,
                  jsonb_build_object('rows', v_count));
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION import_open_voters(bigint), import_load_voters(bigint), import_finish_voters(bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION import_open_voters(bigint), import_load_voters(bigint), import_finish_voters(bigint)
    TO elect_staff;
