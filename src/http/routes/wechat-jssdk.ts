import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors';
import { errorResponse } from '../schemas';

const query = z.object({
  // The page's own address (WeChat checks it against the JS-safe domain); the #fragment is dropped.
  url: z
    .string()
    .max(2048)
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'an http(s) URL'),
});

const response = z.object({ appId: z.string(), timestamp: z.number().int(), nonceStr: z.string(), signature: z.string() });

/** The JS-SDK's wx.config values for the voter page's share card. */
export default async function wechatJssdkRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const limits = app.config.rateLimit;
  app.get(
    '/v1/wechat/jssdk-config',
    {
      config: {
        auth: 'public',
        ...(limits.enabled ? { rateLimit: { max: limits.authPerIpPerMin, timeWindow: 60_000, keyGenerator: (r) => `jssdk:${r.ip}` } } : {}),
      },
      schema: {
        tags: ['voter'],
        summary: 'WeChat JS-SDK configuration (signature) for a page URL',
        querystring: query,
        response: { 200: response, 400: errorResponse, 429: errorResponse, 502: errorResponse },
      },
    },
    async (request, reply) => {
      const result = await app.wechatJssdk.config(request.query.url, request.now);
      if (result.kind !== 'ok') {
        request.log.error({ wechat: { reason: result.reason } }, 'WeChat JS-SDK ticket unavailable');
        throw new AppError('WECHAT_UNAVAILABLE', 'WeChat is unavailable right now; sharing is off, voting is not affected.');
      }
      reply.header('cache-control', 'no-store');
      return { appId: result.appId, timestamp: result.timestamp, nonceStr: result.nonceStr, signature: result.signature };
    },
  );
}
