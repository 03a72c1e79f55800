import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { buildAppWithRoutes, fillParams, type CollectedRoute } from '../helpers/route-collector';
import { rowCounts } from '../helpers/row-counts';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { withTransaction } from '../../src/storage/db';

/**
 * Property: for every route the app registers (listed from the app itself), arbitrary params,
 * query strings, headers and bodies, sent with a credential the route accepts, never produce a
 * 5xx, and a rejected request (4xx) leaves every table exactly as it was.
 */
jest.setTimeout(120_000);

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 60);

describe('fuzzing every route', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let routes: CollectedRoute[];
  let creds: Record<'admin' | 'auditor' | 'voter', string>;
  let known: { ballot: string; draft: string; candidate: string };

  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_ENABLED: 'false' } });
    const built = await buildAppWithRoutes(ctx.config, { clock: ctx.clock });
    app = built.app;
    routes = built.routes().filter((r) => r.method !== 'OPTIONS' && !r.url.startsWith('/docs'));
    creds = { admin: await ctx.staffKey('admin'), auditor: await ctx.staffKey('auditor'), voter: ctx.voterToken('openid-fuzz') };
    const now = ctx.clock.now();
    const repo = ballotsRepository(ctx.pool);
    known = await withTransaction(ctx.pool, async (tx) => {
      const mk = (title: string) =>
        repo.insert({ title, category: 'township', year: 2026, seats: 2, maxChoices: 2, opensAt: new Date(now.getTime() - 3600_000), durationDays: 7, closesAt: new Date(now.getTime() + 6 * 86400_000), showLiveCounts: true, now }, tx);
      const b = await mk('open');
      const [c] = await repo.insertCandidates(b.id, ['A', 'B', 'C'].map((name) => ({ name, city: 'X' })), now, tx);
      await repo.setStatus(b.id, 'published', now, tx);
      const d = await mk('draft');
      await repo.insertCandidates(d.id, [{ name: 'D', city: 'X' }], now, tx);
      return { ballot: b.id, draft: d.id, candidate: c.id };
    });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  // Values a path parameter can take: real ids (to get past "not found"), random UUIDs, garbage.
  const param = () =>
    fc.oneof(
      fc.constantFrom(known.ballot, known.draft, known.candidate),
      fc.uuid(),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('..%2f..%2fetc', '%00', '%E4%B8%AD', "1' OR '1'='1", 'a'.repeat(300), '-1', '0', 'null', '__proto__'),
    );
  const scalar = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.uuid(),
    fc.constantFrom('county', 'township', 'confirm', 'dismiss', 'minute', 'hour', 'csv', '2026-06-01T00:00:00Z', '2026-13-45T99:99:99Z', 'active'),
  );
  const jsonish = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 5 })),
  })).value;
  // Bodies shaped like the API's (known keys with wrong or right values) or anything at all.
  const KEYS = ['candidateIds', 'title', 'category', 'year', 'seats', 'maxChoices', 'opensAt', 'durationDays', 'showLiveCounts', 'candidates', 'name', 'city', 'county', 'summary', 'decision', 'note', 'candidateId', 'reason', 'windowStart', 'windowEnd', 'code', 'state', 'now', '__proto__', 'constructor', 'openid'];
  const bodyArb = () => fc.oneof(
    fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(jsonish, fc.array(fc.oneof(fc.uuid(), fc.constant(known.candidate)), { maxLength: 4 }))).map((o) => JSON.stringify(o)),
    jsonish.map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc.constant(undefined),
  );
  const query = fc.dictionary(
    fc.constantFrom('status', 'format', 'candidateId', 'from', 'to', 'bucket', 'ballotId', 'after', 'openid', 'limit', 'x'),
    fc.oneof(fc.string({ maxLength: 20 }), fc.uuid(), fc.integer().map(String), fc.constantFrom('csv', 'json', 'minute', 'hour', 'active', '-1', '1e99')),
    { maxKeys: 4 },
  );
  const headers = fc.record(
    {
      'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream', ''),
      accept: fc.constantFrom('*/*', 'text/csv', 'application/json', 'application/x-ndjson', 'text/html'),
      'idempotency-key': fc.oneof(fc.string({ minLength: 1, maxLength: 300 }).filter((s) => /^[\x20-\x7e]+$/.test(s)), fc.uuid()),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1'),
      'x-request-id': fc.string({ maxLength: 80 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    },
    { requiredKeys: [] },
  );

  function credentialFor(r: CollectedRoute): Record<string, string> {
    if (r.auth === 'voter') return { authorization: `Bearer ${creds.voter}` };
    if (Array.isArray(r.auth)) return { authorization: `Bearer ${r.auth.includes('admin') ? creds.admin : creds.auditor}` };
    return {};
  }

  it('lists routes to fuzz', () => {
    expect(routes.length).toBeGreaterThan(15);
  });

  it('never a 5xx, and nothing written on rejection, for every route', async () => {
    const failures: string[] = [];
    for (const r of routes) {
      await fc.assert(
        fc.asyncProperty(fc.array(param(), { minLength: 3, maxLength: 3 }), query, headers, bodyArb(), async (params, q, h, b) => {
          let i = 0;
          const url = fillParams(r.url, () => encodeURIComponent(params[i++ % params.length]).replace(/%25/g, '%'));
          const before = await rowCounts(ctx.pool);
          const res = await app.inject({
            method: r.method as 'GET',
            url,
            query: q,
            headers: { ...h, ...credentialFor(r) },
            ...(b !== undefined && r.method !== 'GET' ? { payload: b } : {}),
          });
          // WeChat is not configured here, so a well-formed sign-in is API.md's 502: not a fault of ours.
          const wechatDown = r.url === '/v1/auth/wechat' && res.statusCode === 502 && res.json().code === 'WECHAT_UNAVAILABLE';
          if (res.statusCode >= 500 && !wechatDown) {
            failures.push(`${r.method} ${url} ${JSON.stringify(q)} ${String(b).slice(0, 200)} -> ${res.statusCode} ${res.body.slice(0, 200)}`);
            return false;
          }
          if (res.statusCode >= 400) {
            const after = await rowCounts(ctx.pool);
            if (JSON.stringify(after) !== JSON.stringify(before)) {
              failures.push(`${r.method} ${url} -> ${res.statusCode} but wrote: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
              return false;
            }
            // Every error has API.md's body.
            const e = res.json();
            if (typeof e.code !== 'string' || e.statusCode !== res.statusCode || typeof e.requestId !== 'string') {
              failures.push(`${r.method} ${url} -> ${res.statusCode} with a non-API error body ${res.body.slice(0, 200)}`);
              return false;
            }
          }
          return true;
        }),
        { numRuns: NUM_RUNS, seed: Number(process.env.FUZZ_SEED ?? 20260601), endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
  });

  it('an openid in the query, a header or the body never changes whose vote it is', async () => {
    const token = ctx.voterToken('openid-real');
    const res = await app.inject({
      method: 'POST',
      url: `/v1/ballots/${known.ballot}/votes?openid=openid-victim&accountId=openid-victim`,
      headers: { authorization: `Bearer ${token}`, 'x-openid': 'openid-victim', 'x-wx-openid': 'openid-victim', 'content-type': 'application/json' },
      payload: JSON.stringify({ candidateIds: [known.candidate], openid: 'openid-victim', accountId: 'openid-victim' }),
    });
    expect([201, 400]).toContain(res.statusCode);
    const { rows } = await ctx.pool.query('SELECT account_id FROM votes WHERE ballot_id = $1', [known.ballot]);
    expect(rows.map((r) => r.account_id)).not.toContain('openid-victim');
  });
});
