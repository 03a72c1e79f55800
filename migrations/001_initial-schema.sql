-- Up Migration

-- Ballots. `phase` is never stored: it follows from status, the window and the clock.
CREATE TABLE ballots (
  id               uuid PRIMARY KEY,
  title            text NOT NULL,
  category         text NOT NULL CHECK (category IN ('county', 'township')),
  year             integer NOT NULL,
  seats            integer NOT NULL CHECK (seats >= 1),
  max_choices      integer NOT NULL CHECK (max_choices >= 1 AND max_choices <= seats),
  opens_at         timestamptz NOT NULL,
  duration_days    integer NOT NULL CHECK (duration_days BETWEEN 1 AND 31),
  closes_at        timestamptz NOT NULL,
  show_live_counts boolean NOT NULL DEFAULT true,
  status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'finalized')),
  created_at       timestamptz NOT NULL,
  published_at     timestamptz,
  finalized_at     timestamptz,
  CHECK (closes_at > opens_at)
);

CREATE TABLE candidates (
  id         uuid PRIMARY KEY,
  ballot_id  uuid NOT NULL REFERENCES ballots (id),
  -- Display order: the order the office loaded them in.
  position   integer NOT NULL,
  name       text NOT NULL,
  city       text NOT NULL,
  county     text,
  summary    text,
  created_at timestamptz NOT NULL
);
CREATE INDEX candidates_by_ballot ON candidates (ballot_id, position);

-- Accepted votes. The unique constraint on (ballot, account, day) is THE guarantee of
-- "one vote per account per ballot per Asia/Shanghai day"; Redis only answers faster.
CREATE TABLE votes (
  id              uuid PRIMARY KEY,
  -- Ledger order ("cast order"): assigned at insert, strictly increasing.
  seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  ballot_id       uuid NOT NULL REFERENCES ballots (id),
  account_id      text NOT NULL,
  day             date NOT NULL,
  candidate_ids   uuid[] NOT NULL CHECK (cardinality(candidate_ids) >= 1),
  cast_at         timestamptz NOT NULL,
  ip              text NOT NULL,
  user_agent      text NOT NULL DEFAULT '',
  idempotency_key text,
  request_hash    text,
  CONSTRAINT votes_one_per_account_per_day UNIQUE (ballot_id, account_id, day)
);
CREATE INDEX votes_by_ballot_seq ON votes (ballot_id, seq);
CREATE INDEX votes_by_ballot_cast_at ON votes (ballot_id, cast_at);
CREATE UNIQUE INDEX votes_idempotency ON votes (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Vote counters, kept exact by updating them in the same transaction that inserts the votes.
-- Each counter is split over a few shards so concurrent transactions rarely wait on one row;
-- a candidate's count is the sum of its shards. candidate_id = the nil UUID counts accepted
-- votes (ballots cast), which differs from the sum over candidates when maxChoices > 1.
CREATE TABLE vote_tallies (
  ballot_id    uuid NOT NULL REFERENCES ballots (id),
  candidate_id uuid NOT NULL,
  shard        smallint NOT NULL,
  votes        bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (ballot_id, candidate_id, shard)
);

-- Staff API keys: only a SHA-256 of the key is stored (keys are 256-bit random, so a slow hash adds nothing).
CREATE TABLE api_keys (
  id         uuid PRIMARY KEY,
  label      text NOT NULL,
  role       text NOT NULL CHECK (role IN ('admin', 'auditor')),
  key_hash   text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
-- One live key per label, so `apikey revoke --label` names exactly one key.
CREATE UNIQUE INDEX api_keys_live_label ON api_keys (label) WHERE revoked_at IS NULL;

-- Stuffing flags. An 'active' or 'confirmed' flag zeroes the candidate's vote score.
CREATE TABLE flags (
  id           uuid PRIMARY KEY,
  ballot_id    uuid NOT NULL REFERENCES ballots (id),
  candidate_id uuid NOT NULL REFERENCES candidates (id),
  rule         text NOT NULL,
  status       text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'confirmed', 'dismissed')),
  window_start timestamptz,
  window_end   timestamptz,
  observed     double precision,
  expected     double precision,
  severity     text NOT NULL,
  evidence     jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at   timestamptz NOT NULL,
  created_by   text NOT NULL,
  review       jsonb,
  -- Identifies the burst a detector flag is about, so several instances never raise it twice.
  burst_key    text,
  CONSTRAINT flags_one_per_burst UNIQUE (ballot_id, candidate_id, burst_key)
);
CREATE INDEX flags_by_ballot ON flags (ballot_id, status);

-- Frozen results of finalized ballots.
CREATE TABLE ballot_results (
  ballot_id    uuid PRIMARY KEY REFERENCES ballots (id),
  result       jsonb NOT NULL,
  digest       text NOT NULL,
  finalized_at timestamptz NOT NULL
);

-- Append-only, hash-chained audit log. Rows are appended under an advisory lock in the same
-- transaction as the action they record; the trigger below refuses UPDATE and DELETE.
CREATE TABLE audit_log (
  seq       bigint PRIMARY KEY,
  at        timestamptz NOT NULL,
  actor     text NOT NULL,
  action    text NOT NULL,
  subject   text NOT NULL,
  ballot_id uuid,
  details   jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash      text NOT NULL
);
CREATE INDEX audit_log_by_ballot ON audit_log (ballot_id, seq);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Down Migration
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only;
DROP TABLE ballot_results;
DROP TABLE flags;
DROP TABLE api_keys;
DROP TABLE vote_tallies;
DROP TABLE votes;
DROP TABLE candidates;
DROP TABLE ballots;
