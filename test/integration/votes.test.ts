import { bearer, createTestContext, type TestContext } from '../helpers/test-app';
import { createBallot } from '../helpers/vote-fixtures';
import { countVotes } from '../../src/storage/tally-queries';
import { voteMarkerKey } from '../../src/storage/redis-scripts';

type Ballot = Awaited<ReturnType<typeof createBallot>>;

describe('casting votes', () => {
  let ctx: TestContext;
  let ballot: Ballot;
  let seq = 0;
  const account = () => `openid-${++seq}-${Math.random().toString(36).slice(2, 8)}`;

  const vote = (openid: string, candidateIds: unknown, opts: { ballotId?: string; key?: string; headers?: Record<string, string> } = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${opts.ballotId ?? ballot.id}/votes`,
      headers: { ...bearer(ctx.voterToken(openid)), ...(opts.key !== undefined ? { 'idempotency-key': opts.key } : {}), ...opts.headers },
      payload: { candidateIds },
    });

  const rowsOf = async (openid: string) =>
    (await ctx.pool.query('SELECT id, day::text AS day, ip, user_agent, cast_at FROM votes WHERE account_id = $1 ORDER BY seq', [openid])).rows;

  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_ENABLED: 'false' } });
    ballot = await createBallot(ctx.pool, { maxChoices: 2, candidates: 5 });
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set('2026-06-01T02:00:00.000Z'));

  it('accepts a vote: 201 with the receipt, stored with time, IP and user agent', async () => {
    const openid = account();
    const c = ballot.candidates;
    const res = await vote(openid, [c[0].id, c[1].id], { headers: { 'user-agent': 'Mozilla/5.0 MicroMessenger/8.0 ' + 'x'.repeat(600) } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      voteId: expect.any(String),
      ballotId: ballot.id,
      day: '2026-06-01',
      candidateIds: [c[0].id, c[1].id],
      castAt: '2026-06-01T02:00:00.000Z',
      nextVoteAt: '2026-06-01T16:00:00.000Z',
    });
    const rows = await rowsOf(openid);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: body.voteId, day: '2026-06-01', ip: '127.0.0.1' });
    expect(rows[0].user_agent).toHaveLength(512);
    expect(rows[0].cast_at.toISOString()).toBe('2026-06-01T02:00:00.000Z');
  });

  it('a second vote the same day is 409 ALREADY_VOTED_TODAY with the first voteId', async () => {
    const openid = account();
    const first = await vote(openid, [ballot.candidates[0].id]);
    const second = await vote(openid, [ballot.candidates[1].id]);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      statusCode: 409,
      code: 'ALREADY_VOTED_TODAY',
      voteId: first.json().voteId,
      nextVoteAt: '2026-06-01T16:00:00.000Z',
      requestId: expect.any(String),
    });
    expect(await rowsOf(openid)).toHaveLength(1);
  });

  it('a repeat from an account this instance saw vote is answered from memory, without asking Redis', async () => {
    const openid = account();
    const first = await vote(openid, [ballot.candidates[0].id]);
    expect(first.statusCode).toBe(201);
    const reserve = jest.spyOn(ctx.app.redis, 'voteGate');
    const get = jest.spyOn(ctx.app.redis, 'get');
    try {
      const second = await vote(openid, [ballot.candidates[1].id]);
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({ code: 'ALREADY_VOTED_TODAY', voteId: first.json().voteId });
      expect(reserve).not.toHaveBeenCalled();
      expect(get).not.toHaveBeenCalled();
    } finally {
      reserve.mockRestore();
      get.mockRestore();
    }
    // The memo is per (ballot, day): the next day the same account votes again.
    ctx.clock.set('2026-06-01T16:00:00.000Z');
    expect((await vote(openid, [ballot.candidates[1].id])).statusCode).toBe(201);
    expect(await rowsOf(openid)).toHaveLength(2);
  });

  it('23:59:59.999 and 00:00:00.000 Asia/Shanghai are two days: both accepted', async () => {
    const openid = account();
    ctx.clock.set('2026-06-01T15:59:59.999Z');
    const late = await vote(openid, [ballot.candidates[0].id]);
    ctx.clock.set('2026-06-01T16:00:00.000Z');
    const early = await vote(openid, [ballot.candidates[0].id]);
    expect(late.statusCode).toBe(201);
    expect(early.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ day: '2026-06-01', nextVoteAt: '2026-06-01T16:00:00.000Z' });
    expect(early.json()).toMatchObject({ day: '2026-06-02', nextVoteAt: '2026-06-02T16:00:00.000Z' });
    expect((await rowsOf(openid)).map((r) => r.day)).toEqual(['2026-06-01', '2026-06-02']);
  });

  it('on the last day nextVoteAt is null', async () => {
    ctx.clock.set('2026-06-07T15:00:00.000Z');
    const res = await vote(account(), [ballot.candidates[0].id]);
    expect(res.statusCode).toBe(201);
    expect(res.json().nextVoteAt).toBeNull();
  });

  it('before opening and after closing: 409 BALLOT_NOT_OPEN with the phase; finalized too', async () => {
    ctx.clock.set('2026-05-31T15:59:59.999Z');
    const before = await vote(account(), [ballot.candidates[0].id]);
    expect(before.statusCode).toBe(409);
    expect(before.json()).toMatchObject({ code: 'BALLOT_NOT_OPEN', phase: 'upcoming' });
    ctx.clock.set('2026-06-07T16:00:00.000Z');
    const after = await vote(account(), [ballot.candidates[0].id]);
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ code: 'BALLOT_NOT_OPEN', phase: 'closed' });
    const finalized = await createBallot(ctx.pool, { opensAt: '2026-05-01T00:00:00.000Z', status: 'finalized' });
    const fin = await vote(account(), [finalized.candidates[0].id], { ballotId: finalized.id });
    expect(fin.json()).toMatchObject({ code: 'BALLOT_NOT_OPEN', phase: 'finalized' });
  });

  it('404 for an unknown ballot and for a draft', async () => {
    const unknown = await vote(account(), [ballot.candidates[0].id], { ballotId: '5b0c3f8e-8c1e-4a57-9d0e-2f3b4c5d6e7f' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
    const draft = await createBallot(ctx.pool, { status: 'draft' });
    const res = await vote(account(), [draft.candidates[0].id], { ballotId: draft.id });
    expect(res.statusCode).toBe(404);
  });

  it('422 INVALID_SELECTION: none, unknown, repeated, more than maxChoices; nothing stored', async () => {
    const openid = account();
    const c = ballot.candidates;
    for (const sel of [[], ['nope'], ['5b0c3f8e-8c1e-4a57-9d0e-2f3b4c5d6e7f'], [c[0].id, c[0].id], [c[0].id, c[1].id, c[2].id]]) {
      const res = await vote(openid, sel);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'INVALID_SELECTION' });
    }
    expect(await rowsOf(openid)).toHaveLength(0);
    // Nothing reserved either: the account can still vote today.
    expect((await vote(openid, [c[0].id])).statusCode).toBe(201);
  });

  it('400 VALIDATION_FAILED: missing field, wrong types, bad ballot id, bad Idempotency-Key', async () => {
    const token = bearer(ctx.voterToken(account()));
    const post = (payload: unknown, headers: Record<string, string> = {}, url = `/v1/ballots/${ballot.id}/votes`) =>
      ctx.app.inject({ method: 'POST', url, headers: { ...token, ...headers }, payload: payload as object });
    expect((await post({})).statusCode).toBe(400);
    expect((await post({ candidateIds: 'x' })).statusCode).toBe(400);
    expect((await post({ candidateIds: [1] })).statusCode).toBe(400);
    expect((await post({ candidateIds: ['a'.repeat(101)] })).statusCode).toBe(400);
    expect((await post({ candidateIds: [ballot.candidates[0].id] }, {}, '/v1/ballots/not-a-uuid/votes')).statusCode).toBe(400);
    const longKey = await post({ candidateIds: [ballot.candidates[0].id] }, { 'idempotency-key': 'k'.repeat(256) });
    expect(longKey.statusCode).toBe(400);
    expect(longKey.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await post({ candidateIds: [ballot.candidates[0].id] }, { 'idempotency-key': '' })).statusCode).toBe(400);
    const badJson = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: { ...token, 'content-type': 'application/json' }, payload: '{"candidateIds":' });
    expect(badJson.statusCode).toBe(400);
  });

  it('401 without or with a bad token, 403 for a staff key', async () => {
    const none = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, payload: { candidateIds: [ballot.candidates[0].id] } });
    expect(none.statusCode).toBe(401);
    const bad = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer('abc.def.ghi'), payload: { candidateIds: [ballot.candidates[0].id] } });
    expect(bad.statusCode).toBe(401);
    const staff = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer(await ctx.staffKey('admin')), payload: { candidateIds: [ballot.candidates[0].id] } });
    expect(staff.statusCode).toBe(403);
  });

  it('the account comes from the token only, never from the body or headers', async () => {
    const openid = account();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/v1/ballots/${ballot.id}/votes?accountId=mallory`,
      headers: { ...bearer(ctx.voterToken(openid)), 'x-account-id': 'mallory' },
      payload: { candidateIds: [ballot.candidates[0].id], accountId: 'mallory' },
    });
    expect(res.statusCode).toBe(201);
    expect(await rowsOf(openid)).toHaveLength(1);
    expect(await rowsOf('mallory')).toHaveLength(0);
  });

  describe('Idempotency-Key', () => {
    it('same key and body: the original 201 replayed, also on a later day, before the already-voted check', async () => {
      const openid = account();
      const c = ballot.candidates;
      const first = await vote(openid, [c[0].id, c[1].id], { key: 'k-1' });
      expect(first.statusCode).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const again = await vote(openid, [c[1].id, c[0].id], { key: 'k-1' });
      expect(again.statusCode).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json()).toEqual(first.json());
      // Without Redis's marker too.
      await ctx.flushRedis();
      const third = await vote(openid, [c[0].id, c[1].id], { key: 'k-1' });
      expect(third.json()).toEqual(first.json());
      // Next day: still the original receipt, and no new vote.
      ctx.clock.set('2026-06-02T03:00:00.000Z');
      const later = await vote(openid, [c[0].id, c[1].id], { key: 'k-1' });
      expect(later.statusCode).toBe(201);
      expect(later.headers['idempotent-replayed']).toBe('true');
      expect(later.json()).toEqual(first.json());
      expect(await rowsOf(openid)).toHaveLength(1);
      // After the ballot closed, the receipt is still replayed.
      ctx.clock.set('2026-06-08T03:00:00.000Z');
      expect((await vote(openid, [c[0].id, c[1].id], { key: 'k-1' })).json()).toEqual(first.json());
    });

    it('same key, different body: 422 IDEMPOTENCY_KEY_REUSED (same day and later day)', async () => {
      const openid = account();
      const c = ballot.candidates;
      expect((await vote(openid, [c[0].id], { key: 'k-2' })).statusCode).toBe(201);
      const other = await vote(openid, [c[1].id], { key: 'k-2' });
      expect(other.statusCode).toBe(422);
      expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      ctx.clock.set('2026-06-03T03:00:00.000Z');
      const later = await vote(openid, [c[1].id], { key: 'k-2' });
      expect(later.statusCode).toBe(422);
      expect(await rowsOf(openid)).toHaveLength(1);
      // The reservation made on the way was released: a fresh vote that day works.
      expect((await vote(openid, [c[1].id], { key: 'k-3' })).statusCode).toBe(201);
    });

    it('a new key after voting today is 409, and keys are per account', async () => {
      const a = account();
      const b = account();
      expect((await vote(a, [ballot.candidates[0].id], { key: 'shared' })).statusCode).toBe(201);
      const again = await vote(a, [ballot.candidates[0].id], { key: 'another' });
      expect(again.statusCode).toBe(409);
      expect((await vote(b, [ballot.candidates[0].id], { key: 'shared' })).statusCode).toBe(201);
    });
  });

  describe('GET /votes/me', () => {
    const me = (openid: string, ballotId = ballot.id) =>
      ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/votes/me`, headers: bearer(ctx.voterToken(openid)) });

    it('lists the account’s votes, says whether it voted today and when it may vote next', async () => {
      const openid = account();
      const fresh = await me(openid);
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json()).toEqual({ ballotId: ballot.id, day: '2026-06-01', votedToday: false, nextVoteAt: '2026-06-01T02:00:00.000Z', votes: [] });
      const v1 = (await vote(openid, [ballot.candidates[0].id])).json();
      ctx.clock.set('2026-06-02T01:00:00.000Z');
      const before = await me(openid);
      expect(before.json()).toMatchObject({ day: '2026-06-02', votedToday: false, nextVoteAt: '2026-06-02T01:00:00.000Z' });
      const v2 = (await vote(openid, [ballot.candidates[1].id])).json();
      const after = (await me(openid)).json();
      expect(after).toEqual({
        ballotId: ballot.id,
        day: '2026-06-02',
        votedToday: true,
        nextVoteAt: '2026-06-02T16:00:00.000Z',
        votes: [
          { voteId: v1.voteId, day: '2026-06-01', candidateIds: [ballot.candidates[0].id], castAt: '2026-06-01T02:00:00.000Z' },
          { voteId: v2.voteId, day: '2026-06-02', candidateIds: [ballot.candidates[1].id], castAt: '2026-06-02T01:00:00.000Z' },
        ],
      });
      ctx.clock.set('2026-06-09T01:00:00.000Z');
      expect((await me(openid)).json()).toMatchObject({ votedToday: false, nextVoteAt: null });
    });

    it('404 for a draft or unknown ballot; 401 without a token', async () => {
      const draft = await createBallot(ctx.pool, { status: 'draft' });
      expect((await me(account(), draft.id)).statusCode).toBe(404);
      expect((await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballot.id}/votes/me` })).statusCode).toBe(401);
    });
  });

  describe('concurrency', () => {
    it('200 concurrent votes of one account over two instances: exactly one 201, the rest 409 with its voteId', async () => {
      const other = await ctx.buildAnother();
      const openid = account();
      const token = ctx.voterToken(openid);
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          (i % 2 === 0 ? ctx.app : other).inject({
            method: 'POST',
            url: `/v1/ballots/${ballot.id}/votes`,
            headers: bearer(token),
            payload: { candidateIds: [ballot.candidates[i % 5].id] },
          }),
        ),
      );
      const created = results.filter((r) => r.statusCode === 201);
      expect(created).toHaveLength(1);
      const voteId = created[0].json().voteId;
      const others = results.filter((r) => r.statusCode !== 201);
      expect(others.every((r) => r.statusCode === 409 && r.json().code === 'ALREADY_VOTED_TODAY' && r.json().voteId === voteId)).toBe(true);
      expect(await rowsOf(openid)).toEqual([expect.objectContaining({ id: voteId })]);
    });

    it('the same race with Redis flushed first still admits exactly one', async () => {
      await ctx.flushRedis();
      const other = await ctx.buildAnother();
      const openid = account();
      const token = ctx.voterToken(openid);
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          (i % 2 === 0 ? ctx.app : other).inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer(token), payload: { candidateIds: [ballot.candidates[0].id] } }),
        ),
      );
      expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect(results.filter((r) => r.statusCode === 409)).toHaveLength(59);
      expect(await rowsOf(openid)).toHaveLength(1);
    });

    it('many distinct accounts at once: all 201, counts exact', async () => {
      const fresh = await createBallot(ctx.pool, { maxChoices: 2, candidates: 4 });
      const other = await ctx.buildAnother();
      const n = 400;
      const results = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          (i % 2 === 0 ? ctx.app : other).inject({
            method: 'POST',
            url: `/v1/ballots/${fresh.id}/votes`,
            headers: bearer(ctx.voterToken(`crowd-${i}`)),
            payload: { candidateIds: i % 3 === 0 ? [fresh.candidates[0].id, fresh.candidates[1].id] : [fresh.candidates[i % 4].id] },
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).filter((s) => s !== 201)).toEqual([]);
      const truth = await countVotes(ctx.pool, fresh.id);
      expect(truth.totalVotes).toBe(n);
      const tally = await ctx.app.tallies.read(fresh.id);
      expect(tally.totalVotes).toBe(n);
      expect(Object.fromEntries(tally.byCandidate)).toEqual(Object.fromEntries(truth.byCandidate));
    });
  });

  it('counts votes in metrics by outcome', async () => {
    const metrics = await ctx.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/votes_total\{outcome="accepted"\} \d+/);
    expect(metrics.body).toMatch(/votes_total\{outcome="duplicate"\} \d+/);
    expect(metrics.body).toMatch(/votes_total\{outcome="rejected"\} \d+/);
    // Group commit is visible to operators: statements and the votes they carried.
    expect(Number(/^vote_batch_size_count (\d+)$/m.exec(metrics.body)?.[1])).toBeGreaterThan(0);
    expect(Number(/^vote_batch_size_sum (\d+)$/m.exec(metrics.body)?.[1])).toBeGreaterThanOrEqual(Number(/^vote_batch_size_count (\d+)$/m.exec(metrics.body)?.[1]));
    expect(metrics.body).toMatch(/^vote_batch_duration_seconds_count \d+$/m);
  });
});

describe('casting votes on an instance that did not see the first vote (memo off: another instance, a restart)', () => {
  let ctx: TestContext;
  let ballot: Ballot;
  beforeAll(async () => {
    ctx = await createTestContext({ env: { RATE_LIMIT_ENABLED: 'false', VOTED_TODAY_MEMO_SIZE: '0' } });
    ballot = await createBallot(ctx.pool, { maxChoices: 2, candidates: 5 });
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set('2026-06-01T02:00:00.000Z'));

  const vote = (openid: string, candidateId: string) =>
    ctx.app.inject({ method: 'POST', url: `/v1/ballots/${ballot.id}/votes`, headers: bearer(ctx.voterToken(openid)), payload: { candidateIds: [candidateId] } });
  const rowsOf = async (openid: string) => (await ctx.pool.query('SELECT id FROM votes WHERE account_id = $1', [openid])).rows;

  it('the Redis marker answers a repeat 409 with the first voteId', async () => {
    const first = await vote('nomemo-1', ballot.candidates[0].id);
    expect(first.statusCode).toBe(201);
    const second = await vote('nomemo-1', ballot.candidates[1].id);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'ALREADY_VOTED_TODAY', voteId: first.json().voteId, nextVoteAt: '2026-06-01T16:00:00.000Z' });
    expect(await rowsOf('nomemo-1')).toHaveLength(1);
    // The marker holds the vote's id until the day is over (midnight Asia/Shanghai is 16:00Z), plus an hour's grace.
    const key = voteMarkerKey(ballot.id, '2026-06-01', 'nomemo-1');
    expect(await ctx.app.redis.get(key)).toBe(first.json().voteId);
    const ttl = await ctx.app.redis.pttl(key);
    expect(ttl).toBeGreaterThan(15 * 3_600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 3_600_000);
  });

  it('the markers of votes committed together are written together, each with its own vote id', async () => {
    const spy = jest.spyOn(ctx.app.redis, 'voteRemember');
    try {
      const openids = Array.from({ length: 12 }, (_, i) => `nomemo-batch-${i}`);
      const answers = await Promise.all(openids.map((o, i) => vote(o, ballot.candidates[i % 5].id)));
      expect(answers.map((a) => a.statusCode)).toEqual(openids.map(() => 201));
      const markers = await Promise.all(openids.map((o) => ctx.app.redis.get(voteMarkerKey(ballot.id, '2026-06-01', o))));
      expect(markers).toEqual(answers.map((a) => a.json().voteId));
      // Fewer calls than votes: the batcher committed them in fewer statements, one call each.
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(1);
      expect(spy.mock.calls.length).toBeLessThan(openids.length);
    } finally {
      spy.mockRestore();
    }
  });

  it('after Redis loses everything, the second vote of the day is still 409 with the first voteId', async () => {
    const first = await vote('nomemo-2', ballot.candidates[0].id);
    expect(first.statusCode).toBe(201);
    await ctx.flushRedis();
    const second = await vote('nomemo-2', ballot.candidates[2].id);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'ALREADY_VOTED_TODAY', voteId: first.json().voteId });
    expect(await rowsOf('nomemo-2')).toHaveLength(1);
    // The marker was repaired from PostgreSQL's answer.
    expect(await ctx.app.redis.get(voteMarkerKey(ballot.id, '2026-06-01', 'nomemo-2'))).toBe(first.json().voteId);
  });
});
