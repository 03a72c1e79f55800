import { DAY, HOUR, MINUTE, dayRange, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When people open WeChat, by Asia/Shanghai hour, for the kinds of people who vote on a Yunnan
 * township ballot. My own curves: villagers rise early and are busiest after supper; Kunming
 * office workers peak at lunch and late evening; migrants in east-coast factories vote at the
 * canteen and in the dormitory; students between lessons and before lights-out; Yunnanese in
 * Southeast Asia keep their own day an hour behind.
 */
export type Segment = 'village' | 'city' | 'migrant' | 'student' | 'abroad';

const CURVES: Record<Segment, readonly number[]> = {
  //        0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
  village: [0.4, 0.2, 0.1, 0.1, 0.2, 0.7, 2.4, 4.0, 4.2, 3.8, 3.4, 3.6, 4.6, 4.4, 3.2, 3.0, 3.4, 4.0, 5.4, 7.6, 8.2, 6.6, 3.6, 1.3],
  city: [1.8, 0.9, 0.4, 0.2, 0.2, 0.3, 0.9, 2.6, 4.4, 4.6, 4.0, 4.2, 6.2, 5.2, 3.6, 3.6, 3.6, 4.2, 4.4, 5.0, 6.0, 7.0, 7.2, 4.8],
  migrant: [1.4, 0.6, 0.3, 0.2, 0.2, 0.4, 1.2, 3.0, 2.0, 1.5, 1.5, 2.0, 6.6, 5.2, 2.0, 1.6, 1.6, 2.2, 5.2, 6.0, 6.4, 7.0, 6.6, 3.6],
  student: [1.6, 0.5, 0.1, 0.1, 0.1, 0.1, 0.6, 3.0, 2.5, 3.2, 4.2, 3.0, 5.8, 4.8, 2.8, 3.4, 4.0, 4.4, 5.0, 4.4, 4.4, 5.8, 7.4, 5.4],
  abroad: [1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.5, 1.4, 2.8, 3.6, 3.8, 3.8, 3.8, 4.8, 4.2, 3.4, 3.4, 3.6, 4.0, 4.6, 5.4, 6.8, 7.2, 5.6],
};

const SHANGHAI = 8 * HOUR;

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  get days(): number {
    return this.cal.dayCount;
  }

  /** Start (UTC ms) of ballot day d's Asia/Shanghai midnight. */
  midnight(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** Ballot day of an instant (0 = opening day). */
  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / DAY);
  }

  /** Local hour weight of a segment (weekends: a flatter, later morning). */
  weight(segment: Segment, ms: number): number {
    const h = Math.floor((((ms + SHANGHAI) % DAY) + DAY) % DAY / HOUR);
    const w = CURVES[segment][h];
    if (isWeekend(ms) && segment !== 'migrant' && h >= 7 && h <= 9) return w * 0.7;
    return w;
  }

  /**
   * A moment on ballot day d following the segment's curve, no earlier than `from`, inside the
   * ballot. NaN when nothing of the day is left.
   */
  timeOnDay(rng: Rng, segment: Segment, d: number, from = -Infinity): number {
    const [start, end] = dayRange(this.cal, d);
    const lo = Math.max(start, from);
    if (lo >= end) return NaN;
    const weights: number[] = [];
    const mid = this.midnight(d);
    for (let h = 0; h < 24; h++) {
      const a = Math.max(lo, mid + h * HOUR);
      const b = Math.min(end, mid + (h + 1) * HOUR);
      weights.push(b > a ? (CURVES[segment][h] * (b - a)) / HOUR : 0);
    }
    const h = rng.weightedIndex(weights);
    const a = Math.max(lo, mid + h * HOUR);
    const b = Math.min(end, mid + (h + 1) * HOUR);
    return a + rng.next() * (b - a);
  }

  /** Local time of day `hours` (e.g. 20.5 for 20:30) on ballot day d. */
  at(d: number, hours: number): number {
    return this.midnight(d) + hours * HOUR;
  }

  /** Inside the ballot window. */
  open(ms: number): boolean {
    return ms >= this.cal.opensAt && ms < this.cal.closesAt;
  }
}

export { DAY, HOUR, MINUTE };
