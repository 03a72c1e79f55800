import type { Rng } from './prng';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const SHANGHAI_OFFSET = 8 * HOUR;

/** The Asia/Shanghai date (YYYY-MM-DD) of an instant: China has had no DST since 1991. */
export function shanghaiDate(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 in Asia/Shanghai: equal for two instants exactly when their dates are. */
export function shanghaiDayNumber(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET) / DAY);
}

/** Minutes since Asia/Shanghai midnight. */
export function shanghaiMinuteOfDay(ms: number): number {
  return Math.floor((((ms + SHANGHAI_OFFSET) % DAY) + DAY) % DAY / MINUTE);
}

export interface BallotCalendar {
  opensAt: number;
  closesAt: number;
  /** UTC instant of the Asia/Shanghai midnight that starts the opening day. */
  firstMidnight: number;
  /** Asia/Shanghai days the ballot touches. */
  dayCount: number;
}

export function ballotCalendar(opensAt: number, durationDays = 7): BallotCalendar {
  const closesAt = opensAt + durationDays * DAY;
  const firstMidnight = opensAt - ((((opensAt + SHANGHAI_OFFSET) % DAY) + DAY) % DAY);
  const dayCount = Math.ceil((closesAt - firstMidnight) / DAY);
  return { opensAt, closesAt, firstMidnight, dayCount };
}

/** Start and end (exclusive) of ballot day d, cut to the ballot's window. */
export function dayRange(cal: BallotCalendar, d: number): [number, number] {
  const start = cal.firstMidnight + d * DAY;
  return [Math.max(start, cal.opensAt), Math.min(start + DAY, cal.closesAt)];
}

export function isWeekend(ms: number): boolean {
  const wd = new Date(ms + SHANGHAI_OFFSET).getUTCDay();
  return wd === 0 || wd === 6;
}

/**
 * Relative activity of Chinese phone users by Asia/Shanghai hour: a commute shoulder, a lunch peak,
 * a strong 20:00–22:00 evening peak, and a deep 02:00–05:00 trough. Weekends start later.
 */
const weekdayHours = [0.95, 0.5, 0.26, 0.16, 0.13, 0.2, 0.55, 1.45, 2.3, 2.45, 2.35, 2.5, 2.95, 2.3, 2.0, 2.1, 2.15, 2.3, 2.45, 2.9, 3.5, 3.75, 3.05, 1.9];
const weekendHours = [1.2, 0.7, 0.35, 0.2, 0.14, 0.17, 0.35, 0.8, 1.4, 2.1, 2.6, 2.7, 2.9, 2.5, 2.3, 2.4, 2.4, 2.4, 2.5, 2.9, 3.4, 3.6, 3.1, 2.1];

/** Diurnal weight at an instant, linear between hour midpoints so no hour edge shows a step. */
export function diurnal(ms: number): number {
  const hours = isWeekend(ms) ? weekendHours : weekdayHours;
  const h = shanghaiMinuteOfDay(ms) / 60 - 0.5;
  const i = Math.floor(h);
  const f = h - i;
  return hours[(i + 24) % 24] * (1 - f) + hours[(i + 25) % 24] * f;
}

/**
 * Draws instants from a per-minute weight over the ballot, optionally inside a sub-range:
 * inverse CDF on cumulative minute weights, uniform inside the minute.
 */
export class MinuteSampler {
  private readonly cumulative: Float64Array;
  private readonly origin: number;

  constructor(cal: BallotCalendar, weight: (ms: number) => number) {
    this.origin = cal.firstMidnight;
    const minutes = cal.dayCount * 24 * 60;
    this.cumulative = new Float64Array(minutes + 1);
    for (let m = 0; m < minutes; m++) {
      const t = this.origin + m * MINUTE;
      const w = t + MINUTE <= cal.opensAt || t >= cal.closesAt ? 0 : Math.max(0, weight(t + MINUTE / 2));
      this.cumulative[m + 1] = this.cumulative[m] + w;
    }
  }

  private index(ms: number): number {
    return Math.max(0, Math.min(this.cumulative.length - 1, Math.floor((ms - this.origin) / MINUTE)));
  }

  /** Total weight in [from, to), for sizing. */
  mass(from: number, to: number): number {
    return this.cumulative[this.index(to)] - this.cumulative[this.index(from)];
  }

  /** An instant in [from, to); NaN when the range has no weight. */
  sample(rng: Rng, from: number, to: number): number {
    const lo = this.cumulative[this.index(from)];
    const hi = this.cumulative[this.index(to)];
    if (hi <= lo) return NaN;
    const target = lo + rng.next() * (hi - lo);
    let a = 0;
    let b = this.cumulative.length - 1;
    while (b - a > 1) {
      const mid = (a + b) >> 1;
      if (this.cumulative[mid] <= target) a = mid;
      else b = mid;
    }
    const t = this.origin + a * MINUTE + Math.floor(rng.next() * MINUTE);
    return Math.min(Math.max(t, from), to - 1);
  }
}
