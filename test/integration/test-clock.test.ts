import { buildApp } from '../../src/app';
import { FixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';

/** The shared test clock: set through one instance, seen by every instance on the same Redis. */
describe('test clock', () => {
  let ctx: TestContext;
  let admin: Record<string, string>;
  let ballotId: string;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { ALLOW_TEST_CLOCK: '1' }, now: '2026-06-01T02:00:00.000Z' });
    admin = bearer(await ctx.staffKey('admin'));
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/v1/ballots',
      headers: admin,
      payload: { title: 'clock', category: 'county', year: 2026, seats: 1, opensAt: '2026-06-05T00:00:00.000Z', durationDays: 2 },
    });
    ballotId = created.json().id;
    await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/candidates`, headers: admin, payload: { candidates: [{ name: 'a', city: 'c' }, { name: 'b', city: 'c' }] } });
    expect((await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/publish`, headers: admin })).statusCode).toBe(200);
  });
  afterAll(() => ctx.close());
  afterEach(async () => {
    await ctx.app.inject({ method: 'DELETE', url: '/v1/test/clock', headers: admin });
  });

  const phase = async (app = ctx.app) => (await app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}` })).json().phase;

  it('PUT sets the time for every instance sharing the Redis; DELETE gives each its own clock back', async () => {
    // The second instance's own clock is far away, so only the shared clock can make them agree.
    const other = await ctx.buildAnother(new FixedClock(new Date('2020-01-01T00:00:00.000Z')));
    expect(await phase()).toBe('upcoming');
    expect(await phase(other)).toBe('upcoming');

    const set = await ctx.app.inject({ method: 'PUT', url: '/v1/test/clock', headers: admin, payload: { now: '2026-06-05T08:00:00+08:00' } });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ now: '2026-06-05T00:00:00.000Z' });
    expect(await phase()).toBe('open');
    expect(await phase(other)).toBe('open');
    expect((await other.inject({ method: 'GET', url: '/v1/test/clock', headers: admin })).json()).toEqual({ now: '2026-06-05T00:00:00.000Z' });

    // Set through the other instance: the first one follows.
    await other.inject({ method: 'PUT', url: '/v1/test/clock', headers: admin, payload: { now: '2026-06-07T00:00:00.000Z' } });
    expect(await phase()).toBe('closed');

    const reset = await other.inject({ method: 'DELETE', url: '/v1/test/clock', headers: admin });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ now: '2020-01-01T00:00:00.000Z' });
    expect(await phase()).toBe('upcoming');
    expect((await ctx.app.inject({ method: 'GET', url: '/v1/test/clock', headers: admin })).json()).toEqual({ now: '2026-06-01T02:00:00.000Z' });
  });

  it('the clock stays frozen where it is set (exact instants such as the last millisecond of a day)', async () => {
    await ctx.app.inject({ method: 'PUT', url: '/v1/test/clock', headers: admin, payload: { now: '2026-06-06T15:59:59.999Z' } });
    ctx.clock.advance(60_000);
    expect((await ctx.app.inject({ method: 'GET', url: '/v1/test/clock', headers: admin })).json()).toEqual({ now: '2026-06-06T15:59:59.999Z' });
    expect(await phase()).toBe('open');
  });

  it('only admins may use it: 401 without a credential, 403 for voters and auditors', async () => {
    const auditor = bearer(await ctx.staffKey('auditor'));
    const voter = bearer(ctx.voterToken('o-clock'));
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const payload = method === 'PUT' ? { now: '2030-01-01T00:00:00Z' } : undefined;
      expect((await ctx.app.inject({ method, url: '/v1/test/clock', payload })).statusCode).toBe(401);
      const asVoter = await ctx.app.inject({ method, url: '/v1/test/clock', headers: voter, payload });
      expect(asVoter.statusCode).toBe(403);
      expect(asVoter.json().code).toBe('FORBIDDEN');
      expect((await ctx.app.inject({ method, url: '/v1/test/clock', headers: auditor, payload })).statusCode).toBe(403);
    }
    expect(await phase()).toBe('upcoming');
  });

  it('400 for a time without an offset or not a time at all', async () => {
    for (const now of ['2026-06-05T00:00:00', 'soon', '']) {
      const res = await ctx.app.inject({ method: 'PUT', url: '/v1/test/clock', headers: admin, payload: { now } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('without ALLOW_TEST_CLOCK the routes do not exist (404), and a clock left in Redis is ignored', async () => {
    await ctx.app.inject({ method: 'PUT', url: '/v1/test/clock', headers: admin, payload: { now: '2026-06-05T12:00:00.000Z' } });
    const plain = await buildApp({ ...ctx.config, allowTestClock: false }, { clock: ctx.clock });
    try {
      await plain.ready();
      for (const method of ['GET', 'PUT', 'DELETE'] as const) {
        const res = await plain.inject({ method, url: '/v1/test/clock', headers: admin, payload: method === 'PUT' ? { now: '2026-06-05T00:00:00Z' } : undefined });
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
      // The flagged instance is in the window; the unflagged one keeps to its own clock.
      expect(await phase()).toBe('open');
      expect(await phase(plain)).toBe('upcoming');
    } finally {
      await plain.close();
    }
  });

  it('production refuses to start with the test clock', () => {
    const secret = 'a-production-secret-of-at-least-32-chars!';
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_TEST_CLOCK: '1', VOTER_TOKEN_SECRET: secret })).toThrow(/ALLOW_TEST_CLOCK/);
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_TEST_CLOCK: 'true', VOTER_TOKEN_SECRET: secret })).toThrow(/test clock/);
    expect(loadConfig({ NODE_ENV: 'production', VOTER_TOKEN_SECRET: secret }).allowTestClock).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', ALLOW_TEST_CLOCK: '1' }).allowTestClock).toBe(true);
  });
});
