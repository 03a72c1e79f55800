import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { Config } from '../config';

/** Anything that can run a query: the pool, or a client inside a transaction. Repositories take one. */
export interface Executor {
  query<R extends QueryResultRow = QueryResultRow>(text: string | { name?: string; text: string; values?: unknown[] }, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

export function createPool(config: Config): Pool {
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: config.pgPoolMax,
    connectionTimeoutMillis: config.pgConnectTimeoutMs,
    // Every statement is bounded, so a stalled PostgreSQL produces a clear 503, not a hung request.
    statement_timeout: config.pgStatementTimeoutMs,
    query_timeout: config.pgStatementTimeoutMs + 1000,
    idleTimeoutMillis: 30000,
    application_name: 'ballot-service',
  });
  // An idle client that loses its connection (PostgreSQL restarted) emits here; the pool
  // replaces it. Without a listener the process would crash.
  pool.on('error', () => {});
  // A client that is checked out (after connect, between two queries of a transaction) when its
  // connection dies emits 'error' on itself, not on the pool, and an unheard 'error' crashes the
  // process. The caller's current or next query fails anyway and is handled there.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}

/** Runs `fn` in a transaction on its own client; commits, or rolls back and rethrows. */
export async function withTransaction<T>(pool: Pool, fn: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    throw err;
  } finally {
    client.release(broken);
  }
}

/** The cheapest statement there is: resolves when PostgreSQL answers. */
export async function pingDatabase(db: Executor): Promise<void> {
  await db.query('SELECT 1');
}
