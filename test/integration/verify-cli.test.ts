import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createTestContext, bearer, type TestContext } from '../helpers/test-app';
import { createScoresBallot, insertFlag, type ScoresBallot } from '../helpers/scores-fixtures';
import { verifyLedger, type ScoresFile } from '../../src/cli/commands/verify';

const ROOT = path.resolve(__dirname, '../..');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/main.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// Each CLI run starts tsx, which takes seconds on a busy 2-core machine.
jest.setTimeout(90_000);

const linesOf = (text: string) => createInterface({ input: Readable.from([text]), crlfDelay: Infinity });

describe('votes through the API → scores → finalize → ledger export → verify', () => {
  let ctx: TestContext;
  let sb: ScoresBallot;
  let dir: string;
  let ledgerText: string;
  let final: ScoresFile;
  const ledgerFile = () => path.join(dir, 'ledger.ndjson');
  const scoresFile = () => path.join(dir, 'final.json');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'verify-cli-'));
    ctx = await createTestContext({ now: '2026-06-01T01:00:00.000Z' });
    sb = await createScoresBallot(ctx.pool, {
      names: [
        { name: '甲县', city: '南昌市' },
        { name: '乙县', city: '九江市' },
        { name: '丙县', city: '赣州市' },
        { name: '丁县', city: '上饶市' },
      ],
      maxChoices: 2,
    });
    const [a, b, c, d] = sb.candidates.map((x) => x.id);
    // Two days of voting; accounts come back on day two. d is stuffed and flagged.
    const plan: Array<[string, string[]]> = [
      ['u1', [a]], ['u2', [a, b]], ['u3', [b]], ['u4', [c, a]], ['u5', [d]], ['u6', [d]], ['u7', [d]], ['u8', [d]],
    ];
    for (const day of ['2026-06-01T01:00:00.000Z', '2026-06-02T03:00:00.000Z']) {
      ctx.clock.set(day);
      for (const [openid, candidateIds] of plan) {
        const res = await ctx.app.inject({
          method: 'POST',
          url: `/v1/ballots/${sb.ballot.id}/votes`,
          headers: bearer(ctx.voterToken(openid)),
          payload: { candidateIds },
        });
        expect(res.statusCode).toBe(201);
        ctx.clock.advance(1500);
      }
    }
    await insertFlag(ctx.pool, sb.ballot.id, d, 'confirmed');
    const admin = await ctx.staffKey('admin');
    const auditor = await ctx.staffKey('auditor');

    const provisional = (await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${sb.ballot.id}/scores`, headers: bearer(admin) })).json();
    expect(provisional).toMatchObject({ status: 'provisional', totalVotes: 16 });

    ctx.clock.set(sb.ballot.closesAt);
    const fin = await ctx.app.inject({ method: 'POST', url: `/v1/ballots/${sb.ballot.id}/finalize`, headers: bearer(admin) });
    expect(fin.statusCode).toBe(200);
    final = fin.json();
    const ledger = await ctx.app.inject({ method: 'GET', url: `/v1/ballots/${sb.ballot.id}/ledger`, headers: bearer(auditor) });
    expect(ledger.statusCode).toBe(200);
    ledgerText = ledger.body;
    writeFileSync(ledgerFile(), ledgerText);
    writeFileSync(scoresFile(), fin.body);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx.close();
  });

  it('finalized the API votes as expected (d flagged, M from the others)', () => {
    const [a, b, c, d] = sb.candidates.map((x) => x.id);
    expect(final.totalVotes).toBe(16);
    expect(final.candidates.map((x) => [x.candidateId, x.votes, x.flagged, x.voteScore, x.rank])).toEqual([
      [a, 6, false, 20, 1],
      [b, 4, false, 13.33, 2],
      [c, 2, false, 6.67, 3],
      [d, 8, true, 0, 4],
    ]);
    expect(ledgerText.split('\n')).toHaveLength(17);
  });

  it('`verify` exits 0 when the ledger and the final scores match', async () => {
    const res = await cli(['verify', '--ledger', ledgerFile(), '--scores', scoresFile()]);
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain(`OK: 16 votes, 4 candidates`);
    expect(res.stdout).toContain(final.digest!);
    expect(res.code).toBe(0);
  });

  it('`verify` exits 1 and names the candidates when one line of the ledger is changed', async () => {
    const [a, b] = sb.candidates.map((x) => x.id);
    const lines = ledgerText.split('\n');
    const i = lines.findIndex((l) => JSON.parse(l).candidateIds.join() === a);
    lines[i] = lines[i].replace(a, b);
    const tampered = path.join(dir, 'tampered.ndjson');
    writeFileSync(tampered, lines.join('\n'));
    const res = await cli(['verify', '--ledger', tampered, '--scores', scoresFile()]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('MISMATCH');
    expect(res.stdout).toContain(`candidate ${a}: votes expected 6 (scores file), found 5 (ledger)`);
    expect(res.stdout).toContain(`candidate ${b}: votes expected 4 (scores file), found 5 (ledger)`);
    expect(res.stdout).toContain(`digest: expected ${final.digest}`);
  });

  it('`verify` exits 2 on usage errors and missing files', async () => {
    const [missingFlag, missingFile] = await Promise.all([
      cli(['verify', '--ledger', ledgerFile()]),
      cli(['verify', '--ledger', path.join(dir, 'nope.ndjson'), '--scores', scoresFile()]),
    ]);
    expect(missingFlag.code).toBe(2);
    expect(missingFlag.stderr).toContain('usage');
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('cannot read');
  });

  describe('what verify notices (in process)', () => {
    const verify = (text: string, scores: ScoresFile = final) => verifyLedger(linesOf(text), scores);
    const lines = () => ledgerText.trimEnd().split('\n');

    it('passes the untouched files', async () => {
      const report = await verify(ledgerText);
      expect(report.differences).toEqual([]);
      expect(report).toMatchObject({ ok: true, votes: 16, digest: final.digest });
    });

    it('names the line number of a malformed line, a line whose day does not match its time, and an unknown candidate', async () => {
      const l = lines();
      l[2] = l[2].slice(0, -5);
      const v4 = JSON.parse(l[4]);
      l[4] = JSON.stringify({ ...v4, at: '2026-06-05T17:00:00.000Z' });
      const v6 = JSON.parse(l[6]);
      l[6] = JSON.stringify({ ...v6, candidateIds: ['99999999-9999-4999-8999-999999999999'] });
      const report = await verify(l.join('\n') + '\n');
      expect(report.ok).toBe(false);
      expect(report.differences).toEqual(
        expect.arrayContaining([
          'ledger line 3: not valid JSON',
          `ledger line 5: day ${v4.day} is not the Asia/Shanghai day of at 2026-06-05T17:00:00.000Z (2026-06-06)`,
          'ledger line 7: candidate 99999999-9999-4999-8999-999999999999 is not in the scores file',
        ]),
      );
      expect(report.differences.some((d) => d.startsWith('totalVotes:'))).toBe(true);
    });

    it('notices a changed time that keeps the counts (digest only), a removed line, and reordered lines', async () => {
      const l = lines();
      const v = JSON.parse(l[0]);
      const shifted = [JSON.stringify({ ...v, at: v.at.replace(/\.\d{3}Z$/, '.999Z') }), ...l.slice(1)];
      expect((await verify(shifted.join('\n') + '\n')).differences).toEqual([expect.stringMatching(/^digest: expected/)]);
      const removed = await verify(l.slice(1).join('\n') + '\n');
      expect(removed.differences[0]).toMatch(/^totalVotes: scores file says 16, ledger has 15/);
      const swapped = [l[1], l[0], ...l.slice(2)];
      expect((await verify(swapped.join('\n') + '\n')).differences).toEqual([expect.stringMatching(/^digest: expected/)]);
    });

    it('notices scores that do not follow from the counts: a changed score, rank or flag', async () => {
      const [, b, , d] = sb.candidates.map((x) => x.id);
      const score = { ...final, candidates: final.candidates.map((c) => (c.candidateId === b ? { ...c, voteScore: 13.34 } : c)) };
      expect((await verify(ledgerText, score)).differences).toEqual([`candidate ${b}: voteScore expected 13.34, recomputed 13.33`]);
      const unflagged = { ...final, candidates: final.candidates.map((c) => (c.candidateId === d ? { ...c, flagged: false } : c)) };
      const report = await verify(ledgerText, unflagged);
      expect(report.differences).toEqual(
        expect.arrayContaining([`candidate ${d}: voteScore expected 0.00, recomputed 20.00`, `candidate ${d}: rank expected 4, recomputed 1`, expect.stringMatching(/^digest: expected/)]),
      );
    });

    it('refuses to call provisional scores verified: they carry no digest', async () => {
      const report = await verify(ledgerText, { ...final, status: 'provisional', digest: null });
      expect(report.ok).toBe(false);
      expect(report.differences).toEqual([expect.stringMatching(/^digest: the scores file has none \(status provisional\)/)]);
    });
  });
});
