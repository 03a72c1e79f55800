import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { BOT_UA, WECHAT_UAS, insertVotes, organicVotes, prng, seedBallot, type SeededBallot } from './flags-fixtures';

/**
 * Issue 5's end-to-end case: a scripted burst sent through the real voting API (behind a proxy:
 * TRUST_PROXY with X-Forwarded-For, the clock moved minute by minute) raises a flag, the candidate's
 * score drops to 0; the admin cannot clear it; an auditor dismisses it with a note and the score
 * comes back.
 */

const OPENS_AT = '2026-06-01T00:00:00.000Z'; // 08:00 Asia/Shanghai
const BURST_AT = Date.parse('2026-06-01T04:00:00.000Z'); // 12:00 Asia/Shanghai

describe('a burst through the voting API, end to end', () => {
  let ctx: TestContext;
  let auditor: string;
  let admin: string;
  let b: SeededBallot;
  let target: string;
  let voterN = 0;

  async function castVote(candidateId: string, ip: string, userAgent: string): Promise<void> {
    const token = ctx.voterToken(`oWx_${(++voterN).toString(36)}_api`);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${b.ballot.id}/votes`,
      headers: { ...bearer(token), 'x-forwarded-for': ip, 'user-agent': userAgent },
      payload: { candidateIds: [candidateId] },
    });
    expect(res.statusCode).toBe(201);
  }

  const scores = async () => {
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.ballot.id}/scores`, headers: bearer(admin) });
    expect(res.statusCode).toBe(200);
    return res.json() as { candidates: Array<{ candidateId: string; votes: number; flagged: boolean; voteScore: number }> };
  };
  const targetScore = async () => (await scores()).candidates.find((c) => c.candidateId === target)!;
  /** Scores are cached for about a second; wait until they show what we expect. */
  async function eventually(check: (s: { flagged: boolean; voteScore: number }) => boolean) {
    for (let i = 0; i < 40; i++) {
      const s = await targetScore();
      if (check(s)) return s;
      await new Promise((r) => setTimeout(r, 100));
    }
    return targetScore();
  }

  beforeAll(async () => {
    ctx = await createTestContext({ now: OPENS_AT, env: { TRUST_PROXY: '1' } });
    auditor = await ctx.staffKey('auditor', 'auditor-li');
    admin = await ctx.staffKey('admin', 'office');
    b = await seedBallot(ctx.pool, { opensAt: OPENS_AT, candidates: 4 });
    target = b.candidates[1].id;
    // Four hours of ordinary history, written directly (sending it through the API adds nothing here).
    await insertVotes(ctx.pool, b.ballot.id, organicVotes(b.candidates, new Date(OPENS_AT), 4 * 60, 1, 42));

    // Twelve minutes through the API: ordinary voters for every candidate, and a script that votes
    // for the target every 2 s from two addresses with one non-WeChat user agent.
    const rnd = prng(7);
    for (let minute = 0; minute < 12; minute++) {
      const t0 = BURST_AT + minute * 60_000;
      for (const [i, c] of b.candidates.entries()) {
        ctx.clock.set(new Date(t0 + 1_000 + i * 7_000 + Math.floor(rnd() * 5_000)));
        await castVote(c.id, `117.${40 + i}.${Math.floor(rnd() * 250)}.${1 + Math.floor(rnd() * 250)}`, WECHAT_UAS[i % WECHAT_UAS.length]);
      }
      for (let k = 0; k < 30; k++) {
        ctx.clock.set(new Date(t0 + k * 2_000));
        await castVote(target, k % 2 ? '203.0.113.7' : '203.0.113.8', BOT_UA);
      }
    }
    ctx.clock.set(new Date(BURST_AT + 13 * 60_000));
  }, 120_000);
  afterAll(() => ctx.close());

  it('the votes carry the proxied client address and the user agent', async () => {
    const { rows } = await ctx.pool.query(
      `SELECT ip, count(*)::int AS n FROM votes WHERE ballot_id = $1 AND user_agent = $2 GROUP BY ip ORDER BY ip`,
      [b.ballot.id, BOT_UA],
    );
    expect(rows).toEqual([
      { ip: '203.0.113.7', n: 180 },
      { ip: '203.0.113.8', n: 180 },
    ]);
  });

  it('before detection the target leads the scores', async () => {
    const s = await targetScore();
    expect(s).toMatchObject({ flagged: false, voteScore: 20 });
  });

  it('detection raises a flag on the target, and its score drops to 0', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.ballot.id}/detect`, headers: bearer(auditor) });
    expect(res.statusCode).toBe(200);
    const flags = res.json().flags as Array<{ candidateId: string; status: string; windowStart: string }>;
    expect(flags.length).toBeGreaterThanOrEqual(1);
    expect(flags.every((f) => f.candidateId === target && f.status === 'active')).toBe(true);
    // A flag within 10 minutes of the burst's start.
    expect(Date.parse(flags[0].windowStart) - BURST_AT).toBeLessThanOrEqual(10 * 60_000);

    const s = await eventually((x) => x.flagged);
    expect(s).toMatchObject({ flagged: true, voteScore: 0 });
    // The others are normalized without the flagged candidate.
    expect((await scores()).candidates.filter((c) => c.candidateId !== target).some((c) => c.voteScore === 20)).toBe(true);
  });

  it('the admin cannot dismiss it; an auditor can, with a note, and the score comes back', async () => {
    const list = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.ballot.id}/flags?status=active`, headers: bearer(admin) });
    const ids = (list.json().flags as Array<{ id: string }>).map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(1);
    const note = 'Verified with the county office: a staff mobilization drive, not stuffing.';

    for (const id of ids) {
      const denied = await ctx.app.inject({ method: 'POST', url: `/v1/flags/${id}/review`, headers: bearer(admin), payload: { decision: 'dismiss', note } });
      expect(denied.statusCode).toBe(403);
    }
    await new Promise((r) => setTimeout(r, 1100));
    expect(await targetScore()).toMatchObject({ flagged: true, voteScore: 0 });

    for (const id of ids) {
      const ok = await ctx.app.inject({ method: 'POST', url: `/v1/flags/${id}/review`, headers: bearer(auditor), payload: { decision: 'dismiss', note } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ status: 'dismissed', review: { decision: 'dismiss', note, by: 'auditor:auditor-li' } });
    }
    const s = await eventually((x) => !x.flagged);
    expect(s).toMatchObject({ flagged: false, voteScore: 20 });
  });
});
