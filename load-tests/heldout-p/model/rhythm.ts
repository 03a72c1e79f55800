import { DAY, HOUR, MINUTE, dayRange, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * Daily rhythms (Asia/Shanghai hours), my own reading of how each kind of Sichuan voter uses
 * WeChat: Chengdu office workers (commute, lunch, late evening), county and town people (early
 * risers, the 19:00–21:00 peak after dinner and the news), students (lunch, late dorm nights),
 * older people (dawn walks and the morning market, early bed).
 */
export type Segment = 'city' | 'town' | 'student' | 'elderly';

const CURVES: Record<Segment, readonly number[]> = {
  //       0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
  city: [3.2, 1.6, 0.8, 0.4, 0.3, 0.4, 1.2, 4.0, 6.5, 5.5, 5.0, 5.2, 8.0, 7.0, 5.0, 4.8, 4.8, 5.2, 6.0, 7.5, 9.5, 10.5, 9.5, 6.0],
  town: [1.2, 0.5, 0.25, 0.2, 0.35, 1.2, 3.5, 5.5, 6.0, 5.2, 4.5, 4.2, 6.0, 5.0, 3.8, 3.8, 4.0, 4.8, 6.0, 8.8, 10.0, 9.0, 5.5, 2.8],
  student: [4.0, 1.8, 0.6, 0.2, 0.1, 0.1, 0.4, 2.5, 3.0, 3.0, 3.8, 4.2, 9.0, 7.5, 3.0, 3.0, 3.8, 5.0, 7.0, 6.0, 7.5, 9.5, 11.0, 8.5],
  elderly: [0.2, 0.1, 0.1, 0.2, 0.9, 3.8, 8.5, 9.5, 8.5, 7.0, 5.5, 4.2, 3.2, 2.2, 2.8, 3.8, 4.5, 5.0, 5.0, 6.0, 5.0, 2.8, 1.0, 0.4],
};

const SHANGHAI = 8 * HOUR;

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  weights(segment: Segment, weekend = false): readonly number[] {
    const c = CURVES[segment];
    if (!weekend || segment === 'elderly') return c;
    // Weekends: a later start, no commute or lunch-break peak, a longer evening.
    return c.map((w, h) => (h >= 6 && h <= 9 ? w * 0.6 : h >= 10 && h <= 17 ? w * 1.05 : h >= 20 ? w * 1.1 : w));
  }

  /** Ballot days (0-based) the vote touches. */
  get days(): number {
    return this.cal.dayCount;
  }

  dayStart(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** A time on ballot day `d` drawn from the segment's curve, inside the ballot window (NaN if none). */
  timeOnDay(rng: Rng, segment: Segment, d: number, fromHour = 0, toHour = 24): number {
    const [lo, hi] = dayRange(this.cal, d);
    const start = this.dayStart(d);
    const w = this.weights(segment, isWeekend(start + 12 * HOUR)).map((x, h) => (h >= fromHour && h < toHour ? x : 0));
    for (let tries = 0; tries < 12; tries++) {
      const h = rng.weightedIndex(w);
      const t = start + h * HOUR + rng.next() * HOUR;
      if (t >= lo && t < hi) return t;
    }
    return Number.NaN;
  }

  /** Hour of day (fractional) of an instant, Asia/Shanghai. */
  static hourOf(ms: number): number {
    return ((((ms + SHANGHAI) % DAY) + DAY) % DAY) / HOUR;
  }

  /** Share of the segment's day that falls in [fromHour, toHour). */
  share(segment: Segment, fromHour: number, toHour: number): number {
    const w = CURVES[segment];
    let inside = 0;
    let total = 0;
    for (let h = 0; h < 24; h++) {
      total += w[h];
      const overlap = Math.max(0, Math.min(h + 1, toHour) - Math.max(h, fromHour));
      inside += w[h] * overlap;
    }
    return inside / total;
  }
}

export { DAY, HOUR, MINUTE };
