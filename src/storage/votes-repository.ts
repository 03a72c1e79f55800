import type { Executor } from './db';

/** A vote ready to be written (every rule already checked except one-per-day, which the constraint decides). */
export interface NewVote {
  id: string;
  ballotId: string;
  accountId: string;
  day: string;
  candidateIds: string[];
  castAt: Date;
  ip: string;
  userAgent: string;
  idempotencyKey: string | null;
  requestHash: string | null;
}

/** A vote as read back to answer a voter: what was written, without the auditors' ip and user agent. */
export type StoredVote = Omit<NewVote, 'ip' | 'userAgent'>;

interface VoteRow {
  id: string;
  ballot_id: string;
  account_id: string;
  day: string;
  candidate_ids: string[];
  cast_at: Date;
  idempotency_key: string | null;
  request_hash: string | null;
}

/** What one batch statement did. */
export interface BatchWrite {
  inserted: Set<string>;
  /** Ballots of the batch that were still 'published' (locked FOR SHARE while inserting). */
  open: Set<string>;
}

/** The nil UUID: the vote_tallies row that counts accepted votes (ballots cast) rather than selections. */
export const TOTAL_CANDIDATE_ID = '00000000-0000-0000-0000-000000000000';

// `day::text` keeps the calendar date a string (node-pg would turn a date into a local-time Date).
const VOTE_COLUMNS = 'id, ballot_id, account_id, day::text AS day, candidate_ids, cast_at, idempotency_key, request_hash';

const toVote = (r: VoteRow): StoredVote => ({
  id: r.id,
  ballotId: r.ballot_id,
  accountId: r.account_id,
  day: r.day,
  candidateIds: r.candidate_ids,
  castAt: r.cast_at,
  idempotencyKey: r.idempotency_key,
  requestHash: r.request_hash,
});

/**
 * One statement writes a whole batch and its counters. It runs as a single implicit transaction,
 * so the votes and the counters commit together, in one round trip. Rows that conflict (already
 * voted that day, or an Idempotency-Key already used) are skipped; only inserted ids come back.
 * The counter rows are written in a fixed order so two batches on the same shard cannot deadlock.
 *
 * `b` locks the batch's ballots FOR SHARE and keeps only those still 'published'. Without it, a
 * batch that queued behind finalize's FOR UPDATE went on to insert once finalize committed (the
 * foreign key's KEY SHARE lock does not care about the status), so a vote cast before closing was
 * acknowledged but missing from the frozen result. In READ COMMITTED a blocked FOR SHARE re-reads
 * the row once the lock is free, so it sees 'finalized' and the votes of that ballot are refused.
 * FOR SHARE is compatible with itself: concurrent batches never wait for each other here.
 * The ids of the ballots that were open come back as rows with kind 'b'.
 */
const BATCH_MARK = '/* votes-insert-batch */';
const INSERT_BATCH = `${BATCH_MARK}
WITH b AS (
  SELECT id FROM ballots WHERE id = ANY($2::uuid[]) AND status = 'published' ORDER BY id FOR SHARE
), ins AS (
  INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent, idempotency_key, request_hash)
  SELECT u.id, u.ballot_id, u.account_id, u.day, u.candidate_ids::uuid[], u.cast_at, u.ip, u.user_agent, u.idempotency_key, u.request_hash
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[])
    AS u(id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent, idempotency_key, request_hash)
  WHERE u.ballot_id IN (SELECT id FROM b)
  ON CONFLICT DO NOTHING
  RETURNING id, ballot_id, candidate_ids
), counted AS (
  INSERT INTO vote_tallies (ballot_id, candidate_id, shard, votes)
  SELECT x.ballot_id, x.candidate_id, $11::smallint, count(*)
  FROM (
    SELECT ins.ballot_id, c.candidate_id FROM ins CROSS JOIN LATERAL unnest(ins.candidate_ids) AS c(candidate_id)
    UNION ALL
    SELECT ins.ballot_id, '${TOTAL_CANDIDATE_ID}'::uuid FROM ins
  ) x
  GROUP BY x.ballot_id, x.candidate_id
  ORDER BY x.ballot_id, x.candidate_id
  ON CONFLICT (ballot_id, candidate_id, shard) DO UPDATE SET votes = vote_tallies.votes + EXCLUDED.votes
)
SELECT id, 'v' AS kind FROM ins
UNION ALL
SELECT id, 'b' AS kind FROM b`;

export function votesRepository(db: Executor) {
  return {
    /**
     * Inserts the batch. `inserted`: the vote ids actually stored; `open`: the ballots that were
     * still published. A vote not inserted conflicted if its ballot is open, else its ballot was
     * finalized before the batch could lock it.
     */
    async insertBatch(votes: readonly NewVote[], shard: number, tx: Executor = db): Promise<BatchWrite> {
      const { rows } = await tx.query<{ id: string; kind: 'v' | 'b' }>({
        name: 'votes-insert-batch',
        text: INSERT_BATCH,
        values: [
          votes.map((v) => v.id),
          votes.map((v) => v.ballotId),
          votes.map((v) => v.accountId),
          votes.map((v) => v.day),
          // A uuid[] per row cannot ride in a 2-D array (rows differ in length), so each travels as an array literal.
          votes.map((v) => `{${v.candidateIds.join(',')}}`),
          votes.map((v) => v.castAt),
          votes.map((v) => v.ip),
          votes.map((v) => v.userAgent),
          votes.map((v) => v.idempotencyKey),
          votes.map((v) => v.requestHash),
          shard,
        ],
      });
      const inserted = new Set<string>();
      const open = new Set<string>();
      for (const r of rows) (r.kind === 'v' ? inserted : open).add(r.id);
      return { inserted, open };
    },

    /** Which of these vote ids are stored (used when a batch's outcome is unknown). */
    async existingIds(ids: readonly string[], tx: Executor = db): Promise<Set<string>> {
      const { rows } = await tx.query<{ id: string }>({
        name: 'votes-existing-ids',
        text: 'SELECT id FROM votes WHERE id = ANY($1::uuid[])',
        values: [ids],
      });
      return new Set(rows.map((r) => r.id));
    },

    /**
     * Ends the server process that ran a batch whose answer was lost, and says whether it is still
     * there. Matching on the batch statement's leading comment keeps a recycled pid of another session safe.
     */
    async endBatchBackend(pid: number, tx: Executor = db): Promise<boolean> {
      // Same role may terminate its own backends; without that right we can only wait for it to end.
      await tx.query({
        name: 'votes-batch-terminate',
        text: 'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = $1 AND starts_with(query, $2)',
        values: [pid, BATCH_MARK],
      }).catch(() => undefined);
      const { rows } = await tx.query({
        name: 'votes-batch-alive',
        text: 'SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND starts_with(query, $2)',
        values: [pid, BATCH_MARK],
      });
      return rows.length > 0;
    },

    async findForDay(ballotId: string, accountId: string, day: string, tx: Executor = db): Promise<StoredVote | null> {
      const { rows } = await tx.query<VoteRow>({
        name: 'votes-find-for-day',
        text: `SELECT ${VOTE_COLUMNS} FROM votes WHERE ballot_id = $1 AND account_id = $2 AND day = $3::date`,
        values: [ballotId, accountId, day],
      });
      return rows[0] ? toVote(rows[0]) : null;
    },

    async findByIdempotencyKey(accountId: string, key: string, tx: Executor = db): Promise<StoredVote | null> {
      const { rows } = await tx.query<VoteRow>({
        name: 'votes-find-by-idempotency-key',
        text: `SELECT ${VOTE_COLUMNS} FROM votes WHERE account_id = $1 AND idempotency_key = $2`,
        values: [accountId, key],
      });
      return rows[0] ? toVote(rows[0]) : null;
    },

    /** One account's votes in one ballot, oldest first. */
    async listForAccount(ballotId: string, accountId: string, tx: Executor = db): Promise<StoredVote[]> {
      const { rows } = await tx.query<VoteRow>({
        name: 'votes-list-for-account',
        text: `SELECT ${VOTE_COLUMNS} FROM votes WHERE ballot_id = $1 AND account_id = $2 ORDER BY day, seq`,
        values: [ballotId, accountId],
      });
      return rows.map(toVote);
    },
  };
}

export type VotesRepository = ReturnType<typeof votesRepository>;
