-- Up Migration

-- votes.seq is an identity column (GENERATED ALWAYS), so its values are unique by construction, and
-- every query that reads by seq does so within a ballot, through votes_by_ballot_seq. The global
-- unique index on seq was one more index written by every insert for no query.
ALTER TABLE votes DROP CONSTRAINT votes_seq_key;

-- Down Migration

ALTER TABLE votes ADD CONSTRAINT votes_seq_key UNIQUE (seq);
