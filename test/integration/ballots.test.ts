import { createTestContext, bearer, type TestContext } from '../helpers/test-app';

/** Ballots and candidates through the HTTP API, against the real PostgreSQL and Redis. */
describe('ballots and candidates API', () => {
  let ctx: TestContext;
  let admin: Record<string, string>;
  let auditor: Record<string, string>;
  // The test context's clock starts at 2026-06-01T02:00:00Z (10:00 in Shanghai).
  const NOW = '2026-06-01T02:00:00.000Z';

  beforeAll(async () => {
    ctx = await createTestContext({ now: NOW });
    admin = bearer(await ctx.staffKey('admin'));
    auditor = bearer(await ctx.staffKey('auditor'));
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const validBallot = (over: Record<string, unknown> = {}) => ({
    title: '2026年全省示范县网络投票',
    category: 'county',
    year: 2026,
    seats: 2,
    opensAt: '2026-06-02T00:00:00+08:00',
    ...over,
  });

  async function createBallot(over: Record<string, unknown> = {}) {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/ballots', headers: admin, payload: validBallot(over) });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  async function addCandidates(ballotId: string, n: number, start = 1) {
    const candidates = Array.from({ length: n }, (_, i) => ({ name: `候选${start + i}`, city: '南昌市' }));
    const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/candidates`, headers: admin, payload: { candidates } });
    expect(res.statusCode).toBe(201);
    return res.json().candidates as Array<{ id: string; name: string }>;
  }

  async function publishedBallot(over: Record<string, unknown> = {}) {
    const b = await createBallot(over);
    const cands = await addCandidates(b.id, (b.seats as number) + 1);
    const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/publish`, headers: admin });
    expect(res.statusCode).toBe(200);
    return { ballot: res.json(), candidates: cands };
  }

  async function auditActions(ballotId: string) {
    const { rows } = await ctx.pool.query('SELECT action, actor, subject, details FROM audit_log WHERE ballot_id = $1 ORDER BY seq', [ballotId]);
    return rows as Array<{ action: string; actor: string; subject: string; details: Record<string, unknown> }>;
  }

  describe('POST /v1/ballots', () => {
    it('creates a draft with defaults, closesAt = opensAt + 7 days, UTC timestamps with ms', async () => {
      const b = await createBallot();
      expect(b).toMatchObject({
        title: '2026年全省示范县网络投票',
        category: 'county',
        year: 2026,
        seats: 2,
        maxChoices: 1,
        durationDays: 7,
        showLiveCounts: true,
        opensAt: '2026-06-01T16:00:00.000Z',
        closesAt: '2026-06-08T16:00:00.000Z',
        timezone: 'Asia/Shanghai',
        status: 'draft',
        phase: 'draft',
        candidates: [],
      });
      expect(b.id).toMatch(/^[0-9a-f-]{36}$/);
      const audit = await auditActions(b.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'ballot.created', subject: `ballot:${b.id}`, details: { seats: 2, closesAt: '2026-06-08T16:00:00.000Z' } });
      expect(audit[0].actor).toMatch(/^admin:/);
    });

    it('honours durationDays, maxChoices and showLiveCounts', async () => {
      const b = await createBallot({ seats: 5, maxChoices: 5, durationDays: 1, showLiveCounts: false, category: 'township' });
      expect(b).toMatchObject({ maxChoices: 5, durationDays: 1, showLiveCounts: false, category: 'township', closesAt: '2026-06-02T16:00:00.000Z' });
    });

    it.each([
      ['maxChoices above seats', { seats: 2, maxChoices: 3 }],
      ['maxChoices 0', { maxChoices: 0 }],
      ['empty title', { title: '' }],
      ['blank title', { title: '   ' }],
      ['title over 200', { title: 'x'.repeat(201) }],
      ['unknown category', { category: 'city' }],
      ['year out of range', { year: 1999 }],
      ['fractional year', { year: 2026.5 }],
      ['zero seats', { seats: 0 }],
      ['seats over 500', { seats: 501 }],
      ['durationDays 0', { durationDays: 0 }],
      ['durationDays 32', { durationDays: 32 }],
      ['opensAt without offset', { opensAt: '2026-06-02T00:00:00' }],
      ['opensAt not a date', { opensAt: 'tomorrow' }],
      ['showLiveCounts as string', { showLiveCounts: 'yes' }],
    ])('400 VALIDATION_FAILED: %s', async (_name, over) => {
      const res = await ctx.app.inject({ method: 'POST', url: '/v1/ballots', headers: admin, payload: validBallot(over) });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', requestId: expect.any(String) });
    });

    it('400 on missing fields and on bad JSON, and nothing is stored', async () => {
      const before = (await ctx.pool.query('SELECT count(*)::int AS n FROM ballots')).rows[0].n;
      const missing = await ctx.app.inject({ method: 'POST', url: '/v1/ballots', headers: admin, payload: { title: 'x' } });
      expect(missing.statusCode).toBe(400);
      const badJson = await ctx.app.inject({
        method: 'POST',
        url: '/v1/ballots',
        headers: { ...admin, 'content-type': 'application/json' },
        payload: '{"title":',
      });
      expect(badJson.statusCode).toBe(400);
      expect(badJson.json().code).toBe('VALIDATION_FAILED');
      expect((await ctx.pool.query('SELECT count(*)::int AS n FROM ballots')).rows[0].n).toBe(before);
    });

    it('401 without a credential, 403 for an auditor', async () => {
      const anon = await ctx.app.inject({ method: 'POST', url: '/v1/ballots', payload: validBallot() });
      expect(anon.statusCode).toBe(401);
      expect(anon.json().code).toBe('UNAUTHENTICATED');
      const aud = await ctx.app.inject({ method: 'POST', url: '/v1/ballots', headers: auditor, payload: validBallot() });
      expect(aud.statusCode).toBe(403);
      expect(aud.json().code).toBe('FORBIDDEN');
    });
  });

  describe('candidates', () => {
    it('adds candidates in order, with optional county and summary, and audits them', async () => {
      const b = await createBallot();
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/v1/ballots/${b.id}/candidates`,
        headers: admin,
        payload: { candidates: [{ name: '南昌县', city: '南昌市' }, { name: '莲塘镇', city: '南昌市', county: '南昌县', summary: '简介' }] },
      });
      expect(res.statusCode).toBe(201);
      const { candidates } = res.json();
      expect(candidates).toEqual([
        { id: expect.any(String), name: '南昌县', city: '南昌市', county: null, summary: null },
        { id: expect.any(String), name: '莲塘镇', city: '南昌市', county: '南昌县', summary: '简介' },
      ]);
      const more = await addCandidates(b.id, 1, 3);
      const read = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.id}`, headers: admin });
      expect(read.json().candidates.map((c: { name: string }) => c.name)).toEqual(['南昌县', '莲塘镇', more[0].name]);
      const audit = (await auditActions(b.id)).filter((a) => a.action === 'candidates.added');
      expect(audit).toHaveLength(2);
      expect(audit[0].details).toEqual({
        candidates: candidates.map((c: { id: string; name: string; city: string }) => ({ id: c.id, name: c.name, city: c.city })),
      });
    });

    it('accepts 500 in one call (with long Chinese summaries) and refuses 501', async () => {
      const b = await createBallot();
      const many = Array.from({ length: 500 }, (_, i) => ({ name: `镇${i}`, city: '赣州市', summary: '示范'.repeat(1000) }));
      const ok = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/candidates`, headers: admin, payload: { candidates: many } });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().candidates).toHaveLength(500);
      const tooMany = Array.from({ length: 501 }, (_, i) => ({ name: `镇${i}`, city: '赣州市' }));
      const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/candidates`, headers: admin, payload: { candidates: tooMany } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    });

    it.each([
      ['empty list', { candidates: [] }],
      ['no list', {}],
      ['empty name', { candidates: [{ name: '', city: '南昌市' }] }],
      ['missing city', { candidates: [{ name: 'x' }] }],
      ['city over 100', { candidates: [{ name: 'x', city: 'c'.repeat(101) }] }],
      ['name over 200', { candidates: [{ name: 'n'.repeat(201), city: 'c' }] }],
      ['summary over 2000', { candidates: [{ name: 'x', city: 'c', summary: 's'.repeat(2001) }] }],
    ])('400 VALIDATION_FAILED: %s', async (_name, payload) => {
      const b = await createBallot();
      const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/candidates`, headers: admin, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    });

    it('404 for an unknown ballot, 400 for a malformed id', async () => {
      const payload = { candidates: [{ name: 'x', city: 'c' }] };
      const unknown = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/00000000-0000-4000-8000-000000000000/candidates`, headers: admin, payload });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('NOT_FOUND');
      const malformed = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/not-a-uuid/candidates`, headers: admin, payload });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().code).toBe('VALIDATION_FAILED');
    });

    it('409 INVALID_STATE once published (adding or removing)', async () => {
      const { ballot, candidates } = await publishedBallot();
      const add = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/candidates`, headers: admin, payload: { candidates: [{ name: 'x', city: 'c' }] } });
      expect(add.statusCode).toBe(409);
      expect(add.json().code).toBe('INVALID_STATE');
      const del = await ctx.app.inject({ method: 'DELETE', url: `/v1/ballots/${ballot.id}/candidates/${candidates[0].id}`, headers: admin });
      expect(del.statusCode).toBe(409);
      expect(del.json().code).toBe('INVALID_STATE');
      expect((await ctx.pool.query('SELECT count(*)::int AS n FROM candidates WHERE ballot_id = $1', [ballot.id])).rows[0].n).toBe(3);
    });

    it('DELETE removes a draft candidate (204, audited), then 404 for it', async () => {
      const b = await createBallot();
      const [first, second] = await addCandidates(b.id, 2);
      const del = await ctx.app.inject({ method: 'DELETE', url: `/v1/ballots/${b.id}/candidates/${first.id}`, headers: admin });
      expect(del.statusCode).toBe(204);
      expect(del.body).toBe('');
      const read = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.id}`, headers: admin });
      expect(read.json().candidates.map((c: { id: string }) => c.id)).toEqual([second.id]);
      const again = await ctx.app.inject({ method: 'DELETE', url: `/v1/ballots/${b.id}/candidates/${first.id}`, headers: admin });
      expect(again.statusCode).toBe(404);
      const removed = (await auditActions(b.id)).filter((a) => a.action === 'candidate.removed');
      expect(removed).toEqual([expect.objectContaining({ subject: `candidate:${first.id}`, details: { candidateId: first.id, name: first.name, city: '南昌市' } })]);
    });

    it('DELETE: 404 for an unknown ballot, for a candidate of another ballot; 400 for malformed ids', async () => {
      const a = await createBallot();
      const b = await createBallot();
      const [ofB] = await addCandidates(b.id, 1);
      const other = await ctx.app.inject({ method: 'DELETE', url: `/v1/ballots/${a.id}/candidates/${ofB.id}`, headers: admin });
      expect(other.statusCode).toBe(404);
      const unknown = await ctx.app.inject({ method: 'DELETE', url: `/v1/ballots/00000000-0000-4000-8000-000000000000/candidates/${ofB.id}`, headers: admin });
      expect(unknown.statusCode).toBe(404);
      const bad = await ctx.app.inject({ method: 'DELETE', url: `/v1/ballots/${a.id}/candidates/nope`, headers: admin });
      expect(bad.statusCode).toBe(400);
      expect((await ctx.pool.query('SELECT count(*)::int AS n FROM candidates WHERE id = $1', [ofB.id])).rows[0].n).toBe(1);
    });
  });

  describe('POST /v1/ballots/:id/publish', () => {
    it('publishes with more candidates than seats: 200 Ballot with candidates, audited', async () => {
      const b = await createBallot();
      await addCandidates(b.id, 3);
      const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/publish`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: b.id, status: 'published', phase: 'upcoming', publishedAt: NOW, totalVotes: 0 });
      expect(res.json().candidates).toHaveLength(3);
      const actions = (await auditActions(b.id)).map((a) => a.action);
      expect(actions).toEqual(['ballot.created', 'candidates.added', 'ballot.published']);
    });

    it('422 NOT_DIFFERENTIAL when candidates equal seats', async () => {
      const b = await createBallot();
      await addCandidates(b.id, 2);
      const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/publish`, headers: admin });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('NOT_DIFFERENTIAL');
      expect((await ctx.pool.query('SELECT status FROM ballots WHERE id = $1', [b.id])).rows[0].status).toBe('draft');
    });

    it('422 INVALID_WINDOW when the window has already ended', async () => {
      const b = await createBallot({ opensAt: '2026-05-01T00:00:00Z', durationDays: 7 });
      await addCandidates(b.id, 3);
      const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/publish`, headers: admin });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('INVALID_WINDOW');
    });

    it('publishing a ballot whose window is running makes it open at once', async () => {
      const b = await createBallot({ opensAt: '2026-05-31T00:00:00Z' });
      await addCandidates(b.id, 3);
      const res = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/publish`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.json().phase).toBe('open');
    });

    it('409 INVALID_STATE when already published; 404 unknown; 403 auditor; 401 anonymous', async () => {
      const { ballot } = await publishedBallot();
      const again = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/publish`, headers: admin });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('INVALID_STATE');
      const unknown = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/00000000-0000-4000-8000-000000000000/publish`, headers: admin });
      expect(unknown.statusCode).toBe(404);
      expect((await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/publish`, headers: auditor })).statusCode).toBe(403);
      expect((await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/publish` })).statusCode).toBe(401);
      const published = (await auditActions(ballot.id)).filter((a) => a.action === 'ballot.published');
      expect(published).toHaveLength(1);
    });

    it('two concurrent publishes: exactly one wins', async () => {
      const b = await createBallot();
      await addCandidates(b.id, 3);
      const results = await Promise.all(
        [1, 2, 3].map(() => ctx.app.inject({ method: 'POST', url: `/v1/ballots/${b.id}/publish`, headers: admin })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      expect((await auditActions(b.id)).filter((a) => a.action === 'ballot.published')).toHaveLength(1);
    });
  });

  describe('public reads', () => {
    it('drafts are 404 in public, visible to staff', async () => {
      const b = await createBallot();
      const pub = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.id}` });
      expect(pub.statusCode).toBe(404);
      expect(pub.json().code).toBe('NOT_FOUND');
      const asAuditor = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.id}`, headers: auditor });
      expect(asAuditor.statusCode).toBe(200);
      expect(asAuditor.json()).toMatchObject({ status: 'draft', phase: 'draft' });
      // An invalid or voter credential is simply ignored on this public route: still 404 for a draft.
      const bogus = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.id}`, headers: bearer('bsk_not-a-real-key') });
      expect(bogus.statusCode).toBe(404);
      const voter = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${b.id}`, headers: bearer(ctx.voterToken('o-reader')) });
      expect(voter.statusCode).toBe(404);
      const list = await ctx.app.inject({ method: 'GET', url: '/v1/ballots' });
      expect(list.json().ballots.map((x: { id: string }) => x.id)).not.toContain(b.id);
    });

    it('a published ballot reads with candidates and zero counts; phase follows the clock', async () => {
      const { ballot, candidates } = await publishedBallot();
      const res = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ id: ballot.id, status: 'published', phase: 'upcoming', timezone: 'Asia/Shanghai', totalVotes: 0 });
      expect(body.candidates).toEqual(candidates.map((c) => ({ ...c, votes: 0 })));
      ctx.clock.set('2026-06-01T16:00:00.000Z');
      expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json().phase).toBe('open');
      ctx.clock.set('2026-06-08T15:59:59.999Z');
      expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json().phase).toBe('open');
      ctx.clock.set('2026-06-08T16:00:00.000Z');
      expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json().phase).toBe('closed');
    });

    it('shows the stored counts: votes per candidate and totalVotes (ballots cast, not selections)', async () => {
      const { ballot, candidates } = await publishedBallot({ seats: 2, maxChoices: 2 });
      const [c0, c1] = candidates;
      ctx.clock.set('2026-06-02T02:00:00.000Z');
      // What the vote path stores: the votes and, in the same transaction, their exact counters
      // (the nil UUID row counts ballots cast).
      await ctx.pool.query(
        `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip)
         VALUES (gen_random_uuid(), $1, 'a1', '2026-06-02', $2, now(), '127.0.0.1'),
                (gen_random_uuid(), $1, 'a2', '2026-06-02', $3, now(), '127.0.0.1')`,
        [ballot.id, [c0.id, c1.id], [c0.id]],
      );
      await ctx.pool.query(
        `INSERT INTO vote_tallies (ballot_id, candidate_id, shard, votes)
         VALUES ($1, $2, 0, 2), ($1, $3, 0, 1), ($1, '00000000-0000-0000-0000-000000000000', 0, 2)`,
        [ballot.id, c0.id, c1.id],
      );
      const body = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json();
      expect(body.phase).toBe('open');
      expect(body.totalVotes).toBe(2);
      expect(body.candidates.map((c: { votes: number }) => c.votes)).toEqual([2, 1, 0]);
    });

    it('showLiveCounts=false hides votes and totalVotes in public, not from staff', async () => {
      const { ballot } = await publishedBallot({ showLiveCounts: false });
      const pub = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json();
      expect(pub.showLiveCounts).toBe(false);
      expect(pub).not.toHaveProperty('totalVotes');
      expect(pub.candidates[0]).not.toHaveProperty('votes');
      const staff = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}`, headers: admin })).json();
      expect(staff.totalVotes).toBe(0);
      expect(staff.candidates[0].votes).toBe(0);
    });

    it('GET /v1/ballots lists published ballots without candidates', async () => {
      const { ballot } = await publishedBallot();
      const res = await ctx.app.inject({ method: 'GET', url: '/v1/ballots' });
      expect(res.statusCode).toBe(200);
      const listed = res.json().ballots.find((x: { id: string }) => x.id === ballot.id);
      expect(listed).toMatchObject({ id: ballot.id, status: 'published', phase: 'upcoming', timezone: 'Asia/Shanghai' });
      expect(listed).not.toHaveProperty('candidates');
      expect(res.json().ballots.every((x: { status: string }) => x.status !== 'draft')).toBe(true);
    });

    it('404 for an unknown ballot, 400 for a malformed id', async () => {
      const unknown = await ctx.app.inject({ method: 'GET', url: '/v1/ballots/00000000-0000-4000-8000-000000000000' });
      expect(unknown.statusCode).toBe(404);
      const bad = await ctx.app.inject({ method: 'GET', url: '/v1/ballots/12345' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('VALIDATION_FAILED');
    });

    it('a finalized ballot reads as finalized (the cache never hides the status change)', async () => {
      const { ballot } = await publishedBallot({ opensAt: '2026-05-31T00:00:00Z', durationDays: 2 });
      expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json().phase).toBe('open');
      // Finalizing is another module's job; here we change the row the way it does, after the close.
      ctx.clock.set('2026-06-02T00:00:00.000Z');
      await ctx.pool.query(`UPDATE ballots SET status = 'finalized', finalized_at = $2 WHERE id = $1`, [ballot.id, ctx.clock.now()]);
      const res = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}` })).json();
      expect(res).toMatchObject({ status: 'finalized', phase: 'finalized', finalizedAt: '2026-06-02T00:00:00.000Z' });
    });

    it('the OpenAPI document describes the ballot routes', async () => {
      const doc = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/v1/ballots', '/v1/ballots/{ballotId}', '/v1/ballots/{ballotId}/candidates', '/v1/ballots/{ballotId}/candidates/{candidateId}', '/v1/ballots/{ballotId}/publish']),
      );
    });
  });
});
