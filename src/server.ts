import cluster from 'node:cluster';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { loadConfig } from './config';
import { LOG_REDACT } from './log-redact';
import { runPrimary } from './cluster-primary';
import { missingAllocatorEnv } from './allocator-env';
import { ensureDatabase, migrate } from './storage/migrate';

/**
 * Process concerns only: configuration, logger, migrations, listen, graceful shutdown. With
 * WEB_CONCURRENCY > 1 this process becomes the cluster primary (cluster-primary.ts) and the same
 * file runs again in each worker, which serves HTTP.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = {
    level: config.logLevel,
    redact: { paths: LOG_REDACT, censor: '[redacted]' },
  };
  const clustered = config.webConcurrency > 1;

  if (config.databaseCreate) await ensureDatabase(config.migrationDatabaseUrl);
  if (config.migrateOnStart) await migrate(config.migrationDatabaseUrl);

  if (clustered && cluster.isPrimary) {
    // The database is created and migrated once, here; the workers skip both.
    const code = await runPrimary({
      workers: config.webConcurrency,
      log: pino(logger),
      workerEnv: { DATABASE_CREATE: 'false', MIGRATE_ON_START: 'false' },
    });
    process.exit(code);
  }

  // Loaded only here, in the process that serves HTTP: the cluster primary never needs Fastify or
  // the routes, and leaving them out keeps its memory small.
  const { buildApp } = await import('./app');
  const { joinClusterMetrics } = await import('./cluster-metrics');
  const app = await buildApp(config, { logger });
  if (config.voterTokenSecretIsDefault) {
    app.log.warn('VOTER_TOKEN_SECRET is not set: using a random development secret kept in the database (refused in production)');
  }
  const allocator = missingAllocatorEnv(process.env);
  if (config.nodeEnv === 'production' && allocator.length > 0) {
    app.log.warn({ missing: allocator }, `${allocator.join(', ')} not set: RSS runs higher after detection passes (see src/allocator-env.ts; the Dockerfile and npm start set it)`);
  }
  if (clustered) joinClusterMetrics(app.metrics);
  if (config.nodeEnv === 'production') {
    const { auditLogRewritable } = await import('./storage/audit-privileges');
    if (await auditLogRewritable(app.pg).catch(() => false)) {
      app.log.warn('DATABASE_URL connects as a role that can rewrite the audit log; connect as a member of ballot_service and migrate with MIGRATION_DATABASE_URL (see README)');
    }
  }
  // The separate metrics listener (production by default): internal address, never the public port.
  const { startMetricsServer } = await import('./http/metrics-server');
  const metricsPort = config.metrics.port;
  const metricsServer = metricsPort === null ? null : await startMetricsServer(app.metrics, { ...config.metrics, port: metricsPort });
  if (metricsServer) app.log.info({ host: config.metrics.host, port: metricsServer.port }, 'metrics listener started');

  // On SIGTERM/SIGINT: stop accepting, let in-flight requests finish (and their votes commit),
  // close pools, exit. A second signal or 10 s forces the exit.
  const closer = closeWithGrace({ delay: 10_000, ...(clustered ? { skip: ['SIGTERM', 'SIGINT'] } : {}) }, async ({ signal, err, manual }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else if (!manual) app.log.info({ signal }, 'shutting down'); // a manual close (below) logs its own signal
    await app.close();
    await metricsServer?.close();
  });
  if (clustered) {
    // A cluster worker drains on the primary's SIGTERM; forcing is the primary's job (second signal,
    // 15 s). A Ctrl-C reaches the whole process group, and systemd signals every process of the
    // unit: a repeated signal must not count as close-with-grace's "second signal, exit 1 now".
    let draining = false;
    const drain = (signal: NodeJS.Signals) => {
      if (draining) return;
      draining = true;
      app.log.info({ signal }, 'shutting down');
      void closer.close();
    };
    process.on('SIGTERM', drain);
    process.on('SIGINT', () => {}); // the primary relays it as SIGTERM
  }

  await app.listen({ port: config.port, host: config.host });
}

main().catch((err) => {
  // Configuration errors name the variable, never its value.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
