import { randomUUID } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { createTestDatabase, testPool } from '../helpers/databases';
import { createBallot } from '../helpers/vote-fixtures';
import { createVoteBatcher } from '../../src/services/vote-batcher';
import { countVotes } from '../../src/storage/tally-queries';
import { createTallies } from '../../src/services/tallies';
import type { NewVote } from '../../src/storage/votes-repository';

/** The group-commit batcher against a real PostgreSQL, including a commit whose answer is lost. */
describe('vote batcher', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  let ballot: Awaited<ReturnType<typeof createBallot>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = testPool(db.url, 6);
    ballot = await createBallot(pool, { maxChoices: 2, candidates: 4 });
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  const newVote = (accountId: string, over: Partial<NewVote> = {}): NewVote => ({
    id: randomUUID(),
    ballotId: ballot.id,
    accountId,
    day: '2026-06-01',
    candidateIds: [ballot.candidates[0].id],
    castAt: new Date('2026-06-01T02:00:00.000Z'),
    ip: '10.0.0.1',
    userAgent: 'jest',
    idempotencyKey: null,
    requestHash: null,
    ...over,
  });

  it('writes concurrent votes in few statements, one per account and day, with exact counters', async () => {
    const batches: Array<{ votes: number; seconds: number }> = [];
    const batcher = createVoteBatcher(pool, { maxBatch: 64, maxInFlight: 2, observe: (n, seconds) => batches.push({ votes: n, seconds }) });
    const votes = Array.from({ length: 300 }, (_, i) => newVote(`acct-${i % 250}`, { candidateIds: i % 2 ? [ballot.candidates[1].id, ballot.candidates[2].id] : [ballot.candidates[3].id] }));
    const outcomes = await Promise.all(votes.map((v) => batcher.submit(v)));
    // Every vote went through exactly one observed statement of at most maxBatch votes.
    expect(batches.reduce((sum, b) => sum + b.votes, 0)).toBe(300);
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(batches.every((b) => b.votes <= 64 && b.seconds > 0 && b.seconds < 30)).toBe(true);
    // 250 distinct accounts: the 50 repeats (sometimes inside one batch) are conflicts.
    expect(outcomes.filter((o) => o === 'inserted')).toHaveLength(250);
    expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(50);
    const truth = await countVotes(pool, ballot.id);
    const tally = await createTallies(pool).read(ballot.id);
    expect(tally.totalVotes).toBe(250);
    expect(Object.fromEntries(tally.byCandidate)).toEqual(Object.fromEntries(truth.byCandidate));
  });

  /**
   * The real pool, except that `connect()` hands out `wrap(client)`: how the tests below make a
   * checked-out connection lose its answers. Everything else (pool.query, used to verify) is real.
   */
  function withClients(real: Pool, wrap: (client: PoolClient) => unknown): Pool {
    return new Proxy(real, {
      get(target, prop, receiver) {
        if (prop !== 'connect') {
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return async () => wrap(await target.connect());
      },
    });
  }

  /** A pool whose statements run, then lose their answer (the connection drops after COMMIT). */
  const losingAcks = (real: Pool): Pool =>
    withClients(real, (client) => ({
      query: async (...args: Parameters<PoolClient['query']>) => {
        await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        throw new Error('Connection terminated unexpectedly');
      },
      release: (err?: Error | boolean) => client.release(err),
    }));

  it('a lost acknowledgement after COMMIT is answered from what PostgreSQL stored: inserted, never 503, never twice', async () => {
    const batcher = createVoteBatcher(losingAcks(pool), { sleep: async () => {} });
    const stored = await batcher.submit(newVote('lost-ack-1'));
    expect(stored).toBe('inserted');
    const second = newVote('lost-ack-1', { day: '2026-06-01' });
    const other = newVote('lost-ack-2');
    const [a, b] = await Promise.all([batcher.submit(second), batcher.submit(other)]);
    // The statement committed 'lost-ack-2' and skipped the repeat of 'lost-ack-1'.
    expect([a, b]).toEqual(['conflict', 'inserted']);
    const { rows } = await pool.query('SELECT account_id FROM votes WHERE account_id LIKE $1 ORDER BY account_id', ['lost-ack-%']);
    expect(rows.map((r) => r.account_id)).toEqual(['lost-ack-1', 'lost-ack-2']);
  });

  /** A pool whose client gives up at once while the statement goes on running on the server. */
  const impatient = (real: Pool): Pool =>
    withClients(real, (client) => {
      // Terminated while checked out: expected here, nobody to tell.
      client.on('error', () => {});
      return {
        processID: (client as unknown as { processID: number }).processID,
        query: async (...args: Parameters<PoolClient['query']>) => {
          (client.query as (...a: unknown[]) => Promise<unknown>)(...args).catch(() => {});
          await new Promise((r) => setTimeout(r, 100));
          throw new Error('Query read timeout');
        },
        release: () => setTimeout(() => client.release(true), 1000),
      };
    });

  it('a statement still running when the client gave up is ended before answering: 503 and never stored later', async () => {
    // An uncommitted vote of the same account and day: the batch's insert waits on it.
    const locker = await pool.connect();
    await locker.query('BEGIN');
    await locker.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip) VALUES ($1, $2, 'impatient-1', '2026-06-01', $3, now(), '10.0.0.9')`,
      [randomUUID(), ballot.id, [ballot.candidates[0].id]],
    );
    const batcher = createVoteBatcher(impatient(pool), { sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
    const outcome = batcher.submit(newVote('impatient-1'));
    let result;
    try {
      result = await outcome;
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
    expect(result).toBe('failed');
    // Had the blocked statement survived, it would insert now that the other row is rolled back.
    await new Promise((r) => setTimeout(r, 300));
    const { rows } = await pool.query('SELECT 1 FROM votes WHERE account_id = $1', ['impatient-1']);
    expect(rows).toHaveLength(0);
  });

  it('when PostgreSQL cannot be reached at all, every vote of the batch fails and nothing is stored', async () => {
    const dead = new Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 200 });
    dead.on('error', () => {});
    const batcher = createVoteBatcher(dead, { sleep: async () => {}, verifyForMs: 0 });
    const outcomes = await Promise.all([batcher.submit(newVote('dead-1')), batcher.submit(newVote('dead-2'))]);
    expect(outcomes).toEqual(['failed', 'failed']);
    await dead.end();
  });
});
