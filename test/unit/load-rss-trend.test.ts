import { quantile, rssTrend, type RssReading } from '../../load-tests/lib/rss-trend';

// The soak's "not growing" verdict: it must see a leak, and must not mistake the detection pass's
// short once-a-minute peaks for one.

/** Readings every 0.25 s over `seconds`, RSS given by `mbAt(t)`. */
function run(seconds: number, mbAt: (t: number) => number): RssReading[] {
  const out: RssReading[] = [];
  for (let t = 0; t < seconds; t += 0.25) out.push({ t, mb: mbAt(t) });
  return out;
}

/** 180 MB flat, plus a 3 s pass every minute adding `passMb`. */
const flatWithPasses = (passMb: (t: number) => number) => (t: number) => 180 + (t % 60 < 3 ? passMb(t) : 0);

describe('soak RSS trend', () => {
  it('takes nearest-rank quantiles', () => {
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([5, 1, 4, 2, 3], 0.1)).toBe(1);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('calls a flat process flat, however big its periodic passes are and wherever they fall', () => {
    // Passes growing with the ballot, as the detection pass does: 0 → 120 MB over the run.
    const trend = rssTrend(run(300, flatWithPasses((t) => (120 * t) / 300)), 300);
    expect(trend).not.toBeNull();
    expect(trend!.middle.median).toBe(180);
    expect(trend!.last.median).toBe(180);
    expect(trend!.growth).toBe(0);
  });

  it('sees a steady leak, passes or not', () => {
    // 20 MB a minute on top of the same passes: the last third's median is ~13% above the middle's.
    const trend = rssTrend(run(300, (t) => flatWithPasses(() => 90)(t) + (20 * t) / 60), 300)!;
    expect(trend.growth).toBeGreaterThan(0.1);
    expect(trend.last.p10).toBeGreaterThan(trend.middle.p10);
  });

  it('sees a floor that steps up in the last third', () => {
    const trend = rssTrend(run(300, (t) => (t < 220 ? 180 : 200)), 300)!;
    expect(trend.growth).toBeCloseTo(20 / 180, 5);
  });

  it('needs readings in both thirds', () => {
    expect(rssTrend(run(90, () => 100), 300)).toBeNull();
  });
});
