import type { Executor } from './db';

/** Reads behind GET /v1/flags/:flagId/context (the console's flag page). */

export interface MinuteCounts {
  /** minute start, epoch ms */
  t: number;
  own: number;
  /** all candidates' selections in the minute, the candidate's included */
  total: number;
}

/** Per-minute counts of one candidate and of everyone, from the ballot's first vote up to `until` (exclusive). */
export async function minuteCountsUntil(db: Executor, ballotId: string, candidateId: string, until: Date): Promise<MinuteCounts[]> {
  const { rows } = await db.query<{ t: Date; own: number; total: number }>({
    name: 'flag-context-minute-counts',
    text: `SELECT date_trunc('minute', cast_at, 'UTC') AS t,
                  count(*) FILTER (WHERE candidate_ids @> ARRAY[$2::uuid])::int AS own,
                  sum(cardinality(candidate_ids))::int AS total
           FROM votes WHERE ballot_id = $1 AND cast_at < $3
           GROUP BY 1 ORDER BY 1`,
    values: [ballotId, candidateId, until],
  });
  return rows.map((r) => ({ t: r.t.getTime(), own: r.own, total: r.total }));
}

/** Candidates with at least one vote (the detector's prior counts only those it has seen). */
export async function votedCandidateCount(db: Executor, ballotId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>({
    name: 'flag-context-voted-candidates',
    text: `SELECT count(DISTINCT candidate_id)::int AS n FROM vote_tallies
           WHERE ballot_id = $1 AND votes > 0 AND candidate_id <> '00000000-0000-0000-0000-000000000000'`,
    values: [ballotId],
  });
  return rows[0]?.n ?? 0;
}

export interface SampleVote {
  voteId: string;
  at: Date;
  day: string;
  candidateIds: string[];
  ip: string;
  userAgent: string;
}

interface SampleRow {
  id: string;
  cast_at: Date;
  day: string;
  candidate_ids: string[];
  ip: string;
  user_agent: string;
}

const toSample = (r: SampleRow): SampleVote => ({ voteId: r.id, at: r.cast_at, day: r.day, candidateIds: r.candidate_ids, ip: r.ip, userAgent: r.user_agent });

/** The named votes of a ballot, in cast order. */
export async function votesByIds(db: Executor, ballotId: string, ids: string[]): Promise<SampleVote[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<SampleRow>({
    name: 'flag-context-votes-by-id',
    text: `SELECT id, cast_at, to_char(day, 'YYYY-MM-DD') AS day, candidate_ids, ip, user_agent
           FROM votes WHERE ballot_id = $1 AND id = ANY($2::uuid[]) ORDER BY seq`,
    values: [ballotId, ids],
  });
  return rows.map(toSample);
}

/** Up to `limit` of the candidate's votes in [from, to), spread evenly over them, in cast order. */
export async function candidateVotesInWindow(db: Executor, ballotId: string, candidateId: string, from: Date, to: Date, limit: number): Promise<SampleVote[]> {
  const { rows } = await db.query<SampleRow>({
    name: 'flag-context-window-sample',
    text: `WITH w AS (
             SELECT id, seq, cast_at, day, candidate_ids, ip, user_agent,
                    row_number() OVER (ORDER BY seq) AS k, count(*) OVER () AS n
             FROM votes
             WHERE ballot_id = $1 AND cast_at >= $3 AND cast_at < $4 AND candidate_ids @> ARRAY[$2::uuid])
           SELECT id, cast_at, to_char(day, 'YYYY-MM-DD') AS day, candidate_ids, ip, user_agent FROM w
           WHERE (k - 1) % greatest(1, ceil(n::numeric / $5)::int) = 0
           ORDER BY seq LIMIT $5`,
    values: [ballotId, candidateId, from, to, limit],
  });
  return rows.map(toSample);
}

/** IP and user agent of each of the candidate's votes in [from, to), at most `cap` (for the top lists). */
export async function candidateVoteSources(
  db: Executor,
  ballotId: string,
  candidateId: string,
  from: Date,
  to: Date,
  cap: number,
): Promise<Array<{ ip: string; userAgent: string }>> {
  const { rows } = await db.query<{ ip: string; user_agent: string }>({
    name: 'flag-context-window-sources',
    text: `SELECT ip, user_agent FROM votes
           WHERE ballot_id = $1 AND cast_at >= $3 AND cast_at < $4 AND candidate_ids @> ARRAY[$2::uuid]
           ORDER BY seq LIMIT $5`,
    values: [ballotId, candidateId, from, to, cap],
  });
  return rows.map((r) => ({ ip: r.ip, userAgent: r.user_agent }));
}
