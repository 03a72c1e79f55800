import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createScoresBallot, insertFlag, insertVotes, votesFor, type ScoresBallot } from '../helpers/scores-fixtures';

const OPEN_NOW = '2026-06-01T02:00:00.000Z';
const NAMES = [
  { name: '王小明', city: '南昌市' },
  { name: 'Li, "Lee" Ming', city: '九江市' },
  { name: '赵六', city: '赣州市' },
  { name: '钱七', city: '赣江新区' },
];

describe('vote scores and finalize', () => {
  let ctx: TestContext;
  let admin: string;
  let auditor: string;
  let main: ScoresBallot;
  let ids: string[];

  beforeAll(async () => {
    ctx = await createTestContext({ now: OPEN_NOW });
    admin = await ctx.staffKey('admin');
    auditor = await ctx.staffKey('auditor');
    main = await createScoresBallot(ctx.pool, { names: NAMES, maxChoices: 2 });
    ids = main.candidates.map((c) => c.id);
    const [a, b, c, d] = ids;
    // A 6, B 4, C 4 (one of them a two-candidate vote for B and C), D 1: 14 votes cast.
    await insertVotes(ctx.pool, main.ballot.id, [
      ...votesFor(a, 6, '2026-06-01T00:00:00.000Z'),
      ...votesFor(b, 3, '2026-06-01T00:10:00.000Z'),
      ...votesFor(c, 3, '2026-06-01T00:20:00.000Z'),
      { accountId: 'both', candidateIds: [b, c], castAt: new Date('2026-06-01T00:30:00.000Z') },
      ...votesFor(d, 1, '2026-06-01T00:40:00.000Z'),
    ]);
  });
  afterAll(() => ctx.close());

  const getScores = (ballotId: string, key: string, query = '', headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/scores${query}`, headers: { ...bearer(key), ...headers } });
  const finalize = (ballotId: string, key: string) => ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/finalize`, headers: bearer(key) });

  it('refuses missing credentials (401), voters (403) and unknown ballots (404)', async () => {
    const url = `/v1/ballots/${main.ballot.id}/scores`;
    expect((await ctx.app.inject({ method: 'GET', url })).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    const voter = await ctx.app.inject({ method: 'GET', url, headers: bearer(ctx.voterToken('openid-1')) });
    expect(voter.json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    const unknown = await getScores('00000000-0000-4000-8000-000000000000', admin);
    expect(unknown.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    const badId = await getScores('not-a-uuid', admin);
    expect(badId.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const badFormat = await getScores(main.ballot.id, admin, '?format=xml');
    expect(badFormat.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('serves provisional JSON scores to admin and auditor: 20 × votes / M, ties sharing a rank', async () => {
    const [a, b, c, d] = ids;
    for (const key of [admin, auditor]) {
      const res = await getScores(main.ballot.id, key);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json();
      expect(body).toEqual({
        ballotId: main.ballot.id,
        status: 'provisional',
        weight: 20,
        method: 'max-normalized',
        generatedAt: OPEN_NOW,
        totalVotes: 14,
        digest: null,
        candidates: [
          { candidateId: a, name: '王小明', city: '南昌市', votes: 6, flagged: false, voteScore: 20, rank: 1 },
          { candidateId: b, name: 'Li, "Lee" Ming', city: '九江市', votes: 4, flagged: false, voteScore: 13.33, rank: 2 },
          { candidateId: c, name: '赵六', city: '赣州市', votes: 4, flagged: false, voteScore: 13.33, rank: 2 },
          { candidateId: d, name: '钱七', city: '赣江新区', votes: 1, flagged: false, voteScore: 3.33, rank: 4 },
        ],
      });
    }
  });

  it('serves CSV with a BOM, the API.md header and RFC 4180 quoting, by ?format=csv or Accept: text/csv', async () => {
    const [a, b, c, d] = ids;
    const expected =
      '\uFEFFrank,candidate_id,name,city,votes,flagged,vote_score\r\n' +
      `1,${a},王小明,南昌市,6,false,20.00\r\n` +
      `2,${b},"Li, ""Lee"" Ming",九江市,4,false,13.33\r\n` +
      `2,${c},赵六,赣州市,4,false,13.33\r\n` +
      `4,${d},钱七,赣江新区,1,false,3.33\r\n`;
    const byQuery = await getScores(main.ballot.id, auditor, '?format=csv');
    const byAccept = await getScores(main.ballot.id, admin, '', { accept: 'text/csv' });
    for (const res of [byQuery, byAccept]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="scores-${main.ballot.id}-provisional.csv"`);
      expect(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
      expect(res.body).toBe(expected);
    }
    // An explicit ?format=json wins over the Accept header.
    const json = await getScores(main.ballot.id, admin, '?format=json', { accept: 'text/csv' });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.json().candidates).toHaveLength(4);
  });

  it('zeroes a candidate with an active or confirmed flag and takes M from the others; a dismissed flag does not count', async () => {
    const scenario = async (status: 'active' | 'confirmed' | 'dismissed') => {
      const sb = await createScoresBallot(ctx.pool, { names: NAMES.slice(0, 3) });
      const [x, y, z] = sb.candidates.map((c) => c.id);
      await insertVotes(ctx.pool, sb.ballot.id, [
        ...votesFor(x, 10, '2026-06-01T00:00:00.000Z'),
        ...votesFor(y, 5, '2026-06-01T01:00:00.000Z'),
        ...votesFor(z, 2, '2026-06-01T01:30:00.000Z'),
      ]);
      await insertFlag(ctx.pool, sb.ballot.id, x, status);
      const body = (await getScores(sb.ballot.id, admin)).json();
      return body.candidates.map((c: { candidateId: string; votes: number; flagged: boolean; voteScore: number; rank: number }) => [
        [x, y, z].indexOf(c.candidateId),
        c.votes,
        c.flagged,
        c.voteScore,
        c.rank,
      ]);
    };
    const zeroed = [
      [1, 5, false, 20, 1],
      [2, 2, false, 8, 2],
      [0, 10, true, 0, 3],
    ];
    expect(await scenario('active')).toEqual(zeroed);
    expect(await scenario('confirmed')).toEqual(zeroed);
    expect(await scenario('dismissed')).toEqual([
      [0, 10, false, 20, 1],
      [1, 5, false, 10, 2],
      [2, 2, false, 4, 3],
    ]);
  });

  it('gives a draft ballot provisional zeros, and refuses to finalize it (409 INVALID_STATE)', async () => {
    const draft = await createScoresBallot(ctx.pool, { names: NAMES.slice(0, 2), status: 'draft' });
    const body = (await getScores(draft.ballot.id, admin)).json();
    expect(body).toMatchObject({ status: 'provisional', totalVotes: 0, digest: null });
    expect(body.candidates.map((c: { voteScore: number; rank: number }) => [c.voteScore, c.rank])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect((await finalize(draft.ballot.id, admin)).json()).toMatchObject({ statusCode: 409, code: 'INVALID_STATE' });
  });

  it('lets only admins finalize: auditors and voters 403, unknown ballot 404', async () => {
    expect((await finalize(main.ballot.id, auditor)).statusCode).toBe(403);
    const voter = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${main.ballot.id}/finalize`, headers: bearer(ctx.voterToken('openid-2')) });
    expect(voter.statusCode).toBe(403);
    expect((await finalize('00000000-0000-4000-8000-000000000000', admin)).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('refuses to finalize before the window ends (409 BALLOT_NOT_CLOSED), up to the last millisecond', async () => {
    const res = await finalize(main.ballot.id, admin);
    expect(res.json()).toMatchObject({ statusCode: 409, code: 'BALLOT_NOT_CLOSED', closesAt: main.ballot.closesAt.toISOString() });
    ctx.clock.set(new Date(main.ballot.closesAt.getTime() - 1));
    expect((await finalize(main.ballot.id, admin)).json()).toMatchObject({ code: 'BALLOT_NOT_CLOSED' });
    const status = await ctx.pool.query('SELECT status FROM ballots WHERE id = $1', [main.ballot.id]);
    expect(status.rows[0].status).toBe('published');
  });

  it('finalizes from the votes themselves (not the counters), freezes the result with a digest, and repeats it identically', async () => {
    const [a, b, c, d] = ids;
    // Counters that drifted from the votes table must not leak into the final result.
    await ctx.pool.query('UPDATE vote_tallies SET votes = votes + 100 WHERE ballot_id = $1 AND candidate_id = $2', [main.ballot.id, d]);
    const closesAt = main.ballot.closesAt.toISOString();
    ctx.clock.set(main.ballot.closesAt);

    // Two at once: the ballot row lock lets one freeze the result and the other read it back.
    const [first, second] = await Promise.all([finalize(main.ballot.id, admin), finalize(main.ballot.id, admin)]);
    expect(first.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    const body = first.json();
    expect(body).toMatchObject({ ballotId: main.ballot.id, status: 'final', generatedAt: closesAt, totalVotes: 14 });
    expect(body.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body.candidates.map((x: { candidateId: string; votes: number; voteScore: number; rank: number }) => [x.candidateId, x.votes, x.voteScore, x.rank])).toEqual([
      [a, 6, 20, 1],
      [b, 4, 13.33, 2],
      [c, 4, 13.33, 2],
      [d, 1, 3.33, 4],
    ]);

    // Later: a repeat, and a new flag, change nothing.
    ctx.clock.set('2026-07-01T00:00:00.000Z');
    await insertFlag(ctx.pool, main.ballot.id, a, 'active');
    const repeat = await finalize(main.ballot.id, admin);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.body).toBe(first.body);

    // The scores read serves the frozen result, on this instance and on a fresh one.
    expect((await getScores(main.ballot.id, auditor)).json()).toEqual(body);
    const other = await ctx.buildAnother();
    const fromOther = await other.inject({ method: 'GET', url: `/v1/ballots/${main.ballot.id}/scores`, headers: bearer(admin) });
    expect(fromOther.json()).toEqual(body);
    const csv = await getScores(main.ballot.id, admin, '?format=csv');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="scores-${main.ballot.id}-final.csv"`);
    expect(csv.body.split('\r\n')[1]).toBe(`1,${a},王小明,南昌市,6,false,20.00`);

    const stored = await ctx.pool.query('SELECT digest, finalized_at FROM ballot_results WHERE ballot_id = $1', [main.ballot.id]);
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].digest).toBe(body.digest);
    expect(stored.rows[0].finalized_at.toISOString()).toBe(closesAt);
    const ballot = await ctx.pool.query('SELECT status, finalized_at FROM ballots WHERE id = $1', [main.ballot.id]);
    expect(ballot.rows[0].status).toBe('finalized');
    expect(ballot.rows[0].finalized_at.toISOString()).toBe(closesAt);
    const audit = await ctx.pool.query(`SELECT actor, subject, details FROM audit_log WHERE action = 'ballot.finalized' AND ballot_id = $1`, [main.ballot.id]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].actor).toMatch(/^admin:/);
    expect(audit.rows[0].details).toMatchObject({ digest: body.digest, totalVotes: 14 });
  });
});
