import fp from 'fastify-plugin';
import { createFlagService, type FlagService } from '../services/flag-service';
import { createDetectionJob } from '../services/detection-job';
import { createDetectionWorker } from '../services/detection-worker';

declare module 'fastify' {
  interface FastifyInstance {
    flagService: FlagService;
  }
}

/**
 * Stuffing detection: the worker thread every pass runs in (background and detect-now alike), the
 * flag service over it, and the background job, started when the app is ready and awaited on close.
 */
export const detectionPlugin = fp(
  async (app) => {
    const worker = createDetectionWorker({
      databaseUrl: app.config.databaseUrl,
      statementTimeoutMs: app.config.pgStatementTimeoutMs,
      connectTimeoutMs: app.config.pgConnectTimeoutMs,
      passTimeoutMs: app.config.detectPassTimeoutMs,
      maxHeapMb: app.config.detectWorkerMaxHeapMb,
    });
    const flags = createFlagService(
      app.pg,
      (ballotId, cutAt) => worker.run(ballotId, cutAt),
      (ballotId) => app.scoreEvents.changed(ballotId),
    );
    app.decorate('flagService', flags);

    const job = createDetectionJob({
      pool: app.pg,
      redis: app.redis,
      flags,
      intervalMs: app.config.detectIntervalMs,
      currentTime: () => app.currentTime(),
      log: app.log.child({ job: 'detection' }),
      registry: app.metrics.registry,
    });
    app.addHook('onReady', async () => job.start());
    app.addHook('onClose', async () => {
      // Ending the worker fails the pass in progress at once; then the job's loop winds down.
      const stopping = job.stop();
      await worker.close();
      await stopping;
    });
  },
  { name: 'detection', dependencies: ['services', 'metrics', 'pg', 'redis', 'clock', 'score-events'] },
);
