import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createScoresBallot, insertVotes, type ScoresBallot } from '../helpers/scores-fixtures';
import { canonicalJson } from '../../src/domain/canonical-json';
import { DIGEST_HEADER, DIGEST_RESULTS_SEPARATOR, resultsLineJson } from '../../src/domain/digest';
import { LEDGER_PAGE_SIZE } from '../../src/storage/ledger-queries';

const NAMES = [
  { name: '甲', city: '南昌市' },
  { name: '乙', city: '九江市' },
  { name: '丙', city: '上饶市' },
];

/** `n` votes alternating between two candidates, 10 ms apart, all on 2026-06-01 (Asia/Shanghai). */
async function bulkVotes(ctx: TestContext, ballotId: string, a: string, b: string, n: number): Promise<void> {
  await ctx.pool.query(
    `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent)
     SELECT gen_random_uuid(), $1, 'acct-' || g, DATE '2026-06-01', ARRAY[(ARRAY[$2, $3]::uuid[])[1 + g % 2]],
            TIMESTAMPTZ '2026-05-31T16:00:00Z' + g * interval '10 ms', '10.0.' || (g % 250) || '.1', 'UA ' || g
     FROM generate_series(1, $4::int) AS g`,
    [ballotId, a, b, n],
  );
}

describe('ledger export', () => {
  let ctx: TestContext;
  let auditor: string;
  let small: ScoresBallot;
  let big: ScoresBallot;
  const BIG = LEDGER_PAGE_SIZE * 7 + 123;

  beforeAll(async () => {
    ctx = await createTestContext({ now: '2026-06-02T02:00:00.000Z' });
    auditor = await ctx.staffKey('auditor');
    small = await createScoresBallot(ctx.pool, { names: NAMES, maxChoices: 2 });
    big = await createScoresBallot(ctx.pool, { names: NAMES });
    await bulkVotes(ctx, big.ballot.id, big.candidates[0].id, big.candidates[1].id, BIG);
  });
  afterAll(() => ctx.close());

  const ledger = (ballotId: string, key = auditor) => ctx.app.inject({ method: 'GET', url: `/v1/ballots/${ballotId}/ledger`, headers: bearer(key) });

  it('is for auditors only: 401 without a credential, 403 for admins and voters, 404 for an unknown ballot', async () => {
    const url = `/v1/ballots/${small.ballot.id}/ledger`;
    expect((await ctx.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await ledger(small.ballot.id, await ctx.staffKey('admin'))).json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    expect((await ledger(small.ballot.id, ctx.voterToken('o-1'))).statusCode).toBe(403);
    expect((await ledger('00000000-0000-4000-8000-000000000000')).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('is empty for a ballot without votes', async () => {
    const res = await ledger(small.ballot.id);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
  });

  it('writes one canonical JSON line per accepted vote, in cast order, with exactly the API.md fields', async () => {
    // PostgreSQL writes the lines: pin its escaping to JSON.stringify's on awkward text.
    const UA = 'MicroMessenger "8.0" \\ 微信\n\t\r\b\f \u0001\u001f\u007f \u2028\u2029 😀 </script>';
    const [a, b, c] = small.candidates.map((x) => x.id);
    // cast_at is not in seq order on purpose: the ledger follows seq (commit order), not the clock.
    const voteIds = await insertVotes(ctx.pool, small.ballot.id, [
      { accountId: 'oA', candidateIds: [c, a], castAt: new Date('2026-06-01T15:59:59.999Z'), ip: '2408:8000::1', userAgent: UA },
      { accountId: 'oB', candidateIds: [b], castAt: new Date('2026-06-01T16:00:00.000Z') },
      { accountId: 'oC', candidateIds: [a], castAt: new Date('2026-06-01T15:00:00.000Z'), userAgent: '' },
    ]);
    const res = await ledger(small.ballot.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="ledger-${small.ballot.id}.ndjson"`);
    const lines = res.body.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed).toEqual([
      { voteId: voteIds[0], at: '2026-06-01T15:59:59.999Z', day: '2026-06-01', accountId: 'oA', candidateIds: [c, a], ip: '2408:8000::1', userAgent: UA },
      { voteId: voteIds[1], at: '2026-06-01T16:00:00.000Z', day: '2026-06-02', accountId: 'oB', candidateIds: [b], ip: '10.1.2.3', userAgent: 'Mozilla/5.0 MicroMessenger/8.0.47' },
      { voteId: voteIds[2], at: '2026-06-01T15:00:00.000Z', day: '2026-06-01', accountId: 'oC', candidateIds: [a], ip: '10.1.2.3', userAgent: '' },
    ]);
    // Byte for byte the canonical form the digest hashes.
    lines.forEach((l, i) => expect(l).toBe(canonicalJson(parsed[i])));
  });

  it(`streams ${BIG} votes over many pages in seq order, and the file is exactly what the final digest hashed`, async () => {
    const res = await ledger(big.ballot.id);
    expect(res.statusCode).toBe(200);
    const lines = res.body.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(BIG);
    const { rows } = await ctx.pool.query<{ id: string }>('SELECT id FROM votes WHERE ballot_id = $1 ORDER BY seq', [big.ballot.id]);
    expect(lines.map((l) => JSON.parse(l).voteId)).toEqual(rows.map((r) => r.id));

    ctx.clock.set(big.ballot.closesAt);
    const fin = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${big.ballot.id}/finalize`, headers: bearer(await ctx.staffKey('admin')) });
    expect(fin.statusCode).toBe(200);
    const final = fin.json();
    expect(final.totalVotes).toBe(BIG);
    expect(final.candidates.map((c: { votes: number }) => c.votes)).toEqual([Math.ceil(BIG / 2), Math.floor(BIG / 2), 0]);
    // The digest as README documents it: header, the export file as is, separator, results line.
    const bytes = DIGEST_HEADER + res.body + DIGEST_RESULTS_SEPARATOR + resultsLineJson(final) + '\n';
    expect(final.digest).toBe(`sha256:${createHash('sha256').update(bytes, 'utf8').digest('hex')}`);
    // After finalize the export is unchanged.
    expect((await ledger(big.ballot.id)).body).toBe(res.body);
  });

  it('holds back while the client does not read, and returns its connection when the client goes away', async () => {
    // Exports have their own pool (security-export-starvation.test.ts).
    const pool = ctx.app.ledgerExports.pool;
    const checkedOut = () => pool.totalCount - pool.idleCount;
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as AddressInfo;
    const waitFor = async (cond: () => boolean | Promise<boolean>, ms = 5000) => {
      const until = performance.now() + ms;
      while (!(await cond())) {
        if (performance.now() > until) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    const req = http.get({ agent: false, host: '127.0.0.1', port, path: `/v1/ballots/${big.ballot.id}/ledger`, headers: bearer(auditor) });
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => req.on('response', resolve).on('error', reject));
    expect(res.statusCode).toBe(200);
    res.pause();
    // A paused client: the export keeps its snapshot transaction open instead of reading ahead.
    await waitFor(() => checkedOut() >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(checkedOut()).toBe(1);

    req.on('error', () => {});
    req.destroy();
    await waitFor(() => checkedOut() === 0);
    await waitFor(async () => {
      const { rows } = await ctx.pool.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ballot-service-export' AND state LIKE 'idle in transaction%'`,
      );
      return rows[0].n === 0;
    });
    // And the app still serves the next export.
    expect((await ledger(small.ballot.id)).statusCode).toBe(200);
  });
});
