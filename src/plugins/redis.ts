import fp from 'fastify-plugin';
import type Redis from 'ioredis';
import type { Config } from '../config';
import { createRedis, waitForRedis } from '../storage/redis';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis;
  }
}

/** The shared ioredis client: opened here, quit when the app closes. */
export const redisPlugin = fp<{ config: Config; redis?: Redis }>(
  async (app, opts) => {
    const owned = !opts.redis;
    const redis = opts.redis ?? createRedis(opts.config);
    app.decorate('redis', redis);
    if (owned && !(await waitForRedis(redis, 2000))) {
      app.log.warn('Redis is not answering; starting degraded (PostgreSQL alone)');
    }
    app.addHook('onClose', async () => {
      if (owned) await redis.quit().catch(() => redis.disconnect());
    });
  },
  { name: 'redis' },
);
