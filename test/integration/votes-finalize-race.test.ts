import type { PoolClient } from 'pg';
import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

type Ballot = Awaited<ReturnType<typeof createBallot>>;

/**
 * The late-vote/finalize race: a vote cast before closing (its request.now is inside the window)
 * whose batch reaches PostgreSQL while finalize holds the ballot row FOR UPDATE. Before the fix the
 * batch waited on the foreign key's lock, then inserted once finalize committed: 201, a stored
 * vote, and a frozen final result that does not count it.
 */
describe('a vote racing finalize', () => {
  let ctx: TestContext;
  let ballot: Ballot;

  const vote = (openid: string, key?: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${ballot.id}/votes`,
      headers: { ...bearer(ctx.voterToken(openid)), ...(key ? { 'idempotency-key': key } : {}) },
      payload: { candidateIds: [ballot.candidates[0].id] },
    });

  const storedFor = async (openid: string) => (await ctx.pool.query('SELECT id FROM votes WHERE account_id = $1', [openid])).rowCount;

  /** Waits until a vote batch statement is queued on a row lock (i.e. behind the "finalize" below). */
  async function batchWaitingOnLock(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rowCount } = await ctx.pool.query(
        `SELECT 1 FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND starts_with(query, '/* votes-insert-batch */')`,
      );
      if (rowCount) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the vote batch never waited on the ballot row lock');
  }

  /** Does what finalize does to the ballot row, holding the lock until `commit` is called. */
  async function lockForFinalize(): Promise<{ client: PoolClient; commit: () => Promise<void> }> {
    const client = await ctx.pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT id FROM ballots WHERE id = $1 FOR UPDATE', [ballot.id]);
    return {
      client,
      async commit() {
        await client.query(`UPDATE ballots SET status = 'finalized', finalized_at = now() WHERE id = $1`, [ballot.id]);
        await client.query('COMMIT');
        client.release();
      },
    };
  }

  beforeAll(async () => {
    // Without the voted-today memo: the retry below must reach the batch, as it does on an
    // instance that did not take the first vote (this one would answer it from memory).
    ctx = await createTestContext({ env: { RATE_LIMIT_ENABLED: 'false', VOTED_TODAY_MEMO_SIZE: '0' } });
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    ballot = await createBallot(ctx.pool, { candidates: 3 });
    // Inside the window: the service's own checks all pass; only the row lock decides.
    ctx.clock.set('2026-06-07T15:59:59.000Z');
  });

  it('a vote blocked by finalize is refused 409 BALLOT_NOT_OPEN (finalized) and not stored', async () => {
    // Warm the ballot cache with 'published', as on a live instance.
    expect((await vote('race-warm')).statusCode).toBe(201);

    const fin = await lockForFinalize();
    const pending = vote('race-late');
    await batchWaitingOnLock();
    await fin.commit();

    const res = await pending;
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'BALLOT_NOT_OPEN', phase: 'finalized' });
    expect(await storedFor('race-late')).toBe(0);
    // Counters agree with the votes (the refused vote counted nowhere).
    const { rows } = await ctx.pool.query(
      `SELECT coalesce(sum(votes), 0)::int AS n FROM vote_tallies WHERE ballot_id = $1 AND candidate_id = '00000000-0000-0000-0000-000000000000'`,
      [ballot.id],
    );
    expect(rows[0].n).toBe(1);

    // The cached ballot was dropped: the next vote is refused before reaching PostgreSQL.
    const after = await vote('race-after');
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ code: 'BALLOT_NOT_OPEN', phase: 'finalized' });
  });

  it('a retry with the Idempotency-Key of a vote stored before finalize still gets its receipt', async () => {
    const first = await vote('race-retry', 'key-race-retry');
    expect(first.statusCode).toBe(201);
    // The Redis marker is gone (flushed), so the retry goes all the way to the batch.
    await ctx.flushRedis();

    const fin = await lockForFinalize();
    const pending = vote('race-retry', 'key-race-retry');
    await batchWaitingOnLock();
    await fin.commit();

    const res = await pending;
    expect(res.statusCode).toBe(201);
    expect(res.headers['idempotent-replayed']).toBe('true');
    expect(res.json().voteId).toBe(first.json().voteId);
    expect(await storedFor('race-retry')).toBe(1);
  });

  it('while the ballot stays published, a vote that waited on the row lock is stored (201)', async () => {
    expect((await vote('race-warm-2')).statusCode).toBe(201);
    const client = await ctx.pool.connect();
    await client.query('BEGIN');
    await client.query('SELECT id FROM ballots WHERE id = $1 FOR UPDATE', [ballot.id]);
    const pending = vote('race-waited');
    await batchWaitingOnLock();
    await client.query('ROLLBACK');
    client.release();
    const res = await pending;
    expect(res.statusCode).toBe(201);
    expect(await storedFor('race-waited')).toBe(1);
  });
});
