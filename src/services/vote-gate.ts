import type Redis from 'ioredis';
import type { GateAnswer } from '../domain/vote-decision';
import { PENDING_PREFIX } from '../storage/redis-scripts';
import { turnQueue } from '../turn-end';

/**
 * The vote gate (rate limits and the day's marker, the voteGate script). The gates asked for during
 * one turn of the event loop go out as one script call at its end (turn-end.ts); Redis runs each as
 * if alone, in order. A failed call answers 'unknown' to every gate it carried: PostgreSQL decides.
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

/** One entry of the script's answer, as a tagged answer. */
export function decodeGateReply(reply: number | string | undefined, reserve: boolean): GateAnswer {
  if (typeof reply === 'string') return reply.startsWith(PENDING_PREFIX) ? { kind: 'pending' } : { kind: 'voted', voteId: reply };
  if (typeof reply !== 'number') return { kind: 'unknown' };
  if (reply >= 0) return { kind: 'limited', retryMs: reply };
  return reserve ? { kind: 'reserved' } : { kind: 'counted' };
}

interface Waiting {
  call: GateCall;
  resolve: (a: GateAnswer) => void;
}

/** Gates per script call at most: a call runs atomically in Redis, so it is kept short. */
const MAX_PER_CALL = 128;

export function createVoteGate(redis: Redis, s: GateSettings, failed: () => void): VoteGate {
  const send = (batch: Waiting[]) => {
    const keys: string[] = [];
    const args: Array<string | number> = [s.reservationMs, s.maxPerAccount, s.maxPerIp, s.windowMs];
    for (const { call } of batch) {
      keys.push(call.marker, call.accountKey, call.ipKey);
      args.push(call.token, call.reserve ? '1' : '0');
    }
    redis.voteGate(keys.length, ...keys, ...args).then(
      (out) => batch.forEach((w, i) => w.resolve(decodeGateReply(out[i], w.call.reserve))),
      () => {
        for (const w of batch) {
          failed();
          w.resolve({ kind: 'unknown' });
        }
      },
    );
  };
  const enqueue = turnQueue<Waiting>((all) => {
    for (let i = 0; i < all.length; i += MAX_PER_CALL) send(all.slice(i, i + MAX_PER_CALL));
  });
  return {
    pass: (call) => new Promise<GateAnswer>((resolve) => enqueue({ call, resolve })),
  };
}
