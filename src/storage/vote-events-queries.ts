import type { ClientBase, Pool } from 'pg';
import type { Executor } from './db';
import { type VoteLog, VoteLogBuilder } from '../fraud/vote-log';

/**
 * A ballot's accepted votes as the detector's VoteLog, read in cast order (votes.seq) in pages.
 *
 * Keyset pages over the (ballot_id, seq) index rather than one long cursor: every page is a short
 * statement under the statement timeout, no old snapshot is pinned for the whole read (a long-open
 * snapshot holds back vacuum on the busiest table), and only one page of raw rows is in memory at
 * a time. A vote whose seq was taken before an already-read one but that committed later is
 * missed by this pass; the next pass reads everything again, so nothing is lost for good.
 *
 * Lean on purpose, because a 1M-vote ballot is read on every pass:
 *  - rows come back as arrays (rowMode 'array'): no per-row object keyed by column name;
 *  - cast time as epoch ms computed in SQL, not a Date per row;
 *  - candidate_ids as its text form, parsed once per distinct selection (pg's generic array parser
 *    was a visible share of the read, and a ballot has only a handful of distinct selections);
 *  - each row goes straight into the VoteLog's columns, which keep one copy of each account, IP
 *    and user agent and a few numbers per vote (vote-log.ts says why);
 *  - the vote's `seq` (also the keyset) stands in for its id, a number instead of a 36-character
 *    string; the pass looks up the ids of the few votes its evidence names (voteIdsBySeq).
 * Pages of 5,000 rows: a page's raw rows are garbage as soon as they are in the columns, and small
 * pages let them die in the worker's small young generation instead of being promoted first
 * (docs/performance.md has the figures).
 */
export const VOTE_EVENT_PAGE_SIZE = 5_000;

/** Anything pg can run an array-mode query on: the pool, a pooled client, or the worker's own client. */
export type ArrayQueryable = Pool | ClientBase;

type EventRow = [seq: string, at: number, accountId: string, candidateIds: string, ip: string, userAgent: string];

/** PostgreSQL's text form of a uuid[] (`{a,b}`; uuids are never quoted). */
const parseUuidArray = (text: string): string[] => text.slice(1, -1).split(',');

/**
 * Every vote of the ballot cast before `cutAt`, sorted by cast time as the detector requires
 * (stable: cast order breaks ties).
 */
export async function readVoteLog(
  db: ArrayQueryable,
  ballotId: string,
  cutAt: Date,
  opts: { pageSize?: number; afterPage?: (votesSoFar: number) => void; expectedVotes?: number } = {},
): Promise<VoteLog> {
  const pageSize = opts.pageSize ?? VOTE_EVENT_PAGE_SIZE;
  const log = new VoteLogBuilder(opts.expectedVotes);
  let after = '0';
  for (;;) {
    const { rows } = await db.query<EventRow>({
      name: 'vote-events-page-v3',
      text: `SELECT seq, (extract(epoch FROM cast_at) * 1000)::float8, account_id, candidate_ids::text, ip, user_agent
             FROM votes WHERE ballot_id = $1 AND seq > $2 AND cast_at < $3 ORDER BY seq LIMIT $4`,
      values: [ballotId, after, cutAt, pageSize],
      rowMode: 'array',
    });
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      log.setSeq(log.add(r[1], r[2], r[3], parseUuidArray, r[4], r[5]), Number(r[0]));
    }
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1][0];
    // Let go of the page's rows now. pg's result object, which holds this array, may already have
    // been promoted to the old generation (a minor collection ran while the page was being read);
    // dead but not yet collected, it still held every row, and each minor collection then promoted
    // the rows too, so the whole ballot's raw rows piled up between full collections.
    rows.length = 0;
    opts.afterPage?.(log.length);
  }
  // seq order is cast order up to commit jitter between concurrent inserts: build() sorts if needed.
  return log.build();
}

/**
 * A cheap fingerprint of "which votes a pass cut at `cutAt` reads": the count and the highest seq
 * of the ballot's votes (both from the (ballot_id, seq) index; votes are never deleted, so any new
 * vote changes them, and the count catches a late-committing lower seq that the max alone would
 * miss), plus the cut itself while some vote lies at or after it: those votes are not read yet,
 * so the next minute's pass must not be skipped as "unchanged" although no vote arrived.
 */
export async function voteSignature(db: Executor, ballotId: string, cutAt: Date): Promise<string> {
  const { rows } = await db.query<{ n: string; max_seq: string | null; beyond: boolean | null }>({
    name: 'vote-events-signature-v2',
    text: `SELECT count(*) AS n, max(seq) AS max_seq,
                  (SELECT max(cast_at) FROM votes WHERE ballot_id = $1) >= $2 AS beyond
           FROM votes WHERE ballot_id = $1`,
    values: [ballotId, cutAt],
  });
  const r = rows[0];
  const base = `${r?.n ?? 0}:${r?.max_seq ?? 0}`;
  return r?.beyond ? `${base}@${cutAt.toISOString()}` : base;
}

/** The ids of the ballot's votes with these seqs (the votes a pass's evidence names), by seq. */
export async function voteIdsBySeq(db: ArrayQueryable, ballotId: string, seqs: number[]): Promise<Map<number, string>> {
  if (seqs.length === 0) return new Map();
  const { rows } = await db.query<[seq: string, id: string]>({
    name: 'vote-ids-by-seq',
    text: 'SELECT seq, id FROM votes WHERE ballot_id = $1 AND seq = ANY($2::bigint[])',
    values: [ballotId, seqs],
    rowMode: 'array',
  });
  return new Map(rows.map((r) => [Number(r[0]), r[1]]));
}
