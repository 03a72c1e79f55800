import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { buildApp } from '../../src/app';
import { FixedClock } from '../../src/clock';
import { loadConfig, type Config } from '../../src/config';
import { createVoterTokens } from '../../src/auth/voter-token';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { withTransaction } from '../../src/storage/db';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres';
import { startPrivateRedis, type PrivateRedis } from './private-redis';
import { countsInPostgres, type VoteHistory } from './history-checker';
import { runVoteLoad } from './vote-load';

export const FAULT_SECRET = 'fault-test-secret-fault-test-secret-0123';
/** Inside the seeded ballot's window (10:00 in Asia/Shanghai on its first day). */
export const FAULT_NOW = '2026-06-01T02:00:00.000Z';

/**
 * One private redis-server, one private PostgreSQL cluster with a migrated database, a published
 * open ballot, and (unless `listen: false`) the app built on them and listening on 127.0.0.1:0.
 */
export interface FaultEnv {
  redis: PrivateRedis;
  pg: PrivatePostgres;
  databaseUrl: string;
  config: Config;
  clock: FixedClock;
  /** A pool of the test's own (application_name 'fault-checker', so terminating the service's backends spares it). */
  pool: Pool;
  ballotId: string;
  candidateIds: string[];
  app: FastifyInstance | null;
  baseUrl: string;
  token(accountId: string): string;
  /** Environment for a separately spawned server on these stores. */
  serverEnv(port: number): Record<string, string>;
  close(): Promise<void>;
}

export interface FaultEnvOptions {
  env?: Record<string, string>;
  listen?: boolean;
  /** Real time instead of the fixed clock (a spawned server uses the system clock). */
  systemTime?: boolean;
}

export async function startFaultEnv(opts: FaultEnvOptions = {}): Promise<FaultEnv> {
  const [redis, pg] = await Promise.all([startPrivateRedis(), startPrivatePostgres()]);
  const databaseUrl = await pg.createMigratedDatabase();
  const envVars: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: 'fault:',
    LOG_LEVEL: 'silent',
    DETECT_INTERVAL_MS: '0',
    VOTER_TOKEN_SECRET: FAULT_SECRET,
    PG_POOL_MAX: '10',
    REDIS_COMMAND_TIMEOUT_MS: '200',
    PG_CONNECT_TIMEOUT_MS: '1000',
    PG_STATEMENT_TIMEOUT_MS: '2000',
    // Every load request comes from 127.0.0.1: per-IP limits would only measure themselves.
    RATE_LIMIT_VOTE_PER_IP_PER_MIN: '10000000',
    ...opts.env,
  };
  const config = loadConfig(envVars);
  const clock = new FixedClock(new Date(FAULT_NOW));
  // eslint-disable-next-line no-restricted-properties -- the spawned server runs on real time
  const now = opts.systemTime ? new Date(Date.now()) : clock.now();
  const pool = new Pool({ connectionString: databaseUrl, max: 3, application_name: 'fault-checker' });
  pool.on('error', () => {});

  // Seed an open, published ballot straight through the repository (no dependence on the admin routes).
  const repo = ballotsRepository(pool);
  const { ballotId, candidateIds } = await withTransaction(pool, async (tx) => {
    const opensAt = new Date(now.getTime() - 3600_000);
    const b = await repo.insert(
      {
        title: 'Fault-test ballot',
        category: 'county',
        year: 2026,
        seats: 2,
        maxChoices: 1,
        opensAt,
        durationDays: 7,
        closesAt: new Date(opensAt.getTime() + 7 * 86400_000),
        showLiveCounts: true,
        now,
      },
      tx,
    );
    const cs = await repo.insertCandidates(
      b.id,
      ['南昌县', '浮梁县', '婺源县', '井冈山市'].map((name) => ({ name, city: '江西' })),
      now,
      tx,
    );
    await repo.setStatus(b.id, 'published', now, tx);
    return { ballotId: b.id, candidateIds: cs.map((c) => c.id) };
  });

  let app: FastifyInstance | null = null;
  let baseUrl = '';
  if (opts.listen !== false) {
    app = await buildApp(config, opts.systemTime ? {} : { clock });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }
  const tokens = createVoterTokens(FAULT_SECRET, 86400);
  return {
    redis,
    pg,
    databaseUrl,
    config,
    clock,
    pool,
    ballotId,
    candidateIds,
    app,
    baseUrl,
    // eslint-disable-next-line no-restricted-properties -- spawned servers check expiry against real time
    token: (accountId) => tokens.mint(accountId, opts.systemTime ? new Date(Date.now()) : clock.now()).token,
    serverEnv: (port) => ({ ...envVars, PORT: String(port), HOST: '127.0.0.1', MIGRATE_ON_START: 'false', DATABASE_CREATE: 'false' }),
    async close() {
      await app?.close().catch(() => {});
      await pool.end().catch(() => {});
      await Promise.all([redis.close(), pg.close()]);
    },
  };
}

/** A promise with its resolve function outside (to stop a load run). */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Live counts (the public read) equal PostgreSQL's votes, and the exact counter table agrees with
 * the votes themselves: what every fault test checks once the store is back.
 */
export async function expectCountsMatch(env: FaultEnv): Promise<void> {
  const pg = await countsInPostgres(env.pool, env.ballotId);
  const res = await fetch(`${env.baseUrl}/v1/ballots/${env.ballotId}`, { signal: AbortSignal.timeout(5000) });
  expect(res.status).toBe(200);
  const ballot = (await res.json()) as { totalVotes: number; candidates: Array<{ id: string; votes: number }> };
  expect(ballot.totalVotes).toBe(pg.total);
  for (const c of ballot.candidates) expect({ id: c.id, votes: c.votes }).toEqual({ id: c.id, votes: pg.byCandidate[c.id] ?? 0 });
  for (const id of env.candidateIds) expect({ id, tally: pg.tallies[id] ?? 0 }).toEqual({ id, tally: pg.byCandidate[id] ?? 0 });
}

/** Concurrent voters (12) against the fault env's service until `until` resolves, recorded in `history`. */
export function loadVotes(env: FaultEnv, history: VoteHistory, opts: { prefix: string; until: Promise<void>; timeoutMs: number }): Promise<void> {
  return runVoteLoad({
    baseUrl: () => env.baseUrl,
    ballotId: env.ballotId,
    candidateIds: env.candidateIds,
    token: env.token,
    history,
    concurrency: 12,
    until: opts.until,
    accountPrefix: opts.prefix,
    timeoutMs: opts.timeoutMs,
  });
}
