import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';
import { voteMarkerKey } from '../../src/storage/redis-scripts';

// Repeats of an account this instance saw vote are answered and counted in memory (the voted-today
// memo); every other request is counted in Redis. Both must give the same answers.
describe.each([
  ['with the voted-today memo', '65536'],
  ['without the memo (every repeat counted in Redis)', '0'],
])('vote rate limits, %s', (_name, memoSize) => {
  let ctx: TestContext;
  let ballot: Awaited<ReturnType<typeof createBallot>>;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN: '3', RATE_LIMIT_VOTE_PER_IP_PER_MIN: '5', VOTED_TODAY_MEMO_SIZE: memoSize } });
    ballot = await createBallot(ctx.pool);
  });
  afterAll(() => ctx.close());

  const vote = (openid: string, ip: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${ballot.id}/votes`,
      remoteAddress: ip,
      headers: bearer(ctx.voterToken(openid)),
      payload: { candidateIds: [ballot.candidates[0].id] },
    });

  it('per account: past the limit 429 RATE_LIMITED with Retry-After, whatever the IP', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await vote('rl-account', `10.1.0.${i + 1}`)).statusCode);
    expect(codes).toEqual([201, 409, 409, 429]);
    const res = await vote('rl-account', '10.1.0.9');
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', requestId: expect.any(String) });
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another account is not affected.
    expect((await vote('rl-other', '10.1.0.10')).statusCode).toBe(201);
  });

  it('429 wins over other refusals of a rate-limited request', async () => {
    for (let i = 0; i < 3; i++) await vote('rl-mixed', `10.3.0.${i + 1}`);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${ballot.id}/votes`,
      remoteAddress: '10.3.0.9',
      headers: bearer(ctx.voterToken('rl-mixed')),
      payload: { candidateIds: [] },
    });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('per IP: many accounts behind one address are limited together, other addresses are not', async () => {
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await vote(`rl-nat-${i}`, '10.2.0.1')).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await vote('rl-nat-late', '10.2.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    // The Redis lookup ran alongside the limit check; what it reserved for the refused vote is released.
    await new Promise((r) => setTimeout(r, 50));
    expect(await ctx.app.redis.get(voteMarkerKey(ballot.id, '2026-06-01', 'rl-nat-late'))).toBeNull();
    expect((await vote('rl-nat-late', '10.2.0.2')).statusCode).toBe(201);
  });
});

describe('vote rate limits of repeats answered from the voted-today memo', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN: '3', RATE_LIMIT_VOTE_PER_IP_PER_MIN: '5' } });
  });
  afterAll(() => ctx.close());

  // Redis counts its windows on its own clock; the memo's windows follow the service's clock.
  it('the account window ends: a minute later repeats are 409 again, then limited again', async () => {
    const ballot = await createBallot(ctx.pool);
    const vote = (ip: string) =>
      ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, remoteAddress: ip, headers: bearer(ctx.voterToken('rl-window')), payload: { candidateIds: [ballot.candidates[0].id] } });
    ctx.clock.set('2026-06-01T03:00:00.000Z');
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await vote(`10.4.0.${i + 1}`)).statusCode);
    expect(codes).toEqual([201, 409, 409, 429]);
    ctx.clock.set('2026-06-01T03:00:59.000Z');
    const limited = await vote('10.4.0.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    ctx.clock.set('2026-06-01T03:01:00.500Z');
    const later = [];
    for (let i = 0; i < 4; i++) later.push((await vote(`10.4.1.${i + 1}`)).statusCode);
    expect(later).toEqual([409, 409, 409, 429]);
  });
});

describe('vote rate limits turned off', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN: '1' } });
  });
  afterAll(() => ctx.close());

  it('never answers 429', async () => {
    const ballot = await createBallot(ctx.pool);
    const codes = [];
    for (let i = 0; i < 4; i++) {
      codes.push((await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer(ctx.voterToken('free')), payload: { candidateIds: [ballot.candidates[0].id] } })).statusCode);
    }
    expect(codes).toEqual([201, 409, 409, 409]);
  });
});
