import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { migrate } from '../../src/storage/migrate';

/**
 * Test databases. A template database with every migration applied is made once per set of
 * migrations (its name carries their hash); each test file clones it, which takes milliseconds.
 */
export const PG_BASE_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function migrationsHash(): string {
  const dir = path.resolve(__dirname, '../../migrations');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(path.join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

/**
 * A pool for a test's own queries. pool.end() resolves as soon as its clients are told to end, not
 * when they have closed, so a database dropped right after (WITH (FORCE), at teardown) can still
 * terminate one of them: without a listener, the pool's 'error' event would crash the test file.
 */
export function testPool(connectionString: string, max: number): Pool {
  const pool = new Pool({ connectionString, max });
  pool.on('error', () => {});
  return pool;
}

export const templateName = (): string => `ballot_tpl_${migrationsHash()}`;

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: `${PG_BASE_URL}/postgres` });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Makes the template for the current migrations unless it exists (safe across parallel runs). */
export async function ensureTemplate(): Promise<string> {
  const name = templateName();
  await admin(async (c) => {
    await c.query('SELECT pg_advisory_lock(7340099)');
    try {
      const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) return;
      const building = `${name}_build_${randomBytes(3).toString('hex')}`;
      await c.query(`CREATE DATABASE ${building}`);
      await migrate(`${PG_BASE_URL}/${building}`);
      await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } finally {
      await c.query('SELECT pg_advisory_unlock(7340099)');
    }
  });
  return name;
}

/** A fresh database for one test file, cloned from the template. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const template = await ensureTemplate();
  const name = `ballot_test_${randomBytes(5).toString('hex')}`;
  await admin(async (c) => {
    // Cloning needs the template free of other sessions; retry briefly if a sibling is cloning too.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (err) {
        if (attempt > 50) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  });
  return {
    url: `${PG_BASE_URL}/${name}`,
    name,
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/**
 * Deletes every Redis key under a test's prefix (SCAN, not KEYS: the server is shared). SCAN's
 * pattern and answers are whole key names, but a client with its own `keyPrefix` adds it to DEL's
 * arguments, so that part is taken off first (else nothing was deleted).
 */
export async function deleteRedisPrefix(redis: Redis, prefix: string): Promise<void> {
  const own = redis.options.keyPrefix ?? '';
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys.map((k) => (own && k.startsWith(own) ? k.slice(own.length) : k)));
  } while (cursor !== '0');
}
