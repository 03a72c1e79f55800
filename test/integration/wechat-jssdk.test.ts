import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { REDIS_URL } from '../helpers/databases';
import { closedPort, FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../helpers/fake-wechat';

/** GET /v1/wechat/jssdk-config against the fake WeChat: signature, shared cache, refresh, failure. */
describe('GET /v1/wechat/jssdk-config', () => {
  let fake: FakeWechat;
  let ctx: TestContext;
  let redis: Redis;
  const PAGE = 'https://vote.example.gov.cn/vote/?ballot=abc';

  beforeAll(async () => {
    fake = await startFakeWechat();
    ctx = await createTestContext({ env: { WECHAT_APPID: FAKE_APPID, WECHAT_SECRET: FAKE_SECRET, WECHAT_API_BASE: fake.baseUrl, RATE_LIMIT_ENABLED: 'false' } });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await ctx.close();
    await fake.close();
  });
  beforeEach(async () => {
    await ctx.flushRedis();
    fake.requests.length = 0;
  });

  const get = (url: string, app = ctx.app) => app.inject({ url: `/v1/wechat/jssdk-config?url=${encodeURIComponent(url)}` });
  const count = (path: string) => fake.requests.filter((r) => r.path === path).length;
  const cachedTicket = async () => JSON.parse((await redis.get(`${ctx.redisPrefix}wechat:jsapi-ticket`))!).value as string;
  const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

  it('answers WeChat\'s wx.config values, signed over the ticket WeChat issued and the URL without its fragment', async () => {
    const res = await get(`${PAGE}#wechat_redirect`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ appId: FAKE_APPID, timestamp: Math.floor(ctx.clock.now().getTime() / 1000), nonceStr: expect.stringMatching(/^[0-9a-f]{24}$/), signature: expect.stringMatching(/^[0-9a-f]{40}$/) });
    const ticket = await cachedTicket();
    expect(ticket).toMatch(/^TICKET_/);
    expect(body.signature).toBe(sha1(`jsapi_ticket=${ticket}&noncestr=${body.nonceStr}&timestamp=${body.timestamp}&url=${PAGE}`));
    expect(res.headers['cache-control']).toBe('no-store');
    // Our credentials went to WeChat and only to WeChat.
    expect(fake.requests.find((r) => r.path === '/cgi-bin/token')?.query).toMatchObject({ grant_type: 'client_credential', appid: FAKE_APPID, secret: FAKE_SECRET });
    expect(res.body).not.toContain(FAKE_SECRET);
  });

  it('two instances and 20 concurrent asks fetch one access_token and one ticket between them', async () => {
    const other = await ctx.buildAnother();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => get(`${PAGE}&n=${i}`, i % 2 ? other : ctx.app)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    expect(count('/cgi-bin/token')).toBe(1);
    expect(count('/cgi-bin/ticket/getticket')).toBe(1);
  });

  it('refreshes the ticket before it expires, not after', async () => {
    await get(PAGE);
    const first = await cachedTicket();
    ctx.clock.advance((7200 - 600) * 1000); // 10 minutes left: still outside the 5-minute margin
    await get(PAGE);
    expect(await cachedTicket()).toBe(first);
    expect(count('/cgi-bin/ticket/getticket')).toBe(1);
    ctx.clock.advance(6 * 60 * 1000); // 4 minutes left: refreshed now
    const res = await get(PAGE);
    expect(res.statusCode).toBe(200);
    expect(count('/cgi-bin/ticket/getticket')).toBe(2);
    expect(count('/cgi-bin/token')).toBe(2);
    expect(await cachedTicket()).not.toBe(first);
  });

  it('WeChat unreachable: 502 WECHAT_UNAVAILABLE, nothing cached', async () => {
    const down = await createTestContext({ env: { WECHAT_APPID: FAKE_APPID, WECHAT_SECRET: FAKE_SECRET, WECHAT_API_BASE: `http://127.0.0.1:${await closedPort()}` } });
    try {
      const res = await get(PAGE, down.app);
      expect(res.statusCode).toBe(502);
      expect(res.json()).toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
      expect(await redis.exists(`${down.redisPrefix}wechat:jsapi-ticket`)).toBe(0);
    } finally {
      await down.close();
    }
  });

  it.each(['not a url', 'javascript:alert(1)', `https://x.cn/${'a'.repeat(2100)}`])('refuses url=%j with 400', async (url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(fake.requests).toHaveLength(0);
  });
});
