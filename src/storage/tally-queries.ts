import type { Executor } from './db';
import { TOTAL_CANDIDATE_ID } from './votes-repository';

export interface Tally {
  /** votes per candidate id (candidates with no vote are absent) */
  byCandidate: Map<string, number>;
  /** accepted votes (ballots cast), not selections */
  totalVotes: number;
}

/** PostgreSQL's truth: accepted votes per candidate and in total. */
export async function countVotes(db: Executor, ballotId: string): Promise<Tally> {
  const { rows } = await db.query<{ candidate_id: string | null; votes: string }>({
    name: 'tally-count',
    text: `SELECT c.candidate_id, count(*) AS votes
           FROM votes v CROSS JOIN LATERAL unnest(v.candidate_ids) AS c(candidate_id)
           WHERE v.ballot_id = $1 GROUP BY c.candidate_id`,
    values: [ballotId],
  });
  const byCandidate = new Map<string, number>();
  for (const r of rows) if (r.candidate_id !== null) byCandidate.set(r.candidate_id, Number(r.votes));
  const { rows: total } = await db.query<{ n: string }>({
    name: 'tally-total',
    text: 'SELECT count(*) AS n FROM votes WHERE ballot_id = $1',
    values: [ballotId],
  });
  return { byCandidate, totalVotes: Number(total[0]?.n ?? 0) };
}

/** The live counters (`vote_tallies`, written with the votes): a ballot's shards summed. */
export async function sumTallies(db: Executor, ballotId: string): Promise<Tally> {
  const { rows } = await db.query<{ candidate_id: string; votes: string }>({
    name: 'tallies-sum',
    text: 'SELECT candidate_id, sum(votes) AS votes FROM vote_tallies WHERE ballot_id = $1 GROUP BY candidate_id',
    values: [ballotId],
  });
  const byCandidate = new Map<string, number>();
  let totalVotes = 0;
  for (const r of rows) {
    const n = Number(r.votes);
    if (r.candidate_id === TOTAL_CANDIDATE_ID) totalVotes = n;
    else if (n > 0) byCandidate.set(r.candidate_id, n);
  }
  return { byCandidate, totalVotes };
}
