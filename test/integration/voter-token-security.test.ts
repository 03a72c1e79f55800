import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';

/**
 * Voter tokens through the real auth plugin (issue 7): every bad token is 401 UNAUTHENTICATED on a
 * voter route, and the account is the token's `sub`, whatever openid the client claims elsewhere.
 * A test-only voter route echoes the principal; API.md's own voter route `votes/me` is checked too
 * when it is registered.
 */

const WHOAMI = '/test-only/whoami';
const VOTES_ME = '/v1/ballots/:ballotId/votes/me';
const BALLOT_ID = '0b9f3c1e-6a57-4a8e-9d55-3f4f1c2b7a10';

describe('voter tokens on voter routes', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let secret: string;
  let hasVotesMe = false;

  beforeAll(async () => {
    ctx = await createTestContext();
    secret = ctx.config.voterTokenSecret!;
    app = await buildApp(ctx.config, { clock: ctx.clock });
    const echo = { config: { auth: 'voter' as const } };
    const who = (request: { principal: unknown }) => ({ principal: request.principal });
    app.get(WHOAMI, echo, async (request) => who(request));
    app.post(WHOAMI, echo, async (request) => who(request));
    app.get('/test-only/admin', { config: { auth: ['admin'] } }, async () => ({ ok: true }));
    await app.ready();
    hasVotesMe = app.hasRoute({ method: 'GET', url: VOTES_ME });
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const nowS = () => Math.floor(ctx.clock.now().getTime() / 1000);
  function forge(alg: string, claims: Record<string, unknown>, sign: 'hs256' | 'hs512' | 'none' = 'hs256'): string {
    const input = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
    if (sign === 'none') return `${input}.`;
    return `${input}.${createHmac(sign === 'hs256' ? 'sha256' : 'sha512', secret).update(input).digest('base64url')}`;
  }
  const claims = (over: Record<string, unknown> = {}) => ({ sub: 'victim_openid', aud: 'voter', iat: nowS(), exp: nowS() + 600, ...over });

  /** Every voter route we can reach: the echo route, and votes/me once it exists. */
  async function expect401(authorization: string | undefined): Promise<void> {
    const headers = authorization === undefined ? {} : { authorization };
    const urls = [WHOAMI, ...(hasVotesMe ? [VOTES_ME.replace(':ballotId', BALLOT_ID)] : [])];
    for (const url of urls) {
      const res = await app.inject({ method: 'GET', url, headers });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 401 });
      expect(res.json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', requestId: expect.any(String) });
    }
  }

  it('a valid token signs the voter in as its sub', async () => {
    const res = await app.inject({ method: 'GET', url: WHOAMI, headers: bearer(ctx.voterToken('alice_openid')) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ principal: { kind: 'voter', accountId: 'alice_openid' } });
    // The hand-forging helper makes tokens the service accepts, so the refusals below are about the attack.
    const forged = await app.inject({ method: 'GET', url: WHOAMI, headers: bearer(forge('HS256', claims())) });
    expect(forged.statusCode).toBe(200);
    if (hasVotesMe) {
      const me = await app.inject({ method: 'GET', url: VOTES_ME.replace(':ballotId', BALLOT_ID), headers: bearer(ctx.voterToken('alice_openid')) });
      expect(me.statusCode).not.toBe(401);
      expect(me.statusCode).not.toBe(403);
    }
  });

  it('no credential, or not a Bearer credential, is 401', async () => {
    await expect401(undefined);
    await expect401('');
    await expect401(`Basic ${Buffer.from('a:b').toString('base64')}`);
    await expect401(ctx.voterToken('alice_openid'));
    await expect401(`Bearer ${ctx.voterToken('alice_openid')} ${ctx.voterToken('bob_openid')}`);
  });

  it('alg none is 401', async () => {
    await expect401(`Bearer ${forge('none', claims(), 'none')}`);
    await expect401(`Bearer ${forge('none', claims())}`);
  });

  it('HS512 and RS256-looking tokens are 401', async () => {
    await expect401(`Bearer ${forge('HS512', claims(), 'hs512')}`);
    await expect401(`Bearer ${forge('RS256', claims())}`);
  });

  it('a wrong audience is 401', async () => {
    await expect401(`Bearer ${forge('HS256', claims({ aud: 'admin' }))}`);
    await expect401(`Bearer ${forge('HS256', claims({ aud: undefined }))}`);
  });

  it('a missing sub is 401', async () => {
    await expect401(`Bearer ${forge('HS256', claims({ sub: undefined }))}`);
  });

  it('an expired token is 401, by the service clock', async () => {
    const token = ctx.voterToken('alice_openid');
    const start = ctx.clock.now();
    try {
      ctx.clock.advance(ctx.config.voterTokenTtlS * 1000 - 1000);
      expect((await app.inject({ method: 'GET', url: WHOAMI, headers: bearer(token) })).statusCode).toBe(200);
      ctx.clock.advance(1000);
      await expect401(`Bearer ${token}`);
    } finally {
      ctx.clock.set(start);
    }
  });

  it('a tampered payload or signature is 401', async () => {
    const [h, p, s] = ctx.voterToken('victim_openid').split('.');
    const otherSub = b64({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'attacker_openid' });
    await expect401(`Bearer ${h}.${otherSub}.${s}`);
    const flipped = s[0] === 'A' ? `B${s.slice(1)}` : `A${s.slice(1)}`;
    await expect401(`Bearer ${h}.${p}.${flipped}`);
    await expect401(`Bearer ${h}.${p}.`);
  });

  it('a token signed with another secret is 401', async () => {
    const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
    await expect401(`Bearer ${input}.${createHmac('sha256', 'not-the-secret-not-the-secret-0123456789').update(input).digest('base64url')}`);
  });

  it('an openid in a header, the body or the query is ignored: the token\'s sub is the account', async () => {
    const token = ctx.voterToken('real_openid');
    const get = await app.inject({
      method: 'GET',
      url: `${WHOAMI}?openid=spoofed&accountId=spoofed&sub=spoofed`,
      headers: { ...bearer(token), 'x-openid': 'spoofed', 'x-wechat-openid': 'spoofed', 'x-account-id': 'spoofed' },
    });
    expect(get.json()).toEqual({ principal: { kind: 'voter', accountId: 'real_openid' } });
    const post = await app.inject({
      method: 'POST',
      url: `${WHOAMI}?openid=spoofed`,
      headers: { ...bearer(token), 'x-openid': 'spoofed' },
      payload: { openid: 'spoofed', accountId: 'spoofed', sub: 'spoofed' },
    });
    expect(post.json()).toEqual({ principal: { kind: 'voter', accountId: 'real_openid' } });
  });

  it('a voter token on a staff route is 403, a staff key on a voter route is 403', async () => {
    const onStaff = await app.inject({ method: 'GET', url: '/test-only/admin', headers: bearer(ctx.voterToken('alice_openid')) });
    expect(onStaff.statusCode).toBe(403);
    expect(onStaff.json()).toMatchObject({ code: 'FORBIDDEN' });
    const onVoter = await app.inject({ method: 'GET', url: WHOAMI, headers: bearer(await ctx.staffKey('admin')) });
    expect(onVoter.statusCode).toBe(403);
    expect(onVoter.json()).toMatchObject({ code: 'FORBIDDEN' });
  });
});
