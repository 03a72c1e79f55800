import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { buildAppWithRoutes, fillParams, type CollectedRoute } from '../helpers/route-collector';

/**
 * Every route the app registers, with the policy API.md gives it. A route added without an entry
 * here fails the first test, so no route ships without its role checks; the others then exercise
 * the policy of every route actually registered (no credential, wrong kind, wrong role, revoked key).
 */
// 'cors': @fastify/cors's preflight route. It declares no policy on purpose: the CORS hook answers
// preflights from allowed origins before the auth hook, and anything else falls to deny-by-default.
type Expected = 'public' | 'voter' | 'admin' | 'auditor' | 'staff' | 'cors';
const EXPECTED: Record<string, Expected> = {
  'OPTIONS *': 'cors',
  'GET /health': 'public',
  'GET /ready': 'public',
  'GET /metrics': 'public',
  'POST /v1/auth/wechat': 'public',
  'GET /v1/ballots': 'public',
  'GET /v1/client-config': 'public',
  'GET /v1/wechat/jssdk-config': 'public',
  'GET /': 'public',
  'GET /vote/': 'public',
  'GET /console/': 'public',
  'GET /assets/*': 'public',
  'GET /v1/ballots/:ballotId': 'public',
  'POST /v1/ballots/:ballotId/votes': 'voter',
  'GET /v1/ballots/:ballotId/votes/me': 'voter',
  'POST /v1/ballots': 'admin',
  'POST /v1/ballots/:ballotId/candidates': 'admin',
  'DELETE /v1/ballots/:ballotId/candidates/:candidateId': 'admin',
  'POST /v1/ballots/:ballotId/publish': 'admin',
  'POST /v1/ballots/:ballotId/finalize': 'admin',
  'GET /v1/ballots/:ballotId/scores': 'staff',
  'GET /v1/ballots/:ballotId/flags': 'staff',
  'GET /v1/flags/:flagId': 'staff',
  'GET /v1/flags/:flagId/context': 'staff',
  'GET /v1/staff/me': 'staff',
  'GET /v1/staff/ballots': 'staff',
  'POST /v1/flags/:flagId/review': 'auditor',
  'POST /v1/ballots/:ballotId/flags': 'auditor',
  'POST /v1/ballots/:ballotId/detect': 'staff',
  'GET /v1/ballots/:ballotId/timeline': 'staff',
  'GET /v1/ballots/:ballotId/ledger': 'auditor',
  'GET /v1/audit-log': 'staff',
  'GET /v1/audit-log/verify': 'staff',
  'GET /v1/test/clock': 'admin',
  'PUT /v1/test/clock': 'admin',
  'DELETE /v1/test/clock': 'admin',
};

const isDocs = (r: CollectedRoute) => r.url === '/docs' || r.url.startsWith('/docs/');
const keyOf = (r: CollectedRoute) => `${r.method} ${r.url}`;
const policyOf = (e: Expected) =>
  e === 'cors' ? undefined : e === 'public' || e === 'voter' ? e : e === 'staff' ? ['admin', 'auditor'] : [e];

describe('route coverage: every registered route has a tested access policy', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let routes: CollectedRoute[];
  let allRoutes: CollectedRoute[];
  let adminKey: string;
  let auditorKey: string;
  let voter: string;

  beforeAll(async () => {
    // The test clock routes exist only with the flag; turn it on so they are covered too.
    ctx = await createTestContext({ env: { ALLOW_TEST_CLOCK: '1', RATE_LIMIT_ENABLED: 'false' } });
    const built = await buildAppWithRoutes(ctx.config, { clock: ctx.clock });
    app = built.app;
    allRoutes = built.routes();
    routes = allRoutes.filter((r) => !isDocs(r));
    [adminKey, auditorKey] = await Promise.all([ctx.staffKey('admin'), ctx.staffKey('auditor')]);
    voter = ctx.voterToken('openid-route-coverage');
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const call = (r: CollectedRoute, headers: Record<string, string> = {}) =>
    app.inject({ method: r.method as 'GET', url: fillParams(r.url, () => randomUUID()), headers });

  it('every route declares exactly the policy API.md gives it (a new route must be added here)', () => {
    const actual = Object.fromEntries(routes.map((r) => [keyOf(r), r.auth]));
    const unlisted = Object.keys(actual).filter((k) => !(k in EXPECTED));
    expect(unlisted).toEqual([]);
    for (const [k, auth] of Object.entries(actual)) {
      const want = policyOf(EXPECTED[k]);
      expect({ route: k, auth: Array.isArray(auth) ? [...auth].sort() : auth }).toEqual({ route: k, auth: want });
    }
  });

  it('every route of API.md is registered', () => {
    const registered = new Set(routes.map(keyOf));
    expect(Object.keys(EXPECTED).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('the documentation routes (/docs) are public and read-only', () => {
    // Their policy is set by app.ts for the swagger-ui routes; they must not grow a write route.
    const docs = allRoutes.filter(isDocs);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.filter((r) => r.method !== 'GET' || r.auth !== 'public').map(keyOf)).toEqual([]);
  });

  it('staff routes: 401 without a credential, 401 with a garbage or revoked key, 403 with a voter token', async () => {
    const revoked = await ctx.staffKey('admin', 'to-revoke');
    await ctx.pool.query(`UPDATE api_keys SET revoked_at = now() WHERE label = 'to-revoke'`);
    const failures: string[] = [];
    for (const r of routes.filter((x) => Array.isArray(x.auth))) {
      const expectations: Array<[Record<string, string>, number, string]> = [
        [{}, 401, 'no credential'],
        [bearer('bsk_' + 'A'.repeat(43)), 401, 'unknown staff key'],
        [bearer(revoked), 401, 'revoked key'],
        [{ authorization: 'Basic YWRtaW46YWRtaW4=' }, 401, 'basic auth'],
        [bearer(voter), 403, 'voter token'],
      ];
      for (const [headers, status, what] of expectations) {
        const res = await call(r, headers);
        if (res.statusCode !== status) failures.push(`${keyOf(r)} with ${what}: ${res.statusCode}, want ${status}`);
        else if (res.json().code !== (status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN')) failures.push(`${keyOf(r)} with ${what}: code ${res.json().code}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('admin-only routes refuse the auditor (403); auditor-only routes (review, manual flag, ledger) refuse the admin (403)', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => Array.isArray(x.auth))) {
      const roles = r.auth as string[];
      for (const [role, key] of [['admin', adminKey], ['auditor', auditorKey]] as const) {
        const res = await call(r, bearer(key));
        const allowed = roles.includes(role);
        if (!allowed && res.statusCode !== 403) failures.push(`${keyOf(r)} as ${role}: ${res.statusCode}, want 403`);
        if (allowed && (res.statusCode === 401 || res.statusCode === 403)) failures.push(`${keyOf(r)} as ${role}: ${res.statusCode}, want past the auth check`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('voter routes: 401 without a credential, 403 with an admin or auditor key, past the auth check with a voter token', async () => {
    const failures: string[] = [];
    const voterRoutes = routes.filter((x) => x.auth === 'voter');
    expect(voterRoutes.length).toBeGreaterThan(0);
    for (const r of voterRoutes) {
      for (const [headers, want, what] of [
        [{}, 401, 'no credential'],
        [bearer(adminKey), 403, 'admin key'],
        [bearer(auditorKey), 403, 'auditor key'],
      ] as Array<[Record<string, string>, number, string]>) {
        const res = await call(r, headers);
        if (res.statusCode !== want) failures.push(`${keyOf(r)} with ${what}: ${res.statusCode}, want ${want}`);
      }
      const ok = await call(r, bearer(voter));
      if (ok.statusCode === 401 || ok.statusCode === 403) failures.push(`${keyOf(r)} with a voter token: ${ok.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('public routes answer without a credential', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.auth === 'public')) {
      const res = await call(r);
      if (res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500) failures.push(`${keyOf(r)}: ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});
