import { randomUUID } from 'node:crypto';
import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { WECHAT_UAS, insertVotes, seedBallot, type SeededBallot } from './flags-fixtures';

/** Per-minute and per-hour vote timelines, counted in PostgreSQL. */

const OPENS_AT = '2026-06-01T00:00:00.000Z';

describe('GET /v1/ballots/:ballotId/timeline', () => {
  let ctx: TestContext;
  let auditor: string;
  let admin: string;
  let b: SeededBallot;
  let A: string, B: string, C: string, D: string;

  const get = (query: string, key = auditor, ballotId = b.ballot.id) =>
    ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/timeline${query}`, headers: bearer(key) });
  const seriesOf = (body: { series: Array<{ candidateId: string; points: unknown[] }> }) =>
    Object.fromEntries(body.series.map((s) => [s.candidateId, s.points]));

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-01T06:00:00.000Z' });
    auditor = await ctx.staffKey('auditor');
    admin = await ctx.staffKey('admin');
    b = await seedBallot(ctx.pool, { opensAt: OPENS_AT, candidates: 4, maxChoices: 2 });
    [A, B, C, D] = b.candidates.map((c) => c.id);
    const vote = (n: number, candidateIds: string[], at: string) => ({ accountId: `o-acct-${n}`, candidateIds, at: new Date(at), ip: '1.2.3.4', userAgent: WECHAT_UAS[0] });
    await insertVotes(ctx.pool, b.ballot.id, [
      vote(1, [A], '2026-06-01T02:00:10.000Z'),
      vote(2, [A], '2026-06-01T02:00:50.000Z'),
      vote(3, [A, B], '2026-06-01T02:01:30.000Z'),
      vote(4, [B], '2026-06-01T02:00:20.000Z'),
      vote(5, [C], '2026-06-01T03:15:00.000Z'),
      vote(6, [A], '2026-06-01T03:59:59.999Z'),
    ]);
  });
  afterAll(() => ctx.close());

  it('per minute over the ballot window by default: one series per candidate, in ballot order, only buckets with votes', async () => {
    const res = await get('');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ bucket: 'minute', from: '2026-06-01T00:00:00.000Z', to: '2026-06-08T00:00:00.000Z' });
    expect(body.series.map((s: { candidateId: string }) => s.candidateId)).toEqual([A, B, C, D]);
    expect(seriesOf(body)).toEqual({
      [A]: [
        { t: '2026-06-01T02:00:00.000Z', votes: 2 },
        { t: '2026-06-01T02:01:00.000Z', votes: 1 },
        { t: '2026-06-01T03:59:00.000Z', votes: 1 },
      ],
      [B]: [
        { t: '2026-06-01T02:00:00.000Z', votes: 1 },
        { t: '2026-06-01T02:01:00.000Z', votes: 1 },
      ],
      [C]: [{ t: '2026-06-01T03:15:00.000Z', votes: 1 }],
      [D]: [],
    });
  });

  it('per hour', async () => {
    const res = await get('?bucket=hour', admin);
    expect(res.statusCode).toBe(200);
    expect(seriesOf(res.json())).toEqual({
      [A]: [
        { t: '2026-06-01T02:00:00.000Z', votes: 3 },
        { t: '2026-06-01T03:00:00.000Z', votes: 1 },
      ],
      [B]: [{ t: '2026-06-01T02:00:00.000Z', votes: 2 }],
      [C]: [{ t: '2026-06-01T03:00:00.000Z', votes: 1 }],
      [D]: [],
    });
  });

  it('one candidate, from/to in any offset, widened to whole buckets', async () => {
    const res = await get(`?candidateId=${A}&from=${encodeURIComponent('2026-06-01T10:00:30+08:00')}&to=2026-06-01T02:01:00Z`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      bucket: 'minute',
      from: '2026-06-01T02:00:00.000Z',
      to: '2026-06-01T02:01:00.000Z',
      series: [{ candidateId: A, points: [{ t: '2026-06-01T02:00:00.000Z', votes: 2 }] }],
    });
    const later = await get(`?from=2026-06-01T02:01:00Z&to=2026-06-01T03:59:59.999Z&bucket=minute`);
    // 03:59:59.999 widens to 04:00, so the 03:59 bucket is whole and included…
    expect(seriesOf(later.json())[A]).toEqual([
      { t: '2026-06-01T02:01:00.000Z', votes: 1 },
      { t: '2026-06-01T03:59:00.000Z', votes: 1 },
    ]);
    // …while `to` is exclusive.
    const excluded = await get(`?from=2026-06-01T02:01:00Z&to=2026-06-01T03:59:00Z`);
    expect(seriesOf(excluded.json())[A]).toEqual([{ t: '2026-06-01T02:01:00.000Z', votes: 1 }]);
  });

  it('404 for an unknown ballot or a candidate not in the ballot', async () => {
    expect((await get('', auditor, randomUUID())).statusCode).toBe(404);
    const other = await seedBallot(ctx.pool, { opensAt: OPENS_AT });
    const res = await get(`?candidateId=${other.candidates[0].id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('400 for bad parameters and ranges too large for the bucket', async () => {
    for (const q of [
      '?bucket=day',
      '?candidateId=abc',
      '?from=yesterday',
      '?from=2026-06-01T03:00:00Z&to=2026-06-01T02:00:00Z',
      '?from=2026-06-01T00:00:00Z&to=2026-06-08T00:01:00Z',
      '?bucket=hour&from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z',
    ]) {
      const res = await get(q);
      expect({ q, status: res.statusCode, code: res.json().code }).toEqual({ q, status: 400, code: 'VALIDATION_FAILED' });
    }
    // 7 days per minute is allowed; a whole month per hour is too.
    expect((await get('?from=2026-06-01T00:00:00Z&to=2026-06-08T00:00:00Z')).statusCode).toBe(200);
    expect((await get('?bucket=hour&from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z')).statusCode).toBe(200);
  });

  it('401 without a credential, 403 for a voter', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.ballot.id}/timeline` })).statusCode).toBe(401);
    expect((await get('', ctx.voterToken('o-someone'))).statusCode).toBe(403);
  });
});
