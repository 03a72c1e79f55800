import { createHash } from 'node:crypto';
import { families, runs } from '../../load-tests/heldout/catalogue';
import { generate, ndjson, type Generated } from '../../load-tests/heldout/generate';
import { parseOptions } from '../../load-tests/heldout/bench';
import { scoreRun, summarize, totals, type Flag } from '../../load-tests/heldout/score';
import type { Labels } from '../../load-tests/heldout/ledger';

function run(family: string, seed: number) {
  const found = runs({ family, seed });
  if (found.length !== 1) throw new Error(`no run ${family} ${seed}`);
  return found[0];
}

function digest(g: Generated): string {
  return createHash('sha256').update(ndjson(g.lines)).digest('hex');
}

const shanghaiDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/** What the service would have refused or the labels fail to cover: empty for a sound ledger. */
function problems(g: Generated): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let last = -Infinity;
  const opens = Date.parse(g.labels.opensAt);
  const closes = Date.parse(g.labels.closesAt);
  for (const line of g.lines) {
    const at = Date.parse(line.at);
    if (at < last) out.push(`out of cast order: ${line.voteId}`);
    if (at < opens || at >= closes) out.push(`outside the ballot: ${line.voteId}`);
    if (line.day !== shanghaiDate(line.at)) out.push(`wrong day: ${line.voteId}`);
    const key = `${line.accountId}|${line.day}`;
    if (seen.has(key)) out.push(`second vote in a day: ${key}`);
    seen.add(key);
    last = at;
  }
  if (new Set(g.lines.map((l) => l.voteId)).size !== g.lines.length) out.push('repeated voteId');
  // Every attack vote lies inside one of its group's windows, and the windows count exactly them.
  const attackVotes = g.votes.filter((v) => g.sourceKinds[v.source] === 'attack');
  const windows = g.labels.attacks.flatMap((a) => a.windows.map((w) => ({ id: a.candidateId, start: Date.parse(w.start), end: Date.parse(w.end) })));
  for (const v of attackVotes) {
    if (!windows.some((w) => v.candidateIds.includes(w.id) && v.at >= w.start && v.at <= w.end)) out.push(`attack vote outside its windows at ${v.at}`);
  }
  if (g.labels.attacks.reduce((n, a) => n + a.votes, 0) !== attackVotes.length) out.push('window counts differ from attack votes');
  return out.slice(0, 10);
}

// Each generation is a full-size ledger (tens of thousands of votes): a few seconds on a busy machine.
const SLOW = 120_000;

describe('held-out ledger generator', () => {
  let farm: Generated;
  beforeAll(() => {
    farm = generate(run('A2', 1));
  }, SLOW);

  it('gives the same bytes for the same family and seed, and other bytes for another seed', () => {
    const a = farm;
    const b = generate(run('A2', 1));
    expect(digest(a)).toBe(digest(b));
    expect(a.labels).toEqual(b.labels);
    const c = generate(run('A2', 3));
    expect(digest(c)).not.toBe(digest(a));
  }, SLOW);

  it('writes ledgers the service could have accepted, with windows that cover every attack vote', () => {
    const attack = farm;
    expect(attack.labels.kind).toBe('attack');
    expect(attack.labels.attacks.length).toBeGreaterThan(0);
    expect(attack.labels.totalVotes).toBeGreaterThanOrEqual(20_000);
    expect(problems(attack)).toEqual([]);
    const legit = generate(run('L2', 2));
    expect(legit.labels.attacks).toEqual([]);
    expect(legit.labels.honestSurges.length).toBeGreaterThan(0);
    expect(problems(legit)).toEqual([]);
  }, SLOW);

  it('labels one window per day for an attack that comes back daily, and drops what the service would refuse', () => {
    const cohort = generate(run('A5', 1));
    expect(cohort.labels.attacks).toHaveLength(1);
    expect(cohort.labels.attacks[0].windows.length).toBeGreaterThanOrEqual(5);
    expect(problems(cohort)).toEqual([]);
  }, SLOW);

  it('keeps the tune split to the first two seeds of A1, A2, L1 and L2', () => {
    const tune = runs({ split: 'tune' }).map((r) => `${r.family.id}:${r.seed}`);
    expect(tune.sort()).toEqual(['A1:1', 'A1:2', 'A2:1', 'A2:2', 'L1:1', 'L1:2', 'L2:1', 'L2:2']);
    const holdout = runs({ split: 'holdout' });
    expect(holdout.length + tune.length).toBe(families.reduce((n, f) => n + f.seeds.length, 0));
  });
});

describe('held-out scoring', () => {
  const labels: Labels = {
    family: 'AX', seed: 1, split: 'holdout', kind: 'attack', description: '', opensAt: '', closesAt: '', candidates: 3, totalVotes: 0, refused: {}, honestSurges: [],
    attacks: [{ group: 'g', candidateId: 'c1', candidateName: '', votes: 10, windows: [{ start: '2026-05-01T10:00:00.000Z', end: '2026-05-01T11:00:00.000Z', votes: 10 }] }],
  };
  const flag = (candidateId: string, windowStart: string, windowEnd: string): Flag => ({ candidateId, rule: 'r', windowStart, windowEnd, observed: 1, expected: 0, severity: 'high' });

  it('counts a flag on the attacked candidate within an hour of its window, and times it from the attack start', () => {
    const s = scoreRun(labels, [flag('c1', '2026-05-01T11:50:00.000Z', '2026-05-01T12:30:00.000Z')]);
    expect(s).toMatchObject({ attacked: 1, detected: 1, falseFlags: 0, strayFlags: 0, timeToFlagMin: [110] });
  });

  it('does not count a flag more than an hour away, and counts flags on other candidates as false', () => {
    const s = scoreRun(labels, [flag('c1', '2026-05-01T12:01:00.000Z', '2026-05-01T13:00:00.000Z'), flag('c2', '2026-05-01T10:00:00.000Z', '2026-05-01T10:10:00.000Z')]);
    expect(s).toMatchObject({ attacked: 1, detected: 0, falseFlags: 1, strayFlags: 1 });
  });
});

describe('bench:heldout options', () => {
  it('reads values after a space or an equals sign', () => {
    expect(parseOptions(['--split', 'tune', '--family=a1', '--seed', '2', '--write-only'])).toMatchObject({ split: 'tune', family: 'A1', seed: 2, writeOnly: true });
  });

  it('refuses unknown flags, bad splits and a missing value', () => {
    expect(() => parseOptions(['--splt', 'tune'])).toThrow(/Unknown option '--splt'/);
    expect(() => parseOptions(['--split', 'train'])).toThrow(/--split must be one of tune, holdout, all/);
    expect(() => parseOptions(['--seed'])).toThrow(/argument missing/);
    expect(() => parseOptions(['--family', 'Z9'])).toThrow(/--family must be one of/);
    expect(() => parseOptions(['--jobs', '0'])).toThrow(/--jobs/);
  });
});

describe('held-out totals', () => {
  it('names the attack runs missed and the legitimate runs falsely flagged', () => {
    const base = { split: 'holdout', timeToFlagMin: [], strayFlags: 0 };
    const scores = [
      { ...base, family: 'A1', seed: 1, kind: 'attack' as const, attacked: 1, detected: 1, falseFlags: 0 },
      { ...base, family: 'A1', seed: 2, kind: 'attack' as const, attacked: 1, detected: 0, falseFlags: 0 },
      { ...base, family: 'L1', seed: 1, kind: 'legit' as const, attacked: 0, detected: 0, falseFlags: 2 },
      { ...base, family: 'L1', seed: 2, kind: 'legit' as const, attacked: 0, detected: 0, falseFlags: 0 },
    ];
    expect(totals(summarize(scores))).toEqual({
      attackRecall: 0.5, attacked: 2, detected: 1, legitRuns: 2, legitRunsFalselyFlagged: 1, attackRunsWithFalseFlags: 0, missed: ['A1-seed2'], falselyFlagged: ['L1-seed1'],
    });
  });
});
