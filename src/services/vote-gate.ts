import type Redis from 'ioredis';
import type { GateAnswer } from '../domain/vote-decision';
import { PENDING_PREFIX } from '../storage/redis-scripts';

/**
 * The vote gate: rate limits and the day's marker in one Redis script call (voteGate). A failed
 * call answers 'unknown': PostgreSQL's unique constraint decides alone.
 */
export interface GateCall {
  marker: string;
  accountKey: string;
  ipKey: string;
  token: string;
  /** Reserve the marker (true) or only count the request against the limits (false). */
  reserve: boolean;
}

export interface GateSettings {
  reservationMs: number;
  /** 0: no limit. */
  maxPerAccount: number;
  maxPerIp: number;
  windowMs: number;
}

export interface VoteGate {
  /** Never rejects: a Redis failure is reported to `failed` and answered { kind: 'unknown' }. */
  pass(call: GateCall): Promise<GateAnswer>;
}

/** The script's answer, as a tagged answer. */
export function decodeGateReply(reply: number | string | null | undefined, reserve: boolean): GateAnswer {
  if (typeof reply === 'string') return reply.startsWith(PENDING_PREFIX) ? { kind: 'pending' } : { kind: 'voted', voteId: reply };
  if (typeof reply !== 'number') return { kind: 'unknown' };
  if (reply >= 0) return { kind: 'limited', retryMs: reply };
  return reserve ? { kind: 'reserved' } : { kind: 'counted' };
}

export function createVoteGate(redis: Redis, s: GateSettings, failed: () => void): VoteGate {
  return {
    pass: (call) =>
      redis
        .voteGate(call.marker, call.accountKey, call.ipKey, call.token, s.reservationMs, s.maxPerAccount, s.maxPerIp, s.windowMs, call.reserve ? '1' : '0')
        .then(
          (reply) => decodeGateReply(reply, call.reserve),
          (): GateAnswer => {
            failed();
            return { kind: 'unknown' };
          },
        ),
  };
}
