import fp from 'fastify-plugin';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: AppMetrics;
  }
}

export interface AppMetrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  votes: Counter<'outcome'>;
  fallbacks: Counter<'store' | 'operation'>;
  /** Group commit: votes per INSERT statement, and how long each statement took (queue excluded). */
  voteBatchSize: Histogram;
  voteBatchSeconds: Histogram;
  /** What GET /metrics answers: this registry, or the whole cluster's once server.ts made this
   * process a cluster worker (joinClusterMetrics in cluster-metrics.ts). */
  scrape: () => Promise<string>;
}

/** Prometheus metrics on a registry of this app's own (tests build many apps in one process). */
export const metricsPlugin = fp<{ collectDefaults?: boolean }>(
  async (app, opts) => {
    const registry = new Registry();
    if (opts.collectDefaults !== false) collectDefaultMetrics({ register: registry });
    const metrics: AppMetrics = {
      registry,
      httpDuration: new Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP request duration by route template and status',
        labelNames: ['method', 'route', 'status'],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [registry],
      }),
      votes: new Counter({ name: 'votes_total', help: 'Vote requests by outcome', labelNames: ['outcome'], registers: [registry] }),
      fallbacks: new Counter({
        name: 'store_fallbacks_total',
        help: 'Operations that fell back to PostgreSQL because Redis failed',
        labelNames: ['store', 'operation'],
        registers: [registry],
      }),
      voteBatchSize: new Histogram({
        name: 'vote_batch_size',
        help: 'Votes written by one group-commit INSERT statement',
        buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
        registers: [registry],
      }),
      voteBatchSeconds: new Histogram({
        name: 'vote_batch_duration_seconds',
        help: 'Time from taking a connection to the commit of one group-commit batch',
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
        registers: [registry],
      }),
      scrape: () => registry.metrics(),
    };
    app.decorate('metrics', metrics);
    // One labelled child per (method, route, status), looked up by a string key: prom-client would
    // otherwise hash the label object on every observation. Routes are templates and statuses are
    // few, so the map stays small.
    const children = new Map<string, { observe(v: number): void }>();
    app.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const key = `${request.method} ${route} ${reply.statusCode}`;
      let child = children.get(key);
      if (!child) {
        child = metrics.httpDuration.labels({ method: request.method, route, status: String(reply.statusCode) });
        children.set(key, child);
      }
      child.observe(reply.elapsedTime / 1000);
      done();
    });
  },
  { name: 'metrics' },
);
