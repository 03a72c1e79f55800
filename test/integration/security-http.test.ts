import { createHash } from 'node:crypto';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createStaffKey } from '../../src/services/api-key-service';

/** Browser-facing defences: CORS limited to CORS_ORIGINS, security headers by kind of answer, the 404 handler rate-limited; keys stored hashed. */
describe('HTTP security', () => {
  let ctx: TestContext;
  const PAGE = 'https://vote.example.gov.cn';
  beforeAll(async () => {
    ctx = await createTestContext({ env: { CORS_ORIGINS: `${PAGE}, https://m.example.gov.cn`, RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN: '5' } });
  });
  afterAll(() => ctx.close());

  const preflight = (origin: string, url = '/v1/ballots/00000000-0000-4000-8000-000000000000/votes') =>
    ctx.app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  it('a preflight from the configured origin is allowed', async () => {
    const res = await preflight(PAGE);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(PAGE);
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
  });

  it('a preflight or a request from any other origin gets no Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://evil.example.com', 'https://vote.example.gov.cn.evil.com', 'null', 'http://vote.example.gov.cn']) {
      const pre = await preflight(origin);
      expect({ origin, acao: pre.headers['access-control-allow-origin'] }).toEqual({ origin, acao: undefined });
      expect(pre.statusCode).toBeLessThan(500);
      const get = await ctx.app.inject({ method: 'GET', url: '/v1/ballots', headers: { origin } });
      expect({ origin, acao: get.headers['access-control-allow-origin'] }).toEqual({ origin, acao: undefined });
    }
    const ok = await ctx.app.inject({ method: 'GET', url: '/v1/ballots', headers: { origin: PAGE } });
    expect(ok.headers['access-control-allow-origin']).toBe(PAGE);
    // Never a wildcard, and never credentials for a wildcard.
    expect(ok.headers['access-control-allow-origin']).not.toBe('*');
  });

  it('with no CORS_ORIGINS configured, no origin is allowed', async () => {
    const other = await createTestContext();
    try {
      const res = await other.app.inject({ method: 'OPTIONS', url: '/v1/ballots', headers: { origin: PAGE, 'access-control-request-method': 'GET' } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.statusCode).toBeLessThan(500);
    } finally {
      await other.close();
    }
  });

  it('JSON answers carry the API set of security headers, errors included, and nothing of the HTML set', async () => {
    for (const url of ['/health', '/v1/ballots', '/v1/ballots/not-a-uuid', '/v1/audit-log', '/nowhere']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect({ url, h: {
        nosniff: res.headers['x-content-type-options'],
        csp: res.headers['content-security-policy'],
        corp: res.headers['cross-origin-resource-policy'],
        referrer: res.headers['referrer-policy'],
        frame: res.headers['x-frame-options'],
        hsts: res.headers['strict-transport-security'],
        poweredBy: res.headers['x-powered-by'],
      } }).toEqual({ url, h: {
        nosniff: 'nosniff',
        csp: "default-src 'none'; frame-ancestors 'none'",
        corp: 'same-origin',
        referrer: 'no-referrer',
        frame: undefined,
        hsts: undefined,
        poweredBy: undefined,
      } });
    }
  });

  it("HTML pages (/vote/, /console/, /docs) carry helmet's full set with a CSP allowing no inline script", async () => {
    for (const url of ['/vote/', '/console/', '/docs']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode, type: res.headers['content-type'] }).toEqual({ url, status: 200, type: 'text/html; charset=utf-8' });
      const csp = String(res.headers['content-security-policy']);
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
      expect({ url, directives }).toMatchObject({
        url,
        directives: { 'default-src': "'self'", 'script-src': "'self'", 'frame-ancestors': "'none'", 'object-src': "'none'", 'connect-src': "'self'" },
      });
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect({ url, h: {
        nosniff: res.headers['x-content-type-options'],
        frame: res.headers['x-frame-options'],
        hsts: typeof res.headers['strict-transport-security'],
        referrer: res.headers['referrer-policy'],
        coop: res.headers['cross-origin-opener-policy'],
      } }).toEqual({ url, h: { nosniff: 'nosniff', frame: 'DENY', hsts: 'string', referrer: 'no-referrer', coop: 'same-origin' } });
    }
  });

  it('every answer names its request in X-Request-Id, matching the error body; router errors included', async () => {
    const long = 'x'.repeat(300); // over maxParamLength: refused by the router before any hook runs
    for (const url of ['/health', '/v1/ballots', '/v1/ballots/not-a-uuid', '/v1/audit-log', '/nowhere', `/v1/ballots/${long}`]) {
      const res = await ctx.app.inject({ method: 'GET', url, remoteAddress: '198.51.100.9' });
      const id = res.headers['x-request-id'];
      expect({ url, id: typeof id }).toEqual({ url, id: 'string' });
      if (res.statusCode >= 400) expect({ url, requestId: res.json().requestId }).toEqual({ url, requestId: id });
    }
    // A client's own X-Request-Id is never taken as the id (security-request-id.test.ts).
    const given = await ctx.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'proxy-given-id-42' } });
    expect(given.headers['x-request-id']).not.toBe('proxy-given-id-42');
  });

  it('the 404 handler is rate-limited per IP: 429 RATE_LIMITED with Retry-After after RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN', async () => {
    const ip = '203.0.113.77';
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await ctx.app.inject({ method: 'GET', url: `/scan/${i}`, remoteAddress: ip });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    expect(last!.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED', requestId: expect.any(String) });
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not affected, and real routes are not counted against the 404 budget.
    expect((await ctx.app.inject({ method: 'GET', url: '/scan/x', remoteAddress: '203.0.113.78' })).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: '/health', remoteAddress: ip })).statusCode).toBe(200);
  });

  it('staff keys are stored only as their SHA-256 and work against the service', async () => {
    const { key } = await createStaffKey(ctx.pool, { role: 'auditor', label: 'hash-check' }, { actor: 'test', now: ctx.clock.now() });
    const { rows } = await ctx.pool.query(`SELECT row_to_json(k)::text AS row FROM api_keys k WHERE label = 'hash-check'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toContain(key);
    expect(rows[0].row).not.toContain(key.slice(4, 30));
    expect(rows[0].row).toContain(createHash('sha256').update(key).digest('hex'));
    const res = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log', headers: bearer(key) });
    expect(res.statusCode).toBe(200);
  });
});
