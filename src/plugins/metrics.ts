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
    };
    app.decorate('metrics', metrics);
    app.addHook('onResponse', async (request, reply) => {
      metrics.httpDuration.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
  },
  { name: 'metrics' },
);
