import type { FastifyInstance } from 'fastify';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createScoresBallot, insertVotes, votesFor } from '../helpers/scores-fixtures';

/**
 * Issue 18: after a flag is raised, reviewed or added by hand, every score read reflects it at once
 * on the instance that made the change, and on every other instance sharing the Redis within a
 * second or two. The provisional cache here lives 60 s, so only the invalidation can explain a
 * fresh answer.
 */
describe('provisional scores follow flag changes across instances', () => {
  let ctx: TestContext;
  let other: FastifyInstance;
  let zhang: string;
  let li: string;
  let admin: string;
  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-01T06:00:00.000Z', env: { SCORES_CACHE_MS: '60000' } });
    other = await ctx.buildAnother();
    zhang = await ctx.staffKey('auditor', 'zhang');
    li = await ctx.staffKey('auditor', 'li');
    admin = await ctx.staffKey('admin');
  });
  afterAll(() => ctx.close());

  const flaggedOn = async (app: FastifyInstance, ballotId: string, candidateId: string): Promise<boolean> => {
    const res = await app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/scores`, headers: bearer(admin) });
    expect(res.statusCode).toBe(200);
    return res.json().candidates.find((c: { candidateId: string }) => c.candidateId === candidateId).flagged;
  };
  /** Polls `app` until the candidate's flagged state is `want`; returns how long it took. */
  const until = async (app: FastifyInstance, ballotId: string, candidateId: string, want: boolean, limitMs = 5000): Promise<number> => {
    const start = performance.now();
    while ((await flaggedOn(app, ballotId, candidateId)) !== want) {
      if (performance.now() - start > limitMs) throw new Error(`still ${!want} after ${limitMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return performance.now() - start;
  };

  it('manual flag raised, confirmed by a second auditor, then dismissed: each read on both instances follows', async () => {
    const sb = await createScoresBallot(ctx.pool, { names: [{ name: '甲', city: 'X' }, { name: '乙', city: 'X' }] });
    const [x] = sb.candidates.map((c) => c.id);
    await insertVotes(ctx.pool, sb.ballot.id, votesFor(x, 5, '2026-06-01T01:00:00.000Z'));
    // Both instances cache "not flagged".
    expect(await flaggedOn(ctx.app, sb.ballot.id, x)).toBe(false);
    expect(await flaggedOn(other, sb.ballot.id, x)).toBe(false);

    const raised = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${sb.ballot.id}/flags`, headers: bearer(zhang), payload: { candidateId: x, reason: 'Reported by the county office.' } });
    expect(raised.statusCode).toBe(201);
    // The instance that made the change: the very next read.
    expect(await flaggedOn(ctx.app, sb.ballot.id, x)).toBe(true);
    expect(await until(other, sb.ballot.id, x, true)).toBeLessThan(2000);

    // Reviewed on the other instance this time.
    const dismissed = await other.inject({ method: 'POST', url: `/v1/flags/${raised.json().id}/review`, headers: bearer(li), payload: { decision: 'dismiss', note: 'Checked: these are ordinary voters.' } });
    expect(dismissed.statusCode).toBe(200);
    expect(await flaggedOn(other, sb.ballot.id, x)).toBe(false);
    expect(await until(ctx.app, sb.ballot.id, x, false)).toBeLessThan(2000);
  });

  it('without a flag change the cached answer stands (the test can tell invalidation from expiry)', async () => {
    const sb = await createScoresBallot(ctx.pool, { names: [{ name: '甲', city: 'X' }, { name: '乙', city: 'X' }] });
    const [x] = sb.candidates.map((c) => c.id);
    expect(await flaggedOn(other, sb.ballot.id, x)).toBe(false);
    // A flag written behind the service's back (no event): the 60 s cache keeps the old answer.
    await ctx.pool.query(`INSERT INTO flags (id, ballot_id, candidate_id, rule, status, severity, created_at, created_by) VALUES (gen_random_uuid(), $1, $2, 'manual', 'active', 'high', now(), 'test')`, [sb.ballot.id, x]);
    expect(await flaggedOn(other, sb.ballot.id, x)).toBe(false);
  });
});
