import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { capturingLogger } from '../helpers/log-capture';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

/** Issue 20 #8: credentials in a request's URL (token=, key=, code=, …) never reach the access log. */
describe('logged URLs: credentials redacted', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const { logger, lines } = capturingLogger('info');
  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp(ctx.config, { clock: ctx.clock, logger });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('token, key, code, secret and JWT-shaped values in the query are replaced; the path and other parameters stay', async () => {
    const ballot = await createBallot(ctx.pool);
    const token = ctx.voterToken('oQueryToken');
    const urls = [
      `/v1/ballots/${ballot.id}/votes/me?token=${token}`,
      `/v1/ballots/${ballot.id}/votes/me?access_token=${token}&page=2`,
      `/v1/audit-log?api_key=bk_live_secretvalue123&after=1`,
      `/v1/ballots?code=wechat-oauth-code-xyz&state=nonce-abc-123`,
      `/v1/ballots?client_secret=s3cr3t-v4lue`,
      `/v1/ballots?x=${token}`,
    ];
    for (const url of urls) await app.inject({ method: 'GET', url });
    const text = lines.join('');
    for (const secret of [token, token.split('.')[2], 'bk_live_secretvalue123', 'wechat-oauth-code-xyz', 'nonce-abc-123', 's3cr3t-v4lue']) {
      expect({ secret: secret.slice(0, 10), leaked: text.includes(secret) }).toEqual({ secret: secret.slice(0, 10), leaked: false });
    }
    const logged = lines.map((l) => JSON.parse(l) as { msg?: string; req?: { url?: string } }).filter((l) => l.msg === 'request completed').map((l) => l.req?.url);
    expect(logged).toEqual([
      `/v1/ballots/${ballot.id}/votes/me?token=[redacted]`,
      `/v1/ballots/${ballot.id}/votes/me?access_token=[redacted]&page=2`,
      `/v1/audit-log?api_key=[redacted]&after=1`,
      `/v1/ballots?code=[redacted]&state=[redacted]`,
      `/v1/ballots?client_secret=[redacted]`,
      `/v1/ballots?x=[redacted]`,
    ]);
  });
});
