import { Writable } from 'node:stream';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { createTestContext, type TestContext } from '../helpers/test-app';

/** ACCESS_LOG_SAMPLE thins the lines of routine answers (2xx, 3xx, 409); other 4xx and 5xx always get theirs. */
describe('access log sampling', () => {
  let ctx: TestContext;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await ctx.close();
  });

  async function appLogging(sample: number): Promise<{ app: FastifyInstance; lines: Array<{ msg?: string; res?: { statusCode?: number } }> }> {
    const lines: Array<{ msg?: string; res?: { statusCode?: number } }> = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(JSON.parse(String(chunk)));
        cb();
      },
    });
    const app = await buildApp({ ...ctx.config, accessLogSample: sample }, { clock: ctx.clock, logger: pino({ level: 'info' }, sink) });
    apps.push(app);
    await app.ready();
    return { app, lines };
  }
  const accessLines = (lines: Array<{ msg?: string; res?: { statusCode?: number } }>) => lines.filter((l) => l.msg === 'request completed').map((l) => l.res?.statusCode);

  it('sample 1: a line per answer', async () => {
    const { app, lines } = await appLogging(1);
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect(accessLines(lines)).toEqual([200, 200, 200, 200, 200]);
  });

  it('sample 0: no line for fast 200s, still one for a 404 and a 401', async () => {
    const { app, lines } = await appLogging(0);
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/v1/no-such-route' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/v1/audit-log' })).statusCode).toBe(401);
    expect(accessLines(lines)).toEqual([404, 401]);
  });
});
