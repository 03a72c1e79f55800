import fc from 'fast-check';
import { computeScores, formatHundredths, formatScore, scoreHundredths, type ScoreInput } from '../../src/domain/scores';

let n = 0;
const cand = (votes: number, flagged = false, extra: Partial<ScoreInput> = {}): ScoreInput => {
  n += 1;
  return { candidateId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `c${n}`, city: '南昌市', position: n, votes, flagged, ...extra };
};
const view = (rows: ReturnType<typeof computeScores>) => rows.map((r) => [r.name, r.votes, r.voteScore, r.rank]);

describe('vote score', () => {
  it('gives the top unflagged candidate 20 and the others 20 × votes / M, two decimals', () => {
    const rows = computeScores([cand(100, false, { name: 'a' }), cand(50, false, { name: 'b' }), cand(200, false, { name: 'c' }), cand(1, false, { name: 'd' })]);
    expect(view(rows)).toEqual([
      ['c', 200, 20, 1],
      ['a', 100, 10, 2],
      ['b', 50, 5, 3],
      ['d', 1, 0.1, 4],
    ]);
  });

  it('rounds half up exactly: 12.345 → 12.35, 1.005 → 1.01', () => {
    // 20 × 2469 / 4000 = 12.345 exactly
    expect(scoreHundredths(2469, 4000)).toBe(1235);
    expect(computeScores([cand(4000), cand(2469)])[1].voteScore).toBe(12.35);
    // 20 × 201 / 4000 = 1.005 exactly → 1.01, where floating point gives 1.00 (Math.round(1.005 * 100) / 100 and (1.005).toFixed(2))
    expect(scoreHundredths(201, 4000)).toBe(101);
    // just below half rounds down: 20 × 1 / 3 = 6.666… → 6.67; 20 × 1 / 6 = 3.333… → 3.33
    expect(scoreHundredths(1, 3)).toBe(667);
    expect(scoreHundredths(1, 6)).toBe(333);
    expect(scoreHundredths(2, 3)).toBe(1333);
  });

  it('matches exact rational half-up rounding for any votes ≤ M (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (max, v) => {
        const votes = Math.min(v, max);
        const h = scoreHundredths(votes, max);
        // h/100 is the nearest hundredth to 20·votes/M, halves going up: |2000·votes − 100·h·M/100| ≤ M/2
        const twice = 2n * (2000n * BigInt(votes)) - 2n * BigInt(h) * BigInt(max);
        return twice < BigInt(max) && twice >= -BigInt(max) && h >= 0 && h <= 2000;
      }),
    );
  });

  it('is 0 for everyone when M is 0 (no votes at all), and all share rank 1', () => {
    const rows = computeScores([cand(0), cand(0), cand(0)]);
    expect(rows.map((r) => [r.voteScore, r.rank])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('ties share a rank and the next rank skips (1, 1, 3), in display order inside a rank', () => {
    const rows = computeScores([cand(10, false, { name: 'x', position: 3 }), cand(30, false, { name: 'y', position: 2 }), cand(30, false, { name: 'z', position: 1 }), cand(5, false, { name: 'w', position: 4 })]);
    expect(view(rows)).toEqual([
      ['z', 30, 20, 1],
      ['y', 30, 20, 1],
      ['x', 10, 6.67, 3],
      ['w', 5, 3.33, 4],
    ]);
  });

  it('ranks equal scores by votes: 0-score flagged candidates with votes come before 0-score ones without', () => {
    // 20 × 1 / 100000 = 0.0002 → 0.00: same score as 0 votes, but more votes ranks higher.
    const rows = computeScores([cand(0, false, { name: 'none' }), cand(100_000, false, { name: 'top' }), cand(1, false, { name: 'one' })]);
    expect(view(rows)).toEqual([
      ['top', 100000, 20, 1],
      ['one', 1, 0, 2],
      ['none', 0, 0, 3],
    ]);
  });

  it('zeroes a flagged candidate and takes M from the others, even when the flagged one has the most votes', () => {
    const rows = computeScores([cand(900, true, { name: 'stuffed' }), cand(300, false, { name: 'a' }), cand(100, false, { name: 'b' })]);
    expect(view(rows)).toEqual([
      ['a', 300, 20, 1],
      ['b', 100, 6.67, 2],
      ['stuffed', 900, 0, 3],
    ]);
    expect(rows.find((r) => r.name === 'stuffed')!.flagged).toBe(true);
  });

  it('a dismissed flag (flagged back to false) restores the score', () => {
    const a = cand(900, true, { name: 'stuffed' });
    const b = cand(300, false, { name: 'a' });
    expect(computeScores([a, b]).find((r) => r.name === 'stuffed')!.voteScore).toBe(0);
    const restored = computeScores([{ ...a, flagged: false }, b]);
    expect(view(restored)).toEqual([
      ['stuffed', 900, 20, 1],
      ['a', 300, 6.67, 2],
    ]);
  });

  it('gives everyone 0 when every candidate with votes is flagged (M = 0)', () => {
    const rows = computeScores([cand(50, true, { name: 'f' }), cand(0, false, { name: 'clean' })]);
    expect(view(rows)).toEqual([
      ['f', 50, 0, 1],
      ['clean', 0, 0, 2],
    ]);
  });

  it('formats scores with two decimals', () => {
    expect(formatHundredths(0)).toBe('0.00');
    expect(formatHundredths(5)).toBe('0.05');
    expect(formatHundredths(1330)).toBe('13.30');
    expect(formatHundredths(2000)).toBe('20.00');
    expect(formatScore(13.35)).toBe('13.35');
    expect(formatScore(1.01)).toBe('1.01');
    expect(formatScore(20)).toBe('20.00');
  });
});
