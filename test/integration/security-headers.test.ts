import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { SECURITY_HEADERS } from '../../src/app';

/** The precomputed security headers must stay exactly what @fastify/helmet (CSP off) would send. */
describe('security headers', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('equal the headers @fastify/helmet sends with contentSecurityPolicy off', async () => {
    const bare = Fastify();
    await bare.register(helmet, { contentSecurityPolicy: false, global: true });
    bare.get('/', async () => ({}));
    const res = await bare.inject({ method: 'GET', url: '/' });
    await bare.close();
    const fromHelmet = Object.fromEntries(Object.keys(SECURITY_HEADERS).map((k) => [k, res.headers[k]]));
    expect(fromHelmet).toEqual(SECURITY_HEADERS);
    const names = Object.keys(res.headers).filter((k) => !['content-type', 'content-length', 'date', 'connection'].includes(k));
    expect(names.sort()).toEqual(Object.keys(SECURITY_HEADERS).sort());
  });

  it('are on success, validation-error, unauthenticated and not-found answers', async () => {
    for (const url of ['/health', '/v1/ballots/not-a-uuid', '/v1/audit-log', '/no-such-path']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      const got = Object.fromEntries(Object.keys(SECURITY_HEADERS).map((k) => [k, res.headers[k]]));
      expect({ url, got }).toEqual({ url, got: SECURITY_HEADERS });
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    }
  });
});
