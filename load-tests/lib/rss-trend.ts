/**
 * Is the service's memory growing? The soak reads RSS every 250 ms; this compares the middle
 * third of the run with the last third (the first third is start-up and JIT warm-up).
 *
 * The verdict uses each third's median reading. A leak lifts the whole third, so it lifts the
 * median; the once-a-minute detection pass lifts RSS for two or three seconds of every sixty, which
 * a median ignores, while the RSS limit (the run's peak) still answers for those passes. Means of
 * sparse samples move with whether a sample happened to fall inside a pass.
 */

export interface RssReading {
  /** seconds since the soak started */
  t: number;
  mb: number;
}

export interface ThirdSummary {
  median: number;
  /** 10th percentile: where the process sits between detection passes */
  p10: number;
  readings: number;
}

export interface RssTrend {
  middle: ThirdSummary;
  last: ThirdSummary;
  /** (last median − middle median) / middle median */
  growth: number;
}

/** The q-quantile (0..1) of `xs`, nearest rank; NaN when empty. */
export function quantile(xs: readonly number[], q: number): number {
  return ofSorted([...xs].sort((a, b) => a - b), q);
}

function ofSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function summary(mbs: number[]): ThirdSummary {
  const sorted = mbs.sort((a, b) => a - b);
  return { median: ofSorted(sorted, 0.5), p10: ofSorted(sorted, 0.1), readings: sorted.length };
}

/** Thirds are by time over `[0, durationS]`; null when either third has no reading. */
export function rssTrend(readings: readonly RssReading[], durationS: number): RssTrend | null {
  const middle = readings.filter((r) => r.t >= durationS / 3 && r.t < (2 * durationS) / 3).map((r) => r.mb);
  const last = readings.filter((r) => r.t >= (2 * durationS) / 3).map((r) => r.mb);
  if (middle.length === 0 || last.length === 0) return null;
  const m = summary(middle);
  const l = summary(last);
  return { middle: m, last: l, growth: (l.median - m.median) / m.median };
}
