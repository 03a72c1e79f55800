import { createTestContext, type TestContext } from '../helpers/test-app';

describe('operations endpoints', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('GET /health answers 200 while the process runs', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready pings PostgreSQL and Redis', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', postgres: true, redis: true });
  });

  it('GET /metrics serves Prometheus text', async () => {
    await ctx.app.inject({ method: 'GET', url: '/health' });
    const res = await ctx.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
  });

  it('GET /docs/json is the OpenAPI document', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/health');
  });

  it('unknown paths are 404 NOT_FOUND with the error body', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: expect.any(String) });
  });

  it('the test clock routes are 404 without ALLOW_TEST_CLOCK', async () => {
    const key = await ctx.staffKey('admin');
    const res = await ctx.app.inject({ method: 'PUT', url: '/v1/test/clock', headers: { authorization: `Bearer ${key}` }, payload: { now: '2026-01-01T00:00:00Z' } });
    expect(res.statusCode).toBe(404);
  });
});
