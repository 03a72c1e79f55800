import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { Pool } from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { FixedClock, type Clock } from '../../src/clock';
import { apiKeysRepository, generateApiKey, hashApiKey, type StaffRole } from '../../src/storage/api-keys-repository';
import { createTestDatabase, deleteRedisPrefix, REDIS_URL, testPool } from './databases';

export interface TestContext {
  app: FastifyInstance;
  config: Config;
  /** A pool of the test's own, for asserting on PostgreSQL directly. */
  pool: Pool;
  clock: FixedClock;
  redisPrefix: string;
  /** Builds another app instance on the same database and Redis prefix (multi-instance tests). */
  buildAnother(clock?: Clock): Promise<FastifyInstance>;
  staffKey(role: StaffRole, label?: string): Promise<string>;
  voterToken(openid: string, now?: Date): string;
  /** Deletes every Redis key of this test (what a Redis restart without persistence does). */
  flushRedis(): Promise<void>;
  close(): Promise<void>;
}

export interface TestOptions {
  env?: Record<string, string>;
  /** Start the fixed clock here (default 2026-06-01T02:00:00Z). */
  now?: string;
}

/** A full app against the real PostgreSQL (own database) and Redis (own key prefix). */
export async function createTestContext(opts: TestOptions = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const redisPrefix = `t:${randomBytes(5).toString('hex')}:`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL,
    REDIS_KEY_PREFIX: redisPrefix,
    LOG_LEVEL: 'silent',
    DETECT_INTERVAL_MS: '0',
    VOTER_TOKEN_SECRET: 'test-secret-test-secret-test-secret-0123',
    PG_POOL_MAX: '10',
    ...opts.env,
  });
  const clock = new FixedClock(new Date(opts.now ?? '2026-06-01T02:00:00.000Z'));
  const apps: FastifyInstance[] = [];
  const build = async (c: Clock = clock) => {
    const a = await buildApp(config, { clock: c });
    await a.ready();
    apps.push(a);
    return a;
  };
  const app = await build();
  const pool = testPool(db.url, 4);
  const raw = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
  let keyCounter = 0;
  const flushRedis = () => deleteRedisPrefix(raw, redisPrefix);

  return {
    app,
    config,
    pool,
    clock,
    redisPrefix,
    buildAnother: build,
    async staffKey(role, label) {
      const key = generateApiKey();
      await apiKeysRepository(pool).insert({ label: label ?? `${role}-${++keyCounter}-${randomBytes(3).toString('hex')}`, role, keyHash: hashApiKey(key), now: clock.now() });
      return key;
    },
    voterToken(openid, now) {
      return app.voterTokens.mint(openid, now ?? clock.now()).token;
    },
    flushRedis,
    async close() {
      for (const a of apps) await a.close();
      await flushRedis().catch(() => {});
      raw.disconnect();
      await pool.end();
      await db.drop();
    },
  };
}

/** `Authorization` header for a bearer credential. */
export const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
