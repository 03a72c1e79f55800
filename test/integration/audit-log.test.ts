import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { entryHash, GENESIS_HASH } from '../../src/storage/audit-repository';

/** The hash-chained audit log: what the actions write, how it reads, and that tampering shows. */
describe('audit log API', () => {
  let ctx: TestContext;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  let ballotA: string;
  let ballotB: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = bearer(await ctx.staffKey('admin', 'office'));
    auditor = bearer(await ctx.staffKey('auditor', 'audit-team'));
    const create = async (title: string) => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/v1/ballots',
        headers: admin,
        payload: { title, category: 'township', year: 2026, seats: 1, opensAt: '2026-06-02T00:00:00+08:00' },
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    ballotA = await create('A');
    ballotB = await create('B');
    const add = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${ballotA}/candidates`,
      headers: admin,
      payload: { candidates: [{ name: '甲', city: '南昌市' }, { name: '乙', city: '九江市' }] },
    });
    expect(add.statusCode).toBe(201);
    expect((await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotA}/publish`, headers: admin })).statusCode).toBe(200);
  });
  afterAll(() => ctx.close());

  it('lists every entry in seq order, chained from the genesis hash', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log', headers: auditor });
    expect(res.statusCode).toBe(200);
    const { entries } = res.json();
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['ballot.created', 'ballot.created', 'candidates.added', 'ballot.published']);
    expect(entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (i > 0) expect(e.prevHash).toBe(entries[i - 1].hash);
      // Anyone can recompute the chain from what the API returns.
      expect(entryHash(e.prevHash, e)).toBe(e.hash);
      expect(e.actor).toBe('admin:office');
      expect(e.at).toBe('2026-06-01T02:00:00.000Z');
    }
    expect(entries[2]).toMatchObject({ subject: `ballot:${ballotA}`, details: { candidates: [expect.objectContaining({ name: '甲' }), expect.objectContaining({ name: '乙' })] } });
  });

  it('filters by ballot, pages with after and limit', async () => {
    const byA = (await ctx.app.inject({ method: 'GET', url: `/v1/audit-log?ballotId=${ballotA}`, headers: admin })).json().entries;
    expect(byA.map((e: { action: string }) => e.action)).toEqual(['ballot.created', 'candidates.added', 'ballot.published']);
    const byB = (await ctx.app.inject({ method: 'GET', url: `/v1/audit-log?ballotId=${ballotB}`, headers: admin })).json().entries;
    expect(byB).toHaveLength(1);
    const empty = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log?ballotId=&after=', headers: admin });
    expect(empty.statusCode).toBe(200);
    expect(empty.json().entries).toHaveLength(4);
    const page = (await ctx.app.inject({ method: 'GET', url: '/v1/audit-log?after=1&limit=2', headers: admin })).json().entries;
    expect(page.map((e: { seq: number }) => e.seq)).toEqual([2, 3]);
  });

  it.each([
    ['limit 0', 'limit=0'],
    ['limit 1001', 'limit=1001'],
    ['negative after', 'after=-1'],
    ['non-numeric after', 'after=x'],
    ['malformed ballotId', 'ballotId=abc'],
  ])('400 VALIDATION_FAILED: %s', async (_name, qs) => {
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/audit-log?${qs}`, headers: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/audit-log', '/v1/audit-log/verify']));
    const params = doc.paths['/v1/audit-log'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['ballotId', 'after', 'limit']));
  });

  it('the append-only trigger refuses updates and deletes', async () => {
    await expect(ctx.pool.query(`UPDATE audit_log SET actor = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(ctx.pool.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('verify reports ok with the count, then the first tampered entry', async () => {
    const ok = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log/verify', headers: auditor });
    expect(ok.statusCode).toBe(200);
    // API.md's fields, plus the head checked and the finalized results' anchors (additive).
    expect(ok.json()).toEqual({ ok: true, entries: 4, head: { seq: 4, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }, anchors: 0 });

    // A superuser can switch the trigger off; the chain still gives the change away.
    await ctx.pool.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    try {
      await ctx.pool.query(`UPDATE audit_log SET details = jsonb_set(details, '{seats}', '99') WHERE seq = 2`);
    } finally {
      await ctx.pool.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    }
    const bad = await ctx.app.inject({ method: 'GET', url: '/v1/audit-log/verify', headers: admin });
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toEqual({ ok: false, firstBadSeq: 2 });
  });
});
