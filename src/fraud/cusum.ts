/**
 * One-sided Poisson CUSUM for a rate shift λ0 → k·λ0 on per-minute counts. Each minute adds the
 * log-likelihood ratio x·ln k − (k−1)·λ0; the sum is reset at 0 and alarms at `threshold`. Unlike a
 * per-minute z-score it accumulates a modest sustained excess and ignores a single noisy minute.
 */
export interface Segment {
  /** First minute of the burst: the estimated change point (see `changePoint`), never after `alarmAt`. */
  start: number;
  /**
   * Minute the sum last left 0 before the alarm: the textbook CUSUM change point, which a long mild
   * drift drags hours early. Kept so the two estimates can be compared.
   */
  runStart: number;
  /** Last minute of the burst: where the sum peaked (the rate fell back afterwards). */
  end: number;
  /**
   * Minute the sum first reached the threshold (the earliest an online run could see it). The sum is
   * causal, so on complete minutes this minute never moves when later data arrives: the burst's identity.
   */
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
  const close = (seg: Segment) => out.push({ ...seg, start: changePoint(x, lambda, seg.runStart, seg.alarmAt, seg.end) });
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
        close(alarm);
        alarm = null;
        s = 0;
      }
    } else if (s >= threshold) {
      alarm = { start: runStart, runStart, end: m, alarmAt: m, peak: s };
    }
  }
  if (alarm) close(alarm);
  return out;
}

/**
 * The burst's change point: the minute m in [runStart, alarmAt] that maximizes the Poisson
 * generalized likelihood ratio of "rate k̂·λ from m to the peak" against "rate λ", with k̂ = X/Λ
 * estimated from the window itself (X observed, Λ expected over [m, end]):
 *
 *     GLR(m) = X·ln(X/Λ) − X + Λ
 *
 * Why not the minute the CUSUM sum last left 0 (the textbook estimate)? That estimate scores every
 * minute at the design shift k, so a candidate running slightly above its baseline for hours keeps
 * the sum just above 0 and the window starts hours before the attack. Here the shift is the burst's
 * own: a minute at ratio r to its baseline joins the window only if r > (k̂−1)/ln k̂ (3.9 for a
 * 10× burst, 1.44 for a 2× one), so a mild drift is left out while a burst that really builds up
 * slowly is kept whole. It only moves the start later than the run start, never past the alarm.
 */
export function changePoint(x: ArrayLike<number>, lambda: ArrayLike<number>, runStart: number, alarmAt: number, end: number): number {
  let X = 0;
  let L = 0;
  for (let m = alarmAt + 1; m <= end; m++) {
    X += x[m];
    L += lambda[m];
  }
  let best = alarmAt;
  let bestScore = -Infinity;
  // Walk back from the alarm; ties keep the later minute (the tighter window).
  for (let m = alarmAt; m >= runStart; m--) {
    X += x[m];
    L += lambda[m];
    const score = X > L && L > 0 ? X * Math.log(X / L) - X + L : 0;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return best;
}
