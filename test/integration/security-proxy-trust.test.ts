import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

/**
 * Issue 20 #1: behind a proxy the client cannot choose its own IP. A real second hop: a tiny
 * forwarding proxy (as nginx's $proxy_add_x_forwarded_for does, it appends the address it saw) in
 * front of the listening service. The client connects from 127.0.0.2, the proxy from 127.0.0.1, so
 * the address the service settles on says which hop it believed.
 */

interface Reply {
  status: number;
  body: string;
}

function startProxy(target: number): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const seen = req.socket.remoteAddress ?? '';
    const prior = req.headers['x-forwarded-for'];
    const headers = { ...req.headers, 'x-forwarded-for': prior ? `${String(prior)}, ${seen}` : seen };
    const upstream = http.request({ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers, localAddress: '127.0.0.1' }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: unknown }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        localAddress: '127.0.0.2',
        agent: false,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function listening(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

describe.each([
  ['a hop count', '1'],
  ['the proxy address', '127.0.0.1'],
  ['a CIDR range', '127.0.0.1/32,10.0.0.0/8'],
])('TRUST_PROXY as %s, through a real forwarding proxy', (_name, trust) => {
  let ctx: TestContext;
  let proxy: { port: number; close: () => Promise<void> };
  let ballot: Awaited<ReturnType<typeof createBallot>>;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { TRUST_PROXY: trust, RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN: '3', RATE_LIMIT_VOTE_PER_IP_PER_MIN: '2' } });
    proxy = await startProxy(await listening(ctx.app));
    ballot = await createBallot(ctx.pool);
  });
  afterAll(async () => {
    await proxy.close();
    await ctx.close();
  });

  it('a forged X-Forwarded-For is ignored: the vote stores the address the proxy saw', async () => {
    const res = await send(proxy.port, {
      method: 'POST',
      path: `/v1/ballots/${ballot.id}/votes`,
      headers: { authorization: `Bearer ${ctx.voterToken('oProxied1')}`, 'x-forwarded-for': '6.6.6.6' },
      body: { candidateIds: [ballot.candidates[0].id] },
    });
    expect(res.status).toBe(201);
    const { rows } = await ctx.pool.query('SELECT ip FROM votes WHERE account_id = $1', ['oProxied1']);
    expect(rows).toEqual([{ ip: '127.0.0.2' }]);
  });

  it('rotating X-Forwarded-For does not escape the per-IP limits (404 scan, votes)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await send(proxy.port, { path: '/nowhere', headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    const votes: number[] = [];
    for (let i = 2; i < 5; i++) {
      const r = await send(proxy.port, {
        method: 'POST',
        path: `/v1/ballots/${ballot.id}/votes`,
        headers: { authorization: `Bearer ${ctx.voterToken(`oProxied${i}`)}`, 'x-forwarded-for': `203.0.113.${i}` },
        body: { candidateIds: [ballot.candidates[0].id] },
      });
      votes.push(r.status);
    }
    // The first vote of this file already counted for 127.0.0.2: the limit of 2 lets one more through.
    expect(votes).toEqual([201, 429, 429]);
  });
});

describe('what a trusted hop passes on must parse as an IP address', () => {
  let ctx: TestContext;
  let port: number;
  beforeAll(async () => {
    // The client itself is at a trusted address here, as a misconfigured proxy that forwards the
    // client's header untouched would be.
    ctx = await createTestContext({ env: { TRUST_PROXY: '127.0.0.0/8' } });
    port = await listening(ctx.app);
  });
  afterAll(() => ctx.close());

  it('<script> or 15,000 characters as the forwarded address: the socket address is used instead', async () => {
    const ballot = await createBallot(ctx.pool);
    for (const [openid, forged] of [
      ['oJunk1', '<script>alert(1)</script>'],
      ['oJunk2', 'x'.repeat(15_000)],
      ['oJunk3', '1.2.3.4:5678'],
    ] as const) {
      const res = await send(port, {
        method: 'POST',
        path: `/v1/ballots/${ballot.id}/votes`,
        headers: { authorization: `Bearer ${ctx.voterToken(openid)}`, 'x-forwarded-for': forged },
        body: { candidateIds: [ballot.candidates[0].id] },
      });
      expect(res.status).toBe(201);
    }
    const { rows } = await ctx.pool.query('SELECT DISTINCT ip FROM votes WHERE ballot_id = $1', [ballot.id]);
    expect(rows).toEqual([{ ip: '127.0.0.2' }]);
    // A well-formed forwarded address from a trusted hop is still taken.
    await send(port, {
      method: 'POST',
      path: `/v1/ballots/${ballot.id}/votes`,
      headers: { authorization: `Bearer ${ctx.voterToken('oGood')}`, 'x-forwarded-for': '2001:db8::7' },
      body: { candidateIds: [ballot.candidates[0].id] },
    });
    expect((await ctx.pool.query('SELECT ip FROM votes WHERE account_id = $1', ['oGood'])).rows).toEqual([{ ip: '2001:db8::7' }]);
  });
});

describe('TRUST_PROXY configuration', () => {
  it('true (trust every hop) is refused at start with a clear message; so are junk entries', () => {
    for (const value of ['true', 'TRUE', 'yes', 'on']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: true would trust every hop/);
    }
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY: not an IP address or CIDR range/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.internal' })).toThrow(/TRUST_PROXY/);
  });

  it('accepts off, a hop count and address lists', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
  });
});
