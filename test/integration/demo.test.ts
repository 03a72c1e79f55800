import { execFile } from 'node:child_process';
import path from 'node:path';
import { createDemo } from '../../src/cli/commands/demo';
import { CITY_QUOTAS, countyCandidates, townshipCandidates } from '../../src/cli/demo-data';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';

const ROOT = path.resolve(__dirname, '../..');

const countBy = (xs: Array<{ city: string }>) => xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x.city]: (m[x.city] ?? 0) + 1 }), {});

describe('demo data', () => {
  it('follows attachment 1: 20 county and 63 township nominations, per city quota, no duplicates', () => {
    const county = countyCandidates();
    const township = townshipCandidates();
    expect(CITY_QUOTAS).toHaveLength(12);
    expect(county).toHaveLength(20);
    expect(township).toHaveLength(63);
    const countyQuota = Object.fromEntries(CITY_QUOTAS.filter((q) => q.county > 0).map((q) => [q.city, q.county]));
    const townshipQuota = Object.fromEntries(CITY_QUOTAS.map((q) => [q.city, q.township]));
    expect(countBy(county)).toEqual(countyQuota);
    expect(countBy(township)).toEqual(townshipQuota);
    expect(new Set(county.map((c) => c.name)).size).toBe(20);
    expect(new Set(township.map((c) => `${c.county}${c.name}`)).size).toBe(63);
    for (const c of township) expect(c.name).toMatch(/(镇|乡|街道)$/);
    for (const c of county) expect(c.name).toMatch(/(县|市|区)$/);
  });
});

describe('demo command', () => {
  let ctx: TestContext;
  jest.setTimeout(120_000);
  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-01T02:00:00.000Z' });
  });
  afterAll(() => ctx.close());

  it('creates the two ballots, open now and published, and working staff keys', async () => {
    const demo = await createDemo(ctx.pool, ctx.clock.now());
    expect(demo.county).toMatchObject({ category: 'county', seats: 15, status: 'published', year: 2026, maxChoices: 1, durationDays: 7 });
    expect(demo.township).toMatchObject({ category: 'township', seats: 50, status: 'published' });

    const county = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${demo.county.id}` })).json();
    expect(county).toMatchObject({ phase: 'open', opensAt: '2026-06-01T02:00:00.000Z', closesAt: '2026-06-08T02:00:00.000Z', totalVotes: 0 });
    expect(county.candidates).toHaveLength(20);
    expect(county.candidates[0]).toMatchObject({ name: '南昌县', city: '南昌市', votes: 0 });
    const township = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${demo.township.id}` })).json();
    expect(township.candidates).toHaveLength(63);
    expect(township.candidates.find((c: { city: string }) => c.city === '赣江新区')).toBeDefined();

    const created = await ctx.app.inject({
      method: 'POST',
      url: '/v1/ballots',
      headers: bearer(demo.adminKey),
      payload: { title: 'x', category: 'county', year: 2026, seats: 1, opensAt: '2026-06-02T00:00:00Z' },
    });
    expect(created.statusCode).toBe(201);
    const verify = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log/verify', headers: bearer(demo.auditorKey) });
    expect(verify.json()).toMatchObject({ ok: true, entries: 9 }); // 2 × (created, candidates, published), 2 keys, 1 ballot
    expect((await ctx.app.inject({ method: 'POST', url: '/v1/ballots', headers: bearer(demo.auditorKey), payload: {} })).statusCode).toBe(403);

    // Running it again just makes another pair with fresh keys.
    const again = await createDemo(ctx.pool, ctx.clock.now());
    expect(again.county.id).not.toBe(demo.county.id);
    expect(again.adminKey).not.toBe(demo.adminKey);
    const listed = (await ctx.app.inject({ method: 'GET', url: '/v1/ballots' })).json().ballots;
    expect(listed).toHaveLength(4);
  });

  it('npm run cli -- demo prints the ballot ids and, last, an admin key', async () => {
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        path.join(ROOT, 'node_modules/.bin/tsx'),
        ['src/cli/main.ts', 'demo'],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: ctx.config.databaseUrl, NODE_ENV: 'development' }, timeout: 60_000 },
        (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }),
      );
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const ids = [...out.stdout.matchAll(/(county|township) ballot id:\s+([0-9a-f-]{36})/g)].map((m) => m[2]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${id}` })).statusCode).toBe(200);
    const last = out.stdout.trimEnd().split('\n').pop() ?? '';
    const adminKey = last.replace(/^admin key: /, '');
    expect(adminKey).toMatch(/^bsk_/);
    const log = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log?limit=1', headers: bearer(adminKey) });
    expect(log.statusCode).toBe(200);
  });
});
