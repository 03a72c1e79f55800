import type { Pool } from 'pg';

/** Every table of the schema: a rejected request must leave all of them as they were. */
export const TABLES = ['ballots', 'candidates', 'votes', 'vote_tallies', 'api_keys', 'flags', 'ballot_results', 'audit_log'] as const;

/** Row counts of every table (and the sum of the exact counters, which change in place). */
export async function rowCounts(pool: Pool): Promise<Record<string, number>> {
  const parts = TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`);
  const { rows } = await pool.query(
    `SELECT ${parts.join(', ')}, (SELECT coalesce(sum(votes), 0) FROM vote_tallies) AS tally_sum,
            (SELECT count(*) FROM ballots WHERE status <> 'draft') AS published,
            (SELECT count(*) FROM flags WHERE status <> 'active') AS reviewed`,
  );
  return Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
}
