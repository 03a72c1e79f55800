import { performance } from 'node:perf_hooks';
import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';
import { countVotes } from '../../src/storage/tally-queries';
import { createTallies } from '../../src/services/tallies';
import type { Executor } from '../../src/storage/db';

describe('live tallies', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_ENABLED: 'false' } });
  });
  afterAll(() => ctx.close());

  const vote = (app: TestContext['app'], ballotId: string, openid: string, candidateIds: string[]) =>
    app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: bearer(ctx.voterToken(openid)), payload: { candidateIds } });

  const asObject = (t: { byCandidate: Map<string, number>; totalVotes: number }) => ({ total: t.totalVotes, by: Object.fromEntries(t.byCandidate) });

  it('equal PostgreSQL’s truth after votes, and after Redis lost everything', async () => {
    const ballot = await createBallot(ctx.pool, { maxChoices: 2, candidates: 4 });
    const [a, b, c] = ballot.candidates.map((x) => x.id);
    expect(asObject(await ctx.app.tallies.read(ballot.id))).toEqual({ total: 0, by: {} });
    for (let i = 0; i < 12; i++) expect((await vote(ctx.app, ballot.id, `t-${i}`, i % 3 === 0 ? [a, b] : [i % 2 ? b : c])).statusCode).toBe(201);
    const truth = asObject(await countVotes(ctx.pool, ballot.id));
    expect(truth.total).toBe(12);
    // Read right after this instance's own votes: already counted (local commits invalidate the cache).
    expect(asObject(await ctx.app.tallies.read(ballot.id))).toEqual(truth);
    await ctx.flushRedis();
    expect(asObject(await ctx.app.tallies.read(ballot.id))).toEqual(truth);
    // A fresh instance (nothing cached anywhere) reads the same.
    const other = await ctx.buildAnother();
    expect(asObject(await other.tallies.read(ballot.id))).toEqual(truth);
    // Duplicates and rejected votes change nothing.
    expect((await vote(ctx.app, ballot.id, 't-0', [a])).statusCode).toBe(409);
    expect((await vote(ctx.app, ballot.id, 't-new', [a, a])).statusCode).toBe(422);
    expect(asObject(await ctx.app.tallies.read(ballot.id))).toEqual(truth);
  });

  it('votes cast on another instance show within the cache lifetime', async () => {
    const ballot = await createBallot(ctx.pool);
    const other = await ctx.buildAnother();
    const tallies = createTallies(ctx.pool, { ttlMs: 1500 });
    expect((await tallies.read(ballot.id)).totalVotes).toBe(0);
    const readAt = performance.now();
    expect((await vote(other, ballot.id, 'remote-1', [ballot.candidates[0].id])).statusCode).toBe(201);
    // Still the cached sum right away (unless this slow machine already let the entry expire)…
    const cached = (await tallies.read(ballot.id)).totalVotes;
    if (performance.now() - readAt < 1000) expect(cached).toBe(0);
    await new Promise((r) => setTimeout(r, 1600));
    // …and the truth once it expired.
    expect((await tallies.read(ballot.id)).totalVotes).toBe(1);
  });

  it('concurrent readers share one query', async () => {
    const ballot = await createBallot(ctx.pool);
    let queries = 0;
    const counting: Executor = {
      query: (text, values) => {
        queries++;
        return (ctx.pool as Executor).query(text, values);
      },
    };
    const tallies = createTallies(counting);
    const reads = await Promise.all(Array.from({ length: 50 }, () => tallies.read(ballot.id)));
    expect(reads.every((r) => r.totalVotes === 0)).toBe(true);
    expect(queries).toBe(1);
  });
});
