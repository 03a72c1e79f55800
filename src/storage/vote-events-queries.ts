import type { Executor } from './db';
import type { VoteEvent } from '../fraud/types';

/**
 * A ballot's accepted votes as the detector's VoteEvents, read in cast order (votes.seq) in pages.
 *
 * Keyset pages over the (ballot_id, seq) index rather than one long cursor: every page is a short
 * statement under the pool's statement timeout, no connection or old snapshot is pinned for the
 * whole read (a long-open snapshot holds back vacuum on the busiest table), and only one page of
 * raw rows is in memory at a time. A vote whose seq was taken before an already-read one but that
 * committed later is missed by this pass; the next pass reads everything again, so nothing is
 * lost for good.
 */
export const VOTE_EVENT_PAGE_SIZE = 20_000;

interface EventRow {
  seq: string;
  id: string;
  at: string;
  account_id: string;
  candidate_ids: string[];
  ip: string;
  user_agent: string;
}

export interface VoteEventPage {
  events: VoteEvent[];
  lastSeq: number;
}

/**
 * Pages of events. Strings that repeat across millions of votes (user agents, candidate ids) are
 * interned, so a big ballot costs one copy of each instead of one per vote.
 */
export async function* voteEventPages(db: Executor, ballotId: string, pageSize = VOTE_EVENT_PAGE_SIZE): AsyncGenerator<VoteEventPage> {
  const userAgents = new Map<string, string>();
  const candidateIds = new Map<string, string>();
  const intern = (m: Map<string, string>, s: string): string => {
    const known = m.get(s);
    if (known !== undefined) return known;
    m.set(s, s);
    return s;
  };
  let after = 0;
  for (;;) {
    const { rows } = await db.query<EventRow>({
      name: 'vote-events-page',
      // epoch milliseconds computed in SQL: cheaper than building a Date per row only to read it back.
      text: `SELECT seq, id, (extract(epoch FROM cast_at) * 1000)::float8 AS at, account_id, candidate_ids, ip, user_agent
             FROM votes WHERE ballot_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      values: [ballotId, after, pageSize],
    });
    if (rows.length === 0) return;
    const events: VoteEvent[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      events[i] = {
        voteId: r.id,
        at: Number(r.at),
        accountId: r.account_id,
        candidateIds: r.candidate_ids.map((c) => intern(candidateIds, c)),
        ip: r.ip,
        userAgent: intern(userAgents, r.user_agent),
      };
    }
    after = Number(rows[rows.length - 1].seq);
    yield { events, lastSeq: after };
    if (rows.length < pageSize) return;
  }
}

/** Every event of the ballot, sorted by cast time as the detector requires (stable: cast order breaks ties). */
export async function readVoteEvents(db: Executor, ballotId: string, pageSize?: number): Promise<VoteEvent[]> {
  const all: VoteEvent[] = [];
  for await (const page of voteEventPages(db, ballotId, pageSize)) {
    for (const e of page.events) all.push(e);
  }
  // seq order is cast order up to commit jitter between concurrent inserts, so this is nearly sorted
  // already and the (stable, run-detecting) sort is close to linear.
  all.sort((a, b) => a.at - b.at);
  return all;
}

/**
 * A cheap fingerprint of "which votes the ballot holds": the count and the highest seq. Votes are
 * never deleted, so any new vote changes it (the count catches a late-committing lower seq that the
 * max alone would miss). Both come from the (ballot_id, seq) index.
 */
export async function voteSignature(db: Executor, ballotId: string): Promise<string> {
  const { rows } = await db.query<{ n: string; max_seq: string | null }>({
    name: 'vote-events-signature',
    text: 'SELECT count(*) AS n, max(seq) AS max_seq FROM votes WHERE ballot_id = $1',
    values: [ballotId],
  });
  return `${rows[0]?.n ?? 0}:${rows[0]?.max_seq ?? 0}`;
}
