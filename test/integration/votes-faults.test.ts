import { Client } from 'pg';
import Redis from 'ioredis';
import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { REDIS_URL } from '../helpers/databases';
import { createBallot } from '../helpers/vote-fixtures';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { FixedClock } from '../../src/clock';
import { countVotes } from '../../src/storage/tally-queries';
import { voteMarkerKey } from '../../src/storage/redis-scripts';

const castBy = (ctx: TestContext, app: TestContext['app'], ballotId: string, openid: string, candidateId: string) =>
  app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: bearer(ctx.voterToken(openid)), payload: { candidateIds: [candidateId] } });

const rowCount = async (ctx: TestContext, openid: string) =>
  Number((await ctx.pool.query('SELECT count(*) AS n FROM votes WHERE account_id = $1', [openid])).rows[0].n);

describe('voting when Redis is unreachable', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { REDIS_URL: 'redis://127.0.0.1:1', REDIS_COMMAND_TIMEOUT_MS: '50' } });
  });
  afterAll(() => ctx.close());

  it('goes on through PostgreSQL alone: votes accepted, duplicates still 409, counts exact', async () => {
    const ballot = await createBallot(ctx.pool);
    const first = await castBy(ctx, ctx.app, ballot.id, 'no-redis-1', ballot.candidates[0].id);
    expect(first.statusCode).toBe(201);
    const again = await castBy(ctx, ctx.app, ballot.id, 'no-redis-1', ballot.candidates[1].id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'ALREADY_VOTED_TODAY', voteId: first.json().voteId });
    const race = await Promise.all(Array.from({ length: 30 }, () => castBy(ctx, ctx.app, ballot.id, 'no-redis-2', ballot.candidates[2].id)));
    expect(race.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(race.filter((r) => r.statusCode === 409)).toHaveLength(29);
    expect(await rowCount(ctx, 'no-redis-2')).toBe(1);
    expect((await ctx.app.tallies.read(ballot.id)).totalVotes).toBe(2);
    const metrics = await ctx.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/store_fallbacks_total\{store="redis",operation="reserve"\} [1-9]/);
  });
});

describe('voting when PostgreSQL fails', () => {
  let ctx: TestContext;
  let raw: Redis;
  beforeAll(async () => {
    // Short statement timeout so a stalled PostgreSQL answers 503 quickly.
    ctx = await createTestContext({ env: { PG_STATEMENT_TIMEOUT_MS: '300' } });
    raw = new Redis(REDIS_URL, { keyPrefix: ctx.redisPrefix });
  });
  afterAll(async () => {
    raw.disconnect();
    await ctx.close();
  });

  /** Holds an exclusive lock on `votes` (PostgreSQL stalls for the vote path) until released. */
  async function lockVotes(): Promise<Client> {
    const c = new Client({ connectionString: ctx.config.databaseUrl });
    await c.connect();
    await c.query('BEGIN');
    await c.query('LOCK TABLE votes IN ACCESS EXCLUSIVE MODE');
    return c;
  }

  it('a statement timeout is 503 UNAVAILABLE, releases the reservation and records nothing', async () => {
    const ballot = await createBallot(ctx.pool);
    // Warm the ballot cache, so the failure hits the insert itself.
    expect((await castBy(ctx, ctx.app, ballot.id, 'pg-warm', ballot.candidates[0].id)).statusCode).toBe(201);
    const lock = await lockVotes();
    let res;
    try {
      res = await castBy(ctx, ctx.app, ballot.id, 'pg-down-1', ballot.candidates[0].id);
    } finally {
      await lock.query('ROLLBACK');
      await lock.end();
    }
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'UNAVAILABLE' });
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body).not.toMatch(/votes|SELECT|INSERT|timeout/i);
    expect(await raw.get(voteMarkerKey(ballot.id, '2026-06-01', 'pg-down-1'))).toBeNull();
    expect(await rowCount(ctx, 'pg-down-1')).toBe(0);
    // Safe to retry: once PostgreSQL is back the vote is accepted.
    expect((await castBy(ctx, ctx.app, ballot.id, 'pg-down-1', ballot.candidates[0].id)).statusCode).toBe(201);
    expect((await countVotes(ctx.pool, ballot.id)).totalVotes).toBe(2);
  });

  it('a connection killed mid-statement is 503 after checking that nothing was stored', async () => {
    const ballot = await createBallot(ctx.pool);
    expect((await castBy(ctx, ctx.app, ballot.id, 'kill-warm', ballot.candidates[0].id)).statusCode).toBe(201);
    const lock = await lockVotes();
    const pending = castBy(ctx, ctx.app, ballot.id, 'pg-killed', ballot.candidates[0].id);
    let killed = false;
    try {
      // Wait until the insert is blocked on the lock, then terminate that backend.
      for (let i = 0; i < 50; i++) {
        const { rows } = await lock.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO votes%' AND wait_event_type = 'Lock'`,
        );
        if (rows.length > 0) {
          killed = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    } finally {
      await lock.query('ROLLBACK');
      await lock.end();
    }
    const res = await pending;
    expect(killed).toBe(true);
    expect(res.statusCode).toBe(503);
    expect(await rowCount(ctx, 'pg-killed')).toBe(0);
    expect(await raw.get(voteMarkerKey(ballot.id, '2026-06-01', 'pg-killed'))).toBeNull();
  });

  it('PostgreSQL unreachable from the start: 503 and nothing recorded', async () => {
    const config = loadConfig({ ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k === 'PATH')), NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', DATABASE_CREATE: 'false', MIGRATE_ON_START: 'false', PG_CONNECT_TIMEOUT_MS: '200', REDIS_URL, REDIS_KEY_PREFIX: ctx.redisPrefix, VOTER_TOKEN_SECRET: 'test-secret-test-secret-test-secret-0123', DETECT_INTERVAL_MS: '0' });
    const app = await buildApp(config, { clock: new FixedClock(new Date('2026-06-01T02:00:00.000Z')) });
    try {
      await app.ready();
      const ballot = await createBallot(ctx.pool);
      const res = await castBy(ctx, app, ballot.id, 'pg-absent', ballot.candidates[0].id);
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'UNAVAILABLE' });
      expect(await rowCount(ctx, 'pg-absent')).toBe(0);
      expect(await raw.get(voteMarkerKey(ballot.id, '2026-06-01', 'pg-absent'))).toBeNull();
    } finally {
      await app.close();
    }
  });
});
