import { createSigner } from 'fast-jwt';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createTestDatabase } from '../helpers/databases';
import { createBallot } from '../helpers/vote-fixtures';

/**
 * Issue 20 #5: a service started without VOTER_TOKEN_SECRET never signs with a secret written in the
 * source. It makes a random one on first start, keeps it in PostgreSQL (shared by its instances and
 * `npm run cli -- token`), and refuses tokens signed with the old built-in secret.
 */
const OLD_PUBLIC_SECRET = 'development-only-voter-token-secret-not-for-production';

describe('development voter-token secret', () => {
  let ctx: TestContext;
  let devA: FastifyInstance;
  let devB: FastifyInstance;
  let ballotId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const noSecret = { ...ctx.config, voterTokenSecret: null, voterTokenSecretIsDefault: true };
    devA = await buildApp(noSecret, { clock: ctx.clock });
    devB = await buildApp(noSecret, { clock: ctx.clock });
    ballotId = (await createBallot(ctx.pool)).id;
  });
  afterAll(async () => {
    await devA.close();
    await devB.close();
    await ctx.close();
  });

  const me = (app: FastifyInstance, token: string) => app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/votes/me`, headers: bearer(token) });

  it('a token forged with the old built-in secret is refused', async () => {
    const nowS = Math.floor(ctx.clock.now().getTime() / 1000);
    const forged = createSigner({ key: OLD_PUBLIC_SECRET, algorithm: 'HS256' })({ aud: 'voter', sub: 'oAnyone', iat: nowS, exp: nowS + 600 });
    expect((await me(devA, forged)).statusCode).toBe(401);
  });

  it('the secret is random, stored once, and shared by every instance on the database', async () => {
    const { rows } = await ctx.pool.query<{ value: string }>(`SELECT value FROM service_secrets WHERE name = 'voter-token-secret'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows[0].value).not.toBe(OLD_PUBLIC_SECRET);
    const token = devA.voterTokens.mint('oDevShared', ctx.clock.now()).token;
    expect((await me(devB, token)).statusCode).toBe(200);
    const nowS = Math.floor(ctx.clock.now().getTime() / 1000);
    const signedWithStored = createSigner({ key: rows[0].value, algorithm: 'HS256' })({ aud: 'voter', sub: 'oStored', iat: nowS, exp: nowS + 600 });
    expect((await me(devA, signedWithStored)).statusCode).toBe(200);
  });

  it('another database gets another secret', async () => {
    const other = await createTestDatabase();
    const app = await buildApp({ ...ctx.config, databaseUrl: other.url, voterTokenSecret: null, voterTokenSecretIsDefault: true }, { clock: ctx.clock });
    try {
      const token = app.voterTokens.mint('oElsewhere', ctx.clock.now()).token;
      expect((await me(devA, token)).statusCode).toBe(401);
    } finally {
      await app.close();
      await other.drop();
    }
  });
});
