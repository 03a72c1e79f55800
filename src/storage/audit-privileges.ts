import type { Executor } from './db';

/**
 * True when the role this connection uses could rewrite the audit log: a superuser, the table's
 * owner (or a member of it), or a role granted UPDATE, DELETE or TRUNCATE on it. The service should
 * connect as a member of ballot_service (migrations/002), which can only insert and read.
 */
export async function auditLogRewritable(db: Executor): Promise<boolean> {
  const { rows } = await db.query<{ rewritable: boolean }>(
    `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
         OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'audit_log'), 'USAGE')
         OR has_table_privilege('audit_log', 'UPDATE') OR has_table_privilege('audit_log', 'DELETE')
         OR has_table_privilege('audit_log', 'TRUNCATE') AS rewritable`,
  );
  return rows[0]?.rewritable === true;
}
