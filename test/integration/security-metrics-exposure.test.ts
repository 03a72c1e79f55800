import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { loadConfig } from '../../src/config';
import { createTestDatabase, deleteRedisPrefix, REDIS_URL } from '../helpers/databases';
import { sparePort, waitForPort } from '../helpers/spare-port';
import { createTestContext, type TestContext } from '../helpers/test-app';

/**
 * Issue 20 #3: /metrics is not on the public port in production. The real server (src/server.ts)
 * in production mode serves it on a separate listener bound to METRICS_HOST, optionally behind a
 * scrape credential; development keeps it on the main port, as API.md lists it.
 */
const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'metrics-test-secret-metrics-test-secret-0123';
const TOKEN = 'scrape-credential-0123456789';

describe('the real server in production: /metrics only on its own internal listener', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let child: ChildProcess;
  let port = 0;
  let metricsPort = 0;
  const prefix = `t:${randomBytes(5).toString('hex')}:`;
  beforeAll(async () => {
    db = await createTestDatabase();
    [port, metricsPort] = [await sparePort(), await sparePort()];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        METRICS_PORT: String(metricsPort),
        METRICS_TOKEN: TOKEN,
        DATABASE_URL: db.url,
        REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        VOTER_TOKEN_SECRET: SECRET,
        LOG_LEVEL: 'warn',
        DETECT_INTERVAL_MS: '0',
        PG_POOL_MAX: '3',
      },
    });
    await waitForPort(port, 30_000);
    await waitForPort(metricsPort, 10_000);
  }, 40_000);
  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await deleteRedisPrefix(redis, prefix);
    redis.disconnect();
    await db.drop();
  });

  it('the public port answers 404 for /metrics, and still serves the API', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code?: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
  });

  it('the metrics listener wants the scrape credential, then serves Prometheus text', async () => {
    expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: 'Bearer wrong-credential-000000' } })).status).toBe(401);
    const ok = await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^# HELP http_request_duration_seconds/m);
    // Nothing else is served there.
    expect((await fetch(`http://127.0.0.1:${metricsPort}/v1/ballots`)).status).toBe(404);
  });
});

describe('metrics defaults and the main-port route', () => {
  it('production: a separate listener on 127.0.0.1:9464 by default; development/test: the main port', () => {
    expect(loadConfig({ NODE_ENV: 'production', VOTER_TOKEN_SECRET: SECRET }).metrics).toEqual({ onMainPort: false, port: 9464, host: '127.0.0.1', token: null });
    expect(loadConfig({ NODE_ENV: 'development' }).metrics).toEqual({ onMainPort: true, port: null, host: '127.0.0.1', token: null });
    expect(loadConfig({ METRICS_PORT: '9100', METRICS_HOST: '10.0.0.5' }).metrics).toEqual({ onMainPort: false, port: 9100, host: '10.0.0.5', token: null });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  describe('on the main port with METRICS_TOKEN', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestContext({ env: { METRICS_TOKEN: TOKEN } });
    });
    afterAll(() => ctx.close());
    it('401 without the credential, 200 with it', async () => {
      const denied = await ctx.app.inject({ method: 'GET', url: '/metrics' });
      expect(denied.statusCode).toBe(401);
      expect(denied.json().code).toBe('UNAUTHENTICATED');
      expect(denied.body).not.toMatch(/votes_total/);
      const ok = await ctx.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toMatch(/votes_total/);
    });
  });
});
