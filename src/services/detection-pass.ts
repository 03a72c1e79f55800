import { detectInLog } from '../fraud/detector';
import { MINUTE_MS } from '../fraud/ledger-index';
import type { DetectedFlag } from '../fraud/types';
import { seqOfVoteRef } from '../fraud/vote-log';
import { readVoteLog, voteIdsBySeq, type ArrayQueryable } from '../storage/vote-events-queries';

/**
 * One detection pass over a ballot: read its votes and run the pure detector. This is what the
 * detection worker thread runs (detection-worker.ts); it takes its database handle as an argument
 * so the benchmark can also run it on the main thread for comparison.
 */

export interface PassResult {
  flags: DetectedFlag[];
  /** votes read */
  events: number;
  readMs: number;
  detectMs: number;
}

/**
 * Where a pass started at `now` stops reading: the start of the current minute, i.e. the last
 * completed minute is the last one read. The detector buckets votes by minute; a partial last
 * minute looks like a dip (or, half a minute into a burst, like a smaller burst) and can move
 * where the CUSUM places a burst's start, and the burst key is made of that start. Reading only
 * completed minutes gives every pass, on every instance, the same view of each minute, so a burst
 * keeps one key and is raised once. Detect-now uses the same cut, for the same reason: a flag it
 * raised under one key and the background job under another would be two flags for one burst.
 * The price is that the votes of the current minute wait at most a minute for the next pass.
 */
export function detectionCutoff(now: Date): Date {
  return new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
}

export interface PassOptions {
  /** Called after each page read, with the number of votes read so far. */
  afterPage?: (votesSoFar: number) => void;
  /** Called once all votes are read, before the detector runs. */
  afterRead?: () => void;
  /** About how many votes the ballot has (its last pass's count), to size the columns once. */
  expectedVotes?: number;
}

export async function runDetectionPass(db: ArrayQueryable, ballotId: string, cutAt: Date, opts: PassOptions = {}): Promise<PassResult> {
  const t0 = performance.now();
  const votes = await readVoteLog(db, ballotId, cutAt, { afterPage: opts.afterPage, expectedVotes: opts.expectedVotes });
  opts.afterRead?.();
  const t1 = performance.now();
  const flags = detectInLog(votes);
  const detectMs = performance.now() - t1;
  await nameSampledVotes(db, ballotId, flags);
  return { flags, events: votes.length, readMs: t1 - t0, detectMs };
}

/** Evidence names sampled votes by row number (`seq:<n>`, see VoteLog.ref): put their ids in. */
async function nameSampledVotes(db: ArrayQueryable, ballotId: string, flags: DetectedFlag[]): Promise<void> {
  const samples = flags.map((f) => (Array.isArray(f.evidence.sampleVoteIds) ? (f.evidence.sampleVoteIds as string[]) : []));
  const seqs = samples.flat().map(seqOfVoteRef).filter((seq): seq is number => seq !== undefined);
  if (seqs.length === 0) return;
  const ids = await voteIdsBySeq(db, ballotId, seqs);
  flags.forEach((f, i) => {
    f.evidence.sampleVoteIds = samples[i]!.map((ref) => {
      const seq = seqOfVoteRef(ref);
      return seq === undefined ? ref : ids.get(seq) ?? ref;
    });
  });
}
