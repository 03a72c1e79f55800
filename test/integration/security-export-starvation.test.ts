import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

/**
 * Issue 20 #2: ledger exports cannot take the PostgreSQL pool. 21 slow readers (clients that read
 * the headers and then nothing) across three auditor keys: at most EXPORT_MAX_CONCURRENT run, at
 * most EXPORT_MAX_PER_KEY per key, the rest get 429 with Retry-After; meanwhile votes/me, /ready
 * and voting answer normally on a main pool of only 4 connections; PostgreSQL ends a stalled
 * export after EXPORT_IDLE_TIMEOUT_MS, which frees its connection and slot.
 */
jest.setTimeout(60_000);

interface Held {
  status: number;
  retryAfter: string | undefined;
  req: http.ClientRequest;
  res: http.IncomingMessage;
  closed: Promise<void>;
}

function holdExport(port: number, path: string, key: string): Promise<Held> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent: false, headers: bearer(key) }, (res) => {
      // Read nothing: the body stays in the kernel's buffers and the server's stream pauses.
      res.pause();
      const closed = new Promise<void>((r) => req.once('close', () => r()));
      resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, req, res, closed });
    });
    req.on('error', reject);
  });
}

describe('ledger exports never starve voting', () => {
  let ctx: TestContext;
  let port: number;
  let ballot: Awaited<ReturnType<typeof createBallot>>;
  const IDLE_MS = 4000;
  beforeAll(async () => {
    ctx = await createTestContext({
      env: { PG_POOL_MAX: '4', EXPORT_MAX_CONCURRENT: '3', EXPORT_MAX_PER_KEY: '2', EXPORT_IDLE_TIMEOUT_MS: String(IDLE_MS) },
    });
    ballot = await createBallot(ctx.pool);
    // A ledger far larger than the socket buffers (about 25 MB), so a reader that stops holds its export open.
    await ctx.pool.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent)
       SELECT gen_random_uuid(), $1, 'oBulk' || g, DATE '2026-06-01', ARRAY[$2::uuid], TIMESTAMPTZ '2026-06-01T01:00:00Z' + g * INTERVAL '1 ms',
              '10.0.' || (g % 250) || '.' || (g % 200), 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) MicroMessenger/8.0.47 NetType/WIFI Language/zh_CN'
       FROM generate_series(1, 100000) AS g`,
      [ballot.id, ballot.candidates[0].id],
    );
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.server.address() as AddressInfo).port;
  });
  afterAll(() => ctx.close());

  const exportConnections = async () =>
    Number(
      (await ctx.pool.query(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ballot-service-export'`))
        .rows[0].count,
    );

  it('21 slow readers: 3 run, the rest 429 with Retry-After; votes/me, /ready and a vote stay fine; idle exports are ended', async () => {
    const keys = [await ctx.staffKey('auditor'), await ctx.staffKey('auditor'), await ctx.staffKey('auditor')];
    const url = `/v1/ballots/${ballot.id}/ledger`;
    const held: Held[] = [];
    for (let i = 0; i < 21; i++) held.push(await holdExport(port, url, keys[i % 3]));
    const ok = held.filter((h) => h.status === 200);
    const limited = held.filter((h) => h.status === 429);
    expect(ok).toHaveLength(3);
    expect(limited).toHaveLength(18);
    for (const h of limited) expect(Number(h.retryAfter)).toBeGreaterThan(0);
    // No key holds more than its 2.
    const perKey = [0, 1, 2].map((k) => held.filter((h, i) => i % 3 === k && h.status === 200).length);
    expect(Math.max(...perKey)).toBeLessThanOrEqual(2);
    expect(await exportConnections()).toBe(3);

    // While they hold: the main pool is untouched.
    const voter = ctx.voterToken('oDuringExports');
    const checks = await Promise.all([
      ...Array.from({ length: 8 }, () => ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}/votes/me`, headers: bearer(voter) })),
      ctx.app.inject({ method: 'GET', url: '/ready' }),
      ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer(voter), payload: { candidateIds: [ballot.candidates[1].id] } }),
    ]);
    expect(checks.map((r) => r.statusCode)).toEqual([...Array(8).fill(200), 200, 201]);

    // The readers keep stalling: PostgreSQL ends each idle export transaction, which ends the
    // export at once on the server (the client would find its response cut when it reads again),
    // returning the connections and the slots.
    const started = performance.now();
    while ((await exportConnections()) > 0 || ctx.app.ledgerExports.slots.inUse > 0) {
      expect(performance.now() - started).toBeLessThan(IDLE_MS + 5000);
      await new Promise((r) => setTimeout(r, 50));
    }
    const again = await holdExport(port, url, keys[0]);
    expect(again.status).toBe(200);
    for (const h of [...held, again]) h.req.destroy();
    await Promise.all([...held, again].map((h) => h.closed));
  });

  it('a reader that reads gets the whole ledger', async () => {
    const key = await ctx.staffKey('auditor');
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}/ledger`, headers: bearer(key) });
    expect(res.statusCode).toBe(200);
    expect(res.body.split('\n').length - 1).toBe(100_001);
  });
});
