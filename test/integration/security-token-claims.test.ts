import { createSigner } from 'fast-jwt';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

/** Issue 20 #9: a token living longer than VOTER_TOKEN_TTL_S, or issued in the future, is refused (401). */
describe('voter token claims: lifetime and issue time', () => {
  let ctx: TestContext;
  let ballotId: string;
  const TTL = 3600;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { VOTER_TOKEN_TTL_S: String(TTL) } });
    ballotId = (await createBallot(ctx.pool)).id;
  });
  afterAll(() => ctx.close());

  const forge = (claims: Record<string, unknown>) => createSigner({ key: ctx.config.voterTokenSecret!, algorithm: 'HS256' })({ aud: 'voter', sub: 'oClaims', ...claims });
  const me = (token: string) => ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/votes/me`, headers: bearer(token) });
  const nowS = () => Math.floor(ctx.clock.now().getTime() / 1000);

  it('accepts the service’s own tokens and a lifetime up to the TTL plus 60 s of skew', async () => {
    expect((await me(ctx.voterToken('oClaims'))).statusCode).toBe(200);
    expect((await me(forge({ iat: nowS(), exp: nowS() + TTL + 60 }))).statusCode).toBe(200);
    expect((await me(forge({ iat: nowS() + 30, exp: nowS() + 600 }))).statusCode).toBe(200);
  });

  it('refuses an exp far past the TTL, a missing iat, and an iat in the future beyond the skew', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['ten years', { iat: nowS(), exp: nowS() + 10 * 365 * 86400 }],
      ['TTL + 61 s', { iat: nowS(), exp: nowS() + TTL + 61 }],
      ['old iat, far exp', { iat: nowS() - 7200, exp: nowS() + TTL }],
      ['no iat', { exp: nowS() + 600 }],
      ['iat in 2 minutes', { iat: nowS() + 120, exp: nowS() + 600 }],
    ];
    for (const [name, claims] of cases) {
      const res = await me(forge(claims));
      expect({ name, status: res.statusCode, code: res.json().code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('a future-issued token becomes valid once its iat (less the skew) is reached, also after a cached check', async () => {
    const token = forge({ iat: nowS() + 300, exp: nowS() + 900 });
    expect((await me(token)).statusCode).toBe(401);
    ctx.clock.advance(241_000);
    expect((await me(token)).statusCode).toBe(200);
    ctx.clock.advance(-241_000);
    expect((await me(token)).statusCode).toBe(401);
  });
});
