import { Writable } from 'node:stream';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp, LOG_REDACT } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { testPool } from '../helpers/databases';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { withTransaction } from '../../src/storage/db';

/**
 * Secrets, tokens and keys never reach the logs. The app gets a pino logger at `trace` (everything
 * it would ever log) with the production redaction, writing into memory; we then drive every kind
 * of credentialed request and failure through it and search the captured text.
 */
describe('secrets never appear in logs', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const lines: string[] = [];
  const DB_PASSWORD = 'db-password-must-not-leak-7f3a';

  beforeAll(async () => {
    ctx = await createTestContext();
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const logger = pino({ level: 'trace', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, sink);
    // Trust auth ignores the password, so the URL carries one only to prove it is never printed.
    const url = new URL(ctx.config.databaseUrl);
    url.password = DB_PASSWORD;
    app = await buildApp({ ...ctx.config, databaseUrl: url.toString() }, { clock: ctx.clock, logger });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('staff keys, voter tokens, idempotency keys, the token secret and the database password are never logged', async () => {
    const adminKey = await ctx.staffKey('admin');
    const auditorKey = await ctx.staffKey('auditor');
    const now = ctx.clock.now();
    const repo = ballotsRepository(ctx.pool);
    const { ballotId, candidateId } = await withTransaction(ctx.pool, async (tx) => {
      const b = await repo.insert(
        { title: 'logs', category: 'county', year: 2026, seats: 1, maxChoices: 1, opensAt: new Date(now.getTime() - 3600_000), durationDays: 7, closesAt: new Date(now.getTime() + 6 * 86400_000), showLiveCounts: true, now },
        tx,
      );
      const [c] = await repo.insertCandidates(b.id, [{ name: 'A', city: 'X' }, { name: 'B', city: 'X' }], now, tx);
      await repo.setStatus(b.id, 'published', now, tx);
      return { ballotId: b.id, candidateId: c.id };
    });
    const voterToken = ctx.voterToken('openid-logs');
    const idemKey = 'idem-key-must-not-leak-91b2';
    const forged = ctx.voterToken('openid-logs').slice(0, -4) + 'AAAA';

    const requests = [
      { method: 'GET', url: '/v1/ballots', headers: bearer(adminKey) },
      { method: 'GET', url: `/v1/ballots/${ballotId}/scores`, headers: bearer(auditorKey) },
      { method: 'GET', url: `/v1/ballots/${ballotId}/ledger`, headers: bearer(auditorKey) },
      { method: 'GET', url: '/v1/audit-log', headers: bearer(adminKey) },
      { method: 'POST', url: '/v1/ballots', headers: bearer(adminKey), payload: { title: 'x' } },
      { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: { ...bearer(voterToken), 'idempotency-key': idemKey }, payload: { candidateIds: [candidateId] } },
      { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: { ...bearer(voterToken), 'idempotency-key': idemKey }, payload: { candidateIds: [candidateId] } },
      { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: bearer(voterToken), payload: '{"candidateIds": [' },
      { method: 'GET', url: `/v1/ballots/${ballotId}/votes/me`, headers: bearer(voterToken) },
      { method: 'GET', url: `/v1/ballots/${ballotId}/votes/me`, headers: bearer(forged) },
      { method: 'GET', url: `/v1/ballots/${ballotId}/scores`, headers: bearer(voterToken) },
      { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: bearer(adminKey), payload: { candidateIds: [candidateId] } },
      { method: 'GET', url: '/nowhere', headers: bearer(adminKey) },
    ] as const;
    for (const r of requests) {
      const res = await app.inject({ ...r, headers: { 'content-type': 'application/json', ...r.headers } } as never);
      expect(res.statusCode).toBeLessThan(500);
    }

    const text = lines.join('');
    // The logger was really writing: every request left exactly one access line, with its status.
    type AccessLine = { msg?: string; reqId?: string; req?: { method?: string; url?: string; remoteAddress?: string }; res?: { statusCode?: number }; responseTime?: number };
    const access = lines.map((l) => JSON.parse(l) as AccessLine).filter((l) => l.msg === 'request completed');
    expect(access).toHaveLength(requests.length);
    for (const l of access) {
      expect({ reqId: typeof l.reqId, method: typeof l.req?.method, url: typeof l.req?.url, ip: typeof l.req?.remoteAddress, status: typeof l.res?.statusCode, ms: typeof l.responseTime })
        .toEqual({ reqId: 'string', method: 'string', url: 'string', ip: 'string', status: 'number', ms: 'number' });
    }
    expect(text).toContain(`/v1/ballots/${ballotId}/votes`);
    // Lines written through a request's own logger (made on its first line) carry that request's id.
    const refusals = lines.map((l) => JSON.parse(l) as { code?: string; reqId?: string; level?: number }).filter((l) => l.code !== undefined && l.level === 20);
    expect(refusals.map((l) => l.code)).toEqual(expect.arrayContaining(['VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN']));
    const accessIds = new Set(access.map((l) => l.reqId));
    for (const l of refusals) expect(accessIds.has(l.reqId)).toBe(true);
    for (const secret of [adminKey, auditorKey, voterToken, forged, idemKey, ctx.config.voterTokenSecret!, DB_PASSWORD]) {
      expect({ secret: secret.slice(0, 12), leaked: text.includes(secret) }).toEqual({ secret: secret.slice(0, 12), leaked: false });
    }
    // Nor the signature part of a token alone (e.g. a logged "malformed token …" message).
    expect(text.includes(voterToken.split('.')[2])).toBe(false);
  });

  it('a 5xx logs the failure but no credential, and its body says nothing internal', async () => {
    const adminKey = await ctx.staffKey('admin');
    // Ending the pool makes every query fail: the worst case for an error log quoting the request.
    const pool = testPool(ctx.config.databaseUrl, 1);
    const broken = await buildApp(
      { ...ctx.config },
      {
        clock: ctx.clock,
        pool,
        logger: pino({ level: 'trace', redact: { paths: LOG_REDACT, censor: '[redacted]' } }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) })),
      },
    );
    await broken.ready();
    await pool.end();
    const before = lines.length;
    const res = await broken.inject({ method: 'GET', url: '/v1/audit-log', headers: bearer(adminKey) });
    await broken.close();
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ statusCode: 503, code: 'UNAVAILABLE', message: expect.any(String), requestId: expect.any(String) });
    expect(res.body).not.toMatch(/SELECT|pool|stack|\bat /i);
    const text = lines.slice(before).join('');
    expect(text).not.toContain(adminKey);
    const failure = lines.slice(before).map((l) => JSON.parse(l) as { msg?: string; reqId?: string; level?: number }).find((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({ level: 50, reqId: res.json().requestId });
  });

  it('a configuration error names the variable, never its value', () => {
    const tooShort = 'short-secret-value';
    expect(() => loadConfig({ NODE_ENV: 'production', VOTER_TOKEN_SECRET: tooShort })).toThrow(/VOTER_TOKEN_SECRET/);
    try {
      loadConfig({ NODE_ENV: 'production', VOTER_TOKEN_SECRET: tooShort });
    } catch (err) {
      expect((err as Error).message).not.toContain(tooShort);
    }
  });
});
