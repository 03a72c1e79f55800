import { execFile } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';

/** `npm run cli -- token`, run as a real process, checked against a real app. */

// Each case starts a tsx process: seconds each on a busy machine.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  // Only what the CLI needs: no inherited VOTER_TOKEN_SECRET or NODE_ENV from the test runner.
  const base = { PATH: process.env.PATH, HOME: process.env.HOME };
  return new Promise((resolve) => {
    execFile(TSX, ['src/cli/main.ts', 'token', ...args], { cwd: ROOT, env: { ...base, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lastLine = (s: string) => s.trimEnd().split('\n').pop() ?? '';

describe('cli token', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let secretEnv: Record<string, string>;

  beforeAll(async () => {
    // The CLI signs with the wall clock, so the app's clock starts at the wall clock too.
    ctx = await createTestContext({ now: new Date().toISOString() });
    secretEnv = { VOTER_TOKEN_SECRET: ctx.config.voterTokenSecret!, NODE_ENV: 'test' };
    app = await buildApp(ctx.config, { clock: ctx.clock });
    app.get('/test-only/whoami', { config: { auth: 'voter' } }, async (request) => ({ principal: request.principal }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('mints a token the app accepts: last stdout line, sub = --openid, default TTL', async () => {
    const before = Math.floor(new Date().getTime() / 1000);
    const run = await cli(['--openid', 'oCliUser_01'], secretEnv);
    expect(run.code).toBe(0);
    const token = lastLine(run.stdout);
    expect(ctx.app.voterTokens.verify(token, ctx.clock.now())).toBe('oCliUser_01');

    const res = await app.inject({ method: 'GET', url: '/test-only/whoami', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ principal: { kind: 'voter', accountId: 'oCliUser_01' } });

    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload.aud).toBe('voter');
    expect(payload.exp - payload.iat).toBe(ctx.config.voterTokenTtlS);
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(run.stderr).toContain(`expiresAt: ${new Date(payload.exp * 1000).toISOString()}`);
    expect(run.stderr).not.toContain(token);
  });

  it('--ttl sets the lifetime: accepted before it ends, 401 after', async () => {
    const run = await cli(['--openid', 'oShortLived', '--ttl', '120'], secretEnv);
    expect(run.code).toBe(0);
    const token = lastLine(run.stdout);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(120);
    ctx.clock.set(new Date((payload.exp - 1) * 1000));
    expect((await app.inject({ method: 'GET', url: '/test-only/whoami', headers: bearer(token) })).statusCode).toBe(200);
    ctx.clock.set(new Date(payload.exp * 1000));
    expect((await app.inject({ method: 'GET', url: '/test-only/whoami', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('with no secret configured it signs with the development secret a service with no configuration uses', async () => {
    const run = await cli(['--openid', 'oDevUser'], { DATABASE_URL: ctx.config.databaseUrl });
    expect(run.code).toBe(0);
    const token = lastLine(run.stdout);
    // A service on the same database with no VOTER_TOKEN_SECRET accepts it…
    const dev = await buildApp({ ...ctx.config, voterTokenSecret: null, voterTokenSecretIsDefault: true }, { clock: ctx.clock });
    try {
      expect(dev.voterTokens.verify(token, new Date())).toBe('oDevUser');
    } finally {
      await dev.close();
    }
    // …which the test app (its own secret) rightly refuses.
    expect(ctx.app.voterTokens.verify(token, new Date())).toBeNull();
    expect(run.stderr).toMatch(/development secret/);
  });

  it('refuses bad input and bad configuration: exit code 1, an error on stderr, nothing on stdout', async () => {
    const cases: Array<[string, string[], Record<string, string>]> = [
      ['no --openid', [], {}],
      ['an --openid with a space', ['--openid', 'a b'], {}],
      ['a zero --ttl', ['--openid', 'x', '--ttl', '0'], {}],
      ['a non-numeric --ttl', ['--openid', 'x', '--ttl', '1h'], {}],
      ['production without a secret', ['--openid', 'x'], { NODE_ENV: 'production' }],
      ['a short secret', ['--openid', 'x'], { VOTER_TOKEN_SECRET: 'short-secret-value' }],
    ];
    // Two at a time: each run is a fresh tsx process, slow to start on a busy 2-core machine.
    const runs: Run[] = [];
    for (let i = 0; i < cases.length; i += 2) {
      runs.push(...(await Promise.all(cases.slice(i, i + 2).map(([, args, env]) => cli(args, env)))));
    }
    runs.forEach((run, i) => {
      const [name, , env] = cases[i];
      expect({ name, code: run.code, stdout: run.stdout }).toEqual({ name, code: 1, stdout: '' });
      expect(run.stderr).toMatch(/^error: /m);
      // Configuration errors name the variable, never its value.
      if (env.VOTER_TOKEN_SECRET) expect(run.stderr).not.toContain(env.VOTER_TOKEN_SECRET);
    });
  }, 120_000);

  it('refuses a flag the command does not read: exit code 2 and the usage, nothing minted', async () => {
    const run = await cli(['--openid', 'x', '--tll', '120'], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--tll/);
    expect(run.stderr).toMatch(/usage: npm run cli -- token/);
  }, 60_000);
});
