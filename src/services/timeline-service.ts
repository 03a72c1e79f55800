import type { Executor } from '../storage/db';
import { errors } from '../errors';
import { ballotsRepository } from '../storage/ballots-repository';
import { votesPerBucket, type TimelineBucket } from '../storage/timeline-queries';

const BUCKET_MS: Record<TimelineBucket, number> = { minute: 60_000, hour: 3_600_000 };
// Bounds on one answer: a 7-day ballot per minute, or a 31-day ballot twice over per hour.
export const MAX_BUCKETS: Record<TimelineBucket, number> = { minute: 7 * 1440, hour: 62 * 24 };

export interface TimelineQuery {
  ballotId: string;
  candidateId: string | null;
  from: Date | null;
  to: Date | null;
  bucket: TimelineBucket;
}

export interface Timeline {
  bucket: TimelineBucket;
  from: string;
  to: string;
  series: Array<{ candidateId: string; points: Array<{ t: string; votes: number }> }>;
}

/** Votes per candidate per bucket, over whole buckets of the asked range (default: the ballot's window). */
export function createTimelineService(db: Executor) {
  const ballots = ballotsRepository(db);
  return {
    async read(q: TimelineQuery): Promise<Timeline> {
      const ballot = await ballots.findWithCandidates(q.ballotId);
      if (!ballot) throw errors.notFound('ballot');
      const candidates = q.candidateId ? ballot.candidates.filter((c) => c.id === q.candidateId) : ballot.candidates;
      if (q.candidateId && candidates.length === 0) throw errors.notFound('candidate in this ballot');

      const size = BUCKET_MS[q.bucket];
      const rawFrom = (q.from ?? ballot.opensAt).getTime();
      const rawTo = (q.to ?? ballot.closesAt).getTime();
      if (rawFrom >= rawTo) throw errors.validation('from must be before to.');
      // Whole buckets only, so the first and last points are not partial counts.
      const from = Math.floor(rawFrom / size) * size;
      const to = Math.ceil(rawTo / size) * size;
      if ((to - from) / size > MAX_BUCKETS[q.bucket]) {
        throw errors.validation(`At most ${MAX_BUCKETS[q.bucket]} ${q.bucket} buckets per request; narrow from/to or use a larger bucket.`);
      }

      const rows = await votesPerBucket(db, { ballotId: q.ballotId, bucket: q.bucket, from: new Date(from), to: new Date(to), candidateId: q.candidateId });
      const points = new Map<string, Array<{ t: string; votes: number }>>(candidates.map((c) => [c.id, []]));
      for (const r of rows) points.get(r.candidateId)?.push({ t: r.t.toISOString(), votes: r.votes });
      return {
        bucket: q.bucket,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        series: candidates.map((c) => ({ candidateId: c.id, points: points.get(c.id) ?? [] })),
      };
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
