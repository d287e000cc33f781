-- Money: wallet top-ups through Stripe Checkout, pricing tiers, and publishing and cancelling elections,
-- which charge and refund the wallet. The wallet is the owner's users row (wallet_balance, wallet_currency);
-- it changes only here, and every movement is a transactions row written in the same transaction.
-- Lock order, so that no two of these functions deadlock: a top-up row, then the owner's users row, then
-- the election row.
SET search_path = elect, pg_catalog;

CREATE TYPE top_up_status AS ENUM ('pending', 'open', 'paid', 'expired', 'failed');

-- An owner's request to pay money into the wallet. pending: written, waiting for `elect serve` to open a
-- Checkout Session; open: the session exists (checkout_url is where the owner pays); paid: credited once;
-- expired: the session ended unpaid; failed: Stripe refused it, or a payment did not match the request.
CREATE TABLE wallet_top_ups (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id),
    amount bigint NOT NULL CHECK (amount > 0),
    currency char(3) NOT NULL DEFAULT 'EGP' CHECK (currency ~ '^[A-Z]{3}$'),
    status top_up_status NOT NULL DEFAULT 'pending',
    stripe_session_id text UNIQUE,
    checkout_url text,
    failure_reason text,
    opened_at timestamptz,
    paid_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
    CHECK (status = 'pending' OR status = 'failed' OR stripe_session_id IS NOT NULL)
);
CREATE INDEX ON wallet_top_ups (organization_id, created_at DESC);
CREATE INDEX ON wallet_top_ups (opened_at) WHERE status = 'open';

-- One charge and at most one refund per election: a refund cannot be paid twice, whoever calls.
CREATE UNIQUE INDEX transactions_one_charge_per_election ON transactions (election_id) WHERE kind = 'charge';
CREATE UNIQUE INDEX transactions_one_refund_per_election ON transactions (election_id) WHERE kind = 'refund';
CREATE INDEX ON transactions (organization_id, created_at DESC);

-- What publishing an election costs, by its number of potential voters. Tiers of one currency never
-- overlap (set_pricing_tier checks); max_voters NULL is open-ended.
CREATE TABLE pricing_tiers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    min_voters integer NOT NULL CHECK (min_voters >= 0),
    max_voters integer CHECK (max_voters >= min_voters),
    price bigint NOT NULL CHECK (price >= 0),
    currency char(3) NOT NULL DEFAULT 'EGP' CHECK (currency ~ '^[A-Z]{3}$'),
    created_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (currency, min_voters)
);

ALTER TABLE wallet_top_ups ENABLE ROW LEVEL SECURITY;
CREATE POLICY sysadmin_all ON wallet_top_ups TO elect_sysadmin USING (true) WITH CHECK (true);
CREATE POLICY staff_own_organization ON wallet_top_ups TO elect_staff
    USING (organization_id = (SELECT current_organization_id()))
    WITH CHECK (organization_id = (SELECT current_organization_id()));
-- The platform's prices are nobody's organization data: every member of staff reads them all.
ALTER TABLE pricing_tiers ENABLE ROW LEVEL SECURITY;
CREATE POLICY sysadmin_all ON pricing_tiers TO elect_sysadmin USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON pricing_tiers FOR SELECT TO elect_staff USING (true);
REVOKE ALL ON wallet_top_ups, pricing_tiers FROM PUBLIC;
-- Read only: top-ups are written by request_top_up and elect serve, tiers by the system admin's functions.
GRANT SELECT ON wallet_top_ups, pricing_tiers TO elect_sysadmin, elect_staff;

-- An amount in minor units as people read it ("150.00 EGP"), with the currency's own number of decimals
-- (as Stripe counts them; core/domain/Money.cpp says the same).
CREATE FUNCTION format_money(p_amount bigint, p_currency text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = elect, pg_temp
AS $$
    SELECT CASE
        WHEN upper(p_currency) IN ('BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND',
                                   'VUV', 'XAF', 'XOF', 'XPF') THEN p_amount::text
        WHEN upper(p_currency) IN ('BHD', 'JOD', 'KWD', 'OMR', 'TND') THEN to_char(p_amount / 1000.0, 'FM999999999990.000')
        ELSE to_char(p_amount / 100.0, 'FM999999999990.00') END || ' ' || upper(p_currency)
$$;

CREATE FUNCTION require_service() RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    IF session_user <> 'elect_service' THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'service_only';
    END IF;
END
$$;

-- The owner asks to pay p_amount (minor units, in the wallet's currency) into the wallet. `elect serve`
-- opens the Checkout Session (outbox kind checkout_session) and the owner pays at its URL.
CREATE FUNCTION request_top_up(p_amount bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    v_id bigint;
    v_currency char(3);
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    -- Stripe takes at most 8 digits of minor units; below 25.00 (in EGP, Stripe's minimum) is refused there.
    IF p_amount IS NULL OR p_amount < 2500 OR p_amount > 99999999 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'top_up_amount_invalid',
            DETAIL = 'between 2500 and 99999999 minor units';
    END IF;
    -- A handful of unpaid requests at a time, so that a loop cannot open sessions without end.
    IF (SELECT count(*) FROM wallet_top_ups
         WHERE organization_id = v_org AND status IN ('pending', 'open')
           AND created_at > now() - interval '1 day') >= 5 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'too_many_open_top_ups';
    END IF;
    SELECT wallet_currency INTO v_currency FROM users WHERE id = v_org;
    INSERT INTO wallet_top_ups (organization_id, user_id, amount, currency)
    VALUES (v_org, current_user_id(), p_amount, coalesce(v_currency, 'EGP'))
    RETURNING id INTO v_id;
    INSERT INTO outbox (organization_id, kind, payload)
    VALUES (v_org, 'checkout_session', jsonb_build_object('top_up_id', v_id));
    PERFORM audit('request_top_up', 'wallet_top_up', v_id::text, v_org, true,
                  jsonb_build_object('amount', p_amount, 'currency', coalesce(v_currency, 'EGP')));
    RETURN v_id;
END
$$;

-- For the checkout_session handler of `elect serve`.
CREATE FUNCTION service_top_up(p_top_up bigint)
    RETURNS TABLE (id bigint, organization_id bigint, amount bigint, currency text, status top_up_status,
                   stripe_session_id text, checkout_url text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM require_service();
    RETURN QUERY SELECT t.id, t.organization_id, t.amount, t.currency::text, t.status, t.stripe_session_id,
                        t.checkout_url
                   FROM wallet_top_ups t WHERE t.id = p_top_up;
END
$$;

-- The session Stripe opened for a pending top-up. True when recorded (or already recorded with this
-- very session); false when the top-up is no longer pending or holds another session.
CREATE FUNCTION service_record_checkout_session(p_top_up bigint, p_session_id text, p_url text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    t wallet_top_ups;
BEGIN
    PERFORM require_service();
    SELECT * INTO t FROM wallet_top_ups WHERE id = p_top_up FOR UPDATE;
    IF NOT FOUND OR coalesce(p_session_id, '') !~ '^cs_[A-Za-z0-9_]+$' THEN
        RETURN false;
    END IF;
    IF t.stripe_session_id IS NOT NULL THEN
        RETURN t.stripe_session_id = p_session_id;
    END IF;
    IF t.status <> 'pending' THEN
        RETURN false;
    END IF;
    UPDATE wallet_top_ups SET status = 'open', stripe_session_id = p_session_id, checkout_url = p_url,
                              opened_at = now()
     WHERE id = p_top_up;
    PERFORM audit('open_checkout_session', 'wallet_top_up', p_top_up::text, t.organization_id, true,
                  jsonb_build_object('session', p_session_id));
    RETURN true;
END
$$;

-- Stripe refused to open a session: the request ends, and the organization hears why.
CREATE FUNCTION service_fail_top_up(p_top_up bigint, p_reason text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint;
BEGIN
    PERFORM require_service();
    UPDATE wallet_top_ups SET status = 'failed', failure_reason = left(coalesce(p_reason, ''), 500)
     WHERE id = p_top_up AND status = 'pending'
    RETURNING organization_id INTO v_org;
    IF v_org IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO notifications (organization_id, type, priority, title, message, extra)
    VALUES (v_org, 'payment_failed', 'high', 'Top-up failed', left(coalesce(p_reason, ''), 500),
            jsonb_build_object('top_up_id', p_top_up));
    PERFORM audit('fail_top_up', 'wallet_top_up', p_top_up::text, v_org, true,
                  jsonb_build_object('reason', left(coalesce(p_reason, ''), 500)));
    RETURN true;
END
$$;

-- Credits a paid Checkout Session to its top-up's wallet, exactly once, whoever reports it first (the
-- webhook, the poller, both at once, or either again): the top-up row is locked, a paid one is not
-- credited again, and the session id is unique in transactions. A payment that does not match its
-- request (another session, amount or currency) is refused and recorded, for people to look at.
-- Returns whether this call credited the wallet.
CREATE FUNCTION service_credit_top_up(p_session_id text, p_client_reference text, p_amount bigint,
                                      p_currency text, p_event_id text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    t wallet_top_ups;
    v_details jsonb := jsonb_build_object('session', p_session_id, 'event', p_event_id, 'amount', p_amount,
                                          'currency', upper(p_currency), 'reference', p_client_reference);
    v_problem text;
BEGIN
    PERFORM require_service();
    IF coalesce(p_client_reference, '') ~ '^[0-9]{1,18}$' THEN
        SELECT * INTO t FROM wallet_top_ups WHERE id = p_client_reference::bigint FOR UPDATE;
    END IF;
    IF t.id IS NULL THEN
        PERFORM audit('credit_top_up', 'wallet_top_up', p_client_reference, NULL, false,
                      v_details || jsonb_build_object('problem', 'no such top-up'));
        RETURN false;
    END IF;
    IF t.status = 'paid' THEN
        RETURN false; -- credited already: a replay, or the other of webhook and poller
    END IF;
    IF coalesce(p_session_id, '') = '' OR t.stripe_session_id IS DISTINCT FROM p_session_id
                                          AND t.stripe_session_id IS NOT NULL THEN
        v_problem := 'another session';
    ELSIF p_amount IS DISTINCT FROM t.amount THEN
        v_problem := 'amount differs';
    ELSIF upper(coalesce(p_currency, '')) <> t.currency THEN
        v_problem := 'currency differs';
    ELSIF t.currency <> (SELECT wallet_currency FROM users WHERE id = t.organization_id) THEN
        v_problem := 'wallet currency differs';
    END IF;
    IF v_problem IS NOT NULL THEN
        UPDATE wallet_top_ups SET status = 'failed', failure_reason = 'payment does not match: ' || v_problem
         WHERE id = t.id AND status <> 'failed';
        IF FOUND THEN
            INSERT INTO notifications (organization_id, type, priority, title, message, extra)
            VALUES (t.organization_id, 'payment_failed', 'urgent', 'Payment not credited',
                    'A payment did not match its top-up request (' || v_problem || '); it was not credited. '
                    || 'Contact the platform operator.', v_details || jsonb_build_object('top_up_id', t.id));
        END IF;
        PERFORM audit('credit_top_up', 'wallet_top_up', t.id::text, t.organization_id, false,
                      v_details || jsonb_build_object('problem', v_problem));
        RETURN false;
    END IF;
    INSERT INTO transactions (user_id, organization_id, kind, amount, currency, stripe_ref)
    VALUES (t.organization_id, t.organization_id, 'top_up', t.amount, t.currency, p_session_id)
    ON CONFLICT (stripe_ref) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE users SET wallet_balance = wallet_balance + t.amount WHERE id = t.organization_id;
    UPDATE wallet_top_ups SET status = 'paid', paid_at = now(), stripe_session_id = p_session_id,
                              failure_reason = NULL
     WHERE id = t.id;
    INSERT INTO notifications (organization_id, type, title, message, extra)
    VALUES (t.organization_id, 'wallet_topped_up', 'Wallet topped up',
            format_money(t.amount, t.currency) || ' added to the wallet.',
            jsonb_build_object('top_up_id', t.id, 'amount', t.amount, 'currency', t.currency));
    PERFORM audit('credit_top_up', 'wallet_top_up', t.id::text, t.organization_id, true, v_details);
    RETURN true;
END
$$;

-- For the poller: top-ups whose session has been open longer than p_minutes and is not yet credited.
CREATE FUNCTION service_open_top_ups(p_minutes integer)
    RETURNS TABLE (id bigint, stripe_session_id text, open_seconds bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM require_service();
    RETURN QUERY SELECT t.id, t.stripe_session_id, extract(epoch FROM now() - t.opened_at)::bigint
                   FROM wallet_top_ups t
                  WHERE t.status = 'open' AND t.opened_at <= now() - make_interval(mins => greatest(p_minutes, 0))
                  ORDER BY t.opened_at, t.id LIMIT 100;
END
$$;

-- A session that Stripe reports unpaid a day after it opened has expired (Stripe's sessions last 24 hours).
CREATE FUNCTION service_expire_top_up(p_top_up bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint;
BEGIN
    PERFORM require_service();
    UPDATE wallet_top_ups SET status = 'expired'
     WHERE id = p_top_up AND status = 'open' AND opened_at <= now() - interval '24 hours'
    RETURNING organization_id INTO v_org;
    IF v_org IS NULL THEN
        RETURN false;
    END IF;
    PERFORM audit('expire_top_up', 'wallet_top_up', p_top_up::text, v_org, true);
    RETURN true;
END
$$;

-- Pricing: the system admin's. A tier is keyed by its currency and lowest number of voters; setting it
-- again changes it. Tiers of one currency never overlap.
CREATE FUNCTION set_pricing_tier(p_min integer, p_max integer, p_price bigint, p_currency text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_currency text := upper(btrim(coalesce(p_currency, 'EGP')));
    v_id bigint;
BEGIN
    IF NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    IF p_min IS NULL OR p_min < 0 OR (p_max IS NOT NULL AND p_max < p_min) OR p_price IS NULL OR p_price < 0
       OR p_price > 99999999 OR v_currency !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'pricing_tier_invalid';
    END IF;
    -- One writer at a time, so that two overlapping tiers cannot pass the check together.
    LOCK TABLE pricing_tiers IN SHARE ROW EXCLUSIVE MODE;
    IF EXISTS (SELECT FROM pricing_tiers
                WHERE currency = v_currency AND min_voters <> p_min
                  AND int4range(min_voters, max_voters, '[]') && int4range(p_min, p_max, '[]')) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL005', MESSAGE = 'pricing_tier_overlaps';
    END IF;
    INSERT INTO pricing_tiers (min_voters, max_voters, price, currency, created_by)
    VALUES (p_min, p_max, p_price, v_currency, current_user_id())
    ON CONFLICT (currency, min_voters) DO UPDATE SET max_voters = EXCLUDED.max_voters, price = EXCLUDED.price
    RETURNING id INTO v_id;
    PERFORM audit('set_pricing_tier', 'pricing_tier', v_id::text, NULL, true,
                  jsonb_build_object('min', p_min, 'max', p_max, 'price', p_price, 'currency', v_currency));
    RETURN v_id;
END
$$;

CREATE FUNCTION remove_pricing_tier(p_tier bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    r pricing_tiers;
BEGIN
    IF NOT is_sysadmin() THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'sysadmin_only';
    END IF;
    DELETE FROM pricing_tiers WHERE id = p_tier RETURNING * INTO r;
    IF r.id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'pricing_tier_not_found';
    END IF;
    PERFORM audit('remove_pricing_tier', 'pricing_tier', p_tier::text, NULL, true,
                  jsonb_build_object('min', r.min_voters, 'max', r.max_voters, 'price', r.price,
                                     'currency', r.currency));
END
$$;

-- The owner publishes a draft: it becomes scheduled, and the wallet pays the tier of its potential voters,
-- in this one transaction. Organization admins may prepare elections but not spend the wallet.
-- For an election with a voter list, the potential voters are at least the voters loaded.
CREATE FUNCTION publish_election(p_election bigint)
    RETURNS TABLE (charged bigint, currency text, balance bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    u users;
    e elections;
    v_voters integer;
    v_price bigint;
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    -- The wallet first: two publishes on one wallet take turns, so they never overdraw it.
    SELECT * INTO STRICT u FROM users WHERE id = v_org FOR UPDATE;
    SELECT * INTO e FROM elections WHERE id = p_election AND organization_id = v_org FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'election_not_found';
    END IF;
    IF e.status <> 'draft' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_draft';
    END IF;
    IF e.starts_at <= now() THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_start_passed';
    END IF;
    IF NOT EXISTS (SELECT FROM candidate_participations WHERE election_id = e.id) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_has_no_candidates';
    END IF;
    v_voters := e.potential_voters;
    IF e.method = 'csv' THEN
        v_voters := greatest(v_voters, (SELECT count(*) FROM voters WHERE election_id = e.id)::integer);
        IF v_voters = 0 OR NOT EXISTS (SELECT FROM voters WHERE election_id = e.id) THEN
            RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_has_no_voters';
        END IF;
    END IF;
    SELECT price INTO v_price FROM pricing_tiers
     WHERE pricing_tiers.currency = u.wallet_currency AND min_voters <= v_voters
       AND (max_voters IS NULL OR v_voters <= max_voters);
    IF v_price IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'no_pricing_tier',
            DETAIL = json_build_object('voters', v_voters, 'currency', u.wallet_currency)::text;
    END IF;
    IF u.wallet_balance < v_price THEN
        PERFORM audit('publish_election', 'election', e.id::text, v_org, false,
                      jsonb_build_object('price', v_price, 'balance', u.wallet_balance));
        -- DETAIL is read by Elect (Db::translate) to tell the person how much is missing.
        RAISE EXCEPTION USING ERRCODE = 'EL006', MESSAGE = 'insufficient_funds',
            DETAIL = json_build_object('missing', v_price - u.wallet_balance, 'price', v_price,
                                       'balance', u.wallet_balance, 'currency', u.wallet_currency)::text,
            HINT = format_money(v_price - u.wallet_balance, u.wallet_currency) || ' more is needed; top up the wallet, then publish again.';
    END IF;
    IF v_price > 0 THEN
        UPDATE users SET wallet_balance = wallet_balance - v_price WHERE id = v_org;
        INSERT INTO transactions (user_id, organization_id, kind, amount, currency, election_id)
        VALUES (v_org, v_org, 'charge', v_price, u.wallet_currency, e.id);
        INSERT INTO notifications (organization_id, type, title, message, election_id, extra)
        VALUES (v_org, 'wallet_charged', 'Wallet charged',
                format_money(v_price, u.wallet_currency) || ' for publishing "'
                || e.title || '".', e.id,
                jsonb_build_object('amount', v_price, 'currency', u.wallet_currency, 'voters', v_voters));
    END IF;
    UPDATE elections SET status = 'scheduled', potential_voters = v_voters WHERE id = e.id;
    INSERT INTO notifications (organization_id, type, title, message, election_id)
    VALUES (v_org, 'election_published', 'Election published', e.title, e.id);
    PERFORM audit('publish_election', 'election', e.id::text, v_org, true,
                  jsonb_build_object('price', v_price, 'currency', u.wallet_currency, 'voters', v_voters));
    RETURN QUERY SELECT v_price, u.wallet_currency::text, u.wallet_balance - v_price;
END
$$;

-- The owner cancels a draft, or a published election that has not started; a published one's charge
-- is refunded to the wallet, once. Returns the amount refunded (0 for none).
CREATE FUNCTION cancel_election(p_election bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    e elections;
    c transactions;
    v_refund bigint := 0;
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    PERFORM 1 FROM users WHERE id = v_org FOR UPDATE;
    SELECT * INTO e FROM elections WHERE id = p_election AND organization_id = v_org FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'election_not_found';
    END IF;
    IF NOT (e.status = 'draft' OR (e.status = 'scheduled' AND e.starts_at > now())) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_cancellable';
    END IF;
    IF e.status = 'scheduled' THEN
        SELECT * INTO c FROM transactions WHERE election_id = e.id AND kind = 'charge';
        IF c.id IS NOT NULL AND NOT EXISTS (SELECT FROM transactions WHERE election_id = e.id AND kind = 'refund') THEN
            v_refund := c.amount;
            INSERT INTO transactions (user_id, organization_id, kind, amount, currency, election_id)
            VALUES (c.user_id, v_org, 'refund', c.amount, c.currency, e.id);
            UPDATE users SET wallet_balance = wallet_balance + c.amount WHERE id = c.user_id;
        END IF;
    END IF;
    UPDATE elections SET status = 'cancelled' WHERE id = e.id;
    INSERT INTO notifications (organization_id, type, title, message, election_id, extra)
    VALUES (v_org, 'election_cancelled', 'Election cancelled', e.title, e.id,
            jsonb_build_object('refund', v_refund, 'currency', c.currency));
    PERFORM audit('cancel_election', 'election', e.id::text, v_org, true,
                  jsonb_build_object('refund', v_refund, 'was', e.status));
    RETURN v_refund;
END
$$;

REVOKE ALL ON FUNCTION format_money(bigint, text), require_service(), request_top_up(bigint), service_top_up(bigint),
    service_record_checkout_session(bigint, text, text), service_fail_top_up(bigint, text),
    service_credit_top_up(text, text, bigint, text, text), service_open_top_ups(integer),
    service_expire_top_up(bigint), set_pricing_tier(integer, integer, bigint, text), remove_pricing_tier(bigint),
    publish_election(bigint), cancel_election(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION request_top_up(bigint), publish_election(bigint), cancel_election(bigint) TO elect_staff;
GRANT EXECUTE ON FUNCTION set_pricing_tier(integer, integer, bigint, text), remove_pricing_tier(bigint)
    TO elect_sysadmin;
GRANT EXECUTE ON FUNCTION service_top_up(bigint), service_record_checkout_session(bigint, text, text),
    service_fail_top_up(bigint, text), service_credit_top_up(text, text, bigint, text, text),
    service_open_top_ups(integer), service_expire_top_up(bigint) TO elect_service;
