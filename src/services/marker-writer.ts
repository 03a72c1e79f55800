import type Redis from 'ioredis';
import { turnQueue } from './turn-queue';

/**
 * Writes committed votes' Redis markers, a group-commit batch in one round of Redis work.
 *
 * A batch's votes are answered in one run of the microtask queue (the batcher settles them
 * together), and each asks for its marker there. Instead of one SET per vote, the markers asked
 * for in that run are sent after it (turn-queue.ts) as one script call: one command for ioredis
 * to build and parse and one for Redis to dispatch, instead of one per vote. The markers only make
 * repeats cheaper (PostgreSQL's unique constraint decides), so a failed write is counted, not retried.
 */
export interface MarkerWriter {
  write(key: string, voteId: string, ttlMs: number): void;
}

interface Marker {
  key: string;
  voteId: string;
  ttlMs: number;
}

export function createMarkerWriter(redis: Redis, failed: (markers: number) => void): MarkerWriter {
  const enqueue = turnQueue<Marker>((markers) => {
    const keys = markers.map((m) => m.key);
    const args = markers.flatMap((m) => [m.voteId, m.ttlMs]);
    redis.voteRemember(keys.length, ...keys, ...args).catch(() => failed(markers.length));
  });
  return {
    write(key, voteId, ttlMs) {
      enqueue({ key, voteId, ttlMs });
    },
  };
}
