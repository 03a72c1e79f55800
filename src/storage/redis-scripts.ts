import type Redis from 'ioredis';
import type { ClientContext, Result } from 'ioredis';

/**
 * Lua scripts of the vote fast path. Each runs atomically in Redis, so "read the day's marker, and
 * reserve it if empty" cannot interleave with another instance doing the same.
 *
 * The marker key of (ballot, day, account) holds either `pending:<token>` (a request is on its way
 * to PostgreSQL) or the id of the vote PostgreSQL committed. Redis only answers faster: the unique
 * constraint in PostgreSQL decides, so losing these keys never admits a second vote.
 */

const RESERVE = `
local v = redis.call('GET', KEYS[1])
if v then return v end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;

export const PENDING_PREFIX = 'pending:';

declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext = { type: 'default' }> {
    /** The marker's value (a voteId or someone's pending token), or null after reserving it for `token`. */
    voteReserve(key: string, token: string, pxMs: number): Result<string | null, Context>;
    /** Deletes the marker only while it still holds `token` (never someone else's reservation or a committed voteId). */
    voteRelease(key: string, token: string): Result<number, Context>;
  }
}

/** Registers the scripts on a client (idempotent: apps built in one process may share a client). */
export function defineVoteScripts(redis: Redis): void {
  if (typeof (redis as unknown as { voteReserve?: unknown }).voteReserve === 'function') return;
  redis.defineCommand('voteReserve', { numberOfKeys: 1, lua: RESERVE });
  redis.defineCommand('voteRelease', { numberOfKeys: 1, lua: RELEASE });
}

/** The marker key of one account's vote in one ballot on one Asia/Shanghai day. */
export const voteMarkerKey = (ballotId: string, day: string, accountId: string): string => `vm:${ballotId}:${day}:${accountId}`;
