import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

/** Issue 20 #13: the WeChat page's origin can read Retry-After and Idempotent-Replayed. */
describe('CORS: exposed headers', () => {
  let ctx: TestContext;
  const PAGE = 'https://vote.example.gov.cn';
  beforeAll(async () => {
    ctx = await createTestContext({ env: { CORS_ORIGINS: PAGE, RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN: '1' } });
  });
  afterAll(() => ctx.close());

  const exposed = (h: unknown) => String(h ?? '').toLowerCase().split(/\s*,\s*/);

  it('a replayed vote answers with Idempotent-Replayed, exposed to the page', async () => {
    const ballot = await createBallot(ctx.pool);
    const headers = { ...bearer(ctx.voterToken('oCorsReplay')), origin: PAGE, 'idempotency-key': 'k-cors-1' };
    const payload = { candidateIds: [ballot.candidates[0].id] };
    const first = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers, payload });
    expect(first.statusCode).toBe(201);
    const again = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers, payload });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['access-control-allow-origin']).toBe(PAGE);
    expect(exposed(again.headers['access-control-expose-headers'])).toEqual(expect.arrayContaining(['retry-after', 'idempotent-replayed']));
  });

  it('a 429 carries Retry-After, exposed to the page', async () => {
    let res;
    for (let i = 0; i < 3; i++) res = await ctx.app.inject({ method: 'GET', url: '/nowhere', headers: { origin: PAGE }, remoteAddress: '198.51.100.40' });
    expect(res!.statusCode).toBe(429);
    expect(Number(res!.headers['retry-after'])).toBeGreaterThan(0);
    expect(exposed(res!.headers['access-control-expose-headers'])).toEqual(expect.arrayContaining(['retry-after', 'idempotent-replayed']));
  });

  it('another origin is given neither the origin nor the exposed headers', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/v1/ballots', headers: { origin: 'https://evil.example.com' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
