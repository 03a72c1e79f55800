import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config';
import { sendError } from '../../plugins/error-handler';
import { errors } from '../../errors';
import healthRoutes from './health';
import testClockRoutes from './test-clock';
import ballotRoutes from './ballots';
import auditLogRoutes from './audit-log';
import authRoutes from './auth-wechat';
import voteRoutes from './votes';
import scoreRoutes from './scores';
import flagRoutes from './flags';
import flagContextRoutes from './flag-context';
import staffRoutes from './staff';
import clientConfigRoutes from './client-config';
import wechatJssdkRoutes from './wechat-jssdk';

/** Every route module, by area. */
export async function registerRoutes(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(healthRoutes);
  if (config.allowTestClock) await app.register(testClockRoutes);
  await app.register(ballotRoutes);
  await app.register(auditLogRoutes);
  await app.register(authRoutes);
  await app.register(voteRoutes);
  await app.register(scoreRoutes);
  await app.register(flagRoutes);
  await app.register(flagContextRoutes);
  await app.register(staffRoutes);
  await app.register(clientConfigRoutes);
  await app.register(wechatJssdkRoutes);

  // Unknown paths are rate-limited per IP, so scanning for routes is slow and cheap for us.
  app.setNotFoundHandler(
    {
      preHandler: config.rateLimit.enabled
        ? app.rateLimit({ max: config.rateLimit.notFoundPerIpPerMin, timeWindow: 60_000, keyGenerator: (r) => `404:${r.clientIp}` })
        : undefined,
    },
    (request, reply) => sendError(request, reply, errors.notFound('resource')),
  );
}
