import type { Executor } from './db';

export type TimelineBucket = 'minute' | 'hour';

export interface TimelineRow {
  candidateId: string;
  /** bucket start */
  t: Date;
  votes: number;
}

/**
 * Votes per candidate per minute or hour in [from, to), counted in PostgreSQL over the
 * (ballot_id, cast_at) index. Buckets are truncated in UTC; Asia/Shanghai is a whole-hour offset
 * from UTC, so the minute and hour buckets are the same as local ones. Only buckets with votes
 * come back.
 */
export async function votesPerBucket(
  db: Executor,
  q: { ballotId: string; bucket: TimelineBucket; from: Date; to: Date; candidateId: string | null },
): Promise<TimelineRow[]> {
  const { rows } = await db.query<{ candidate_id: string; t: Date; votes: number }>({
    name: 'timeline-votes-per-bucket',
    text: `SELECT c.candidate_id, date_trunc($2, v.cast_at, 'UTC') AS t, count(*)::int AS votes
           FROM votes v CROSS JOIN LATERAL unnest(v.candidate_ids) AS c(candidate_id)
           WHERE v.ballot_id = $1 AND v.cast_at >= $3 AND v.cast_at < $4
             AND ($5::uuid IS NULL OR v.candidate_ids @> ARRAY[$5::uuid])
             AND ($5::uuid IS NULL OR c.candidate_id = $5::uuid)
           GROUP BY 1, 2
           ORDER BY 1, 2`,
    values: [q.ballotId, q.bucket, q.from, q.to, q.candidateId],
  });
  return rows.map((r) => ({ candidateId: r.candidate_id, t: r.t, votes: r.votes }));
}
