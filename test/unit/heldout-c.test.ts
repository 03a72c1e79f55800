import { createHash } from 'node:crypto';
import { ndjson } from '../../load-tests/heldout/generate';
import { families, runs } from '../../load-tests/heldout-c/catalogue';
import { generate } from '../../load-tests/heldout-c/generate';
import { parseOptions } from '../../load-tests/heldout-c/bench';

// A small organic crowd keeps the test fast; the families' own sources keep their full size.
const SCALE = 0.02;
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

describe('held-out set C', () => {
  it('has at least 12 families, 6 attacks and 7 legitimate, 2-3 seeds each', () => {
    expect(families.length).toBeGreaterThanOrEqual(12);
    expect(families.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(6);
    expect(families.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(7);
    for (const f of families) expect(f.seeds.length).toBeGreaterThanOrEqual(2);
    expect(runs({ family: 'C1', seed: 2 })).toHaveLength(1);
  });

  it('is deterministic per family and seed', () => {
    const family = families.find((f) => f.id === 'C7') ?? families[0];
    const a = generate({ family, seed: 1, scale: SCALE });
    const b = generate({ family, seed: 1, scale: SCALE });
    const c = generate({ family, seed: 2, scale: SCALE });
    expect(digest(ndjson(a.lines))).toBe(digest(ndjson(b.lines)));
    expect(a.labels).toEqual(b.labels);
    expect(digest(ndjson(c.lines))).not.toBe(digest(ndjson(a.lines)));
  });

  it.each(families.map((f) => [f.id, f] as const))('%s: labels agree with its ledger', (_id, family) => {
    const { lines, labels } = generate({ family, seed: family.seeds[0], scale: SCALE });
    expect(labels.split).toBe('holdout');
    expect(labels.totalVotes).toBe(lines.length);
    const parts = family.kind === 'attack' ? labels.attacks : labels.honestSurges;
    expect(parts.length).toBeGreaterThan(0);
    if (family.kind === 'legit') expect(labels.attacks).toEqual([]);
    const opens = Date.parse(labels.opensAt);
    const closes = Date.parse(labels.closesAt);
    const perDay = new Set<string>();
    let prev = 0;
    for (const l of lines) {
      const at = Date.parse(l.at);
      expect(at >= opens && at < closes && at >= prev).toBe(true);
      prev = at;
      const key = `${l.accountId}|${l.day}`;
      expect(perDay.has(key)).toBe(false);
      perDay.add(key);
    }
    for (const p of parts) {
      expect(p.votes).toBe(p.windows.reduce((n, w) => n + w.votes, 0));
      for (const w of p.windows) expect(w.start <= w.end && w.start >= labels.opensAt && w.end < labels.closesAt).toBe(true);
    }
  });

  it('takes the shared bench flags', () => {
    expect(parseOptions(['--family', 'c3', '--write-only']).family).toBe('C3');
    expect(() => parseOptions(['--split', 'tune'])).toThrow();
  });
});
