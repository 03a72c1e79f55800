import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { ALLOCATOR_ENV } from '../../src/allocator-env';

/**
 * A throw-away environment for one load/soak run: its own PostgreSQL database (created by the
 * service itself on start), its own Redis key prefix and its own token secret, so a run never
 * touches anybody else's data and can be removed completely afterwards.
 */
export interface ScratchEnv {
  runId: string;
  databaseUrl: string;
  databaseName: string;
  redisUrl: string;
  redisKeyPrefix: string;
  voterTokenSecret: string;
  logDir: string;
}

export function createScratchEnv(kind: 'load' | 'soak'): ScratchEnv {
  const runId = randomBytes(4).toString('hex');
  const pgBase = process.env.LOAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const databaseName = `ballot_${kind}_${runId}`;
  return {
    runId,
    databaseName,
    databaseUrl: `${pgBase.replace(/\/+$/, '')}/${databaseName}`,
    redisUrl: process.env.LOAD_REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisKeyPrefix: `${kind}_${runId}:`,
    voterTokenSecret: randomBytes(32).toString('base64url'),
    logDir: os.tmpdir(),
  };
}

export function logFileFor(env: ScratchEnv, name: string): string {
  return path.join(env.logDir, `ballot-${env.runId}-${name}.log`);
}

/** The service's environment: production mode, rate limits on but far above what one load generator sends. */
export function serviceEnv(env: ScratchEnv, port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const high = String(1_000_000_000);
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: env.databaseUrl,
    DATABASE_CREATE: 'true',
    REDIS_URL: env.redisUrl,
    REDIS_KEY_PREFIX: env.redisKeyPrefix,
    VOTER_TOKEN_SECRET: env.voterTokenSecret,
    RATE_LIMIT_ENABLED: 'true',
    RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN: high,
    RATE_LIMIT_VOTE_PER_IP_PER_MIN: high,
    RATE_LIMIT_AUTH_PER_IP_PER_MIN: high,
    RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN: high,
    // DETECT_INTERVAL_MS is left at the service default: fraud bookkeeping stays on.
    // The allocator settings production runs with (Dockerfile, npm start).
    ...ALLOCATOR_ENV,
    ...extra,
  };
}

/** Drops the scratch database (after the service has stopped; FORCE ends stray sessions). */
export async function dropDatabase(env: ScratchEnv): Promise<void> {
  const url = new URL(env.databaseUrl);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${env.databaseName.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Deletes every key under this run's prefix (SCAN + UNLINK; never FLUSHDB: Redis is shared). */
export async function deleteRedisKeys(env: ScratchEnv): Promise<number> {
  const redis = new Redis(env.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    // Bounded: at most 100k SCAN round trips.
    for (let i = 0; i < 100_000; i++) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.redisKeyPrefix}*`, 'COUNT', 1000);
      if (keys.length > 0) deleted += await redis.unlink(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}
