import { Writable } from 'node:stream';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp, LOG_REDACT } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { closedPort, FAKE_APPID, FAKE_SECRET, startFakeWechat, type FakeWechat } from '../helpers/fake-wechat';

const OPENID = 'oAbCdEfGhIjKlMnOpQrStUvWxYz0';
/** The slow-WeChat test's timeout; the others get a roomy one so a busy CI machine does not flake. */
const TIMEOUT_MS = 300;

describe('POST /v1/auth/wechat', () => {
  let fake: FakeWechat;
  let ctx: TestContext;
  const extraApps: FastifyInstance[] = [];

  /** Another app on the test's database and Redis, with a different config (closed port, logger…). */
  async function appWith(config: Config, logger?: pino.Logger): Promise<FastifyInstance> {
    const a = await buildApp(config, { clock: ctx.clock, logger });
    await a.ready();
    extraApps.push(a);
    return a;
  }

  const signIn = (app: FastifyInstance, payload: unknown, extra: { headers?: Record<string, string>; query?: string } = {}) =>
    app.inject({ method: 'POST', url: `/v1/auth/wechat${extra.query ?? ''}`, payload: payload as object, headers: extra.headers });

  beforeAll(async () => {
    fake = await startFakeWechat();
    ctx = await createTestContext({
      env: { WECHAT_APPID: FAKE_APPID, WECHAT_SECRET: FAKE_SECRET, WECHAT_API_BASE: fake.baseUrl, WECHAT_TIMEOUT_MS: '5000' },
    });
  });
  afterAll(async () => {
    for (const a of extraApps) await a.close();
    await ctx.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  it('exchanges the code at WeChat and issues a voter token for the openid WeChat returned', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const res = await signIn(ctx.app, { code: 'CODE_0123456789abcdef', state: 'page-state-1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    expect(ctx.app.voterTokens.verify(body.token, ctx.clock.now())).toBe(OPENID);
    // Expiry: the injected clock plus VOTER_TOKEN_TTL_S (default one day), in API.md's format.
    expect(body.expiresAt).toBe(new Date(ctx.clock.now().getTime() + 86400_000).toISOString());

    expect(fake.requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      {
        method: 'GET',
        path: '/sns/oauth2/access_token',
        query: { appid: FAKE_APPID, secret: FAKE_SECRET, code: 'CODE_0123456789abcdef', grant_type: 'authorization_code' },
      },
    ]);
  });

  it('the issued token signs the voter in on a voter route (and expires with the clock)', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const { token } = (await signIn(ctx.app, { code: 'c1' })).json();
    expect(ctx.app.voterTokens.verify(token, new Date(ctx.clock.now().getTime() + 86399_000))).toBe(OPENID);
    expect(ctx.app.voterTokens.verify(token, new Date(ctx.clock.now().getTime() + 86400_000))).toBeNull();
  });

  it('encodes a code with URL-special characters instead of letting it add parameters', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const res = await signIn(ctx.app, { code: 'a&openid=evil&secret=x#frag' });
    expect(res.statusCode).toBe(200);
    expect(fake.requests[0].query).toEqual({ appid: FAKE_APPID, secret: FAKE_SECRET, code: 'a&openid=evil&secret=x#frag', grant_type: 'authorization_code' });
  });

  it('a unionid in the answer does not change the subject: it is the openid', async () => {
    fake.respond({ kind: 'success', openid: OPENID, unionid: 'uNiOnId_0123456789abcdefghij' });
    const res = await signIn(ctx.app, { code: 'c2' });
    expect(res.statusCode).toBe(200);
    expect(ctx.app.voterTokens.verify(res.json().token, ctx.clock.now())).toBe(OPENID);
  });

  it('never trusts an openid sent by the client (body, query or header)', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const res = await signIn(ctx.app, { code: 'c3', openid: 'attacker-chosen', unionid: 'attacker-chosen' }, {
      query: '?openid=attacker-chosen',
      headers: { 'x-openid': 'attacker-chosen', 'x-wechat-openid': 'attacker-chosen' },
    });
    expect(res.statusCode).toBe(200);
    expect(ctx.app.voterTokens.verify(res.json().token, ctx.clock.now())).toBe(OPENID);
  });

  it('is_snapshotuser 0 is an ordinary user', async () => {
    fake.respond({ kind: 'success', openid: OPENID, isSnapshotUser: 0 });
    expect((await signIn(ctx.app, { code: 'c4' })).statusCode).toBe(200);
  });

  it('is_snapshotuser 1 is 403 SNAPSHOT_USER and no token', async () => {
    fake.respond({ kind: 'success', openid: OPENID, isSnapshotUser: 1 });
    const res = await signIn(ctx.app, { code: 'c5' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ statusCode: 403, code: 'SNAPSHOT_USER', message: expect.any(String), requestId: expect.any(String) });
  });

  it.each([
    [40029, 'invalid code'],
    [40163, 'code been used'],
    [42003, 'code expired'],
    [40030, 'invalid refresh_token'],
    [41008, 'missing code'],
  ])('WeChat errcode %i (%s) is 401 WECHAT_CODE_REJECTED', async (errcode, errmsg) => {
    fake.respond({ kind: 'errcode', errcode, errmsg });
    const res = await signIn(ctx.app, { code: 'c6' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ statusCode: 401, code: 'WECHAT_CODE_REJECTED', requestId: expect.any(String) });
    expect(res.json().token).toBeUndefined();
  });

  it.each([
    [40013, 'invalid appid'],
    [40125, 'invalid appsecret'],
    [40001, 'invalid credential'],
    [40164, 'invalid ip, not in whitelist'],
    [-1, 'system error'],
    [45011, 'api minute-quota reach limit'],
    [99999, 'an errcode nobody has seen'],
  ])('WeChat errcode %i (%s: our side or WeChat\'s, not the voter\'s) is 502 WECHAT_UNAVAILABLE', async (errcode, errmsg) => {
    fake.respond({ kind: 'errcode', errcode, errmsg });
    const res = await signIn(ctx.app, { code: 'c7' });
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ statusCode: 502, code: 'WECHAT_UNAVAILABLE' });
  });

  it.each<[string, { status: number; body: string; contentType?: string }]>([
    ['an HTML error page', { status: 200, body: '<html><body>502 Bad Gateway</body></html>' }],
    ['HTTP 500', { status: 500, body: '{"errcode":-1}', contentType: 'application/json' }],
    ['HTTP 302 to elsewhere', { status: 302, body: '' }],
    ['an empty body', { status: 200, body: '' }],
    ['a JSON array', { status: 200, body: '[]', contentType: 'application/json' }],
    ['JSON null', { status: 200, body: 'null', contentType: 'application/json' }],
    ['JSON without openid', { status: 200, body: '{"access_token":"x","expires_in":7200}' }],
    ['a numeric openid', { status: 200, body: '{"openid":12345}' }],
    ['an empty openid', { status: 200, body: '{"openid":""}' }],
    ['an openid with spaces and slashes', { status: 200, body: '{"openid":"../etc passwd"}' }],
    ['a 129-char openid', { status: 200, body: JSON.stringify({ openid: 'o'.repeat(129) }) }],
    ['a huge body', { status: 200, body: JSON.stringify({ openid: OPENID, pad: 'x'.repeat(100_000) }) }],
  ])('WeChat answering %s is 502 WECHAT_UNAVAILABLE', async (_name, raw) => {
    fake.respond({ kind: 'raw', ...raw });
    const res = await signIn(ctx.app, { code: 'c8' });
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
  });

  it('a WeChat slower than WECHAT_TIMEOUT_MS is 502 after the timeout, not a hang', async () => {
    const app = await appWith({ ...ctx.config, wechat: { ...ctx.config.wechat, timeoutMs: TIMEOUT_MS } });
    fake.respond({ kind: 'hang' });
    const started = process.hrtime.bigint();
    const res = await signIn(app, { code: 'c9' });
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
    expect(elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(elapsedMs).toBeLessThan(TIMEOUT_MS + 1500);
    expect(fake.requests).toHaveLength(1);
    // The service gave up on WeChat's connection too, not only on its own answer.
    await fake.requests[0]!.closed;
  });

  it('WeChat unreachable (nothing listening) is 502 WECHAT_UNAVAILABLE', async () => {
    const port = await closedPort();
    const app = await appWith({ ...ctx.config, wechat: { ...ctx.config.wechat, apiBase: `http://127.0.0.1:${port}` } });
    const res = await signIn(app, { code: 'c10' });
    expect(res.statusCode).toBe(502);
    expect(res.json()).toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
  });

  it('in production, with no WECHAT_APPID/WECHAT_SECRET configured it is 502 without calling anyone', async () => {
    const app = await appWith({ ...ctx.config, nodeEnv: 'production', wechat: { ...ctx.config.wechat, appId: '', secret: '' } });
    const res = await signIn(app, { code: 'c11' });
    expect(res.statusCode).toBe(502);
    expect(fake.requests).toHaveLength(0);
  });

  it('outside production, with no credentials configured, it still asks WeChat (a local fake or sandbox works)', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const app = await appWith({ ...ctx.config, nodeEnv: 'development', wechat: { ...ctx.config.wechat, appId: '', secret: '' } });
    const res = await signIn(app, { code: 'c12' });
    expect(res.statusCode).toBe(200);
    expect(fake.requests).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['no code', {}],
    ['an empty code', { code: '' }],
    ['a 513-char code', { code: 'c'.repeat(513) }],
    ['a code with a space', { code: 'ab cd' }],
    ['a code with a newline', { code: 'ab\ncd' }],
    ['a numeric code', { code: 12345 }],
    ['a 129-char state', { code: 'ok', state: 's'.repeat(129) }],
    ['an array body', [{ code: 'ok' }]],
  ])('%s is 400 VALIDATION_FAILED and WeChat is not called', async (_name, payload) => {
    const res = await signIn(ctx.app, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(fake.requests).toHaveLength(0);
  });

  it('accepts the longest allowed code and state', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const res = await signIn(ctx.app, { code: 'c'.repeat(512), state: 's'.repeat(128) });
    expect(res.statusCode).toBe(200);
  });

  it('counts exchanges by outcome in /metrics', async () => {
    fake.respond({ kind: 'errcode', errcode: 40163 });
    await signIn(ctx.app, { code: 'c12' });
    const metrics = await ctx.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/wechat_exchanges_total\{outcome="code-rejected"\} [1-9]/);
  });

  it('never logs the code, the app secret, WeChat\'s tokens or the issued token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    // The production logger's options (server.ts), at the most verbose level.
    const logger = pino({ level: 'trace', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, sink);
    const app = await appWith(ctx.config, logger);

    const code = 'SECRET_CODE_9f8e7d6c5b4a';
    fake.respond({ kind: 'success', openid: OPENID });
    const ok = await signIn(app, { code, state: 'st' }, { headers: { 'x-request-id': 'log-test-request-1' } });
    expect(ok.statusCode).toBe(200);
    const issued = ok.json().token as string;
    for (const errcode of [40029, 40125]) {
      fake.respond({ kind: 'errcode', errcode });
      await signIn(app, { code });
    }
    fake.respond({ kind: 'raw', status: 200, body: 'garbage' });
    await signIn(app, { code });
    fake.respond({ kind: 'hang' });
    const impatient = await appWith({ ...ctx.config, wechat: { ...ctx.config.wechat, timeoutMs: TIMEOUT_MS } }, logger);
    await signIn(impatient, { code });
    const port = await closedPort();
    const unreachable = await appWith({ ...ctx.config, wechat: { ...ctx.config.wechat, apiBase: `http://127.0.0.1:${port}` } }, logger);
    await signIn(unreachable, { code });

    const log = lines.join('');
    // The test captured real request logs and the failure reasons, so the absence below means something.
    expect(log).toContain('log-test-request-1');
    expect(log).toContain('WeChat code exchange failed');
    expect(log).toContain('WeChat errcode 40125');
    expect(log).toContain('timeout');
    expect(log).toContain('connection failed (ECONNREFUSED)');
    for (const secret of [code, FAKE_SECRET, 'ACCESS_TOKEN_FROM_FAKE_WECHAT', 'REFRESH_TOKEN_FROM_FAKE_WECHAT', issued, issued.split('.')[2]]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('POST /v1/auth/wechat rate limit', () => {
  let fake: FakeWechat;
  let ctx: TestContext;
  beforeAll(async () => {
    fake = await startFakeWechat();
    ctx = await createTestContext({
      env: { WECHAT_APPID: FAKE_APPID, WECHAT_SECRET: FAKE_SECRET, WECHAT_API_BASE: fake.baseUrl, RATE_LIMIT_AUTH_PER_IP_PER_MIN: '3' },
    });
  });
  afterAll(async () => {
    await ctx.close();
    await fake.close();
  });

  it('limits sign-ins per IP: 429 RATE_LIMITED with Retry-After, other IPs unaffected, WeChat not called', async () => {
    fake.respond({ kind: 'success', openid: OPENID });
    const from = (ip: string) => ctx.app.inject({ method: 'POST', url: '/v1/auth/wechat', payload: { code: 'c' }, remoteAddress: ip });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).statusCode).toBe(200);
    const limited = await from('203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(fake.requests).toHaveLength(3);
    expect((await from('203.0.113.8')).statusCode).toBe(200);
  });

  it('the default per-IP limit is generous (carrier-grade NAT)', () => {
    // Parsed from an empty environment, as a service started with no configuration.
    expect(loadConfig({}).rateLimit.authPerIpPerMin).toBeGreaterThanOrEqual(600);
  });
});

