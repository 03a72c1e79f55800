-- Up Migration

-- The audit log cannot be emptied: TRUNCATE bypasses the row triggers of 001, so it gets its own.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The development voter-token secret, made at random on first start when VOTER_TOKEN_SECRET is not
-- set, and read by `npm run cli -- token`: never a secret written in the source.
CREATE TABLE service_secrets (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The role the service connects as (through a login role that is a member of it, see README):
-- it reads and writes the ballot tables, but may only INSERT into and SELECT from the audit log.
-- Migrations run as the tables' owner (MIGRATION_DATABASE_URL). Roles are cluster-wide: made once,
-- whichever database migrates first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ballot_service') THEN
    BEGIN
      CREATE ROLE ballot_service NOLOGIN;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL; -- made by a concurrent migration
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'role ballot_service is missing and this user may not create it: run CREATE ROLE ballot_service NOLOGIN as a superuser first';
    END;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ballot_service;
GRANT SELECT, INSERT, UPDATE, DELETE ON ballots, candidates, votes, vote_tallies, api_keys, flags, ballot_results TO ballot_service;
GRANT SELECT, INSERT ON audit_log, service_secrets TO ballot_service;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ballot_service;
REVOKE ALL ON audit_log FROM PUBLIC;
-- Tables later migrations add are the service's to use unless a migration says otherwise.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ballot_service;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ballot_service;

-- Down Migration
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ballot_service;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ballot_service;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ballot_service;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ballot_service;
REVOKE USAGE ON SCHEMA public FROM ballot_service;
DROP TABLE service_secrets;
DROP TRIGGER audit_log_no_truncate ON audit_log;
