import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../errors';
import { scrapeAllowed } from '../metrics-server';
import { pingDatabase } from '../../storage/db';

async function ping<T>(p: Promise<T>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([p.then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export default async function healthRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/health',
    { config: { auth: 'public' }, schema: { tags: ['operations'], response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['operations'],
        response: {
          200: z.object({ status: z.literal('ready'), postgres: z.boolean(), redis: z.boolean() }),
          503: z.object({ status: z.literal('unavailable'), postgres: z.boolean(), redis: z.boolean() }),
        },
      },
    },
    async (_request, reply) => {
      const [postgres, redis] = await Promise.all([ping(pingDatabase(app.pg), 1000), ping(app.redis.ping(), 1000)]);
      if (postgres && redis) return { status: 'ready' as const, postgres, redis };
      return reply.code(503).send({ status: 'unavailable' as const, postgres, redis });
    },
  );

  // On the public port only where the operator leaves it there (development, test); production
  // serves it on its own listener (src/http/metrics-server.ts, started by server.ts).
  const exposure = app.config.metrics;
  if (!exposure.onMainPort) return;
  app.get('/metrics', { config: { auth: 'public' }, schema: { tags: ['operations'], hide: true } }, async (request, reply) => {
    if (!scrapeAllowed(request.raw, exposure.token)) throw errors.unauthenticated('A scrape credential (METRICS_TOKEN) is required.');
    reply.type(app.metrics.registry.contentType);
    return app.metrics.scrape();
  });
}
