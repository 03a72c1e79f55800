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

/**
 * The vote's rate limits and its reservation in one round trip. Each limit is a fixed-window
 * counter at the key @fastify/rate-limit would use (`rl:<name>`), counted the way its Redis store
 * counts (INCR; PEXPIRE on the first hit). A limit of 0 is off.
 * KEYS: marker, account counter, IP counter.
 * ARGV: token, reservation ms, account max, IP max, window ms, '1' to reserve / '0' to only count.
 * Returns: a number = rate-limited, retry in that many ms (nothing reserved); otherwise as RESERVE
 * (or false when only counting).
 */
const GATE_FUNCTIONS = `
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
-- A number: limited, retry in that many ms. A string: the marker's value. false: reserved / only counted.
local function gate(marker, account, ip, token, px, maxAccount, maxIp, win, reserve)
  local a = over(account, maxAccount, win)
  local b = over(ip, maxIp, win)
  if a >= 0 or b >= 0 then return math.max(a, b) end
  if reserve ~= '1' then return false end
  local v = redis.call('GET', marker)
  if v then return v end
  redis.call('SET', marker, token, 'PX', px)
  return false
end
`;

const GATE = `${GATE_FUNCTIONS}
return gate(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6])
`;

/**
 * Several votes' gates in one call, each exactly as GATE (in order, so two requests of one account
 * count as they would one after the other). KEYS: marker, account counter, IP counter of each vote.
 * ARGV: reservation ms, account max, IP max, window ms, then token and '1'/'0' of each vote.
 * Returns one entry per vote: a number >= 0 = rate-limited (ms), a string = the marker's value,
 * -1 = reserved / only counted (a Lua array cannot hold false).
 */
const GATE_MANY = `${GATE_FUNCTIONS}
local px, maxAccount, maxIp, win = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local out = {}
for i = 1, #KEYS / 3 do
  local r = gate(KEYS[3 * i - 2], KEYS[3 * i - 1], KEYS[3 * i], ARGV[3 + 2 * i], px, maxAccount, maxIp, win, ARGV[4 + 2 * i])
  if r == false then r = -1 end
  out[i] = r
end
return out
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
    /** The marker's value (a voteId or someone's pending token), or null after reserving it for `token`. */
    voteReserve(key: string, token: string, pxMs: number): Result<string | null, Context>;
    /**
     * Counts the request against its rate limits and, unless limited, reserves like voteReserve:
     * a number (ms to wait: limited), the marker's value, or null (reserved / only counted).
     */
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
    ): Result<number | string | null, Context>;
    /** Deletes the marker only while it still holds `token` (never someone else's reservation or a committed voteId). */
    voteRelease(key: string, token: string): Result<number, Context>;
    /** GATE_MANY: `voteGateMany(3n, marker1, account1, ip1, …, pxMs, maxPerAccount, maxPerIp, windowMs, token1, reserve1, …)`. */
    voteGateMany(numberOfKeys: number, ...keysThenArgs: Array<string | number>): Result<Array<number | string>, Context>;
    /** Sets committed markers: `voteRemember(n, key1..keyn, voteId1, ttlMs1, …, voteIdn, ttlMsn)`. */
    voteRemember(numberOfKeys: number, ...keysThenArgs: Array<string | number>): Result<number, Context>;
  }
}

/** Registers the scripts on a client (idempotent: apps built in one process may share a client). */
export function defineVoteScripts(redis: Redis): void {
  if (typeof (redis as unknown as { voteReserve?: unknown }).voteReserve === 'function') return;
  redis.defineCommand('voteReserve', { numberOfKeys: 1, lua: RESERVE });
  redis.defineCommand('voteRelease', { numberOfKeys: 1, lua: RELEASE });
  redis.defineCommand('voteGate', { numberOfKeys: 3, lua: GATE });
  // The number of keys is the call's first argument.
  redis.defineCommand('voteRemember', { lua: REMEMBER });
  redis.defineCommand('voteGateMany', { lua: GATE_MANY });
}

/** The rate-limit counter keys of a vote (the keys @fastify/rate-limit used with nameSpace 'rl:'). */
export const voteAccountLimitKey = (accountId: string): string => `rl:va:${accountId}`;
export const voteIpLimitKey = (ip: string): string => `rl:vi:${ip}`;

/** The marker key of one account's vote in one ballot on one Asia/Shanghai day. */
export const voteMarkerKey = (ballotId: string, day: string, accountId: string): string => `vm:${ballotId}:${day}:${accountId}`;
