import { DAY, MINUTE, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * Relative phone activity by Asia/Shanghai hour in Guizhou: early risers in the villages, a lunch
 * break peak, dinner around 18:30 and a long 20:00–22:30 evening on the sofa. Weekends sleep in.
 */
const WEEKDAY = [1.1, 0.55, 0.28, 0.17, 0.14, 0.24, 0.75, 1.55, 2.05, 2.2, 2.15, 2.3, 2.75, 2.4, 1.85, 1.95, 2.0, 2.1, 2.25, 2.8, 3.45, 3.7, 3.1, 2.05];
const WEEKEND = [1.45, 0.8, 0.4, 0.22, 0.15, 0.18, 0.4, 0.85, 1.45, 2.05, 2.45, 2.6, 2.7, 2.55, 2.35, 2.35, 2.4, 2.45, 2.5, 2.85, 3.35, 3.55, 3.05, 2.3];

/**
 * When the crowd is awake, per ballot day, at minute resolution. Each day's curve is the hourly
 * profile with its own noise (weather, a wedding, a market day), interpolated so that no hour
 * boundary shows as a step.
 */
export class Rhythm {
  /** Per ballot day, cumulative activity at each minute boundary (1441 values). */
  private readonly cum: Float64Array[] = [];

  constructor(
    rng: Rng,
    readonly cal: BallotCalendar,
  ) {
    for (let d = 0; d < cal.dayCount; d++) {
      const base = isWeekend(this.dayStart(d) + DAY / 2) ? WEEKEND : WEEKDAY;
      const hourly = base.map((v) => v * rng.logNormal(1, 0.12));
      const c = new Float64Array(1441);
      for (let m = 0; m < 1440; m++) {
        const x = m / 60 - 0.5;
        const h0 = Math.floor(x);
        const f = x - h0;
        c[m + 1] = c[m] + hourly[(h0 + 24) % 24] * (1 - f) + hourly[(h0 + 25) % 24] * f;
      }
      this.cum.push(c);
    }
  }

  dayStart(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** Instant of minute-of-day `minute` (may exceed 1440) on ballot day d. */
  at(d: number, minute: number): number {
    return this.dayStart(d) + minute * MINUTE;
  }

  /** The minutes of day d inside the ballot window. */
  bounds(d: number): [number, number] {
    const start = this.dayStart(d);
    return [Math.max(0, Math.ceil((this.cal.opensAt - start) / MINUTE)), Math.min(1440, Math.floor((this.cal.closesAt - start) / MINUTE))];
  }

  /** Activity mass between two minutes of day d, cut to the ballot window. */
  mass(d: number, from = 0, to = 1440): number {
    const [lo, hi] = this.bounds(d);
    const a = Math.max(lo, from);
    const b = Math.min(hi, to);
    return b > a ? this.cum[d][b] - this.cum[d][a] : 0;
  }

  /** A moment of day d between two minutes, drawn by activity; NaN when that span is outside the ballot. */
  sample(rng: Rng, d: number, from = 0, to = 1440): number {
    if (d < 0 || d >= this.cal.dayCount) return NaN;
    const [lo, hi] = this.bounds(d);
    const a = Math.max(lo, Math.floor(from));
    const b = Math.min(hi, Math.ceil(to));
    if (b <= a) return NaN;
    const c = this.cum[d];
    const u = c[a] + rng.next() * (c[b] - c[a]);
    let left = a;
    let right = b - 1;
    while (left < right) {
      const mid = (left + right + 1) >> 1;
      if (c[mid] <= u) left = mid;
      else right = mid - 1;
    }
    const width = c[left + 1] - c[left];
    const frac = width > 0 ? (u - c[left]) / width : rng.next();
    return this.dayStart(d) + (left + Math.min(0.999, frac)) * MINUTE;
  }

  /** Ballot days whose 24 hours are all inside the window. */
  fullDays(): number[] {
    const out: number[] = [];
    for (let d = 0; d < this.cal.dayCount; d++) if (this.dayStart(d) >= this.cal.opensAt && this.dayStart(d) + DAY <= this.cal.closesAt) out.push(d);
    return out;
  }

  /** Ballot day of an instant (may be out of range). */
  dayOf(at: number): number {
    return Math.floor((at - this.cal.firstMidnight) / DAY);
  }

  /** Whether `at` is a real instant of ballot day d, inside the window. */
  holds(at: number, d: number): boolean {
    return Number.isFinite(at) && this.dayOf(at) === d && this.inWindow(at);
  }

  inWindow(at: number): boolean {
    return at >= this.cal.opensAt && at < this.cal.closesAt;
  }
}
