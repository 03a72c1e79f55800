import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const clientConfigResponse = z.object({
  wechatAppId: z.string(),
  oauthAuthorizeUrl: z.string(),
  oauthScope: z.literal('snsapi_base'),
  /** Production: the page asks people outside WeChat to open the link in WeChat. */
  requireWechat: z.boolean(),
});

/** What the voter page needs to start WeChat sign-in; public, the same for everyone. */
export default async function clientConfigRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const body: z.infer<typeof clientConfigResponse> = {
    wechatAppId: app.config.wechat.appId,
    oauthAuthorizeUrl: app.config.wechat.oauthAuthorizeUrl,
    oauthScope: 'snsapi_base',
    requireWechat: app.config.nodeEnv === 'production',
  };
  app.get(
    '/v1/client-config',
    {
      config: { auth: 'public' },
      schema: { tags: ['voter'], summary: 'Settings the voter page needs to sign in', response: { 200: clientConfigResponse } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return body;
    },
  );
}
