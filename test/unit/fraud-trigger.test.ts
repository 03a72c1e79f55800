import { expectedPerMinute } from '../../src/fraud/baseline';
import { poissonCusum } from '../../src/fraud/cusum';

const params = { windowMinutes: 1440, gapMinutes: 5, priorShare: 0.1, priorWeight: 50, clipFactor: 2, floorFraction: 0.1, floorRate: 0.01 };

/** Deterministic Poisson-ish counts (Knuth with a tiny LCG) so tests cannot flake. */
function poissonSeries(rates: number[], seed = 7): number[] {
  let s = seed;
  const u = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return rates.map((r) => {
    const l = Math.exp(-r);
    let k = 0;
    let p = u();
    while (p > l) {
      k++;
      p *= u();
    }
    return k;
  });
}

/** Candidate gets `share` of the others' rate; `others` is the others' per-minute rate. */
function ballot(othersRate: (m: number) => number, share: number, minutes: number, extra: (m: number) => number = () => 0, seed = 3) {
  const o = poissonSeries(Array.from({ length: minutes }, (_, m) => othersRate(m)), seed);
  const x = poissonSeries(Array.from({ length: minutes }, (_, m) => share * othersRate(m) + extra(m)), seed + 1);
  const totals = x.map((v, m) => v + o[m]);
  return { x, totals };
}

describe('trigger: baseline share × others + Poisson CUSUM', () => {
  const day = 1440;
  const diurnal = (m: number) => 20 * (1.1 + Math.sin((2 * Math.PI * m) / day));

  it('fires on a burst and locates its window', () => {
    const { x, totals } = ballot(diurnal, 0.05, 3 * day, (m) => (m >= 2000 && m < 2030 ? 8 : 0));
    const lambda = expectedPerMinute(x, totals, params);
    const segs = poissonCusum(x, lambda, 2, 8);
    const hit = segs.find((s) => s.start <= 2030 && s.end >= 2000);
    expect(hit).toBeDefined();
    expect(hit!.start).toBeGreaterThanOrEqual(1990);
    expect(hit!.start).toBeLessThanOrEqual(2002);
    expect(hit!.end).toBeGreaterThanOrEqual(2025);
    expect(hit!.end).toBeLessThanOrEqual(2035);
    expect(hit!.alarmAt).toBeLessThanOrEqual(2003);
  });

  it('does not fire when the whole ballot surges ×8 (the article push): the expectation scales with the others', () => {
    const surge = (m: number) => diurnal(m) * (m >= 2000 && m < 2090 ? 8 : 1);
    const { x, totals } = ballot(surge, 0.05, 3 * day);
    const lambda = expectedPerMinute(x, totals, params);
    expect(poissonCusum(x, lambda, 2, 8).filter((s) => s.end >= 2000 && s.start < 2100)).toEqual([]);
  });

  it('a per-minute z-score would have fired on that same surge (why a scaled CUSUM)', () => {
    const surge = (m: number) => diurnal(m) * (m >= 2000 && m < 2090 ? 8 : 1);
    const { x } = ballot(surge, 0.05, 3 * day);
    const mean = x.slice(1000, 2000).reduce((a, b) => a + b, 0) / 1000;
    expect(x.slice(2000, 2090).some((v) => (v - mean) / Math.sqrt(mean) > 4)).toBe(true);
  });

  it('keeps the baseline low after an earlier burst of the same candidate (clipping), so a second burst still fires', () => {
    const extra = (m: number) => (m >= 1500 && m < 1620 ? 10 : m >= 1800 && m < 1830 ? 6 : 0);
    const { x, totals } = ballot(diurnal, 0.05, 3 * day, extra);
    const lambda = expectedPerMinute(x, totals, params);
    expect(lambda[1790]).toBeLessThan(0.05 * diurnal(1790) * 2);
    const segs = poissonCusum(x, lambda, 2, 8);
    expect(segs.some((s) => s.start <= 1830 && s.end >= 1800 && s.start >= 1620)).toBe(true);
  });

  it('floors the expectation in quiet minutes so a few night votes do not look infinite', () => {
    const quiet = (m: number) => (m % day < 300 ? 0 : 10);
    const { x, totals } = ballot(quiet, 0.1, 2 * day);
    const lambda = expectedPerMinute(x, totals, params);
    expect(lambda[day + 100]).toBeGreaterThan(0.05);
  });

  it('stays silent on a stationary candidate over a week', () => {
    const { x, totals } = ballot(diurnal, 0.05, 7 * day, () => 0, 11);
    const lambda = expectedPerMinute(x, totals, params);
    const segs = poissonCusum(x, lambda, 2, 8).filter((s) => s.start > 120);
    // A handful of noise alarms in 10,000 minutes is expected; evidence decides those.
    expect(segs.length).toBeLessThan(8);
  });

  it('starts the window at the burst, not where a mild drift two hours earlier lifted the sum off 0', () => {
    // 1.6× its usual share for two hours, then a 30-minute attack at minute 2000. A higher threshold
    // (30) so that the drift alone keeps the sum up without raising an alarm of its own.
    const drift = (m: number) => (m >= 1880 && m < 2000 ? 0.6 * 0.05 * diurnal(m) : 0) + (m >= 2000 && m < 2030 ? 8 : 0);
    const { x, totals } = ballot(diurnal, 0.05, 3 * day, drift);
    const lambda = expectedPerMinute(x, totals, params);
    const segs = poissonCusum(x, lambda, 2, 30).filter((s) => s.end >= 1880 && s.alarmAt <= 2030);
    expect(segs).toHaveLength(1);
    const hit = segs[0];
    expect(hit.alarmAt).toBeGreaterThanOrEqual(2000);
    // The premise: the textbook estimate (the minute the sum last left 0) is far before the attack.
    expect(hit.runStart).toBeLessThan(1960);
    expect(hit.start).toBeGreaterThanOrEqual(1997);
    expect(hit.start).toBeLessThanOrEqual(Math.min(2002, hit.alarmAt));
  });
});
