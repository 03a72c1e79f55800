import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoInstant } from '../schemas';

/**
 * The shared test clock (only registered with ALLOW_TEST_CLOCK=1, which production refuses).
 * Setting it freezes the service's time at that instant for every instance on the same Redis.
 */
export default async function testClockRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const clockBody = z.object({ now: z.string() });

  app.get('/v1/test/clock', { config: { auth: ['admin'] }, schema: { tags: ['test'], response: { 200: clockBody } } }, async (request) => ({
    now: request.now.toISOString(),
  }));

  app.put(
    '/v1/test/clock',
    { config: { auth: ['admin'] }, schema: { tags: ['test'], body: z.object({ now: isoInstant }), response: { 200: clockBody } } },
    async (request) => {
      const at = new Date(request.body.now);
      await app.testClock!.set(at);
      request.log.info({ now: at.toISOString() }, 'test clock set');
      return { now: at.toISOString() };
    },
  );

  app.delete('/v1/test/clock', { config: { auth: ['admin'] }, schema: { tags: ['test'], response: { 200: clockBody } } }, async () => {
    await app.testClock!.clear();
    return { now: (await app.currentTime()).toISOString() };
  });
}
