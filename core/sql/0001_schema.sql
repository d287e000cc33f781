-- Elect's tables. Money is integer minor units with an ISO currency; times are timestamptz.
-- Every table that holds an organization's data carries organization_id, so that row-level
-- security (0002) can decide on each row without joins.
SET search_path = elect, pg_catalog;

CREATE TYPE user_role AS ENUM ('system_admin', 'organization', 'organization_admin');
CREATE TYPE organization_status AS ENUM ('pending', 'accepted', 'rejected');
CREATE TYPE token_purpose AS ENUM ('verify_email', 'reset_password');
CREATE TYPE election_type AS ENUM ('simple', 'district', 'governorate_based', 'api_managed');
CREATE TYPE voter_list_method AS ENUM ('csv', 'api');
CREATE TYPE counting_method AS ENUM ('block', 'approval', 'irv', 'stv', 'referendum');
-- running and ended are not stored: they follow from starts_at and ends_at.
CREATE TYPE election_status AS ENUM ('draft', 'scheduled', 'tallied', 'cancelled');
CREATE TYPE notification_type AS ENUM (
    'election_created', 'election_updated', 'election_deleted', 'election_published', 'election_started',
    'election_ended', 'election_tallied', 'election_cancelled',
    'candidate_created', 'candidate_updated', 'candidate_deleted',
    'voters_imported', 'candidates_imported', 'voter_verified', 'vote_cast',
    'wallet_topped_up', 'wallet_charged', 'payment_failed',
    'admin_created', 'kiosk_created', 'approval_requested', 'approval_decided',
    'organization_accepted', 'organization_rejected', 'system');
CREATE TYPE notification_priority AS ENUM ('low', 'normal', 'high', 'urgent');
CREATE TYPE transaction_kind AS ENUM ('top_up', 'charge', 'refund');
CREATE TYPE approval_action AS ENUM ('create', 'update', 'delete');
CREATE TYPE approval_target AS ENUM ('election', 'candidate');
CREATE TYPE approval_status AS ENUM ('pending', 'approved', 'rejected');
CREATE TYPE outbox_status AS ENUM ('pending', 'sent', 'failed');

CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
    first_name text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
    last_name text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
    role user_role NOT NULL,
    login_role text NOT NULL UNIQUE,
    is_active boolean NOT NULL DEFAULT false,
    email_verified_at timestamptz,
    wallet_balance bigint NOT NULL DEFAULT 0 CHECK (wallet_balance >= 0),
    wallet_currency char(3) NOT NULL DEFAULT 'EGP' CHECK (wallet_currency ~ '^[A-Z]{3}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE organizations (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
    country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    status organization_status NOT NULL DEFAULT 'pending',
    is_paid boolean NOT NULL DEFAULT false,
    -- Key of the HMAC-SHA256 under which this organization's national ids are stored.
    hmac_key bytea NOT NULL DEFAULT public.gen_random_bytes(32) CHECK (length(hmac_key) = 32),
    decided_at timestamptz,
    decided_by bigint REFERENCES users (id),
    decision_reason text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(btrim(name)));

CREATE TABLE organization_admins (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    created_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON organization_admins (organization_id);

CREATE TABLE verification_tokens (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose token_purpose NOT NULL,
    token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE elections (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    type election_type NOT NULL DEFAULT 'simple',
    method voter_list_method NOT NULL DEFAULT 'csv',
    api_endpoint text CHECK (api_endpoint ~ '^https?://'),
    counting_method counting_method NOT NULL DEFAULT 'block',
    seats integer NOT NULL DEFAULT 1 CHECK (seats BETWEEN 1 AND 1000),
    votes_per_voter integer NOT NULL DEFAULT 1 CHECK (votes_per_voter BETWEEN 1 AND 1000),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    potential_voters integer NOT NULL DEFAULT 0 CHECK (potential_voters >= 0),
    status election_status NOT NULL DEFAULT 'draft',
    created_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, organization_id),
    CHECK (ends_at > starts_at),
    CHECK ((type = 'api_managed') = (method = 'api')),
    CHECK (method <> 'api' OR api_endpoint IS NOT NULL)
);
CREATE INDEX ON elections (organization_id, created_at DESC);

CREATE TABLE candidates (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    national_id_hmac bytea NOT NULL CHECK (length(national_id_hmac) = 32),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    party text,
    district text,
    governorate text,
    country char(2) CHECK (country ~ '^[A-Z]{2}$'),
    birth_date date,
    description text,
    symbol_name text,
    photo bytea,
    symbol bytea,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, national_id_hmac),
    UNIQUE (id, organization_id)
);

CREATE TABLE candidate_participations (
    candidate_id bigint NOT NULL,
    election_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    votes numeric(20, 5),
    rank integer CHECK (rank >= 1),
    has_won boolean,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (candidate_id, election_id),
    FOREIGN KEY (candidate_id, organization_id) REFERENCES candidates (id, organization_id) ON DELETE CASCADE,
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX ON candidate_participations (election_id);

CREATE TABLE voters (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    national_id_hmac bytea NOT NULL CHECK (length(national_id_hmac) = 32),
    phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    district text,
    governorate text,
    eligible_candidates bigint[],
    verified_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (election_id, national_id_hmac),
    UNIQUE (id, election_id),
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE
);

CREATE TABLE voter_otps (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    voter_id bigint NOT NULL REFERENCES voters (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    -- NULL until `elect serve` generates the code as it sends the SMS; only its HMAC is kept.
    code_hmac bytea CHECK (length(code_hmac) = 32),
    expires_at timestamptz,
    failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 5),
    voided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON voter_otps (voter_id, created_at DESC);

CREATE TABLE kiosks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    polling_station text NOT NULL DEFAULT '',
    login_role text NOT NULL UNIQUE,
    enabled boolean NOT NULL DEFAULT true,
    created_by bigint REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, name)
);

-- Who voted, never how: the primary key is one person, one vote.
CREATE TABLE voting_records (
    election_id bigint NOT NULL,
    voter_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    kiosk_id bigint REFERENCES kiosks (id),
    idempotency_key uuid NOT NULL UNIQUE,
    voted_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (election_id, voter_id),
    FOREIGN KEY (voter_id, election_id) REFERENCES voters (id, election_id) ON DELETE CASCADE,
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE
);

-- How someone voted, never who. No voter column, a random id and no time: nothing joins a ballot
-- back to a voting record. (The one table without created_at, on purpose.)
CREATE TABLE ballots (
    id uuid PRIMARY KEY DEFAULT public.gen_random_uuid(),
    election_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    selections bigint[] NOT NULL CHECK (cardinality(selections) >= 0),
    district text,
    governorate text,
    receipt_code text NOT NULL UNIQUE,
    FOREIGN KEY (election_id, organization_id) REFERENCES elections (id, organization_id) ON DELETE CASCADE
);
CREATE INDEX ON ballots (election_id);

CREATE TABLE notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    type notification_type NOT NULL,
    priority notification_priority NOT NULL DEFAULT 'normal',
    title text NOT NULL,
    message text NOT NULL,
    election_id bigint REFERENCES elections (id) ON DELETE SET NULL,
    candidate_id bigint REFERENCES candidates (id) ON DELETE SET NULL,
    voter_id bigint REFERENCES voters (id) ON DELETE SET NULL,
    extra jsonb NOT NULL DEFAULT '{}',
    read_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON notifications (organization_id, created_at DESC);

CREATE TABLE transactions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    organization_id bigint REFERENCES organizations (user_id),
    kind transaction_kind NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- The Stripe checkout session or event id; unique so that a webhook delivered twice credits once.
    stripe_ref text UNIQUE,
    election_id bigint REFERENCES elections (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE approval_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    requested_by bigint NOT NULL REFERENCES users (id),
    action approval_action NOT NULL,
    target approval_target NOT NULL,
    target_id bigint,
    payload jsonb NOT NULL DEFAULT '{}',
    status approval_status NOT NULL DEFAULT 'pending',
    decided_by bigint REFERENCES users (id),
    decided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'pending') = (decided_at IS NULL))
);

CREATE TABLE outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint REFERENCES organizations (user_id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind ~ '^[a-z_]+$'),
    payload jsonb NOT NULL DEFAULT '{}',
    status outbox_status NOT NULL DEFAULT 'pending',
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON outbox (next_attempt_at) WHERE status = 'pending';

-- Append-only; each row's hash covers the previous row's hash, so a removed or edited row shows.
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor text NOT NULL,
    actor_user_id bigint,
    organization_id bigint,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text,
    success boolean NOT NULL,
    details jsonb NOT NULL DEFAULT '{}',
    prev_hash bytea,
    row_hash bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The built-in stand-in for an organization's eligibility API (api_managed elections).
CREATE TABLE dummy_candidates (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    national_id_hmac bytea NOT NULL CHECK (length(national_id_hmac) = 32),
    name text NOT NULL,
    party text,
    district text,
    governorate text,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, national_id_hmac)
);

CREATE TABLE dummy_voters (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations (user_id) ON DELETE CASCADE,
    national_id_hmac bytea NOT NULL CHECK (length(national_id_hmac) = 32),
    phone text NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    district text,
    governorate text,
    eligible_candidates bigint[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, national_id_hmac)
);
