import { performance } from 'node:perf_hooks';
import type { Executor } from '../storage/db';
import { sumTallies, type Tally } from '../storage/tally-queries';

/**
 * Live vote counts, read by the public ballot page and the provisional scores.
 *
 * The counters live in PostgreSQL (`vote_tallies`), written in the same statement as the votes, so
 * they are exact and nothing is lost with Redis. A read sums a ballot's shards (a few dozen rows).
 * The public page is hammered at launch, so each instance keeps the last sum for up to `ttlMs`
 * (one query per ballot per second per instance, however many readers) and never runs two reads of
 * one ballot at once. Votes committed by this instance mark the ballot stale at once, so a voter
 * sees their own vote counted; votes committed by other instances show within `ttlMs`.
 */
export interface Tallies {
  read(ballotId: string): Promise<Tally>;
  /** Marks a ballot's cached sum stale (called after this instance committed votes in it). */
  invalidate?(ballotId: string): void;
}

interface Entry {
  tally: Tally;
  loadedAt: number;
  /** The ballot's commit generation when this sum was read. */
  generation: number;
}

export function createTallies(db: Executor, opts: { ttlMs?: number } = {}): Tallies {
  const ttlMs = opts.ttlMs ?? 1000;
  const entries = new Map<string, Entry>();
  const generations = new Map<string, number>();
  const loading = new Map<string, { generation: number; promise: Promise<Tally> }>();

  async function sum(ballotId: string, generation: number): Promise<Tally> {
    const tally = await sumTallies(db, ballotId);
    const prev = entries.get(ballotId);
    if (!prev || prev.generation <= generation) entries.set(ballotId, { tally, loadedAt: performance.now(), generation });
    return tally;
  }

  return {
    read(ballotId) {
      const generation = generations.get(ballotId) ?? 0;
      const entry = entries.get(ballotId);
      if (entry && entry.generation === generation && performance.now() - entry.loadedAt <= ttlMs) return Promise.resolve(entry.tally);
      const inFlight = loading.get(ballotId);
      // A read started after the last local commit is as fresh as one we would start now.
      if (inFlight && inFlight.generation === generation) return inFlight.promise;
      const promise = sum(ballotId, generation).finally(() => {
        if (loading.get(ballotId)?.promise === promise) loading.delete(ballotId);
      });
      loading.set(ballotId, { generation, promise });
      return promise;
    },
    invalidate(ballotId) {
      generations.set(ballotId, (generations.get(ballotId) ?? 0) + 1);
    },
  };
}
