import { dayRange, HOUR, isWeekend, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When Henan's voters pick up their phones, by Asia/Shanghai hour: counties rise early (fields,
 * markets, school runs at 6–7), a lunch peak before the midday nap, a dip at 14, an evening peak
 * 19:30–21:30 after the news and dinner, and an earlier bedtime than big cities. Weekends are
 * flatter. Written for this set; hour weights, not measurements.
 */
const WEEKDAY = [0.5, 0.22, 0.1, 0.07, 0.08, 0.3, 1.0, 1.6, 1.9, 1.8, 1.7, 1.9, 2.4, 1.5, 1.3, 1.6, 1.7, 1.8, 2.0, 2.6, 3.2, 3.3, 2.2, 1.1];
const WEEKEND = [0.7, 0.35, 0.15, 0.08, 0.07, 0.2, 0.6, 1.1, 1.6, 2.0, 2.1, 2.2, 2.4, 1.7, 1.6, 1.8, 1.9, 1.9, 2.1, 2.7, 3.1, 3.2, 2.4, 1.3];

/** How much of the week's interest each ballot day gets: the launch push, a slump, a last-day sprint. */
const DAY_WEIGHT = [3.2, 1.7, 1.2, 1.0, 0.9, 0.95, 1.35, 0.4];

export class Rhythm {
  readonly dayCount: number;

  constructor(readonly cal: BallotCalendar) {
    this.dayCount = cal.dayCount;
  }

  hourWeights(day: number): readonly number[] {
    const [start] = dayRange(this.cal, day);
    return isWeekend(start) ? WEEKEND : WEEKDAY;
  }

  /** Relative size of ballot day d, scaled by how much of it the window covers. */
  dayWeight(day: number): number {
    const [start, end] = dayRange(this.cal, day);
    if (end <= start) return 0;
    const w = this.hourWeights(day);
    const dayStart = this.cal.firstMidnight + day * 24 * HOUR;
    let covered = 0;
    let all = 0;
    for (let h = 0; h < 24; h++) {
      all += w[h];
      const hs = dayStart + h * HOUR;
      covered += w[h] * Math.max(0, Math.min(1, (Math.min(end, hs + HOUR) - Math.max(start, hs)) / HOUR));
    }
    return (DAY_WEIGHT[Math.min(day, DAY_WEIGHT.length - 1)] * covered) / all;
  }

  /** A ballot day drawn by interest. */
  pickDay(rng: Rng): number {
    return rng.weightedIndex(Array.from({ length: this.dayCount }, (_, d) => this.dayWeight(d)));
  }

  /** A habitual hour of day (fractional) drawn from the weekday profile. */
  pickHabit(rng: Rng): number {
    return rng.weightedIndex(WEEKDAY) + rng.next();
  }

  /** An instant on day d near a habitual hour (± about an hour), or NaN when outside the window. */
  nearHabit(rng: Rng, day: number, habit: number): number {
    const h = (((habit + rng.normal(0, 0.9)) % 24) + 24) % 24;
    return this.at(day, h);
  }

  /** Day d at fractional hour h; NaN outside the ballot window. */
  at(day: number, hour: number): number {
    const t = this.cal.firstMidnight + day * 24 * HOUR + hour * HOUR;
    return t >= this.cal.opensAt && t < this.cal.closesAt ? Math.floor(t) : NaN;
  }

  /** A moment on day d by the hour profile (within the window; NaN if the day is empty). */
  sample(rng: Rng, day: number): number {
    const [start, end] = dayRange(this.cal, day);
    if (end <= start) return NaN;
    for (let i = 0; i < 20; i++) {
      const t = this.at(day, rng.weightedIndex(this.hourWeights(day)) + rng.next());
      if (t >= start && t < end) return t;
    }
    return start + Math.floor(rng.next() * (end - start));
  }

  /** The ballot-day index of an instant. */
  dayOf(t: number): number {
    return Math.floor((t - this.cal.firstMidnight) / (24 * HOUR));
  }
}

/** Poisson arrivals of rate `perMinute(t)` between two instants (thinning, rate bounded by `peak`). */
export function poissonTimes(rng: Rng, from: number, to: number, peak: number, perMinute: (t: number) => number): number[] {
  const out: number[] = [];
  if (peak <= 0) return out;
  let t = from;
  for (;;) {
    t += rng.exponential(MINUTE / peak);
    if (t >= to) return out;
    if (rng.next() * peak < perMinute(t)) out.push(Math.floor(t));
  }
}

/** Arrivals after a push at `start`: a rise over `riseMin`, then decay with half-life `halfLifeMin`. */
export function pushTimes(rng: Rng, start: number, count: number, riseMin: number, halfLifeMin: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const rise = rng.next() * riseMin;
    out.push(Math.floor(start + (rise + rng.exponential(halfLifeMin / Math.LN2)) * MINUTE));
  }
  return out.sort((a, b) => a - b);
}
