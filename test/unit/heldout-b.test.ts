import { createHash } from 'node:crypto';
import { families } from '../../load-tests/heldout-b/catalogue';
import { generate } from '../../load-tests/heldout-b/generate';
import { ndjsonChunks } from '../../load-tests/heldout/generate';

// A tenth of the organic crowd keeps each ledger to a few thousand votes; the family's own part is full size.
const SCALE = 0.1;
const family = (id: string) => {
  const f = families.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};
const digest = (lines: Parameters<typeof ndjsonChunks>[0]) => createHash('sha256').update([...ndjsonChunks(lines)].join('')).digest('hex');

describe('held-out set B generator', () => {
  it('has at least 12 families with 3 seeds each, attacks and legitimate shapes', () => {
    expect(families.length).toBeGreaterThanOrEqual(12);
    expect(families.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(6);
    expect(families.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(7);
    for (const f of families) expect(f.seeds.length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same ledger for the same family and seed, another for another seed', () => {
    const a = generate({ family: family('B2'), seed: 1 }, SCALE);
    const b = generate({ family: family('B2'), seed: 1 }, SCALE);
    const c = generate({ family: family('B2'), seed: 2 }, SCALE);
    expect(b.lines.slice(0, 5)).toEqual(a.lines.slice(0, 5));
    expect(digest(b.lines)).toBe(digest(a.lines));
    expect(digest(c.lines)).not.toBe(digest(a.lines));
  });

  it.each(['B1', 'B5', 'B9'])('%s: labels agree with the ledger', (id) => {
    const { lines, labels, votes, sourceKinds } = generate({ family: family(id), seed: 1 }, SCALE);
    expect(labels.totalVotes).toBe(lines.length);
    const parts = labels.kind === 'attack' ? labels.attacks : labels.honestSurges;
    expect(parts.length).toBeGreaterThan(0);
    // Ledger lines are in cast order, one vote per account per Shanghai day.
    for (let i = 1; i < lines.length; i++) expect(lines[i].at >= lines[i - 1].at).toBe(true);
    expect(new Set(lines.map((l) => `${l.accountId}/${l.day}`)).size).toBe(lines.length);
    for (const part of parts) {
      const windows = part.windows.map((w) => [Date.parse(w.start), Date.parse(w.end)]);
      expect(part.votes).toBe(part.windows.reduce((n, w) => n + w.votes, 0));
      // Every vote of the labelled kind for this candidate lies inside one of its windows.
      const kind = labels.kind === 'attack' ? 'attack' : 'legit';
      const own = votes.filter((v) => sourceKinds[v.source] === kind && v.candidateIds.includes(part.candidateId));
      expect(own.length).toBe(part.votes);
      for (const v of own) expect(windows.some(([s, e]) => v.at >= s && v.at <= e)).toBe(true);
      expect(lines.filter((l) => l.candidateIds.includes(part.candidateId)).length).toBeGreaterThanOrEqual(part.votes);
    }
  });
});
