-- Audit checkpoints (issue 9, docs/security.md "Audit checkpoints"): the audit log's owner could disable the
-- append-only trigger, delete the last rows or recompute every hash, and audit_log_first_broken() saw
-- nothing. `elect serve` now signs the chain's head outside the database; `elect audit verify` recomputes the
-- chain itself and compares it with each signed head. These two functions are all they read.
SET search_path = elect, pg_catalog;

-- The chain's head as one snapshot sees it: how many rows, the last one's id and its hash (NULLs for an
-- empty log). audit() writes one row at a time under a lock held to commit, so ids follow the chain.
CREATE FUNCTION audit_head(OUT row_count bigint, OUT last_id bigint, OUT head_hash bytea)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user::text <> 'elect_service' AND NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'audit_reader_only';
    END IF;
    SELECT count(*), max(a.id) INTO row_count, last_id FROM audit_log a;
    SELECT a.row_hash INTO head_hash FROM audit_log a WHERE a.id = last_id;
END
$$;
REVOKE ALL ON FUNCTION audit_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_head() TO elect_service, elect_sysadmin;

-- The rows after id p_after, in id order, at most p_limit (capped at 10000): for each, the bytes audit()
-- hashed after the previous row's hash (the same expression as audit() and audit_log_first_broken()), and
-- the stored hashes, so that the verifier can recompute the chain without trusting them.
CREATE FUNCTION audit_chain(p_after bigint, p_limit integer)
    RETURNS TABLE (id bigint, body bytea, prev_hash bytea, row_hash bytea)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user::text <> 'elect_service' AND NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'audit_reader_only';
    END IF;
    RETURN QUERY
        SELECT a.id,
               convert_to(concat_ws(E'\x1f', a.actor, coalesce(a.actor_user_id::text, ''),
                                    coalesce(a.organization_id::text, ''), a.action, a.object_type,
                                    coalesce(a.object_id, ''), a.success::text, a.details::text,
                                    extract(epoch FROM a.created_at)::text), 'UTF8'),
               a.prev_hash, a.row_hash
          FROM audit_log a
         WHERE p_after IS NULL OR a.id > p_after
         ORDER BY a.id
         LIMIT greatest(1, least(coalesce(p_limit, 1000), 10000));
END
$$;
REVOKE ALL ON FUNCTION audit_chain(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain(bigint, integer) TO elect_service, elect_sysadmin;
