-- Who may do what. The rule of thumb: a login gets no table at all unless its work needs it, and
-- then only its organization's rows (row-level security) and only the columns it may change.
SET search_path = elect, pg_catalog;

-- Identity of the connected login. session_user, not current_user: a login cannot change it
-- (SET ROLE changes only current_user), and inside SECURITY DEFINER functions it still names the caller.
CREATE FUNCTION current_user_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$ SELECT id FROM users WHERE login_role = session_user::text AND is_active $$;

CREATE FUNCTION current_organization_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$
    SELECT coalesce(
        (SELECT o.user_id FROM users u JOIN organizations o ON o.user_id = u.id
          WHERE u.login_role = session_user::text AND u.is_active AND o.status = 'accepted'),
        (SELECT a.organization_id FROM users u JOIN organization_admins a ON a.user_id = u.id
           JOIN organizations o ON o.user_id = a.organization_id
          WHERE u.login_role = session_user::text AND u.is_active AND o.status = 'accepted'),
        (SELECT k.organization_id FROM kiosks k JOIN organizations o ON o.user_id = k.organization_id
          WHERE k.login_role = session_user::text AND k.enabled AND o.status = 'accepted'))
$$;

CREATE FUNCTION is_sysadmin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$ SELECT pg_has_role(session_user, 'elect_sysadmin', 'MEMBER') AND current_user_id() IS NOT NULL $$;

CREATE FUNCTION is_organization_owner() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = elect, pg_temp
AS $$ SELECT EXISTS (SELECT FROM users WHERE login_role = session_user::text AND is_active AND role = 'organization') $$;

GRANT USAGE ON SCHEMA elect TO elect_sysadmin, elect_staff, elect_kiosk, elect_registrar, elect_service;
GRANT EXECUTE ON FUNCTION current_user_id(), current_organization_id(), is_sysadmin(), is_organization_owner()
    TO elect_sysadmin, elect_staff, elect_kiosk;

-- Defaults that fill themselves from the login, so a client cannot name another organization.
ALTER TABLE elections ALTER COLUMN organization_id SET DEFAULT current_organization_id(),
                      ALTER COLUMN created_by SET DEFAULT current_user_id();
ALTER TABLE candidates ALTER COLUMN organization_id SET DEFAULT current_organization_id();
ALTER TABLE candidate_participations ALTER COLUMN organization_id SET DEFAULT current_organization_id();
ALTER TABLE voters ALTER COLUMN organization_id SET DEFAULT current_organization_id();
ALTER TABLE approval_requests ALTER COLUMN organization_id SET DEFAULT current_organization_id(),
                              ALTER COLUMN requested_by SET DEFAULT current_user_id();
ALTER TABLE dummy_candidates ALTER COLUMN organization_id SET DEFAULT current_organization_id();
ALTER TABLE dummy_voters ALTER COLUMN organization_id SET DEFAULT current_organization_id();

-- Row-level security on every table that holds an organization's data. The owner (elect_owner,
-- used by the SECURITY DEFINER functions) bypasses it; everyone else sees only what a policy allows.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'organizations', 'organization_admins', 'verification_tokens',
        'elections', 'candidates', 'candidate_participations', 'voters', 'voter_otps', 'kiosks',
        'voting_records', 'ballots', 'notifications', 'transactions', 'approval_requests', 'outbox',
        'audit_log', 'dummy_candidates', 'dummy_voters']
    LOOP
        EXECUTE format('ALTER TABLE elect.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY sysadmin_all ON elect.%I TO elect_sysadmin USING (true) WITH CHECK (true)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['organization_admins', 'elections', 'candidates', 'candidate_participations',
        'voters', 'kiosks', 'notifications', 'transactions', 'approval_requests', 'audit_log',
        'dummy_candidates', 'dummy_voters']
    LOOP
        -- (SELECT ...) makes the function an init plan, evaluated once per statement, not once per row.
        EXECUTE format('CREATE POLICY staff_own_organization ON elect.%I TO elect_staff '
                       'USING (organization_id = (SELECT elect.current_organization_id())) '
                       'WITH CHECK (organization_id = (SELECT elect.current_organization_id()))', t);
    END LOOP;
END
$$;

CREATE POLICY staff_own_organization ON organizations TO elect_staff
    USING (user_id = (SELECT current_organization_id()));
-- Staff see the people of their own organization: the owner and its admins.
CREATE POLICY staff_own_organization ON users TO elect_staff
    USING (id = (SELECT current_organization_id())
           OR id IN (SELECT user_id FROM organization_admins WHERE organization_id = (SELECT current_organization_id())));
CREATE POLICY service_all ON outbox TO elect_service USING (true) WITH CHECK (true);
CREATE POLICY service_read ON users TO elect_service USING (true);

-- Grants. Nothing for PUBLIC.
REVOKE ALL ON ALL TABLES IN SCHEMA elect FROM PUBLIC;

-- System admins oversee everything but change it only through functions; they never see
-- organizations' HMAC keys, one-time codes or verification tokens.
GRANT SELECT ON users, organization_admins, elections, candidates, candidate_participations, voters,
    kiosks, voting_records, ballots, notifications, transactions, approval_requests, outbox, audit_log,
    dummy_candidates, dummy_voters TO elect_sysadmin;
GRANT SELECT (user_id, name, country, status, is_paid, decided_at, decided_by, decision_reason, created_at)
    ON organizations TO elect_sysadmin;

-- Organization staff: their organization's rows only (policies above).
GRANT SELECT (id, email, first_name, last_name, role, is_active, email_verified_at, wallet_balance,
              wallet_currency, created_at) ON users TO elect_staff;
GRANT SELECT ON organizations, organization_admins, notifications, transactions, audit_log TO elect_staff;
GRANT SELECT (id, organization_id, name, polling_station, enabled, created_at) ON kiosks TO elect_staff;
GRANT UPDATE (enabled, name, polling_station) ON kiosks TO elect_staff;
GRANT SELECT, DELETE ON elections TO elect_staff;
GRANT INSERT (title, type, method, api_endpoint, counting_method, seats, votes_per_voter, starts_at, ends_at,
              potential_voters),
      UPDATE (title, type, method, api_endpoint, counting_method, seats, votes_per_voter, starts_at, ends_at,
              potential_voters) ON elections TO elect_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON candidates, candidate_participations, voters, dummy_candidates,
    dummy_voters TO elect_staff;
GRANT UPDATE (read_at) ON notifications TO elect_staff;
GRANT INSERT (action, target, target_id, payload) ON approval_requests TO elect_staff;

-- The service sends what the outbox holds.
GRANT SELECT, UPDATE (status, attempts, next_attempt_at, last_error) ON outbox TO elect_service;
GRANT SELECT (id, email, first_name, last_name) ON users TO elect_service;

-- Staff change elections, candidate participations and voters only while the election is a draft.
-- Functions (which run as elect_owner) move it on; they check their own rules.
CREATE FUNCTION guard_draft_election() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF current_user = 'elect_owner' THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.status := 'draft';
        RETURN NEW;
    END IF;
    IF OLD.status <> 'draft' THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_draft';
    END IF;
    RETURN coalesce(NEW, OLD);
END
$$;
CREATE TRIGGER guard_draft_only BEFORE INSERT OR UPDATE OR DELETE ON elections
    FOR EACH ROW EXECUTE FUNCTION guard_draft_election();

-- For the rows of an election (voters, participations): once per statement over all the rows it
-- touched, so that importing a million voters does not look the election up a million times.
CREATE FUNCTION guard_draft_rows() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF current_user = 'elect_owner' THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT FROM changed_rows r JOIN elections e ON e.id = r.election_id WHERE e.status <> 'draft') THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_draft';
    END IF;
    RETURN NULL;
END
$$;
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['voters', 'candidate_participations'] LOOP
        EXECUTE format('CREATE TRIGGER guard_draft_insert AFTER INSERT ON elect.%I REFERENCING NEW TABLE AS changed_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION elect.guard_draft_rows()', t);
        EXECUTE format('CREATE TRIGGER guard_draft_update_new AFTER UPDATE ON elect.%I REFERENCING NEW TABLE AS changed_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION elect.guard_draft_rows()', t);
        EXECUTE format('CREATE TRIGGER guard_draft_update_old AFTER UPDATE ON elect.%I REFERENCING OLD TABLE AS changed_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION elect.guard_draft_rows()', t);
        EXECUTE format('CREATE TRIGGER guard_draft_delete AFTER DELETE ON elect.%I REFERENCING OLD TABLE AS changed_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION elect.guard_draft_rows()', t);
    END LOOP;
END
$$;

-- Candidates belong to the organization and may stand in several elections; once one of those is
-- published, the candidate's details are frozen too (the ballot shows them).
CREATE FUNCTION guard_published_candidates() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$
BEGIN
    IF current_user = 'elect_owner' THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT FROM changed_rows r JOIN candidate_participations p ON p.candidate_id = r.id
                 JOIN elections e ON e.id = p.election_id WHERE e.status <> 'draft') THEN
        RAISE EXCEPTION USING ERRCODE = 'EL001', MESSAGE = 'election_not_draft';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER guard_published_update AFTER UPDATE ON candidates REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION guard_published_candidates();
CREATE TRIGGER guard_published_delete AFTER DELETE ON candidates REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION guard_published_candidates();

CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = elect, pg_temp
AS $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'EL004', MESSAGE = 'audit_log_append_only'; END $$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
