import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { deleteRedisPrefix, REDIS_URL } from '../helpers/databases';
import { sparePort } from '../helpers/spare-port';
import { createGateBatcher, type GateAnswer, type GateCall } from '../../src/services/gate-batcher';
import { defineVoteScripts } from '../../src/storage/redis-scripts';

/**
 * The vote gates of one turn go to Redis as one voteGateMany call, and each answer is what voteGate
 * would have answered had the calls been made one after the other (real Redis, own key prefix).
 */
describe('gate batcher', () => {
  const prefix = `gate-batcher-${randomUUID()}:`;
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
    const call = (account: string, ip: string, reserve: '1' | '0' = '1'): GateCall => ({
      marker: `vm:${run}:${account}`,
      accountKey: `rl:va:${run}:${account}`,
      ipKey: `rl:vi:${run}:${ip}`,
      token: `pending:${run}:${account}:${ip}`,
      reserve,
    });
    return [
      call('a', '10.0.0.1'), // reserved
      call('a', '10.0.0.1'), // a's reservation is pending: its token
      call('a', '10.0.0.2'), // a's third request in the window: limited
      call('b', '10.0.0.1', '0'), // only counted
      call('committed', '10.0.0.3'), // the marker holds a committed vote id
      call('c', '10.0.0.1'), // 10.0.0.1's fourth request: still allowed
      call('d', '10.0.0.1'), // 10.0.0.1's fifth: limited
    ];
  };

  const distinct = (calls: unknown[][]) => [...new Set(calls.map((c) => JSON.stringify(c)))];

  /** Answers with this run's name taken out, so two runs can be compared. */
  const normalized = (answers: GateAnswer[], run: string) =>
    answers.map((a) => (typeof a === 'string' ? a.replace(`:${run}:`, ':RUN:') : typeof a === 'number' ? 'limited' : a));

  it('answers a turn of gates in one call, each as voteGate one after the other would', async () => {
    // One after the other, through voteGate.
    const sequential: GateAnswer[] = [];
    await redis.set('vm:seq:committed', 'vote-id-1');
    for (const c of script('seq')) {
      sequential.push(await redis.voteGate(c.marker, c.accountKey, c.ipKey, c.token, settings.reservationMs, settings.maxPerAccount, settings.maxPerIp, settings.windowMs, c.reserve));
    }

    // All in one turn, through the batcher.
    await redis.set('vm:bat:committed', 'vote-id-1');
    const batcher = createGateBatcher(redis, settings);
    const many = jest.spyOn(redis, 'voteGateMany');
    const single = jest.spyOn(redis, 'voteGate');
    try {
      const batched = await Promise.all(script('bat').map((c) => batcher.run(c)));
      // With auto-pipelining ioredis enters a command's method twice (once to queue it), so calls are
      // told apart by their arguments: one distinct call, carrying all seven gates.
      expect(distinct(many.mock.calls)).toHaveLength(1);
      expect(many.mock.calls[0]![0]).toBe(3 * 7);
      expect(single).not.toHaveBeenCalled();
      expect(normalized(batched, 'bat')).toEqual(normalized(sequential, 'seq'));
    } finally {
      many.mockRestore();
      single.mockRestore();
    }
    expect(normalized(sequential, 'seq')).toEqual([null, 'pending:RUN:a:10.0.0.1', 'limited', null, 'vote-id-1', null, 'limited']);
    // The reservation was made with its own token and expiry.
    expect(await redis.get('vm:bat:a')).toBe('pending:bat:a:10.0.0.1');
    expect(await redis.pttl('vm:bat:a')).toBeGreaterThan(25_000);
  });

  it('sends a lone gate as voteGate, and a failed call fails every gate it carried', async () => {
    const batcher = createGateBatcher(redis, settings);
    const single = jest.spyOn(redis, 'voteGate');
    try {
      const [c] = script('lone');
      expect(await batcher.run(c)).toBeNull();
      expect(distinct(single.mock.calls)).toHaveLength(1);
    } finally {
      single.mockRestore();
    }
    // A Redis nobody listens on: the call fails, and so does every gate it carried.
    const down = new Redis({ host: '127.0.0.1', port: await sparePort(), lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    defineVoteScripts(down);
    try {
      const unreachable = createGateBatcher(down, settings);
      const results = await Promise.allSettled(script('fail').map((c) => unreachable.run(c)));
      expect(results.map((r) => r.status)).toEqual(script('fail').map(() => 'rejected'));
    } finally {
      down.disconnect();
    }
  });
});
