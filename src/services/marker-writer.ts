import type Redis from 'ioredis';
import { turnQueue } from '../turn-end';

/**
 * Writes committed votes' Redis markers: a group-commit batch's votes are answered in one run of
 * the microtask queue, and the markers asked for there go out as one script call after it. The markers only make repeats cheaper (PostgreSQL's
 * unique constraint decides), so a failed write is counted, not retried.
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
  }, 'after-microtasks');
  return {
    write(key, voteId, ttlMs) {
      enqueue({ key, voteId, ttlMs });
    },
  };
}
