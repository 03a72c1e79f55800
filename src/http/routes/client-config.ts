import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const clientConfigResponse = z.object({
  wechatAppId: z.string(),
  oauthAuthorizeUrl: z.string(),
  oauthScope: z.literal('snsapi_base'),
  /** Production: the page asks people outside WeChat to open the link in WeChat. */
  requireWechat: z.boolean(),
  /** The service's "now", so the page's countdowns run on the service's clock, not the phone's. */
  serverTime: z.string(),
});

/** What the voter page needs to start WeChat sign-in; public, the same for everyone. */
export default async function clientConfigRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const settings = {
    wechatAppId: app.config.wechat.appId,
    oauthAuthorizeUrl: app.config.wechat.oauthAuthorizeUrl,
    oauthScope: 'snsapi_base',
    requireWechat: app.config.nodeEnv === 'production',
  } as const;
  app.get(
    '/v1/client-config',
    {
      config: { auth: 'public' },
      schema: { tags: ['voter'], summary: 'Settings the voter page needs to sign in', response: { 200: clientConfigResponse } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { ...settings, serverTime: request.now.toISOString() };
    },
  );
}
