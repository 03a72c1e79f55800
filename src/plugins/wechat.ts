import fp from 'fastify-plugin';
import { createJssdkService, type JssdkService } from '../services/wechat-jssdk';

declare module 'fastify' {
  interface FastifyInstance {
    wechatJssdk: JssdkService;
  }
}

/** WeChat's server APIs beyond sign-in: the JS-SDK's ticket, shared through Redis. */
export const wechatPlugin = fp(
  async (app) => {
    const { wechat, nodeEnv } = app.config;
    app.decorate(
      'wechatJssdk',
      createJssdkService({
        redis: app.redis,
        appId: wechat.appId,
        secret: wechat.secret,
        apiBase: wechat.apiBase,
        timeoutMs: wechat.timeoutMs,
        requireCredentials: nodeEnv === 'production',
      }),
    );
  },
  { name: 'wechat', dependencies: ['redis', 'services'] },
);
