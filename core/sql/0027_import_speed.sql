-- Issue 11, item 5: the voter import closer to the speed of COPY (docs/csv-import.md, "How fast").
--
-- Measured per million rows (backend CPU time, `elect bench import` and EXPLAIN ANALYZE): besides
-- what any COPY into voters costs, 0019's load spent more on checking that every staged national id is
-- normalized (the regular expression '^[0-9]{4,32}$': PostgreSQL's engine expands the bounded
-- repetition into dozens of states) than on hashing the ids, and read the chunk twice more (that check,
-- then the areas). Here one pass over the chunk notes its areas and counts the ids that are not
-- normalized, with an equivalent but cheap test (digits only, and 4 to 32 of them); a chunk with any
-- such id stops the import with national_id_invalid before anything of it is hashed, as before.
--
-- The second cost was guard_draft_rows' statement trigger on INSERT: its transition table copied every
-- inserted voter into a tuplestore (about 6% of the server's time for a million rows), even for the
-- import's functions, which run as elect_owner and for which the trigger does nothing. The same rule is
-- now a row trigger that fires only for the logins' own inserts (WHEN, evaluated as the row is written:
-- nothing is queued for elect_owner). It is an AFTER trigger, like the one it replaces, and its name sorts
-- after the foreign-key check's ("RI_ConstraintTrigger_..."), so for each row the foreign key's KEY SHARE
-- lock on the election comes first: an insert that races a publish (which holds the election FOR UPDATE)
-- waits for it, then sees the election published and is refused, as before.
SET search_path = elect, pg_catalog;

CREATE FUNCTION guard_draft_row() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT FROM elections WHERE id = NEW.election_id AND status <> 'draft') THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_draft';
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION guard_draft_row() FROM PUBLIC;
DROP TRIGGER guard_draft_insert ON voters;
CREATE TRIGGER guard_draft_insert AFTER INSERT ON voters
    FOR EACH ROW WHEN (current_user <> 'elect_owner') EXECUTE FUNCTION guard_draft_row();

CREATE OR REPLACE FUNCTION import_load_voters(p_election bigint) RETURNS SETOF bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    e elections := import_election(p_election);
    v_key bytea := elect_private.organization_key(e.organization_id);
    v_count bigint;
    v_invalid bigint;
BEGIN
    PERFORM import_staging_is_ours('import_rows');
    PERFORM import_staging_is_ours('import_areas');
    PERFORM import_staging_is_ours('import_totals');
    -- '^[0-9]+$' with a length of 4 to 32 accepts exactly what '^[0-9]{4,32}$' accepts.
    WITH areas AS (
        SELECT nullif(r.district, '') AS district, nullif(r.governorate, '') AS governorate,
               min(r.line) AS first_line, count(*) AS voters,
               count(*) FILTER (WHERE r.national_id !~ '^[0-9]+$'
                                   OR length(r.national_id) NOT BETWEEN 4 AND 32) AS invalid
          FROM pg_temp.import_rows r GROUP BY 1, 2),
    noted AS (
        INSERT INTO pg_temp.import_areas SELECT district, governorate, first_line, voters FROM areas)
    SELECT coalesce(sum(invalid), 0) INTO v_invalid FROM areas;
    IF v_invalid > 0 THEN
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
    TRUNCATE pg_temp.import_rows;
END
$$;
