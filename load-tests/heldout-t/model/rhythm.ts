import { dayRange, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Hour-of-day weights (Asia/Shanghai, 0–23) of the people who vote in this ballot. */
export const CURVES = {
  // City office workers: commute, lunch, a long evening that peaks after 21:00.
  office: [2, 1, 0.5, 0.3, 0.3, 0.5, 2, 6, 8, 6, 5, 6, 10, 8, 5, 5, 5, 6, 8, 10, 12, 14, 13, 7],
  // County people: up early, lunch at home, evening after dinner, in bed by 22:30.
  town: [0.5, 0.2, 0.2, 0.3, 1, 4, 8, 9, 6, 5, 5, 9, 10, 7, 4, 4, 5, 6, 10, 13, 12, 8, 4, 1.5],
  // Retirees: morning market, afternoon nap, news at 19:00.
  elder: [0.3, 0.2, 0.2, 0.5, 2, 6, 10, 11, 10, 8, 6, 5, 3, 2, 3, 6, 7, 6, 5, 8, 7, 3, 1, 0.5],
  // Sanitation crews: before the 05:00 shift, the 10:30–14:00 break, after the evening sweep.
  sanitation: [0.5, 0.5, 1, 4, 9, 6, 2, 2, 3, 4, 9, 10, 10, 8, 4, 3, 3, 5, 7, 9, 8, 4, 1, 0.5],
} as const;

export type Curve = keyof typeof CURVES;

/** Times in the ballot's days: by a curve, or near a minute of the day. */
export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  get days(): number {
    return this.cal.dayCount;
  }

  /** Shanghai midnight that starts ballot day d. */
  midnight(d: number): number {
    return this.cal.firstMidnight + d * 24 * HOUR;
  }

  /** A moment of ballot day d drawn from the curve (may fall outside the window on the first and last days). */
  at(rng: Rng, d: number, curve: Curve): number {
    const h = rng.weightedIndex(CURVES[curve]);
    return this.midnight(d) + h * HOUR + rng.next() * HOUR;
  }

  /** A moment of day d at `minuteOfDay` ± a normal spread. */
  near(rng: Rng, d: number, minuteOfDay: number, sdMinutes: number): number {
    return this.midnight(d) + (minuteOfDay + rng.normal(0, sdMinutes)) * MINUTE;
  }

  /** Ballot days whose window holds `minuteOfDay` (the first and last days are cut). */
  open(d: number, minuteOfDay: number): boolean {
    const [start, end] = dayRange(this.cal, d);
    const t = this.midnight(d) + minuteOfDay * MINUTE;
    return t >= start && t < end;
  }
}
