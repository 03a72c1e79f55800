-- Run once by the postgres image on a fresh volume (docker-entrypoint-initdb.d). The service
-- connects as ballot_web, a member of ballot_service: it may only INSERT into and SELECT from the
-- audit log (migrations/002 grants). Migrations run as the owner (MIGRATION_DATABASE_URL).
-- Change the password for anything but a local trial (and DATABASE_URL in docker-compose.yml).
CREATE ROLE ballot_service NOLOGIN;
CREATE ROLE ballot_web LOGIN PASSWORD 'ballot_web' IN ROLE ballot_service;
