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

/**
 * The vote gate: the vote's rate limits and the reservation of its day's marker, in one round trip.
 * Each limit is a fixed-window counter at the key @fastify/rate-limit would use (`rl:<name>`),
 * counted as its Redis store counts (INCR; PEXPIRE on the first hit); a limit of 0 is off.
 * KEYS: marker, account counter, IP counter.
 * ARGV: token, reservation ms, account max, IP max, window ms, '1' (reserve) / '0' (only count).
 * Returns a number >= 0 = rate-limited, retry in that many ms (nothing reserved); a string = the
 * marker's value; -1 = reserved / only counted.
 */
const GATE = `
local function over(key, max, win)
  if max <= 0 then return -1 end
  local n = redis.call('INCR', key)
  if n == 1 then
    redis.call('PEXPIRE', key, win)
    return -1
  end
  if n <= max then return -1 end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    redis.call('PEXPIRE', key, win)
    ttl = win
  end
  return ttl
end
local a = over(KEYS[2], tonumber(ARGV[3]), ARGV[5])
local b = over(KEYS[3], tonumber(ARGV[4]), ARGV[5])
if a >= 0 or b >= 0 then return math.max(a, b) end
if ARGV[6] ~= '1' then return -1 end
local v = redis.call('GET', KEYS[1])
if v then return v end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return -1
`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;

/**
 * Committed votes' markers, several in one call: KEYS are markers, ARGV their vote ids and time to
 * live in ms, in pairs. One script for a whole group-commit batch instead of one SET per vote.
 */
const REMEMBER = `
for i = 1, #KEYS do
  redis.call('SET', KEYS[i], ARGV[2 * i - 1], 'PX', ARGV[2 * i])
end
return #KEYS
`;

export const PENDING_PREFIX = 'pending:';

declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext = { type: 'default' }> {
    /** GATE: a number (ms to wait: limited), the marker's value, or -1 (reserved / only counted). */
    voteGate(
      markerKey: string,
      accountKey: string,
      ipKey: string,
      token: string,
      pxMs: number,
      maxPerAccount: number,
      maxPerIp: number,
      windowMs: number,
      reserve: '1' | '0',
    ): Result<number | string, Context>;
    /** Deletes the marker only while it still holds `token` (never someone else's reservation or a committed voteId). */
    voteRelease(key: string, token: string): Result<number, Context>;
    /** Sets committed markers: `voteRemember(n, key1..keyn, voteId1, ttlMs1, …, voteIdn, ttlMsn)`. */
    voteRemember(numberOfKeys: number, ...keysThenArgs: Array<string | number>): Result<number, Context>;
  }
}

/** Registers the scripts on a client (idempotent: apps built in one process may share a client). */
export function defineVoteScripts(redis: Redis): void {
  if (typeof (redis as unknown as { voteGate?: unknown }).voteGate === 'function') return;
  redis.defineCommand('voteGate', { numberOfKeys: 3, lua: GATE });
  redis.defineCommand('voteRelease', { numberOfKeys: 1, lua: RELEASE });
  // The number of keys is the call's first argument.
  redis.defineCommand('voteRemember', { lua: REMEMBER });
}

/** The rate-limit counter keys of a vote (the keys @fastify/rate-limit used with nameSpace 'rl:'). */
export const voteAccountLimitKey = (accountId: string): string => `rl:va:${accountId}`;
export const voteIpLimitKey = (ip: string): string => `rl:vi:${ip}`;

/** The marker key of one account's vote in one ballot on one Asia/Shanghai day. */
export const voteMarkerKey = (ballotId: string, day: string, accountId: string): string => `vm:${ballotId}:${day}:${accountId}`;
