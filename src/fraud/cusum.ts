/**
 * One-sided Poisson CUSUM for a rate shift λ0 → k·λ0 on per-minute counts. Each minute adds the
 * log-likelihood ratio x·ln k − (k−1)·λ0; the sum is reset at 0 and alarms at `threshold`. Unlike a
 * per-minute z-score it accumulates a modest sustained excess and ignores a single noisy minute.
 */
export interface Segment {
  /** First minute of the burst: the minute after the sum last left 0. */
  start: number;
  /** Last minute of the burst: where the sum peaked (the rate fell back afterwards). */
  end: number;
  /** Minute the sum first reached the threshold (the earliest an online run could see it). */
  alarmAt: number;
  /** Peak value of the sum. */
  peak: number;
}

export function poissonCusum(x: ArrayLike<number>, lambda: ArrayLike<number>, shift: number, threshold: number): Segment[] {
  const lnK = Math.log(shift);
  const out: Segment[] = [];
  let s = 0;
  let runStart = 0;
  let alarm: Segment | null = null;
  for (let m = 0; m < x.length; m++) {
    const prev = s;
    s = Math.max(0, s + x[m] * lnK - (shift - 1) * lambda[m]);
    if (prev === 0 && s > 0) runStart = m;
    if (alarm) {
      if (s >= alarm.peak) {
        alarm.peak = s;
        alarm.end = m;
      }
      // The burst is over once the sum has fallen a full threshold below its peak: close it and
      // restart from 0, so that a big burst does not keep the alarm open for hours while it
      // drains and swallow the next, separate burst into one window.
      if (s === 0 || alarm.peak - s >= threshold) {
        out.push(alarm);
        alarm = null;
        s = 0;
      }
    } else if (s >= threshold) {
      alarm = { start: runStart, end: m, alarmAt: m, peak: s };
    }
  }
  if (alarm) out.push(alarm);
  return out;
}
