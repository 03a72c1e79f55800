import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../config';
import { AppError } from '../errors';

/**
 * @fastify/rate-limit on the shared Redis, so limits hold across instances. Nothing is limited
 * globally: routes opt in with `config.rateLimit`. When Redis fails the limiter lets requests
 * through (skipOnError): voting must go on through PostgreSQL alone.
 */
export const rateLimitPlugin = fp<{ config: Config }>(
  // config is accepted for symmetry with the other plugins; limits themselves are per route.
  
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      redis: app.redis,
      nameSpace: 'rl:',
      skipOnError: true,
      keyGenerator: (request) => request.clientIp,
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`),
      enableDraftSpec: false,
    });
  },
  { name: 'rate-limit-setup', dependencies: ['redis'] },
);
