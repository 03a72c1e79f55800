import { DAY, HOUR, MINUTE, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When people open WeChat, by the hour of their own day. My own curves: city office workers (commute,
 * lunch, a long evening peak), county towns (early risers, a 19:00–21:00 peak, early nights), villages
 * and elders (dawn to mid-morning, after dinner), students (lunch, late night), fishermen (up for the
 * 04:00–06:00 landing and auction, evenings in port) and night workers.
 */
export type Segment = 'office' | 'town' | 'village' | 'elder' | 'student' | 'fisher' | 'night';

const CURVES: Record<Segment, readonly number[]> = {
  office: [1.2, 0.6, 0.3, 0.15, 0.1, 0.15, 0.5, 1.6, 2.4, 2.0, 1.6, 1.7, 3.0, 2.6, 1.4, 1.4, 1.5, 1.8, 2.2, 2.6, 3.2, 3.6, 3.4, 2.4],
  town: [0.5, 0.25, 0.1, 0.1, 0.2, 0.7, 1.8, 2.6, 2.4, 1.9, 1.7, 1.8, 2.6, 2.2, 1.5, 1.5, 1.6, 1.9, 2.4, 3.2, 3.6, 3.0, 2.0, 1.0],
  village: [0.3, 0.1, 0.05, 0.05, 0.2, 1.0, 2.4, 2.8, 2.2, 1.8, 1.5, 1.8, 2.6, 2.0, 1.4, 1.3, 1.5, 1.8, 2.6, 3.4, 3.2, 2.2, 1.1, 0.6],
  elder: [0.1, 0.05, 0.05, 0.1, 0.4, 1.6, 3.0, 3.4, 3.0, 2.6, 2.2, 2.0, 1.8, 1.0, 1.2, 1.8, 2.0, 1.8, 1.9, 2.4, 2.2, 1.2, 0.5, 0.2],
  student: [2.0, 1.0, 0.4, 0.1, 0.05, 0.05, 0.2, 0.8, 1.0, 0.9, 1.0, 1.4, 2.6, 2.4, 1.2, 1.0, 1.1, 1.8, 2.0, 1.9, 2.2, 3.0, 3.6, 3.2],
  fisher: [0.4, 0.4, 0.8, 1.4, 2.2, 2.6, 2.4, 1.8, 1.4, 1.1, 1.0, 1.4, 2.0, 1.6, 0.9, 1.0, 1.4, 2.0, 2.8, 3.0, 2.6, 1.6, 0.9, 0.5],
  night: [3.0, 3.2, 2.8, 2.4, 2.6, 2.2, 1.4, 0.8, 0.5, 0.3, 0.3, 0.4, 0.8, 1.0, 1.2, 1.3, 1.2, 1.0, 0.9, 1.0, 1.4, 2.0, 2.6, 2.8],
};

/** Office workers at the weekend keep a town's day that starts later. */
const WEEKEND_OFFICE = [1.4, 0.8, 0.4, 0.2, 0.1, 0.1, 0.3, 0.8, 1.6, 2.2, 2.4, 2.2, 2.6, 2.0, 1.8, 1.9, 2.0, 2.0, 2.2, 2.6, 3.2, 3.4, 3.0, 2.2];

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  /** Ballot days: 0 is the opening day (cut to the opening hour), dayCount - 1 the closing day. */
  get days(): number {
    return this.cal.dayCount;
  }

  dayStart(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  curve(segment: Segment, day: number): readonly number[] {
    if (segment === 'office' && isWeekend(this.dayStart(day) + 12 * HOUR)) return WEEKEND_OFFICE;
    return CURVES[segment];
  }

  /**
   * A moment on ballot day `day` drawn from the segment's hourly curve in the voter's own clock,
   * `shift` hours ahead of Beijing (abroad). May fall outside the ballot; the ledger drops it.
   */
  timeOnDay(rng: Rng, day: number, segment: Segment, shift = 0): number {
    const hour = rng.weightedIndex(this.curve(segment, day));
    return this.dayStart(day) + (hour - shift) * HOUR + rng.next() * HOUR;
  }

  /** A voter's habit: roughly the same time each day (± sd minutes). */
  habitOnDay(rng: Rng, day: number, minuteOfDay: number, sdMinutes: number): number {
    return this.dayStart(day) + minuteOfDay * MINUTE + rng.normal(0, sdMinutes) * MINUTE;
  }

  /** Index of the ballot day an instant falls on (may be <0 or ≥ days outside the ballot). */
  dayOf(at: number): number {
    return Math.floor((at - this.cal.firstMidnight) / DAY);
  }
}
