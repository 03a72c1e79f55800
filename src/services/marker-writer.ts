import type Redis from 'ioredis';

/**
 * Writes committed votes' Redis markers, a group-commit batch in one round of Redis work.
 *
 * A batch's votes are answered in one run of the microtask queue (the batcher settles them
 * together), and each asks for its marker there. Instead of one SET per vote, the markers asked
 * for in that run are sent after it (process.nextTick) as one script call: one command for ioredis
 * to build and parse and one for Redis to dispatch, instead of one per vote. The markers only make
 * repeats cheaper (PostgreSQL's unique constraint decides), so a failed write is counted, not retried.
 */
export interface MarkerWriter {
  write(key: string, voteId: string, ttlMs: number): void;
}

export function createMarkerWriter(redis: Redis, failed: (markers: number) => void): MarkerWriter {
  let keys: string[] = [];
  let args: Array<string | number> = [];
  const flush = () => {
    const n = keys.length;
    const call = [...keys, ...args];
    keys = [];
    args = [];
    redis.voteRemember(n, ...call).catch(() => failed(n));
  };
  return {
    write(key, voteId, ttlMs) {
      if (keys.length === 0) process.nextTick(flush);
      keys.push(key);
      args.push(voteId, ttlMs);
    },
  };
}
