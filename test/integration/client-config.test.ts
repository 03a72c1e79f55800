import { createTestContext, type TestContext } from '../helpers/test-app';

describe('GET /v1/client-config', () => {
  let ctx: TestContext;
  afterEach(() => ctx?.close());

  it('gives the page what it needs to start WeChat sign-in', async () => {
    ctx = await createTestContext({ env: { WECHAT_APPID: 'wxabc', WECHAT_OAUTH_AUTHORIZE_URL: 'https://oauth.example.cn/authorize' } });
    const res = await ctx.app.inject({ url: '/v1/client-config' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      wechatAppId: 'wxabc',
      oauthAuthorizeUrl: 'https://oauth.example.cn/authorize',
      oauthScope: 'snsapi_base',
      requireWechat: false,
      serverTime: ctx.clock.now().toISOString(),
    });
    // It carries the service's time: never cached.
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('defaults to WeChat\'s own authorize URL and never carries the secret', async () => {
    ctx = await createTestContext({ env: { WECHAT_APPID: 'wxabc', WECHAT_SECRET: 'very-secret-value-0123456789' } });
    const res = await ctx.app.inject({ url: '/v1/client-config' });
    expect(res.json().oauthAuthorizeUrl).toBe('https://open.weixin.qq.com/connect/oauth2/authorize');
    expect(res.body).not.toContain('very-secret-value');
  });
});

it('production asks the page to require WeChat', async () => {
  const ctx = await createTestContext({ env: { NODE_ENV: 'production', WECHAT_APPID: 'wxabc', WECHAT_SECRET: 's' } });
  try {
    expect((await ctx.app.inject({ url: '/v1/client-config' })).json().requireWechat).toBe(true);
  } finally {
    await ctx.close();
  }
});
