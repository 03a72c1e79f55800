import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { deleteRedisPrefix, REDIS_URL } from '../helpers/databases';
import { sparePort } from '../helpers/spare-port';
import { createVoteGate, decodeGateReply, type GateCall } from '../../src/services/vote-gate';
import type { GateAnswer } from '../../src/domain/vote-decision';
import { defineVoteScripts } from '../../src/storage/redis-scripts';

/** The vote gate's answers against real Redis (own key prefix): limits, reservations, markers, failures. */
describe('vote gate', () => {
  const prefix = `vote-gate-${randomUUID()}:`;
  let redis: Redis;
  const settings = { reservationMs: 30_000, maxPerAccount: 2, maxPerIp: 4, windowMs: 60_000 };

  beforeAll(() => {
    redis = new Redis(REDIS_URL, { keyPrefix: prefix, enableAutoPipelining: true });
    defineVoteScripts(redis);
  });
  afterAll(async () => {
    await deleteRedisPrefix(redis, prefix);
    redis.disconnect();
  });

  /** A mix that exercises every answer: reserved, someone's pending token, a committed id, counted only, limited by account and by IP. */
  const script = (run: string): GateCall[] => {
    const call = (account: string, ip: string, reserve = true): GateCall => ({
      marker: `vm:${run}:${account}`,
      accountKey: `rl:va:${run}:${account}`,
      ipKey: `rl:vi:${run}:${ip}`,
      token: `pending:${run}:${account}:${ip}`,
      reserve,
    });
    return [
      call('a', '10.0.0.1'), // reserved
      call('a', '10.0.0.1'), // a's reservation is pending
      call('a', '10.0.0.2'), // a's third request in the window: limited
      call('b', '10.0.0.1', false), // only counted
      call('committed', '10.0.0.3'), // the marker holds a committed vote id
      call('c', '10.0.0.1'), // 10.0.0.1's fourth request: still allowed
      call('d', '10.0.0.1'), // 10.0.0.1's fifth: limited
    ];
  };

  const kinds = (answers: GateAnswer[]) => answers.map((a) => (a.kind === 'voted' ? `voted:${a.voteId}` : a.kind));

  it('answers each kind: reserved, pending, limited by account and by IP, counted only, a committed vote', async () => {
    const gate = createVoteGate(redis, settings, () => {});
    await redis.set('vm:seq:committed', 'vote-id-1');
    const answers: GateAnswer[] = [];
    for (const c of script('seq')) answers.push(await gate.pass(c));
    expect(kinds(answers)).toEqual(['reserved', 'pending', 'limited', 'counted', 'voted:vote-id-1', 'reserved', 'limited']);
    // The reservation was made with its own token and expiry; a limited request reserved nothing.
    expect(await redis.get('vm:seq:a')).toBe('pending:seq:a:10.0.0.1');
    expect(await redis.pttl('vm:seq:a')).toBeGreaterThan(25_000);
    expect(await redis.get('vm:seq:d')).toBeNull();
  });

  it('concurrent gates of one account: exactly one reservation', async () => {
    const gate = createVoteGate(redis, { ...settings, maxPerAccount: 0, maxPerIp: 0 }, () => {});
    const same = script('race')[0]!;
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => gate.pass({ ...same, token: `pending:race:${i}` })));
    expect(kinds(answers).filter((k) => k === 'reserved')).toHaveLength(1);
    expect(kinds(answers).filter((k) => k === 'pending')).toHaveLength(9);
  });

  it('with no limits it only reserves, and counts nothing', async () => {
    const gate = createVoteGate(redis, { ...settings, maxPerAccount: 0, maxPerIp: 0 }, () => {});
    const answers = await Promise.all(script('nolimit').map((c) => gate.pass(c)));
    expect(kinds(answers)).toEqual(['reserved', 'pending', 'pending', 'counted', 'reserved', 'reserved', 'reserved']);
    expect(await redis.exists('rl:va:nolimit:a')).toBe(0);
  });

  it('a failed call answers unknown to every gate it carried, each counted as a fallback', async () => {
    // A Redis nobody listens on.
    const down = new Redis({ host: '127.0.0.1', port: await sparePort(), lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    defineVoteScripts(down);
    let failures = 0;
    try {
      const gate = createVoteGate(down, settings, () => failures++);
      const answers = await Promise.all(script('fail').map((c) => gate.pass(c)));
      expect(kinds(answers)).toEqual(script('fail').map(() => 'unknown'));
      expect(failures).toBe(7);
    } finally {
      down.disconnect();
    }
  });

  it('decodes each entry of the script answer', () => {
    expect(decodeGateReply(-1, true)).toEqual({ kind: 'reserved' });
    expect(decodeGateReply(-1, false)).toEqual({ kind: 'counted' });
    expect(decodeGateReply(0, true)).toEqual({ kind: 'limited', retryMs: 0 });
    expect(decodeGateReply(1500, true)).toEqual({ kind: 'limited', retryMs: 1500 });
    expect(decodeGateReply('pending:x', true)).toEqual({ kind: 'pending' });
    expect(decodeGateReply('6f1c0e0a-0000-4000-8000-000000000001', true)).toEqual({ kind: 'voted', voteId: '6f1c0e0a-0000-4000-8000-000000000001' });
    expect(decodeGateReply(undefined, true)).toEqual({ kind: 'unknown' });
  });
});
