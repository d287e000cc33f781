-- Notifications that arrive while elect-admin is open, notifications for one person, and approval
-- requests: an organization admin's change to a published (scheduled) election or to one of its
-- candidates waits for the owner, who approves it (applied then, in the same transaction) or rejects it.
SET search_path = elect, pg_catalog;

-- A notification for one person of the organization (the requester of an approval request, the owner
-- who decides it); NULL: for everyone of the organization, as before.
ALTER TABLE notifications ADD COLUMN recipient_id bigint REFERENCES users (id) ON DELETE CASCADE;
DROP POLICY staff_own_organization ON notifications;
CREATE POLICY staff_own_organization ON notifications TO elect_staff
    USING (organization_id = (SELECT current_organization_id())
           AND (recipient_id IS NULL OR recipient_id = (SELECT current_user_id())))
    WITH CHECK (organization_id = (SELECT current_organization_id())
                AND (recipient_id IS NULL OR recipient_id = (SELECT current_user_id())));
CREATE INDEX ON notifications (organization_id) WHERE read_at IS NULL;

-- Wakes elect-admin when a notification is written (at commit). Any login may LISTEN, so the payload
-- carries ids only, never a title or a message: the window then reads the row through RLS.
CREATE FUNCTION notify_notification_listeners() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    PERFORM pg_notify('elect_notifications',
                      json_build_object('id', NEW.id, 'organization', NEW.organization_id)::text);
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION notify_notification_listeners() FROM PUBLIC;
CREATE TRIGGER notify_listeners AFTER INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION notify_notification_listeners();

-- Approval requests are written only by the functions below (a request names fields they check);
-- staff read them through RLS.
REVOKE INSERT ON approval_requests FROM elect_staff;
GRANT SELECT ON approval_requests TO elect_staff;
ALTER TABLE approval_requests ADD COLUMN decision_reason text CHECK (length(decision_reason) <= 1000);

-- A time as the requests store it: UTC, ISO 8601, whatever the session's TimeZone.
CREATE FUNCTION approval_time(p_time timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = elect, pg_temp
AS $$ SELECT to_char(p_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$;

CREATE FUNCTION require_organization_admin() RETURNS bigint
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
BEGIN
    IF v_org IS NULL OR NOT EXISTS (SELECT FROM organization_admins
                                     WHERE user_id = current_user_id() AND organization_id = v_org) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'organization_admin_only';
    END IF;
    RETURN v_org;
END
$$;

-- The checked new values of p_changes for election e: title (1..200 characters), starts_at and ends_at
-- (ISO 8601; the start still ahead, the end after the start). Nothing else may change once published:
-- the type, counting method and seats shape the ballot, the potential voters set the price paid.
CREATE FUNCTION approval_election_after(e elections, p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql STABLE SET search_path = elect, pg_temp
AS $$
DECLARE
    v_after jsonb := '{}';
    v_title text;
    v_starts timestamptz := e.starts_at;
    v_ends timestamptz := e.ends_at;
BEGIN
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'object' OR p_changes = '{}'
       OR EXISTS (SELECT FROM jsonb_object_keys(p_changes) k WHERE k NOT IN ('title', 'starts_at', 'ends_at')) THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'approval_change_invalid',
            DETAIL = 'an object of title, starts_at, ends_at';
    END IF;
    BEGIN
        IF p_changes ? 'title' THEN
            v_title := btrim(p_changes ->> 'title');
            IF v_title IS NULL OR length(v_title) NOT BETWEEN 1 AND 200 THEN
                RAISE EXCEPTION 'title';
            END IF;
            v_after := v_after || jsonb_build_object('title', v_title);
        END IF;
        IF p_changes ? 'starts_at' THEN
            v_starts := (p_changes ->> 'starts_at')::timestamptz;
            v_after := v_after || jsonb_build_object('starts_at', approval_time(v_starts));
        END IF;
        IF p_changes ? 'ends_at' THEN
            v_ends := (p_changes ->> 'ends_at')::timestamptz;
            v_after := v_after || jsonb_build_object('ends_at', approval_time(v_ends));
        END IF;
        IF v_starts IS NULL OR v_ends IS NULL OR v_starts <= now() OR v_ends <= v_starts THEN
            RAISE EXCEPTION 'dates';
        END IF;
    EXCEPTION WHEN raise_exception OR invalid_datetime_format OR datetime_field_overflow
                   OR invalid_text_representation THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'approval_change_invalid',
            DETAIL = 'a title of 1 to 200 characters; a start still ahead and an end after it';
    END;
    RETURN v_after;
END
$$;

-- The checked new values of p_changes for a candidate: name (1..200), party and description (text, or
-- null to clear). The national id, district and governorate decide who may vote for them: never changed here.
CREATE FUNCTION approval_candidate_after(p_changes jsonb) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE SET search_path = elect, pg_temp
AS $$
BEGIN
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'object' OR p_changes = '{}'
       OR EXISTS (SELECT FROM jsonb_object_keys(p_changes) k WHERE k NOT IN ('name', 'party', 'description'))
       OR EXISTS (SELECT FROM jsonb_each(p_changes) c WHERE jsonb_typeof(c.value) NOT IN ('string', 'null'))
       OR (p_changes ? 'name' AND coalesce(length(btrim(p_changes ->> 'name')), 0) NOT BETWEEN 1 AND 200)
       OR length(p_changes ->> 'party') > 200 OR length(p_changes ->> 'description') > 5000 THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'approval_change_invalid',
            DETAIL = 'an object of name (1 to 200 characters), party, description';
    END IF;
    RETURN (SELECT jsonb_object_agg(key, CASE WHEN key = 'name' THEN to_jsonb(btrim(value #>> '{}')) ELSE value END)
              FROM jsonb_each(p_changes));
END
$$;

-- A candidate may change only while no election they stand in has started, and a request is for one who
-- stands in a published one (one who stands in drafts only is edited directly).
CREATE FUNCTION approval_candidate_state(p_candidate bigint) RETURNS text
    LANGUAGE sql STABLE SET search_path = elect, pg_temp
AS $$
    SELECT CASE
        WHEN bool_or(e.status = 'tallied' OR (e.status = 'scheduled' AND e.starts_at <= now())) THEN 'started'
        WHEN bool_or(e.status = 'scheduled') THEN 'scheduled'
        ELSE 'draft' END
      FROM candidate_participations p JOIN elections e ON e.id = p.election_id
     WHERE p.candidate_id = p_candidate
$$;

CREATE FUNCTION approval_notify(p_org bigint, p_recipient bigint, p_type notification_type, p_priority
                                notification_priority, p_title text, p_message text, p_election bigint,
                                p_candidate bigint, p_request bigint) RETURNS void
    LANGUAGE sql SET search_path = elect, pg_temp
AS $$
    INSERT INTO notifications (organization_id, recipient_id, type, priority, title, message, election_id,
                               candidate_id, extra)
    VALUES (p_org, p_recipient, p_type, p_priority, p_title, p_message, p_election, p_candidate,
            jsonb_build_object('approval_request_id', p_request))
$$;

-- An organization admin asks to change a published election that has not started. Nothing changes until
-- the owner approves; the request keeps the values before and after. Returns the request's id.
CREATE FUNCTION request_election_change(p_election bigint, p_changes jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := require_organization_admin();
    e elections;
    v_after jsonb;
    v_before jsonb;
    v_id bigint;
BEGIN
    SELECT * INTO e FROM elections WHERE id = p_election AND organization_id = v_org;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'election_not_found';
    END IF;
    IF e.status <> 'scheduled' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_scheduled';
    END IF;
    IF e.starts_at <= now() THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_start_passed';
    END IF;
    v_after := approval_election_after(e, p_changes);
    v_before := jsonb_strip_nulls(jsonb_build_object(
        'title', CASE WHEN v_after ? 'title' THEN e.title END,
        'starts_at', CASE WHEN v_after ? 'starts_at' THEN approval_time(e.starts_at) END,
        'ends_at', CASE WHEN v_after ? 'ends_at' THEN approval_time(e.ends_at) END));
    IF v_before = v_after THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'approval_change_invalid', DETAIL = 'nothing changes';
    END IF;
    INSERT INTO approval_requests (organization_id, requested_by, action, target, target_id, payload)
    VALUES (v_org, current_user_id(), 'update', 'election', e.id,
            jsonb_build_object('name', e.title, 'before', v_before, 'after', v_after))
    RETURNING id INTO v_id;
    PERFORM approval_notify(v_org, v_org, 'approval_requested', 'high', 'Approval requested',
                            'A change to "' || e.title || '" waits for your approval.', e.id, NULL, v_id);
    PERFORM audit('request_election_change', 'approval_request', v_id::text, v_org, true,
                  jsonb_build_object('election', e.id, 'fields', (SELECT jsonb_agg(k) FROM jsonb_object_keys(v_after) k)));
    RETURN v_id;
END
$$;

-- The same for a candidate who stands in a published election that has not started.
CREATE FUNCTION request_candidate_change(p_candidate bigint, p_changes jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := require_organization_admin();
    c candidates;
    v_after jsonb;
    v_before jsonb;
    v_state text;
    v_id bigint;
BEGIN
    SELECT * INTO c FROM candidates WHERE id = p_candidate AND organization_id = v_org;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'candidate_not_found';
    END IF;
    v_state := approval_candidate_state(c.id);
    IF v_state = 'started' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_start_passed';
    ELSIF v_state IS DISTINCT FROM 'scheduled' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_scheduled';
    END IF;
    v_after := approval_candidate_after(p_changes);
    SELECT jsonb_object_agg(k, to_jsonb(c) -> k) INTO v_before FROM jsonb_object_keys(v_after) k;
    IF v_before = v_after THEN
        RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'approval_change_invalid', DETAIL = 'nothing changes';
    END IF;
    INSERT INTO approval_requests (organization_id, requested_by, action, target, target_id, payload)
    VALUES (v_org, current_user_id(), 'update', 'candidate', c.id,
            jsonb_build_object('name', c.name, 'before', v_before, 'after', v_after))
    RETURNING id INTO v_id;
    PERFORM approval_notify(v_org, v_org, 'approval_requested', 'high', 'Approval requested',
                            'A change to candidate "' || c.name || '" waits for your approval.', NULL, c.id, v_id);
    PERFORM audit('request_candidate_change', 'approval_request', v_id::text, v_org, true,
                  jsonb_build_object('candidate', c.id, 'fields', (SELECT jsonb_agg(k) FROM jsonb_object_keys(v_after) k)));
    RETURN v_id;
END
$$;

-- The owner decides a pending request. Approving applies the change in this transaction, checked again
-- against the lifecycle as it is now (the election still published and not started, the values before
-- still current); when it no longer fits, nothing changes and the request stays pending for a rejection.
-- Rejecting needs a reason. Either way the requester is told and the decision is audited.
CREATE FUNCTION decide_approval_request(p_request bigint, p_approve boolean, p_reason text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
DECLARE
    v_org bigint := current_organization_id();
    r approval_requests;
    e elections;
    c candidates;
    v_after jsonb;
    v_now jsonb;
    v_reason text := nullif(btrim(p_reason), '');
    v_name text;
BEGIN
    IF NOT is_organization_owner() OR v_org IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'owner_only';
    END IF;
    SELECT * INTO r FROM approval_requests WHERE id = p_request AND organization_id = v_org FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'approval_request_not_found';
    END IF;
    IF r.status <> 'pending' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'approval_request_decided';
    END IF;
    v_name := r.payload ->> 'name';
    IF p_approve IS NOT TRUE THEN
        IF v_reason IS NULL OR length(v_reason) > 1000 THEN
            RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'approval_reason_missing';
        END IF;
        UPDATE approval_requests SET status = 'rejected', decided_by = current_user_id(), decided_at = now(),
                                     decision_reason = v_reason
         WHERE id = r.id;
        PERFORM approval_notify(v_org, r.requested_by, 'approval_decided', 'high', 'Change rejected',
                                'Your change to "' || v_name || '" was rejected: ' || v_reason,
                                CASE WHEN r.target = 'election' THEN r.target_id END,
                                CASE WHEN r.target = 'candidate' THEN r.target_id END, r.id);
        PERFORM audit('reject_approval_request', 'approval_request', r.id::text, v_org, true,
                      jsonb_build_object('target', r.target, 'target_id', r.target_id, 'reason', v_reason));
        RETURN;
    END IF;

    IF r.target = 'election' THEN
        SELECT * INTO e FROM elections WHERE id = r.target_id AND organization_id = v_org FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'election_not_found';
        END IF;
        IF e.status <> 'scheduled' THEN
            RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_scheduled';
        END IF;
        IF e.starts_at <= now() THEN
            RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_start_passed';
        END IF;
        v_after := approval_election_after(e, r.payload -> 'after');
        v_now := jsonb_strip_nulls(jsonb_build_object(
            'title', CASE WHEN v_after ? 'title' THEN e.title END,
            'starts_at', CASE WHEN v_after ? 'starts_at' THEN approval_time(e.starts_at) END,
            'ends_at', CASE WHEN v_after ? 'ends_at' THEN approval_time(e.ends_at) END));
        IF v_now IS DISTINCT FROM r.payload -> 'before' THEN
            RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'approval_request_outdated';
        END IF;
        UPDATE elections SET title = coalesce(v_after ->> 'title', title),
                             starts_at = coalesce((v_after ->> 'starts_at')::timestamptz, starts_at),
                             ends_at = coalesce((v_after ->> 'ends_at')::timestamptz, ends_at)
         WHERE id = e.id;
    ELSE
        SELECT * INTO c FROM candidates WHERE id = r.target_id AND organization_id = v_org FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'EL002', MESSAGE = 'candidate_not_found';
        END IF;
        -- The elections' rows first, so that none starts or is published while the candidate changes.
        PERFORM 1 FROM elections WHERE id IN (SELECT election_id FROM candidate_participations
                                               WHERE candidate_id = c.id) FOR SHARE;
        IF approval_candidate_state(c.id) = 'started' THEN
            RAISE EXCEPTION USING ERRCODE = 'EL003', MESSAGE = 'election_start_passed';
        END IF;
        v_after := approval_candidate_after(r.payload -> 'after');
        SELECT jsonb_object_agg(k, to_jsonb(c) -> k) INTO v_now FROM jsonb_object_keys(v_after) k;
        IF v_now IS DISTINCT FROM r.payload -> 'before' THEN
            RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'approval_request_outdated';
        END IF;
        UPDATE candidates SET name = CASE WHEN v_after ? 'name' THEN v_after ->> 'name' ELSE name END,
                              party = CASE WHEN v_after ? 'party' THEN v_after ->> 'party' ELSE party END,
                              description = CASE WHEN v_after ? 'description' THEN v_after ->> 'description'
                                                 ELSE description END
         WHERE id = c.id;
    END IF;
    UPDATE approval_requests SET status = 'approved', decided_by = current_user_id(), decided_at = now()
     WHERE id = r.id;
    PERFORM approval_notify(v_org, r.requested_by, 'approval_decided', 'normal', 'Change approved',
                            'Your change to "' || v_name || '" was approved and applied.',
                            CASE WHEN r.target = 'election' THEN r.target_id END,
                            CASE WHEN r.target = 'candidate' THEN r.target_id END, r.id);
    PERFORM audit('approve_approval_request', 'approval_request', r.id::text, v_org, true,
                  jsonb_build_object('target', r.target, 'target_id', r.target_id, 'after', v_after));
END
$$;

REVOKE ALL ON FUNCTION approval_time(timestamptz), require_organization_admin(),
    approval_election_after(elections, jsonb), approval_candidate_after(jsonb), approval_candidate_state(bigint),
    approval_notify(bigint, bigint, notification_type, notification_priority, text, text, bigint, bigint, bigint),
    request_election_change(bigint, jsonb), request_candidate_change(bigint, jsonb),
    decide_approval_request(bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION request_election_change(bigint, jsonb), request_candidate_change(bigint, jsonb),
    decide_approval_request(bigint, boolean, text) TO elect_staff;
