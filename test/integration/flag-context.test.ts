import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { botBurst, insertVotes, organicVotes, seedBallot, type SeededBallot } from './flags-fixtures';

/**
 * The console's additions: GET /v1/flags/:flagId/context (what the flag page charts) and the staff
 * reads (/v1/staff/me, /v1/staff/ballots).
 */

const OPENS_AT = '2026-06-01T00:00:00.000Z';
const BURST_AT = '2026-06-01T04:00:00.000Z';

interface Context {
  windowStart: string | null;
  windowEnd: string | null;
  from: string;
  to: string;
  points: Array<{ t: string; votes: number; others: number; expected: number | null }>;
  window: { votes: number; others: number; expected: number } | null;
  top: { ips: Array<{ ip: string; votes: number }>; prefixes: Array<{ prefix: string; votes: number }>; userAgents: Array<{ userAgent: string; votes: number }> } | null;
  sampleSource: string;
  sampleVotes: Array<{ voteId: string; ip: string; candidateIds: string[] }>;
}

describe('flag context and staff reads', () => {
  let ctx: TestContext;
  let auditor: string;
  let admin: string;
  let b: SeededBallot;
  let flag: { id: string; candidateId: string; windowStart: string; windowEnd: string; observed: number; expected: number; evidence: { sampleVoteIds: string[] } };

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-01T06:00:30.000Z' });
    auditor = await ctx.staffKey('auditor', 'auditor-wang');
    admin = await ctx.staffKey('admin', 'office');
    b = await seedBallot(ctx.pool, { opensAt: OPENS_AT, candidates: 4 });
    await insertVotes(ctx.pool, b.ballot.id, [
      ...organicVotes(b.candidates, new Date(OPENS_AT), 6 * 60, 1, 11),
      ...botBurst(b.candidates[1].id, new Date(BURST_AT), 400),
    ]);
    const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.ballot.id}/detect`, headers: bearer(auditor) });
    expect(res.statusCode).toBe(200);
    flag = res.json().flags[0];
    expect(flag.candidateId).toBe(b.candidates[1].id);
  }, 60_000);
  afterAll(() => ctx.close());

  const context = async (query = '') => {
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/flags/${flag.id}/context${query}`, headers: bearer(auditor) });
    expect(res.statusCode).toBe(200);
    return res.json() as Context;
  };

  it('gives every minute from hours before the window to hours after, with votes, others and the expected level', async () => {
    const c = await context('?hoursBefore=2&hoursAfter=3');
    expect(c.windowStart).toBe(flag.windowStart);
    expect(Date.parse(c.from)).toBe(Date.parse(flag.windowStart) - 2 * 3_600_000);
    // Clipped to the last completed minute (the clock is at 06:00:30).
    expect(c.to).toBe('2026-06-01T06:00:00.000Z');
    expect(c.points.length).toBe((Date.parse(c.to) - Date.parse(c.from)) / 60_000);
    expect(c.points.every((p) => p.expected !== null && p.expected > 0)).toBe(true);

    const { rows } = await ctx.pool.query(
      `SELECT count(*)::int AS n FROM votes WHERE ballot_id = $1 AND $2 = ANY(candidate_ids) AND cast_at >= $3 AND cast_at < $4`,
      [b.ballot.id, flag.candidateId, c.from, c.to],
    );
    expect(c.points.reduce((s, p) => s + p.votes, 0)).toBe(rows[0].n);
    const { rows: others } = await ctx.pool.query(
      `SELECT count(*)::int AS n FROM votes WHERE ballot_id = $1 AND NOT ($2 = ANY(candidate_ids)) AND cast_at >= $3 AND cast_at < $4`,
      [b.ballot.id, flag.candidateId, c.from, c.to],
    );
    expect(c.points.reduce((s, p) => s + p.others, 0)).toBe(others[0].n);
  });

  it("the window's sums are the flag's observed and the detector's own expected count", async () => {
    const c = await context();
    expect(c.window!.votes).toBe(flag.observed);
    expect(c.window!.expected).toBeCloseTo(flag.expected, 0);
    // The burst stands far above the level inside the window, and not outside it.
    const inside = c.points.filter((p) => p.t >= flag.windowStart && p.t < flag.windowEnd);
    expect(inside.some((p) => p.votes > 10 * (p.expected ?? 0))).toBe(true);
  });

  it('lists the top sources of the window and the sample votes the evidence names', async () => {
    const c = await context();
    expect(c.top!.ips.slice(0, 2).map((x) => x.ip).sort()).toEqual(['203.0.113.7', '203.0.113.8']);
    expect(c.top!.prefixes[0]).toMatchObject({ prefix: '203.0.113.0/24' });
    expect(c.top!.userAgents[0].userAgent).toBe('python-requests/2.31.0');
    expect(c.sampleSource).toBe('evidence');
    expect(c.sampleVotes.map((v) => v.voteId).sort()).toEqual([...flag.evidence.sampleVoteIds].sort());
    expect(c.sampleVotes.every((v) => v.candidateIds.includes(flag.candidateId))).toBe(true);
  });

  it('a manual flag without a window is drawn over the hours before it, with samples spread over nothing', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${b.ballot.id}/flags`,
      headers: bearer(auditor),
      payload: { candidateId: b.candidates[2].id, reason: 'A tip from the county office about paid voting.' },
    });
    expect(res.statusCode).toBe(201);
    const c = (await ctx.app.inject({ method: 'GET', url: `/v1/flags/${res.json().id}/context`, headers: bearer(admin) })).json() as Context;
    expect(c.windowStart).toBeNull();
    expect(c.window).toBeNull();
    expect(c.top).toBeNull();
    expect(c.sampleSource).toBe('none');
    expect(c.points.length).toBe(3 * 60);
  });

  it('404 for an unknown flag, 401 without a key, 403 for a voter', async () => {
    const unknown = await ctx.app.inject({ method: 'GET', url: '/v1/flags/5f0c8a4e-27c4-4f54-9a8e-1b7e0c3f6a10/context', headers: bearer(auditor) });
    expect(unknown.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await ctx.app.inject({ method: 'GET', url: `/v1/flags/${flag.id}/context` })).statusCode).toBe(401);
    const voter = await ctx.app.inject({ method: 'GET', url: `/v1/flags/${flag.id}/context`, headers: bearer(ctx.voterToken('o-ctx')) });
    expect(voter.statusCode).toBe(403);
  });

  it('/v1/staff/me names the role; /v1/staff/ballots lists drafts too, with totals', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/v1/staff/me', headers: bearer(admin) })).json()).toEqual({ role: 'admin', label: 'office' });
    expect((await ctx.app.inject({ method: 'GET', url: '/v1/staff/me', headers: bearer(auditor) })).json()).toEqual({ role: 'auditor', label: 'auditor-wang' });
    const draft = await seedBallot(ctx.pool, { opensAt: '2026-07-01T00:00:00.000Z', status: 'draft', candidates: 3 });
    const list = (await ctx.app.inject({ method: 'GET', url: '/v1/staff/ballots', headers: bearer(admin) })).json().ballots as Array<{ id: string; status: string; totalVotes: number; candidateCount: number }>;
    expect(list.find((x) => x.id === draft.ballot.id)).toMatchObject({ status: 'draft', totalVotes: 0, candidateCount: 3 });
    const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM votes WHERE ballot_id = $1', [b.ballot.id]);
    expect(list.find((x) => x.id === b.ballot.id)).toMatchObject({ status: 'published', totalVotes: rows[0].n, candidateCount: 4 });
    const publicList = (await ctx.app.inject({ method: 'GET', url: '/v1/ballots' })).json().ballots as Array<{ id: string }>;
    expect(publicList.some((x) => x.id === draft.ballot.id)).toBe(false);
  });

  it('the additions are in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const context = doc.paths['/v1/flags/{flagId}/context'].get;
    const props = context.responses['200'].content['application/json'].schema.properties;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['points', 'window', 'top', 'sampleVotes', 'expectedMethod']));
    expect(Object.keys(props.points.items.properties).sort()).toEqual(['expected', 'others', 't', 'votes']);
    expect(doc.paths['/v1/staff/me'].get).toBeDefined();
    expect(doc.paths['/v1/staff/ballots'].get).toBeDefined();
  });
});
