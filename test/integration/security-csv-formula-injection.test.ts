import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createScoresBallot, insertVotes, votesFor } from '../helpers/scores-fixtures';

/** Issue 20 #6: a candidate named like a spreadsheet formula is neutralized in the scores CSV (OWASP). */
describe('scores CSV: formula injection', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it("prefixes ' to cells starting with = + - @ tab or CR; keeps the BOM, the header and plain names", async () => {
    const names = [
      { name: "=cmd|'/C calc'!A0", city: '+南昌市' },
      { name: '-2+3', city: '@SUM(A1)' },
      { name: '\tTabbed', city: '\rReturned' },
      { name: '王小明', city: '南昌市' },
    ];
    const { ballot, candidates } = await createScoresBallot(ctx.pool, { names });
    await insertVotes(ctx.pool, ballot.id, votesFor(candidates[0].id, 3, '2026-06-01T01:00:00.000Z'));
    const key = await ctx.staffKey('admin');
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}/scores?format=csv`, headers: bearer(key) });
    expect(res.statusCode).toBe(200);
    expect(res.body.startsWith('\uFEFFrank,candidate_id,name,city,votes,flagged,vote_score\r\n')).toBe(true);
    const rows = res.body.slice(1).split('\r\n').slice(1, -1);
    const byId = new Map(rows.map((r) => [r.split(',')[1], r]));
    const row = (i: number) => byId.get(candidates[i].id)!;
    expect(row(0)).toBe(`1,${candidates[0].id},'=cmd|'/C calc'!A0,'+南昌市,3,false,20.00`);
    expect(row(1)).toMatch(new RegExp(`^\\d,${candidates[1].id},'-2\\+3,'@SUM\\(A1\\),0,false,0\\.00$`));
    expect(row(2)).toMatch(new RegExp(`^\\d,${candidates[2].id},'\\tTabbed,"'\\rReturned",0,false,0\\.00$`));
    expect(row(3)).toMatch(new RegExp(`^\\d,${candidates[3].id},王小明,南昌市,0,false,0\\.00$`));
    // No cell of the file starts with a formula character any more.
    for (const r of rows) for (const cell of r.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });
});
