import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { hashApiKey } from '../../src/storage/api-keys-repository';
import { apikeyCommand } from '../../src/cli/commands/apikey';
import { PG_BASE_URL } from '../helpers/databases';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** Runs `npm run cli -- …` the way an operator does (a separate process), against `databaseUrl`. */
function cli(databaseUrl: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['src/cli/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const lastLine = (s: string) => s.trimEnd().split('\n').pop() ?? '';

describe('apikey CLI, end to end', () => {
  let ctx: TestContext;
  let db: string;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    ctx = await createTestContext();
    db = ctx.config.databaseUrl;
  });
  afterAll(() => ctx.close());

  const createBallot = (key: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/v1/ballots',
      headers: bearer(key),
      payload: { title: 'cli', category: 'county', year: 2026, seats: 1, opensAt: '2026-06-02T00:00:00Z' },
    });

  const audit = async (action: string) =>
    (await ctx.pool.query('SELECT actor, subject, details FROM audit_log WHERE action = $1 ORDER BY seq', [action])).rows;

  it('create prints the key as the last line; it works against the service; revoke makes it 401', async () => {
    const created = await cli(db, 'apikey', 'create', '--role', 'admin', '--label', 'office-ops');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const key = lastLine(created.stdout);
    expect(key).toMatch(/^bsk_[A-Za-z0-9_-]{43}$/);
    expect(created.stdout).toContain('office-ops');
    expect(created.stdout).not.toContain(hashApiKey(key));
    expect((await createBallot(key)).statusCode).toBe(201);

    const [entry] = await audit('apikey.created');
    expect(entry).toMatchObject({ actor: 'cli', details: { label: 'office-ops', role: 'admin', keyId: expect.any(String) } });
    // Neither the key nor its hash may ever reach the append-only log.
    const all = JSON.stringify((await ctx.pool.query('SELECT * FROM audit_log')).rows);
    expect(all).not.toContain(key);
    expect(all).not.toContain(hashApiKey(key));

    const revoked = await cli(db, 'apikey', 'revoke', '--label', 'office-ops');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('revoked');
    const res = await createBallot(key);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
    expect(await audit('apikey.revoked')).toEqual([expect.objectContaining({ actor: 'cli', details: expect.objectContaining({ label: 'office-ops', role: 'admin' }) })]);

    // Revoking what is already revoked is an error; the label is free again for a new key.
    const again = await cli(db, 'apikey', 'revoke', '--label', 'office-ops');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no live key is labelled "office-ops"/);
    const fresh = await cli(db, 'apikey', 'create', '--role', 'auditor', '--label', 'office-ops');
    expect(fresh.code).toBe(0);
    const auditorKey = lastLine(fresh.stdout);
    expect(auditorKey).not.toBe(key);
    expect((await createBallot(auditorKey)).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/v1/audit-log/verify', headers: bearer(auditorKey) })).json()).toMatchObject({ ok: true, entries: 4 }); // key created, ballot created, key revoked, key created
  });

  it('refuses a second live key with the same label with exit code 1', async () => {
    expect((await cli(db, 'apikey', 'create', '--role', 'admin', '--label', 'dup')).code).toBe(0);
    const dup = await cli(db, 'apikey', 'create', '--role', 'auditor', '--label', 'dup');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/already exists/);
    expect(dup.stdout).toBe('');
    const { rows } = await ctx.pool.query(`SELECT role FROM api_keys WHERE label = 'dup'`);
    expect(rows).toEqual([{ role: 'admin' }]);
  });

  it('refuses bad usage before touching the database (main turns the error into exit code 1)', async () => {
    // In process: spawning costs seconds each, and the exit-code path is covered by the test above.
    await expect(apikeyCommand.run({ role: 'root', label: 'x' }, ['create'])).rejects.toThrow(/--role must be one of: admin, auditor/);
    await expect(apikeyCommand.run({ role: 'admin' }, ['create'])).rejects.toThrow(/--label is required/);
    await expect(apikeyCommand.run({ label: true }, ['revoke'])).rejects.toThrow(/--label is required/);
    await expect(apikeyCommand.run({ label: 'x' }, [])).rejects.toThrow(/usage: apikey create/);
  });

  it('works on a fresh machine: creates and migrates a missing database first', async () => {
    const name = `ballot_cli_${randomBytes(4).toString('hex')}`;
    const url = `${PG_BASE_URL}/${name}`;
    try {
      const res = await cli(url, 'apikey', 'create', '--role', 'admin', '--label', 'first');
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        const { rows } = await c.query('SELECT label, role, key_hash FROM api_keys');
        expect(rows).toEqual([{ label: 'first', role: 'admin', key_hash: hashApiKey(lastLine(res.stdout)) }]);
      } finally {
        await c.end();
      }
    } finally {
      const admin = new Client({ connectionString: `${PG_BASE_URL}/postgres` });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
