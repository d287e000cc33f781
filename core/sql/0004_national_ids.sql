-- National ids: the same normalization and HMAC as core/domain/NationalId.cpp; the test vectors in
-- tests/data/national_id_vectors.json check that both agree.
SET search_path = elect, pg_catalog;

CREATE FUNCTION normalize_national_id(p_input text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = elect, pg_temp
AS $$
DECLARE
    v text;
BEGIN
    -- Spaces, direction marks and dashes go; Arabic-Indic and Eastern Arabic-Indic digits become ASCII.
    v := translate(p_input,
                   U&' \0009\00A0\2007\2009\202F\200B\200E\200F\061C-\2010\2011\2012\2013\2014\2015\2212\FE63\FF0D',
                   '');
    v := translate(v, U&'\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9',
                   '01234567890123456789');
    IF v !~ '^[0-9]{4,32}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'national_id_invalid';
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION national_id_hmac(p_key bytea, p_normalized text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT SET search_path = elect, pg_temp
AS $$ SELECT public.hmac(convert_to(p_normalized, 'UTF8'), p_key, 'sha256') $$;

GRANT EXECUTE ON FUNCTION normalize_national_id(text), national_id_hmac(bytea, text)
    TO elect_sysadmin, elect_staff;
