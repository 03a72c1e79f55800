import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function cli(...args: string[]) {
  const r = spawnSync(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli detect / simulate (spawned, no database or Redis)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-detect-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('simulates a labelled ledger and detects its scripted burst; input order does not matter', () => {
    const ledger = join(dir, 'bot.ndjson');
    const sim = cli('simulate', '--scenario', 'scripted-bot', '--seed', '1', '--votes', '12000', '--out', ledger);
    expect(sim.code).toBe(0);
    const labels = JSON.parse(readFileSync(`${ledger}.labels.json`, 'utf8'));
    expect(labels).toMatchObject({ scenario: 'scripted-bot', seed: 1 });
    const lines = readFileSync(ledger, 'utf8').trim().split('\n');
    expect(Object.keys(JSON.parse(lines[0]))).toEqual(['voteId', 'at', 'day', 'accountId', 'candidateIds', 'ip', 'userAgent']);

    const res = cli('detect', '--input', ledger);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.flags).toHaveLength(1);
    const f = out.flags[0];
    expect(Object.keys(f)).toEqual(['candidateId', 'rule', 'windowStart', 'windowEnd', 'observed', 'expected', 'severity']);
    expect(f.candidateId).toBe(labels.attacks[0].candidateId);
    expect(f.windowStart).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
    expect(res.stderr).toContain('"evidence"');

    // Reversed file: same answer (sorted by `at`, stable).
    const reversed = join(dir, 'reversed.ndjson');
    writeFileSync(reversed, `${[...lines].reverse().join('\n')}\n`);
    const again = cli('detect', '--input', reversed, '--evidence');
    expect(again.code).toBe(0);
    const flags = JSON.parse(again.stdout).flags;
    expect(flags.map((x: typeof f) => ({ ...x, evidence: undefined, burstKey: undefined }))).toEqual(out.flags.map((x: typeof f) => ({ ...x, evidence: undefined, burstKey: undefined })));
    expect(flags[0].evidence.topIps.length).toBeGreaterThan(0);
  });

  it('prints no flags (exit 0) on a legitimate ledger', () => {
    const ledger = join(dir, 'organic.ndjson');
    expect(cli('simulate', '--scenario', 'organic', '--seed', '2', '--votes', '8000', '--out', ledger, '--labels', join(dir, 'l.json')).code).toBe(0);
    const res = cli('detect', '--input', ledger);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ flags: [] });
  });

  it('reads a messy ledger from outside: BOM, CRLF, unsorted, IPv6, missing/empty UAs, several candidates, extra fields, blank last line', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const t0 = Date.parse('2026-03-01T16:00:00Z');
    const rows: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 4000; i++) {
      const ip = rnd() < 0.4 ? `2409:8a5c:${Math.floor(rnd() * 9000).toString(16)}:1::${Math.floor(rnd() * 9000).toString(16)}` : `117.136.${Math.floor(rnd() * 60)}.${Math.floor(rnd() * 250)}`;
      const first = `c${Math.floor(rnd() * 6)}`;
      const ids = rnd() < 0.3 ? [first, first === 'c0' ? 'c1' : 'c0'] : [first];
      rows.push({ voteId: `o${i}`, at: new Date(t0 + Math.floor(rnd() * 86_400_000)).toISOString(), day: '2026-03-02', accountId: `a${i}`, candidateIds: ids, ip, userAgent: `Mozilla/5.0 (iPhone) MicroMessenger/8.0.${Math.floor(rnd() * 50)} NetType/WIFI`, region: 'x' });
    }
    // 200 scripted votes at 14:00 local, one every 4 s, no user agent at all (or an empty one).
    for (let i = 0; i < 200; i++) {
      const row: Record<string, unknown> = { voteId: `b${i}`, at: new Date(t0 + 14 * 3_600_000 + i * 4000).toISOString(), accountId: `bot${i}`, candidateIds: ['c5'], ip: '47.96.10.2' };
      if (i % 2 === 0) row.userAgent = '';
      rows.push(row);
    }
    const sorted = [...rows].sort((a, b) => Date.parse(a.at as string) - Date.parse(b.at as string));
    const clean = join(dir, 'clean.ndjson');
    writeFileSync(clean, `${sorted.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const messy = join(dir, 'messy.ndjson');
    const shuffled = [...rows].sort(() => rnd() - 0.5);
    writeFileSync(messy, `\uFEFF${shuffled.map((r) => JSON.stringify(r)).join('\r\n')}\r\n\r\n`);

    const a = cli('detect', '--input', clean);
    const b = cli('detect', '--input', messy);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const flags = JSON.parse(a.stdout).flags;
    expect(flags.map((f: { candidateId: string }) => f.candidateId)).toEqual(['c5']);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  });

  it('exit 2 on usage errors and a missing file; exit 1 naming the line of a malformed line', () => {
    expect(cli('detect').code).toBe(2);
    expect(cli('detect', '--input', join(dir, 'nope.ndjson')).code).toBe(2);
    expect(cli('simulate', '--scenario', 'no-such', '--out', join(dir, 'x')).code).toBe(2);
    const bad = join(dir, 'bad.ndjson');
    const ok = JSON.stringify({ voteId: 'v1', at: '2024-05-01T01:00:00.000Z', day: '2024-05-01', accountId: 'a', candidateIds: ['c'], ip: '1.1.1.1', userAgent: 'x' });
    writeFileSync(bad, `${ok}\n${ok}\n{"at": "yesterday"\n`);
    const res = cli('detect', '--input', bad);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/line 3/);
    writeFileSync(bad, `${ok}\n${JSON.stringify({ at: 'not a time', accountId: 'a', candidateIds: ['c'], ip: '1', userAgent: 'x' })}\n`);
    expect(cli('detect', '--input', bad).stderr).toMatch(/line 2: "at"/);
  });
});
