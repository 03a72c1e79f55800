import { randomUUID } from 'node:crypto';
import { VoteHistory, type Outcome, type VoteAttempt } from '../helpers/history-checker';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { withTransaction } from '../../src/storage/db';

/** The checker the fault tests rely on must itself catch each kind of broken promise. */
describe('history checker', () => {
  let ctx: TestContext;
  let ballotId: string;
  let cand: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const now = ctx.clock.now();
    const repo = ballotsRepository(ctx.pool);
    ({ ballotId, cand } = await withTransaction(ctx.pool, async (tx) => {
      const b = await repo.insert(
        { title: 'checker', category: 'county', year: 2026, seats: 1, maxChoices: 1, opensAt: now, durationDays: 7, closesAt: new Date(now.getTime() + 7 * 86400_000), showLiveCounts: true, now },
        tx,
      );
      const [c] = await repo.insertCandidates(b.id, [{ name: 'A', city: 'X' }, { name: 'B', city: 'X' }], now, tx);
      return { ballotId: b.id, cand: c.id };
    }));
  });
  afterAll(() => ctx.close());

  async function store(accountId: string, day = '2026-06-01'): Promise<string> {
    const id = randomUUID();
    await ctx.pool.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip) VALUES ($1, $2, $3, $4, $5, now(), '127.0.0.1')`,
      [id, ballotId, accountId, day, [cand]],
    );
    return id;
  }
  const attempt = (accountId: string, outcome: Outcome, at = 0): VoteAttempt => ({
    ballotId,
    accountId,
    candidateIds: [cand],
    startedAt: at,
    endedAt: at + 1,
    outcome,
  });
  const created = (voteId: string): Outcome => ({ kind: 'response', status: 201, body: { voteId, day: '2026-06-01' } });

  it('passes a clean history', async () => {
    const h = new VoteHistory();
    const id = await store('clean-1');
    h.record(attempt('clean-1', created(id)));
    h.record(attempt('clean-1', { kind: 'response', status: 409, body: { code: 'ALREADY_VOTED_TODAY', voteId: id } }));
    h.record(attempt('clean-2', { kind: 'response', status: 422, body: { code: 'INVALID_SELECTION' } }));
    expect((await h.check(ctx.pool)).violations).toEqual([]);
  });

  it('catches a 201 that is not stored', async () => {
    const h = new VoteHistory();
    h.record(attempt('lost-1', created(randomUUID())));
    expect((await h.check(ctx.pool)).violations).toEqual([expect.stringMatching(/in PostgreSQL 0 times/)]);
  });

  it('catches a vote stored after a definite rejection (422 or 503)', async () => {
    for (const status of [422, 503]) {
      const h = new VoteHistory();
      const account = `rejected-${status}`;
      await store(account);
      h.outageBegins('postgres');
      h.record(attempt(account, { kind: 'response', status, body: { code: 'X' } }, performance.now()));
      h.outageEnds('postgres');
      expect((await h.check(ctx.pool)).violations).toEqual([expect.stringMatching(/never acknowledged/)]);
    }
  });

  it('accepts one stored vote per unanswered request, but not two', async () => {
    const h = new VoteHistory();
    h.outageBegins('redis');
    h.record(attempt('amb-1', { kind: 'ambiguous', error: 'timeout' }, performance.now()));
    h.outageEnds('redis');
    await store('amb-1', '2026-06-01');
    expect((await h.check(ctx.pool)).violations).toEqual([]);
    await store('amb-1', '2026-06-02');
    expect((await h.check(ctx.pool)).violations).toEqual([expect.stringMatching(/never acknowledged/)]);
  });

  it('catches 503s and unanswered requests while every store was up, and any other 5xx', async () => {
    const h = new VoteHistory();
    h.record(attempt('up-1', { kind: 'response', status: 503, body: { code: 'UNAVAILABLE' } }, performance.now()));
    h.record(attempt('up-2', { kind: 'ambiguous', error: 'timeout' }, performance.now()));
    h.record(attempt('up-3', { kind: 'response', status: 500, body: { code: 'INTERNAL' } }, performance.now()));
    const v = (await h.check(ctx.pool)).violations;
    expect(v).toEqual([
      expect.stringMatching(/503 for up-1 .* while no store was unavailable/),
      expect.stringMatching(/no answer .* for up-2/),
      expect.stringMatching(/500 INTERNAL for up-3/),
    ]);
  });

  it('catches two different votes acknowledged for one account and day, and a 409 naming a vote that does not exist', async () => {
    const h = new VoteHistory();
    const id = await store('twice-1');
    h.record(attempt('twice-1', created(id)));
    h.record(attempt('twice-1', created(randomUUID())));
    h.record(attempt('ghost-1', { kind: 'response', status: 409, body: { code: 'ALREADY_VOTED_TODAY', voteId: randomUUID() } }));
    const v = (await h.check(ctx.pool)).violations;
    expect(v).toEqual(expect.arrayContaining([expect.stringMatching(/in PostgreSQL 0 times/), expect.stringMatching(/409 ALREADY_VOTED_TODAY for ghost-1/)]));
  });
});
