import type { Executor } from './db';

/** SQL of the background stuffing detection: which ballots to watch, and who works which ballot. */

// First key of the two-key advisory lock space (the audit log uses the one-bigint space, so no overlap).
const DETECT_LOCK_CLASS = 7_340_023;

/**
 * Published ballots whose votes may still change or be judged: open now, or closed less than
 * `graceMs` ago and not yet finalized (late-committed votes and bursts in the last minutes).
 */
export async function ballotsToWatch(db: Executor, now: Date, graceMs: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>({
    name: 'detect-ballots-to-watch',
    text: `SELECT id FROM ballots
           WHERE status = 'published' AND opens_at <= $1 AND closes_at > $1::timestamptz - ($2::bigint * interval '1 millisecond')
           ORDER BY opens_at, id`,
    values: [now, graceMs],
  });
  return rows.map((r) => r.id);
}

/**
 * Takes the per-ballot detection lock without waiting; false when another instance (or pass) holds
 * it. A session lock on a dedicated client: it is released explicitly, or by PostgreSQL when the
 * connection dies, so a crashed instance never blocks the others. Two ballots whose ids hash alike
 * merely take turns.
 */
export async function tryLockBallotDetection(client: Executor, ballotId: string): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>({
    name: 'detect-try-lock',
    text: 'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
    values: [DETECT_LOCK_CLASS, ballotId],
  });
  return rows[0]?.locked === true;
}

export async function unlockBallotDetection(client: Executor, ballotId: string): Promise<void> {
  await client.query({
    name: 'detect-unlock',
    text: 'SELECT pg_advisory_unlock($1, hashtext($2))',
    values: [DETECT_LOCK_CLASS, ballotId],
  });
}
