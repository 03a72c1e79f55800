import type { ClientBase, Pool } from 'pg';
import type { Executor } from './db';
import type { VoteEvent } from '../fraud/types';

/**
 * A ballot's accepted votes as the detector's VoteEvents, read in cast order (votes.seq) in pages.
 *
 * Keyset pages over the (ballot_id, seq) index rather than one long cursor: every page is a short
 * statement under the statement timeout, no old snapshot is pinned for the whole read (a long-open
 * snapshot holds back vacuum on the busiest table), and only one page of raw rows is in memory at
 * a time. A vote whose seq was taken before an already-read one but that committed later is
 * missed by this pass; the next pass reads everything again, so nothing is lost for good.
 *
 * Lean on purpose (a 1M-vote ballot is read on every pass; measured in load-tests/detection-pass.ts):
 *  - rows come back as arrays (rowMode 'array'): no per-row object keyed by column name;
 *  - cast time as epoch ms computed in SQL, not a Date per row;
 *  - candidate_ids as its text form, split here: pg's generic array parser was a visible share of
 *    the read, and a ballot has only a handful of distinct selections;
 *  - user agents (long, and few distinct) are interned, and every vote with the same selection
 *    shares one (frozen) candidateIds array, so a big ballot holds one copy of each instead of one
 *    per vote. Accounts and IPs are not: on a 1M-vote ballot interning them saved ~75 MB of the
 *    worker's heap but cost ~1.8 s more CPU per pass (string hashing), and CPU is what the voting
 *    path competes for on a two-core machine; the worker's heap is capped and handed back anyway.
 * The vote's `seq` (also the keyset) stands in for its id: a number inside the event instead of a
 * 36-character string (about 56 bytes) beside it; the pass looks up the ids of the few votes its
 * evidence names (voteIdsBySeq). Pages of 5,000 rows: a page's raw rows are garbage as soon as it
 * is turned into events, and small pages let them die in the worker's small young generation
 * instead of being promoted first. Measured on 600,000 votes in the worker
 * (load-tests/detection-pass.ts, three runs each): peak RSS growth 273-306 MB against 325-364 MB
 * with 50,000-row pages, and the pass no slower (3.5-3.9 s against 3.9-4.3 s).
 */
export const VOTE_EVENT_PAGE_SIZE = 5_000;

/** Anything pg can run an array-mode query on: the pool, a pooled client, or the worker's own client. */
export type ArrayQueryable = Pool | ClientBase;

type EventRow = [seq: string, at: number, accountId: string, candidateIds: string, ip: string, userAgent: string];

/** One copy per distinct value. */
class Interner {
  private readonly seen = new Map<string, string>();
  get(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    this.seen.set(s, s);
    return s;
  }
}

/** Parses PostgreSQL's text form of a uuid[] (`{a,b}`; uuids are never quoted) once per distinct value. */
class SelectionParser {
  private readonly seen = new Map<string, readonly string[]>();
  constructor(private readonly ids: Interner) {}
  get(text: string): string[] {
    let ids = this.seen.get(text);
    if (ids === undefined) {
      ids = Object.freeze(text.slice(1, -1).split(',').map((s) => this.ids.get(s)));
      this.seen.set(text, ids);
    }
    // Frozen and shared: the detector only reads it.
    return ids as string[];
  }
}

/**
 * Every event of the ballot cast before `cutAt`, sorted by cast time as the detector requires
 * (stable: cast order breaks ties).
 */
export async function readVoteEvents(
  db: ArrayQueryable,
  ballotId: string,
  cutAt: Date,
  opts: { pageSize?: number; afterPage?: (eventsSoFar: number) => void } = {},
): Promise<VoteEvent[]> {
  const pageSize = opts.pageSize ?? VOTE_EVENT_PAGE_SIZE;
  const userAgents = new Interner();
  const candidateIds = new Interner();
  const selections = new SelectionParser(candidateIds);
  const all: VoteEvent[] = [];
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
      all.push({
        seq: Number(r[0]),
        at: r[1],
        accountId: r[2],
        candidateIds: selections.get(r[3]),
        ip: r[4],
        userAgent: userAgents.get(r[5]),
      });
    }
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1][0];
    opts.afterPage?.(all.length);
  }
  // seq order is cast order up to commit jitter between concurrent inserts, so this is nearly sorted
  // already and the (stable, run-detecting) sort is close to linear.
  all.sort((a, b) => a.at - b.at);
  return all;
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
