import { Pool } from 'pg';
import type { Config } from '../config';

/**
 * Ledger exports' own PostgreSQL connections. An export holds one connection in a REPEATABLE READ
 * transaction for as long as its client reads; on the main pool, a handful of slow readers took
 * every connection and voting failed with 503. Here they compete only with each other, and the
 * budget is small: PostgreSQL sees at most PG_POOL_MAX + EXPORT_MAX_CONCURRENT (+ the detection
 * worker's) connections per instance.
 */
export function createExportPool(config: Config): Pool {
  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: config.exports.maxConcurrent,
    connectionTimeoutMillis: config.pgConnectTimeoutMs,
    statement_timeout: config.pgStatementTimeoutMs,
    query_timeout: config.pgStatementTimeoutMs + 1000,
    idleTimeoutMillis: 10_000,
    application_name: 'ballot-service-export',
  });
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}
