import { randomUUID } from 'node:crypto';
import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { botBurst, insertVotes, organicVotes, seedBallot, type SeededBallot } from './flags-fixtures';

/**
 * Flags API: list, read, review (auditor only), manual flags, detect-now; state rules and the
 * audit entries each change writes.
 */

const OPENS_AT = '2026-06-01T00:00:00.000Z'; // 08:00 in Asia/Shanghai
const NOW = '2026-06-01T06:00:00.000Z';
const NOTE = 'Checked the IP logs with the county office; these are staff phones.';

describe('flags API', () => {
  let ctx: TestContext;
  let auditor: string;
  let admin: string;
  let main: SeededBallot;
  const auditorLabel = 'auditor-zhang';

  async function auditEntries(ballotId: string, action?: string) {
    const { rows } = await ctx.pool.query(
      `SELECT actor, action, subject, details FROM audit_log WHERE ballot_id = $1 AND ($2::text IS NULL OR action = $2) ORDER BY seq`,
      [ballotId, action ?? null],
    );
    return rows as Array<{ actor: string; action: string; subject: string; details: Record<string, unknown> }>;
  }

  /** A published ballot whose second candidate receives a scripted burst at 04:00Z over five hours of ordinary traffic. */
  async function ballotWithBurst(seed: number): Promise<SeededBallot> {
    const b = await seedBallot(ctx.pool, { opensAt: OPENS_AT });
    await insertVotes(ctx.pool, b.ballot.id, [
      ...organicVotes(b.candidates, new Date(OPENS_AT), 5 * 60, 1, seed),
      ...botBurst(b.candidates[1].id, new Date('2026-06-01T04:00:00.000Z'), 400),
    ]);
    return b;
  }

  const detect = (ballotId: string, key = auditor, app = ctx.app) =>
    app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/detect`, headers: bearer(key) });
  const review = (flagId: string, payload: unknown, key = auditor) =>
    ctx.app.inject({ method: 'POST', url: `/v1/flags/${flagId}/review`, headers: bearer(key), payload: payload as object });
  const raise = (ballotId: string, payload: unknown, key = auditor) =>
    ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/flags`, headers: bearer(key), payload: payload as object });

  beforeAll(async () => {
    ctx = await createTestContext({ now: NOW });
    auditor = await ctx.staffKey('auditor', auditorLabel);
    admin = await ctx.staffKey('admin');
    main = await ballotWithBurst(1);
  });
  afterAll(() => ctx.close());

  describe('credentials', () => {
    it('401 without a credential, 403 for a voter token', async () => {
      const url = `/v1/ballots/${main.ballot.id}/flags`;
      expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      const voter = ctx.voterToken('o-voter-1');
      const res = await ctx.app.inject({ method: 'GET', url, headers: bearer(voter) });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
      expect((await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${main.ballot.id}/detect`, headers: bearer(voter) })).statusCode).toBe(403);
    });

    it('admin and auditor may list; 400 on a malformed id or status; 404 on an unknown ballot', async () => {
      for (const key of [admin, auditor]) {
        const res = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${main.ballot.id}/flags`, headers: bearer(key) });
        expect(res.statusCode).toBe(200);
        expect(Array.isArray(res.json().flags)).toBe(true);
      }
      expect((await ctx.app.inject({ method: 'GET', url: '/v1/ballots/nope/flags', headers: bearer(admin) })).statusCode).toBe(400);
      const badStatus = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${main.ballot.id}/flags?status=open`, headers: bearer(admin) });
      expect(badStatus.statusCode).toBe(400);
      expect(badStatus.json().code).toBe('VALIDATION_FAILED');
      const unknown = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${randomUUID()}/flags`, headers: bearer(admin) });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('NOT_FOUND');
      expect((await detect(randomUUID())).statusCode).toBe(404);
      expect((await ctx.app.inject({ method: 'GET', url: `/v1/flags/${randomUUID()}`, headers: bearer(auditor) })).statusCode).toBe(404);
      expect((await ctx.app.inject({ method: 'GET', url: '/v1/flags/123', headers: bearer(auditor) })).statusCode).toBe(400);
    });
  });

  describe('detect now', () => {
    let flagId: string;

    it('raises a flag on the scripted burst, not on the ordinary candidates, and audits it', async () => {
      const res = await detect(main.ballot.id);
      expect(res.statusCode).toBe(200);
      const flags = res.json().flags as Array<Record<string, unknown>>;
      expect(flags.length).toBeGreaterThanOrEqual(1);
      expect(new Set(flags.map((f) => f.candidateId))).toEqual(new Set([main.candidates[1].id]));
      const f = flags[0];
      expect(f).toMatchObject({
        ballotId: main.ballot.id,
        candidateId: main.candidates[1].id,
        status: 'active',
        createdBy: `auditor:${auditorLabel}`,
        createdAt: NOW,
        review: null,
        severity: expect.stringMatching(/^(low|medium|high)$/),
      });
      expect(f.rule).not.toBe('manual');
      // The window covers the burst (04:00Z .. 04:10Z).
      expect(Date.parse(f.windowStart as string)).toBeLessThanOrEqual(Date.parse('2026-06-01T04:05:00Z'));
      expect(Date.parse(f.windowEnd as string)).toBeGreaterThan(Date.parse('2026-06-01T04:00:00Z'));
      expect(f.observed as number).toBeGreaterThan(f.expected as number);
      expect(Object.keys(f.evidence as object).length).toBeGreaterThan(0);
      flagId = f.id as string;

      const audit = await auditEntries(main.ballot.id, 'flag.raised');
      expect(audit).toHaveLength(flags.length);
      expect(audit[0]).toMatchObject({ actor: `auditor:${auditorLabel}`, subject: `flag:${flags[0].id}` });
      expect(audit.map((a) => a.details.flagId).sort()).toEqual(flags.map((x) => x.id).sort());
    });

    it('a second run raises nothing new: the same burst is never flagged twice', async () => {
      const res = await detect(main.ballot.id, admin);
      expect(res.statusCode).toBe(200);
      expect(res.json().flags).toEqual([]);
      const { rows } = await ctx.pool.query('SELECT count(*)::int AS n FROM flags WHERE ballot_id = $1', [main.ballot.id]);
      expect(rows[0].n).toBe((await auditEntries(main.ballot.id, 'flag.raised')).length);
    });

    it('GET /v1/flags/:id returns the flag as listed', async () => {
      const one = await ctx.app.inject({ method: 'GET', url: `/v1/flags/${flagId}`, headers: bearer(admin) });
      expect(one.statusCode).toBe(200);
      const list = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${main.ballot.id}/flags?status=active`, headers: bearer(admin) });
      expect(list.json().flags.find((f: { id: string }) => f.id === flagId)).toEqual(one.json());
    });

    describe('review', () => {
      it('the admin cannot review (403) and nothing changes', async () => {
        const res = await review(flagId, { decision: 'dismiss', note: NOTE }, admin);
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
        const flag = await ctx.app.inject({ method: 'GET', url: `/v1/flags/${flagId}`, headers: bearer(auditor) });
        expect(flag.json()).toMatchObject({ status: 'active', review: null });
        expect(await auditEntries(main.ballot.id, 'flag.reviewed')).toHaveLength(0);
      });

      it('400 without a note, with a note under 10 characters (blanks do not count) or an unknown decision; 404 unknown flag', async () => {
        for (const body of [{ decision: 'dismiss' }, { decision: 'dismiss', note: 'too short' }, { decision: 'dismiss', note: '          x' }, { decision: 'ignore', note: NOTE }]) {
          const res = await review(flagId, body);
          expect(res.statusCode).toBe(400);
          expect(res.json().code).toBe('VALIDATION_FAILED');
        }
        expect((await review(flagId, { decision: 'dismiss', note: 'x'.repeat(2001) })).statusCode).toBe(400);
        expect((await review(randomUUID(), { decision: 'dismiss', note: NOTE })).statusCode).toBe(404);
      });

      it('an auditor dismisses with a note: status dismissed, review filled, audit entry written', async () => {
        ctx.clock.set('2026-06-01T06:30:00.000Z');
        const res = await review(flagId, { decision: 'dismiss', note: NOTE });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({
          id: flagId,
          status: 'dismissed',
          review: { decision: 'dismiss', note: NOTE, by: `auditor:${auditorLabel}`, at: '2026-06-01T06:30:00.000Z', history: [] },
        });
        const audit = await auditEntries(main.ballot.id, 'flag.reviewed');
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({
          actor: `auditor:${auditorLabel}`,
          subject: `flag:${flagId}`,
          details: { flagId, decision: 'dismiss', note: NOTE, previousStatus: 'active', status: 'dismissed' },
        });
        const dismissed = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${main.ballot.id}/flags?status=dismissed`, headers: bearer(admin) });
        expect(dismissed.json().flags.map((f: { id: string }) => f.id)).toContain(flagId);
      });

      it('a dismissed burst is not raised again by the next detection run', async () => {
        expect((await detect(main.ballot.id)).json().flags).toEqual([]);
      });

      it('an auditor may change the decision; the earlier review is kept in history', async () => {
        ctx.clock.set('2026-06-01T07:00:00.000Z');
        const note = 'New evidence: the accounts were registered in one batch.';
        const res = await review(flagId, { decision: 'confirm', note });
        expect(res.statusCode).toBe(200);
        expect(res.json().status).toBe('confirmed');
        expect(res.json().review).toEqual({
          decision: 'confirm',
          note,
          by: `auditor:${auditorLabel}`,
          at: '2026-06-01T07:00:00.000Z',
          history: [{ decision: 'dismiss', note: NOTE, by: `auditor:${auditorLabel}`, at: '2026-06-01T06:30:00.000Z' }],
        });
        expect(await auditEntries(main.ballot.id, 'flag.reviewed')).toHaveLength(2);
      });
    });
  });

  describe('manual flags', () => {
    it('an auditor raises one: 201, rule manual, active, createdBy the auditor, evidence {reason}, audited', async () => {
      ctx.clock.set('2026-06-01T08:00:00.000Z');
      const reason = '群众举报：该县在微信群中组织代投。';
      const res = await raise(main.ballot.id, {
        candidateId: main.candidates[2].id,
        reason,
        windowStart: '2026-06-01T10:00:00+08:00',
        windowEnd: '2026-06-01T11:00:00+08:00',
      });
      expect(res.statusCode).toBe(201);
      const f = res.json();
      expect(f).toMatchObject({
        ballotId: main.ballot.id,
        candidateId: main.candidates[2].id,
        rule: 'manual',
        status: 'active',
        windowStart: '2026-06-01T02:00:00.000Z',
        windowEnd: '2026-06-01T03:00:00.000Z',
        observed: null,
        expected: null,
        evidence: { reason },
        createdAt: '2026-06-01T08:00:00.000Z',
        createdBy: `auditor:${auditorLabel}`,
        review: null,
      });
      const audit = (await auditEntries(main.ballot.id, 'flag.raised')).filter((a) => a.details.flagId === f.id);
      expect(audit).toHaveLength(1);
      expect(audit[0].details).toMatchObject({ rule: 'manual', reason, candidateId: main.candidates[2].id });
      // Without a window it is fine too.
      const bare = await raise(main.ballot.id, { candidateId: main.candidates[2].id, reason });
      expect(bare.statusCode).toBe(201);
      expect(bare.json()).toMatchObject({ windowStart: null, windowEnd: null });
    });

    it('the admin cannot raise one (403)', async () => {
      const res = await raise(main.ballot.id, { candidateId: main.candidates[0].id, reason: 'The office suspects stuffing here.' }, admin);
      expect(res.statusCode).toBe(403);
    });

    it('404 for an unknown ballot or a candidate of another ballot; 400 on bad bodies', async () => {
      const other = await seedBallot(ctx.pool, { opensAt: OPENS_AT });
      const reason = 'Reported by several voters to the hotline.';
      expect((await raise(randomUUID(), { candidateId: main.candidates[0].id, reason })).statusCode).toBe(404);
      const foreign = await raise(main.ballot.id, { candidateId: other.candidates[0].id, reason });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().code).toBe('NOT_FOUND');
      expect((await raise(main.ballot.id, { candidateId: randomUUID(), reason })).statusCode).toBe(404);
      for (const body of [
        { candidateId: main.candidates[0].id },
        { candidateId: main.candidates[0].id, reason: 'short' },
        { candidateId: 'x', reason },
        { candidateId: main.candidates[0].id, reason, windowStart: 'yesterday' },
        { candidateId: main.candidates[0].id, reason, windowStart: '2026-06-01T05:00:00Z', windowEnd: '2026-06-01T04:00:00Z' },
      ]) {
        const res = await raise(main.ballot.id, body);
        expect(res.statusCode).toBe(400);
      }
    });
  });

  describe('state rules', () => {
    it('drafts: no manual flags and no detection (409 INVALID_STATE)', async () => {
      const draft = await seedBallot(ctx.pool, { opensAt: OPENS_AT, status: 'draft' });
      const res = await raise(draft.ballot.id, { candidateId: draft.candidates[0].id, reason: 'Nothing to see in a draft.' });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('INVALID_STATE');
      const d = await detect(draft.ballot.id);
      expect(d.statusCode).toBe(409);
      expect(d.json().code).toBe('INVALID_STATE');
    });

    it('finalized: no review, no manual flag, no detection (409 INVALID_STATE), nothing changes', async () => {
      const b = await seedBallot(ctx.pool, { opensAt: OPENS_AT });
      const raised = await raise(b.ballot.id, { candidateId: b.candidates[0].id, reason: 'Raised before the ballot was finalized.' });
      expect(raised.statusCode).toBe(201);
      await ctx.pool.query(`UPDATE ballots SET status = 'finalized', finalized_at = $2 WHERE id = $1`, [b.ballot.id, NOW]);

      const r = await review(raised.json().id, { decision: 'dismiss', note: NOTE });
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('INVALID_STATE');
      expect((await raise(b.ballot.id, { candidateId: b.candidates[0].id, reason: 'Too late for this one.' })).statusCode).toBe(409);
      expect((await detect(b.ballot.id)).statusCode).toBe(409);
      const { rows } = await ctx.pool.query('SELECT status, review FROM flags WHERE ballot_id = $1', [b.ballot.id]);
      expect(rows).toEqual([{ status: 'active', review: null }]);
    });

    it('a review waiting behind a finalize that holds the ballot row sees the finalized state and refuses', async () => {
      const b = await seedBallot(ctx.pool, { opensAt: OPENS_AT });
      const raised = await raise(b.ballot.id, { candidateId: b.candidates[0].id, reason: 'Raised before the ballot was finalized.' });
      // What finalize does: lock the ballot row, freeze results, set 'finalized', commit.
      const finalizer = await ctx.pool.connect();
      try {
        await finalizer.query('BEGIN');
        await finalizer.query('SELECT id FROM ballots WHERE id = $1 FOR UPDATE', [b.ballot.id]);
        const pending = review(raised.json().id, { decision: 'dismiss', note: NOTE });
        await new Promise((r) => setTimeout(r, 300));
        await finalizer.query(`UPDATE ballots SET status = 'finalized', finalized_at = now() WHERE id = $1`, [b.ballot.id]);
        await finalizer.query('COMMIT');
        const res = await pending;
        expect(res.statusCode).toBe(409);
      } finally {
        finalizer.release();
      }
      const { rows } = await ctx.pool.query('SELECT status FROM flags WHERE id = $1', [raised.json().id]);
      expect(rows[0].status).toBe('active');
    });
  });

  describe('several instances', () => {
    it('two instances detecting at once raise each burst once', async () => {
      const b = await ballotWithBurst(7);
      const other = await ctx.buildAnother();
      const [one, two] = await Promise.all([detect(b.ballot.id, auditor), detect(b.ballot.id, admin, other)]);
      expect(one.statusCode).toBe(200);
      expect(two.statusCode).toBe(200);
      const raised = [...one.json().flags, ...two.json().flags] as Array<{ id: string; candidateId: string }>;
      expect(raised.length).toBeGreaterThanOrEqual(1);
      const { rows } = await ctx.pool.query('SELECT id, candidate_id, burst_key FROM flags WHERE ballot_id = $1', [b.ballot.id]);
      // Every stored flag was reported by exactly one of the two calls, and audited once.
      expect(rows.map((r) => r.id).sort()).toEqual(raised.map((f) => f.id).sort());
      expect(new Set(rows.map((r) => `${r.candidate_id}/${r.burst_key}`)).size).toBe(rows.length);
      expect(await auditEntries(b.ballot.id, 'flag.raised')).toHaveLength(rows.length);
    });
  });
});
