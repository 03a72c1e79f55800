import { Client } from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { testPool } from '../helpers/databases';
import { auditLogRewritable } from '../../src/storage/audit-privileges';

/**
 * Issue 20 #4: the audit log cannot be wiped or shortened without verify noticing. TRUNCATE is
 * blocked for everyone; the service's role (a member of ballot_service) can only insert and read;
 * each final result anchors the chain's head, and verify reports the head it checked.
 */
const SERVICE_LOGIN = 'ballot_test_service_login';

async function asRole<T>(url: string, role: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const u = new URL(url);
  u.username = role;
  const c = new Client({ connectionString: u.toString() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe('audit log: truncation, the service role and the anchored head', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let servicePool: ReturnType<typeof testPool>;
  let admin: string;
  let auditor: string;
  let auditor2: string;
  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-01T02:00:00.000Z' });
    // Roles are cluster-wide: made once, idempotently (parallel test files may race here).
    await ctx.pool.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SERVICE_LOGIN}') THEN
        CREATE ROLE ${SERVICE_LOGIN} LOGIN IN ROLE ballot_service;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    const url = new URL(ctx.config.databaseUrl);
    url.username = SERVICE_LOGIN;
    servicePool = testPool(url.toString(), 5);
    // The whole app as the restricted role.
    app = await buildApp({ ...ctx.config, databaseUrl: url.toString() }, { clock: ctx.clock, pool: servicePool });
    await app.ready();
    admin = await ctx.staffKey('admin', 'office');
    auditor = await ctx.staffKey('auditor', 'zhang');
    auditor2 = await ctx.staffKey('auditor', 'li');
  });
  afterAll(async () => {
    await app.close();
    await servicePool.end();
    await ctx.close();
  });

  const verify = (query = '') => app.inject({ method: 'GET', url: `/v1/audit-log/verify${query}`, headers: bearer(auditor) });

  it('the service works end to end as the restricted role: ballot, vote, flag, review, finalize, verify', async () => {
    const created = await app.inject({ method: 'POST', url: '/v1/ballots', headers: bearer(admin), payload: { title: '角色测试', category: 'county', year: 2026, seats: 1, opensAt: '2026-06-01T00:00:00Z', durationDays: 1 } });
    expect(created.statusCode).toBe(201);
    const ballotId = created.json().id;
    const cands = await app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/candidates`, headers: bearer(admin), payload: { candidates: [{ name: '甲', city: 'X' }, { name: '乙', city: 'X' }] } });
    const [a, b] = cands.json().candidates.map((c: { id: string }) => c.id);
    expect((await app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/publish`, headers: bearer(admin) })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) {
      const v = await app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: bearer(ctx.voterToken(`oRole${i}`)), payload: { candidateIds: [i ? a : b] } });
      expect(v.statusCode).toBe(201);
    }
    const flag = await app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/flags`, headers: bearer(auditor), payload: { candidateId: b, reason: 'Checked with the county office.' } });
    expect(flag.statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: `/v1/flags/${flag.json().id}/review`, headers: bearer(auditor2), payload: { decision: 'dismiss', note: 'Ordinary voters after all.' } })).statusCode).toBe(200);
    ctx.clock.set('2026-06-02T00:00:00.000Z');
    const fin = await app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/finalize`, headers: bearer(admin) });
    expect(fin.statusCode).toBe(200);
    // The digest anchors the head just before the finalize entry, which follows it directly.
    const { auditHead } = fin.json();
    const { rows } = await ctx.pool.query('SELECT seq, hash, action FROM audit_log WHERE seq IN ($1, $2) ORDER BY seq', [auditHead.seq, auditHead.seq + 1]);
    expect(rows).toEqual([
      { seq: String(auditHead.seq), hash: auditHead.hash, action: expect.any(String) },
      { seq: String(auditHead.seq + 1), hash: expect.any(String), action: 'ballot.finalized' },
    ]);
    const v = await verify();
    expect(v.json()).toEqual({ ok: true, entries: auditHead.seq + 1, head: { seq: auditHead.seq + 1, hash: rows[1].hash }, anchors: 1 });
    // The service's role could not rewrite the log.
    expect(await auditLogRewritable(servicePool)).toBe(false);
    expect(await auditLogRewritable(ctx.pool)).toBe(true);
  });

  it('the service role cannot UPDATE, DELETE, TRUNCATE or disable the triggers of audit_log', async () => {
    for (const sql of [
      `UPDATE audit_log SET actor = 'nobody'`,
      `DELETE FROM audit_log`,
      `TRUNCATE audit_log`,
      `ALTER TABLE audit_log DISABLE TRIGGER USER`,
      `SET session_replication_role = replica`,
    ]) {
      await expect(asRole(ctx.config.databaseUrl, SERVICE_LOGIN, (c) => c.query(sql))).rejects.toThrow(/permission denied|must be owner/);
    }
  });

  it('TRUNCATE is refused even to the owner', async () => {
    await expect(ctx.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(Number((await ctx.pool.query('SELECT count(*) FROM audit_log')).rows[0].count)).toBeGreaterThan(0);
  });

  it('a tail cut by someone who bypasses the triggers: verify fails at the anchored head, or at a head the auditor kept', async () => {
    const before = (await verify()).json();
    expect(before.ok).toBe(true);
    const kept = before.head as { seq: number; hash: string };
    // One more entry (a new ballot), then an owner with triggers off removes it: only the kept head can tell.
    expect((await app.inject({ method: 'POST', url: '/v1/ballots', headers: bearer(admin), payload: { title: '之后', category: 'county', year: 2026, seats: 1, opensAt: '2026-07-01T00:00:00Z' } })).statusCode).toBe(201);
    const later = (await verify()).json();
    expect(later).toMatchObject({ ok: true, entries: kept.seq + 1 });
    await withTriggersOff(`DELETE FROM audit_log WHERE seq > ${kept.seq}`);
    expect((await verify()).json()).toMatchObject({ ok: true, entries: kept.seq });
    expect((await verify(`?seq=${later.head.seq}&hash=${later.head.hash}`)).json()).toEqual({ ok: false, firstBadSeq: kept.seq + 1, reason: 'truncated' });
    expect((await verify(`?seq=${kept.seq}&hash=${kept.hash}`)).json()).toMatchObject({ ok: true });
    expect((await verify(`?seq=${kept.seq}&hash=${'0'.repeat(64)}`)).json()).toEqual({ ok: false, firstBadSeq: kept.seq });
    // Cutting into the finalized ballot's entries: the anchor alone catches it, with no head kept.
    await withTriggersOff(`DELETE FROM audit_log WHERE seq >= ${kept.seq}`);
    expect((await verify()).json()).toEqual({ ok: false, firstBadSeq: kept.seq, reason: 'truncated' });
    // Wiping everything: the anchor still says entries are missing.
    await withTriggersOff('DELETE FROM audit_log');
    expect((await verify()).json()).toEqual({ ok: false, firstBadSeq: 1, reason: 'truncated' });
  });

  async function withTriggersOff(sql: string) {
    const c = await ctx.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL session_replication_role = replica');
      await c.query(sql);
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  }
});
