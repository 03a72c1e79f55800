import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';
import { testPool } from '../helpers/databases';
import { buildApp } from '../../src/app';

/** Issue 20 #10: case variants of an id are one id: normalized at the edge, before caches and queries. */
describe('UUIDs: case normalized at the edge', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  /** Up to n distinct case variants of a UUID. */
  function caseVariants(id: string, n: number): string[] {
    const letters = [...id].map((ch, i) => (/[a-f]/.test(ch) ? i : -1)).filter((i) => i >= 0);
    const out: string[] = [];
    for (let mask = 0; mask < Math.min(n, 2 ** letters.length); mask++) {
      const chars = [...id];
      letters.forEach((pos, bit) => {
        if (mask & (1 << bit)) chars[pos] = chars[pos].toUpperCase();
      });
      out.push(chars.join(''));
    }
    return out;
  }

  it('every case variant answers the same ballot, and no upper-case variant reaches PostgreSQL (one cache key)', async () => {
    const ballot = await createBallot(ctx.pool);
    // An app on a pool that records every query's parameters.
    const pool = testPool(ctx.config.databaseUrl, 4);
    const seen: unknown[] = [];
    const query = pool.query.bind(pool) as (...a: unknown[]) => unknown;
    (pool as unknown as { query: (...a: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const values = (typeof args[0] === 'object' && args[0] !== null ? (args[0] as { values?: unknown[] }).values : undefined) ?? args[1];
      if (Array.isArray(values)) seen.push(...values);
      return query(...args);
    };
    const app = await buildApp(ctx.config, { clock: ctx.clock, pool });
    try {
      const variants = caseVariants(ballot.id, 64);
      expect(variants.length).toBeGreaterThan(8);
      for (const v of variants) {
        const res = await app.inject({ method: 'GET', url: `/v1/ballots/${v}` });
        expect(res.statusCode).toBe(200);
        expect(res.json().id).toBe(ballot.id);
      }
      const ids = seen.filter((v): v is string => typeof v === 'string' && v.toLowerCase() === ballot.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids)).toEqual(new Set([ballot.id]));
    } finally {
      await app.close();
      await pool.end();
    }
  });

  it('a vote and a staff read through an upper-case id land on the lower-case id', async () => {
    const ballot = await createBallot(ctx.pool);
    const upper = ballot.id.toUpperCase();
    const voter = ctx.voterToken('oUpperCase');
    const vote = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${upper}/votes`, headers: bearer(voter), payload: { candidateIds: [ballot.candidates[0].id.toUpperCase()] } });
    expect(vote.statusCode).toBe(201);
    expect(vote.json().ballotId).toBe(ballot.id);
    const again = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer(voter), payload: { candidateIds: [ballot.candidates[0].id] } });
    expect(again.json().code).toBe('ALREADY_VOTED_TODAY');
    const admin = await ctx.staffKey('admin');
    const scores = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${upper}/scores`, headers: bearer(admin) });
    expect(scores.json().ballotId).toBe(ballot.id);
  });

});
