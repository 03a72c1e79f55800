import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';

/** Issue 20 #7: NUL and lone surrogates in any string input are 400 VALIDATION_FAILED, never 5xx, and change nothing. */
describe('strings PostgreSQL cannot store', () => {
  let ctx: TestContext;
  let admin: string;
  let auditor: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.staffKey('admin');
    auditor = await ctx.staffKey('auditor');
  });
  afterAll(() => ctx.close());

  const BAD = ['a\\u0000b', '\\ud800', 'x\\udfffy', '\\udc00\\ud800'];

  const counts = async () => {
    const { rows } = await ctx.pool.query<{ b: number; f: number; a: number }>(
      'SELECT (SELECT count(*)::int FROM ballots) AS b, (SELECT count(*)::int FROM flags) AS f, (SELECT count(*)::int FROM audit_log) AS a',
    );
    return rows[0];
  };

  it('in a ballot title, a candidate name, a flag reason and a review note: 400, nothing written', async () => {
    const ballot = await createBallot(ctx.pool);
    const cand = ballot.candidates[0].id;
    const before = await counts();
    for (const bad of BAD) {
      const cases = [
        { url: '/v1/ballots', key: admin, body: `{"title":"${bad}","category":"county","year":2026,"seats":1,"opensAt":"2026-07-01T00:00:00Z"}` },
        { url: `/v1/ballots/${ballot.id}/candidates`, key: admin, body: `{"candidates":[{"name":"${bad}","city":"南昌市"}]}` },
        { url: `/v1/ballots/${ballot.id}/flags`, key: auditor, body: `{"candidateId":"${cand}","reason":"reason long enough ${bad}"}` },
        { url: `/v1/ballots/${ballot.id}/votes`, key: ctx.voterToken('oNul'), body: `{"candidateIds":["${bad}"]}` },
        { url: `/v1/ballots/${ballot.id}/flags`, key: auditor, body: `{"candidateId":"${cand}","reason":"long enough reason","x${bad}":1}` },
      ];
      for (const c of cases) {
        const res = await ctx.app.inject({ method: 'POST', url: c.url, headers: { ...bearer(c.key), 'content-type': 'application/json' }, payload: c.body });
        expect({ url: c.url, bad, status: res.statusCode, code: res.json().code }).toEqual({ url: c.url, bad, status: 400, code: 'VALIDATION_FAILED' });
      }
    }
    expect(await counts()).toEqual(before);
  });

  it('in a query string and a path parameter: 400', async () => {
    for (const url of ['/v1/audit-log?ballotId=%00', '/v1/ballots/%00', '/v1/ballots/abc%ED%A0%80', '/v1/audit-log?after=1%00']) {
      const res = await ctx.app.inject({ method: 'GET', url, headers: bearer(admin) });
      expect({ url, status: res.statusCode, code: res.json().code }).toEqual({ url, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('well-formed text outside the BMP (an emoji, a rare CJK character) is still accepted', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/v1/ballots',
      headers: bearer(admin),
      payload: { title: '𠀀 示范 😀', category: 'county', year: 2026, seats: 1, opensAt: '2026-07-01T00:00:00Z' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().title).toBe('𠀀 示范 😀');
  });
});
