import { shanghaiDate } from '../../load-tests/heldout/calendar';
import { ndjson } from '../../load-tests/heldout/generate';
import { FAMILIES, runs } from '../../load-tests/heldout-f/catalogue';
import { generate, type Generated } from '../../load-tests/heldout-f/generate';

/**
 * Set F's generator: every ledger is a function of its family and seed, and its labels say exactly
 * what is in it. The organic crowd is scaled down so the whole catalogue runs in seconds; the
 * families keep their real size.
 */
const SCALE = 0.05;
const HOUR = 3_600_000;

const cache = new Map<string, Generated>();
function gen(family: string, seed: number): Generated {
  const key = `${family}:${seed}`;
  let g = cache.get(key);
  if (!g) cache.set(key, (g = generate({ family: FAMILIES.find((f) => f.id === family)!, seed }, { crowdScale: SCALE })));
  return g;
}

const all = runs().map((r) => [`${r.family.id}-seed${r.seed}`, r.family.id, r.seed] as const);

describe('heldout-f generator', () => {
  it('has at least 7 attack and 8 legitimate families, 2-3 seeds each', () => {
    expect(FAMILIES.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(7);
    expect(FAMILIES.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(8);
    for (const f of FAMILIES) expect(f.seeds.length).toBeGreaterThanOrEqual(2);
  });

  it.each(FAMILIES.map((f) => [f.id]))('%s is deterministic for a seed', (id) => {
    const seed = FAMILIES.find((f) => f.id === id)!.seeds[0];
    const a = gen(id, seed);
    const b = generate({ family: FAMILIES.find((f) => f.id === id)!, seed }, { crowdScale: SCALE });
    expect(ndjson(b.lines)).toBe(ndjson(a.lines));
    expect(b.labels).toEqual(a.labels);
  });

  it.each(all)('%s: labels agree with the ledger', (_name, id, seed) => {
    const { lines, labels, votes, sources } = gen(id, seed);
    const opens = Date.parse(labels.opensAt);
    const closes = Date.parse(labels.closesAt);
    expect(labels.totalVotes).toBe(lines.length);
    expect(labels.split).toBe('holdout');
    expect(new Set(lines.map((l) => l.voteId)).size).toBe(lines.length);

    // One vote per account per Asia/Shanghai day, every vote inside the opening window
    // (counted, not asserted line by line: a per-line expect is what would make this test slow).
    const accountDays = new Set<string>();
    let outside = 0;
    let wrongDay = 0;
    let twice = 0;
    for (const l of lines) {
      const t = Date.parse(l.at);
      if (t < opens || t >= closes) outside++;
      if (l.day !== shanghaiDate(t)) wrongDay++;
      const key = `${l.accountId}|${l.day}`;
      if (accountDays.has(key)) twice++;
      accountDays.add(key);
    }
    expect({ outside, wrongDay, twice }).toEqual({ outside: 0, wrongDay: 0, twice: 0 });

    // Each labelled source: one window, bounds and count equal to its votes, on its candidate.
    const bySource = new Map<number, number[]>();
    votes.forEach((v) => {
      if (sources[v.source].kind === 'organic') return;
      const list = bySource.get(v.source);
      if (list) list.push(v.at);
      else bySource.set(v.source, [v.at]);
    });
    const parts = [...labels.attacks, ...labels.honestSurges];
    let windows = 0;
    for (const [index, times] of bySource) {
      const s = sources[index];
      const part = (s.kind === 'attack' ? labels.attacks : labels.honestSurges).find((p) => p.group === (s.group ?? s.name));
      expect(part).toBeDefined();
      expect(part!.candidateId).toBe(s.candidateId);
      const w = part!.windows.find((x) => Date.parse(x.start) === Math.min(...times) && Date.parse(x.end) === Math.max(...times));
      expect(w?.votes).toBe(times.length);
      // An attack's window is one Shanghai day; a surge's (night shift, late students) may cross midnight.
      if (s.kind === 'attack') expect(shanghaiDate(Math.min(...times))).toBe(shanghaiDate(Math.max(...times)));
      else expect(Math.max(...times) - Math.min(...times)).toBeLessThan(24 * HOUR);
      windows++;
    }
    expect(parts.reduce((n, p) => n + p.windows.length, 0)).toBe(windows);
    for (const p of parts) expect(p.windows.reduce((n, w) => n + w.votes, 0)).toBe(p.votes);
    const offTarget = votes.filter((v) => sources[v.source].kind !== 'organic' && !v.candidateIds.includes(sources[v.source].candidateId ?? '')).length;
    expect(offTarget).toBe(0);

    if (labels.kind === 'attack') {
      expect(labels.attacks.length).toBeGreaterThan(0);
      for (const a of labels.attacks) expect(a.votes).toBeGreaterThanOrEqual(300);
    } else {
      expect(labels.attacks).toHaveLength(0);
      expect(labels.honestSurges.length).toBeGreaterThan(0);
    }
  });
});
