import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createScoresBallot, insertFlag, insertVotes, votesFor } from '../helpers/scores-fixtures';

/**
 * Issue 20 #12: a manual flag needs a second auditor to confirm it; finalize refuses (409
 * UNREVIEWED_FLAGS, naming them) while active flags await review, unless the office overrides with
 * a reason, which the audit log records.
 */
describe('separation of duties: manual flags and finalize', () => {
  let ctx: TestContext;
  let zhang: string;
  let li: string;
  let admin: string;
  const NOTE = 'Confirmed against the county office records.';
  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-01T06:00:00.000Z' });
    zhang = await ctx.staffKey('auditor', 'auditor-zhang');
    li = await ctx.staffKey('auditor', 'auditor-li');
    admin = await ctx.staffKey('admin', 'office');
  });
  afterAll(() => ctx.close());

  const ballot = async () => {
    const sb = await createScoresBallot(ctx.pool, { names: [{ name: '甲', city: 'X' }, { name: '乙', city: 'X' }], opensAt: '2026-05-31T16:00:00.000Z', durationDays: 1 });
    await insertVotes(ctx.pool, sb.ballot.id, [...votesFor(sb.candidates[0].id, 4, '2026-05-31T17:00:00.000Z'), ...votesFor(sb.candidates[1].id, 2, '2026-05-31T18:00:00.000Z', 'p')]);
    return sb;
  };
  const review = (flagId: string, decision: 'confirm' | 'dismiss', key: string) =>
    ctx.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/review`, headers: bearer(key), payload: { decision, note: NOTE } });
  const finalize = (ballotId: string, payload?: object) =>
    ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/finalize`, headers: bearer(admin), ...(payload ? { payload } : {}) });

  it('the raiser of a manual flag cannot confirm it (403 FORBIDDEN, nothing changes); a second auditor can', async () => {
    const sb = await ballot();
    const raised = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${sb.ballot.id}/flags`,
      headers: bearer(zhang),
      payload: { candidateId: sb.candidates[0].id, reason: 'Reported by a county clerk: staff told to vote.' },
    });
    expect(raised.statusCode).toBe(201);
    const flagId = raised.json().id;
    const self = await review(flagId, 'confirm', zhang);
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('FORBIDDEN');
    const { rows } = await ctx.pool.query(`SELECT status, review FROM flags WHERE id = $1`, [flagId]);
    expect(rows[0]).toEqual({ status: 'active', review: null });
    expect((await ctx.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'flag.reviewed' AND subject = $1`, [`flag:${flagId}`])).rows[0].n).toBe(0);
    const other = await review(flagId, 'confirm', li);
    expect(other.statusCode).toBe(200);
    expect(other.json()).toMatchObject({ status: 'confirmed', review: { decision: 'confirm', by: 'auditor:auditor-li' } });
  });

  it('the raiser may still withdraw (dismiss) a manual flag', async () => {
    const sb = await ballot();
    const raised = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${sb.ballot.id}/flags`,
      headers: bearer(zhang),
      payload: { candidateId: sb.candidates[1].id, reason: 'Raised on a wrong candidate by mistake.' },
    });
    expect((await review(raised.json().id, 'dismiss', zhang)).json().status).toBe('dismissed');
  });

  it('finalize refuses with 409 UNREVIEWED_FLAGS naming the active flags; nothing is frozen', async () => {
    const sb = await ballot();
    const first = await insertFlag(ctx.pool, sb.ballot.id, sb.candidates[0].id, 'active');
    const second = await insertFlag(ctx.pool, sb.ballot.id, sb.candidates[1].id, 'active');
    await insertFlag(ctx.pool, sb.ballot.id, sb.candidates[1].id, 'dismissed');
    ctx.clock.set(sb.ballot.closesAt);
    const res = await finalize(sb.ballot.id);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'UNREVIEWED_FLAGS', requestId: expect.any(String) });
    expect([...res.json().flagIds].sort()).toEqual([first, second].sort());
    expect((await ctx.pool.query('SELECT status FROM ballots WHERE id = $1', [sb.ballot.id])).rows[0].status).toBe('published');
    expect((await ctx.pool.query('SELECT count(*)::int AS n FROM ballot_results WHERE ballot_id = $1', [sb.ballot.id])).rows[0].n).toBe(0);
    // An override without a reason (or too short) is a 400, and still changes nothing.
    expect((await finalize(sb.ballot.id, { override: true })).statusCode).toBe(400);
    expect((await finalize(sb.ballot.id, { override: true, reason: 'short' })).statusCode).toBe(400);
    // Once both are reviewed, finalize goes through with no body at all.
    expect((await review(first, 'dismiss', li)).statusCode).toBe(200);
    expect((await finalize(sb.ballot.id)).json().flagIds).toEqual([second]);
    expect((await review(second, 'confirm', li)).statusCode).toBe(200);
    const done = await finalize(sb.ballot.id);
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('final');
  });

  it('an explicit override with a reason finalizes, and the audit log records the reason and the flags', async () => {
    const sb = await ballot();
    const flagId = await insertFlag(ctx.pool, sb.ballot.id, sb.candidates[0].id, 'active');
    ctx.clock.set(sb.ballot.closesAt);
    const reason = 'The evaluation deadline is today; the auditors were informed by letter.';
    const res = await finalize(sb.ballot.id, { override: true, reason });
    expect(res.statusCode).toBe(200);
    expect(res.json().candidates.find((c: { candidateId: string }) => c.candidateId === sb.candidates[0].id).flagged).toBe(true);
    const { rows } = await ctx.pool.query(`SELECT actor, details FROM audit_log WHERE action = 'ballot.finalized' AND ballot_id = $1`, [sb.ballot.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].actor).toBe('admin:office');
    expect(rows[0].details.override).toEqual({ reason, unreviewedFlagIds: [flagId] });
  });
});
