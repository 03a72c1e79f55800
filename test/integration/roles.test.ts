import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { apiKeysRepository } from '../../src/storage/api-keys-repository';

/**
 * Deny by default on every staff route of the ballots and audit areas: no credential 401, a garbage
 * or revoked credential 401, a voter token 403, the wrong staff role 403 — and the right role passes.
 */
describe('role checks on staff routes', () => {
  let ctx: TestContext;
  let keys: { admin: string; auditor: string; revoked: string; voter: string };
  const someId = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    ctx = await createTestContext();
    keys = {
      admin: await ctx.staffKey('admin'),
      auditor: await ctx.staffKey('auditor'),
      revoked: await ctx.staffKey('admin', 'to-revoke'),
      voter: ctx.voterToken('o-voter-1'),
    };
    await apiKeysRepository(ctx.pool).revokeByLabel('to-revoke', ctx.clock.now());
  });
  afterAll(() => ctx.close());

  const ballotBody = { title: 't', category: 'county', year: 2026, seats: 1, opensAt: '2026-06-02T00:00:00Z' };
  const routes: Array<{ name: string; method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: unknown; roles: Array<'admin' | 'auditor'> }> = [
    { name: 'create ballot', method: 'POST', url: '/v1/ballots', payload: ballotBody, roles: ['admin'] },
    { name: 'add candidates', method: 'POST', url: `/v1/ballots/${someId}/candidates`, payload: { candidates: [{ name: 'n', city: 'c' }] }, roles: ['admin'] },
    { name: 'remove candidate', method: 'DELETE', url: `/v1/ballots/${someId}/candidates/${someId}`, roles: ['admin'] },
    { name: 'publish', method: 'POST', url: `/v1/ballots/${someId}/publish`, roles: ['admin'] },
    { name: 'audit log', method: 'GET', url: '/v1/audit-log', roles: ['admin', 'auditor'] },
    { name: 'audit verify', method: 'GET', url: '/v1/audit-log/verify', roles: ['admin', 'auditor'] },
  ];

  const call = (r: (typeof routes)[number], headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: r.method, url: r.url, payload: r.payload as never, headers });

  describe.each(routes)('$method $url ($name)', (r) => {
    it('401 UNAUTHENTICATED without a credential', async () => {
      const res = await call(r);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
    });

    it('401 for a malformed, an unknown and a revoked key', async () => {
      for (const h of [{ authorization: 'Basic abc' }, bearer('bsk_unknown'), bearer(keys.revoked), bearer('not.a.jwt')]) {
        const res = await call(r, h);
        expect(res.statusCode).toBe(401);
        expect(res.json().code).toBe('UNAUTHENTICATED');
      }
    });

    it('403 FORBIDDEN for a voter token', async () => {
      const res = await call(r, bearer(keys.voter));
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    });

    it('the right roles pass the auth check; the others get 403', async () => {
      for (const role of ['admin', 'auditor'] as const) {
        const res = await call(r, bearer(keys[role]));
        if (r.roles.includes(role)) expect([200, 201, 204, 404]).toContain(res.statusCode);
        else {
          expect(res.statusCode).toBe(403);
          expect(res.json().code).toBe('FORBIDDEN');
        }
      }
    });
  });

  it('a refused request changes nothing', async () => {
    const before = (await ctx.pool.query('SELECT count(*)::int AS n FROM ballots')).rows[0].n;
    await call(routes[0], bearer(keys.auditor));
    await call(routes[0], bearer(keys.voter));
    await call(routes[0], bearer(keys.revoked));
    expect((await ctx.pool.query('SELECT count(*)::int AS n FROM ballots')).rows[0].n).toBe(before);
  });
});
