import net, { type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { rowCounts } from '../helpers/row-counts';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { withTransaction } from '../../src/storage/db';

/**
 * Hand-picked hostile input: oversized bodies, prototype-pollution keys, huge arrays and strings,
 * wrong content types, and clients that send slowly. Never a 5xx; nothing written on rejection.
 */
describe('bad input', () => {
  let ctx: TestContext;
  let admin: string;
  let voter: string;
  let ballotId: string;
  let candidateId: string;
  let draftId: string;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { REQUEST_TIMEOUT_MS: '1000', RATE_LIMIT_ENABLED: 'false' } });
    admin = await ctx.staffKey('admin');
    voter = ctx.voterToken('openid-bad-input');
    const now = ctx.clock.now();
    const repo = ballotsRepository(ctx.pool);
    ({ ballotId, candidateId, draftId } = await withTransaction(ctx.pool, async (tx) => {
      const mk = (title: string) =>
        repo.insert({ title, category: 'county', year: 2026, seats: 1, maxChoices: 1, opensAt: new Date(now.getTime() - 3600_000), durationDays: 7, closesAt: new Date(now.getTime() + 6 * 86400_000), showLiveCounts: true, now }, tx);
      const b = await mk('open');
      const [c] = await repo.insertCandidates(b.id, [{ name: 'A', city: 'X' }, { name: 'B', city: 'X' }], now, tx);
      await repo.setStatus(b.id, 'published', now, tx);
      const d = await mk('draft');
      return { ballotId: b.id, candidateId: c.id, draftId: d.id };
    }));
  });
  afterAll(() => ctx.close());

  async function expectRejectedAndNothingWritten(
    req: { method: 'POST' | 'PUT' | 'DELETE'; url: string; headers?: Record<string, string>; payload?: string | Buffer },
    statuses: number[],
  ): Promise<{ code?: string }> {
    const before = await rowCounts(ctx.pool);
    const res = await ctx.app.inject(req);
    if (!statuses.includes(res.statusCode)) throw new Error(`${req.method} ${req.url}: ${res.statusCode} ${res.body.slice(0, 300)}, want one of ${statuses.join('/')}`);
    const after = await rowCounts(ctx.pool);
    expect(after).toEqual(before);
    return res.json();
  }

  it('a body over BODY_LIMIT_BYTES is 413 PAYLOAD_TOO_LARGE, before it is parsed', async () => {
    const big = JSON.stringify({ candidateIds: [candidateId], pad: 'x'.repeat(70 * 1024) });
    const body = await expectRejectedAndNothingWritten(
      { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: { ...bearer(voter), 'content-type': 'application/json' }, payload: big },
      [413],
    );
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
    const huge = JSON.stringify({ title: 'x'.repeat(200 * 1024) });
    expect((await expectRejectedAndNothingWritten({ method: 'POST', url: '/v1/ballots', headers: { ...bearer(admin), 'content-type': 'application/json' }, payload: huge }, [413])).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('the candidates route has its own larger limit, and is still 413 beyond it', async () => {
    const candidates = Array.from({ length: 500 }, (_, i) => ({ name: `c${i}`, city: 'X', summary: '长'.repeat(3000) }));
    const body = await expectRejectedAndNothingWritten(
      { method: 'POST', url: `/v1/ballots/${draftId}/candidates`, headers: { ...bearer(admin), 'content-type': 'application/json' }, payload: JSON.stringify({ candidates }) },
      [413],
    );
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an oversized body without a credential is refused with 401 (auth runs before the body is read)', async () => {
    await expectRejectedAndNothingWritten(
      { method: 'POST', url: '/v1/ballots', headers: { 'content-type': 'application/json' }, payload: 'x'.repeat(5 * 1024 * 1024) },
      [401, 413],
    );
  });

  it('__proto__ and constructor keys are refused or ignored, and pollute nothing', async () => {
    const payloads = [
      `{"candidateIds": ["${candidateId}"], "__proto__": {"polluted": "yes"}}`,
      `{"candidateIds": ["${candidateId}"], "constructor": {"prototype": {"polluted": "yes"}}}`,
      `{"__proto__": {"candidateIds": ["${candidateId}"]}}`,
    ];
    for (const payload of payloads) {
      await expectRejectedAndNothingWritten(
        { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: { ...bearer(voter), 'content-type': 'application/json' }, payload },
        [400, 422],
      );
    }
    const ballot = `{"title": "t", "category": "county", "year": 2026, "seats": 1, "opensAt": "2026-06-01T00:00:00Z", "__proto__": {"status": "published"}}`;
    await expectRejectedAndNothingWritten({ method: 'POST', url: '/v1/ballots', headers: { ...bearer(admin), 'content-type': 'application/json' }, payload: ballot }, [400]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).status).toBeUndefined();
  });

  it('huge arrays and strings within the body limit are 400/422, not 5xx', async () => {
    const cases: Array<[string, string, string]> = [
      [`/v1/ballots/${ballotId}/votes`, voter, JSON.stringify({ candidateIds: Array.from({ length: 1500 }, () => randomUUID()) })],
      [`/v1/ballots/${ballotId}/votes`, voter, JSON.stringify({ candidateIds: Array.from({ length: 6000 }, () => candidateId) })],
      [`/v1/ballots/${ballotId}/votes`, voter, JSON.stringify({ candidateIds: ['x'.repeat(60_000)] })],
      [`/v1/ballots/${ballotId}/votes`, voter, JSON.stringify({ candidateIds: [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]] })],
      [`/v1/ballots/${ballotId}/votes`, voter, '['.repeat(30_000) + ']'.repeat(30_000)],
      ['/v1/ballots', admin, JSON.stringify({ title: '标'.repeat(20_000), category: 'county', year: 2026, seats: 1, opensAt: '2026-06-01T00:00:00Z' })],
      ['/v1/ballots', admin, JSON.stringify({ title: 't', category: 'county', year: 1e308, seats: -1, opensAt: '2026-06-01T00:00:00Z' })],
      [`/v1/ballots/${draftId}/candidates`, admin, JSON.stringify({ candidates: Array.from({ length: 501 }, () => ({ name: 'n', city: 'c' })) })],
      [`/v1/ballots/${draftId}/candidates`, admin, JSON.stringify({ candidates: [] })],
    ];
    for (const [url, cred, payload] of cases) {
      await expectRejectedAndNothingWritten({ method: 'POST', url, headers: { ...bearer(cred), 'content-type': 'application/json' }, payload }, [400, 413, 422]);
    }
  });

  it('wrong content types are 415 or 400, never parsed as JSON by accident', async () => {
    const good = JSON.stringify({ candidateIds: [candidateId] });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json', 'image/png']) {
      const body = await expectRejectedAndNothingWritten(
        { method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: { ...bearer(voter), 'content-type': type }, payload: good },
        [400, 415],
      );
      expect(['UNSUPPORTED_MEDIA_TYPE', 'VALIDATION_FAILED']).toContain(body.code);
    }
    // Not JSON at all, or an empty body, with the JSON type.
    for (const payload of ['', 'candidateIds=1', '{"candidateIds": [', '\u0000\u0001', 'null', '"a string"', '42']) {
      await expectRejectedAndNothingWritten({ method: 'POST', url: `/v1/ballots/${ballotId}/votes`, headers: { ...bearer(voter), 'content-type': 'application/json' }, payload }, [400, 422]);
    }
  });

  it('a path parameter longer than the router allows is 400 with API.md\'s body (bug: Fastify\'s own 414 body echoed the URL)', async () => {
    for (const url of [`/v1/ballots/${'a'.repeat(300)}`, `/v1/ballots/${'a'.repeat(300)}/votes`, '/v1/ballots/%E4%B8']) {
      const res = await ctx.app.inject({ method: 'GET', url, headers: bearer(voter) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String), requestId: expect.any(String) });
      expect(res.body).not.toContain('aaaaaaaaaa');
    }
  });

  describe('slow clients are cut off by REQUEST_TIMEOUT_MS (1 s here)', () => {
    let port: number;
    beforeAll(async () => {
      await ctx.app.listen({ port: 0, host: '127.0.0.1' });
      port = (ctx.app.server.address() as AddressInfo).port;
    });

    /** Opens a raw socket, sends `first`, then one more chunk every 200 ms; resolves when the server closes it. */
    function trickle(first: string, chunk: string): Promise<{ ms: number; answer: string }> {
      return new Promise((resolve) => {
        const t0 = performance.now();
        const s = net.connect(port, '127.0.0.1');
        let answer = '';
        const iv = setInterval(() => s.write(chunk), 200);
        const guard = setTimeout(() => s.destroy(), 15_000);
        s.on('data', (d) => (answer += String(d)));
        s.on('error', () => {});
        s.on('close', () => {
          clearInterval(iv);
          clearTimeout(guard);
          resolve({ ms: performance.now() - t0, answer });
        });
        s.write(first);
      });
    }

    it('headers sent a line at a time: 408 and closed within a few seconds, not 30 (bug: Node checked every 30 s)', async () => {
      const { ms, answer } = await trickle('GET /v1/ballots HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(ms).toBeLessThan(3000);
    });

    it('a body sent a byte at a time: the connection is cut and nothing is recorded (bug: the body had no deadline)', async () => {
      const before = await rowCounts(ctx.pool);
      const body = JSON.stringify({ candidateIds: [candidateId] });
      const { ms, answer } = await trickle(
        `POST /v1/ballots/${ballotId}/votes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${voter}\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 400}\r\n\r\n${body}`,
        ' ',
      );
      expect(answer).not.toMatch(/^HTTP\/1\.1 201/);
      expect(ms).toBeLessThan(3000);
      expect(await rowCounts(ctx.pool)).toEqual(before);
      // The service is fine afterwards.
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      expect(res.status).toBe(200);
    });
  });
});
