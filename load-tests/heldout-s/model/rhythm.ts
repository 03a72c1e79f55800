import { dayRange, DAY, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Whose day it is: the hours a kind of person has the phone in hand. */
export type Routine = 'farmer' | 'townsfolk' | 'elder' | 'factory' | 'office' | 'student';

/**
 * Hourly weights, 00:00 to 23:00 Asia/Shanghai, my own reading of rural Guangxi: farmers are up at
 * six, rest at noon and are on the phone after dinner until ten; elders are early and asleep by
 * nine; workers in Guangdong's factories have the canteen at noon and the dormitory after overtime.
 */
const CURVES: Record<Routine, readonly number[]> = {
  farmer: [3, 1, 0.5, 0.3, 0.4, 2, 6, 8, 6, 4, 3, 4, 8, 9, 5, 3, 3, 4, 6, 10, 14, 15, 11, 6],
  townsfolk: [4, 2, 1, 0.5, 0.4, 0.8, 3, 6, 8, 7, 6, 6, 9, 8, 6, 5, 5, 6, 7, 10, 13, 14, 12, 8],
  elder: [0.5, 0.2, 0.2, 0.3, 1, 5, 10, 12, 10, 8, 7, 6, 5, 4, 4, 5, 6, 7, 8, 8, 6, 3, 1.5, 0.8],
  factory: [5, 2, 0.8, 0.4, 0.3, 0.5, 2, 5, 3, 2, 2, 4, 12, 8, 2, 2, 2, 4, 9, 5, 4, 8, 14, 11],
  office: [3, 1, 0.5, 0.3, 0.3, 0.5, 2, 6, 9, 8, 6, 5, 8, 7, 6, 6, 5, 7, 6, 7, 9, 10, 9, 6],
  student: [6, 3, 1, 0.5, 0.3, 0.3, 1, 5, 4, 3, 5, 5, 10, 8, 3, 3, 5, 6, 8, 7, 9, 11, 13, 10],
};

/** Local clock of the ballot: days, hours and draws from the routines' curves. */
export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  get days(): number {
    return this.cal.dayCount;
  }

  /** The instant of hh:mm (fractional minutes allowed) Asia/Shanghai on ballot day `d`. */
  clock(d: number, hh: number, mm = 0): number {
    return this.cal.firstMidnight + d * DAY + hh * HOUR + mm * MINUTE;
  }

  /** Whether an instant is inside the ballot window. */
  open(at: number): boolean {
    return at >= this.cal.opensAt && at < this.cal.closesAt;
  }

  /** A moment on day `d` (cut to the ballot window) drawn from a routine's curve, minute-smooth. */
  at(rng: Rng, d: number, routine: Routine): number {
    const [from, to] = dayRange(this.cal, d);
    const curve = CURVES[routine];
    for (let tries = 0; tries < 20; tries++) {
      const h = rng.weightedIndex(curve);
      // Blend into the neighbouring hour so the curve has no steps at the hour.
      const t = this.clock(d, h) + (rng.next() + rng.next() - 0.5) * HOUR;
      if (t >= from && t < to) return t;
    }
    return rng.uniform(from, to);
  }

  /** How much a routine's day weighs in hours [from, to) (fractions of the whole day's weight). */
  share(routine: Routine, fromHour: number, toHour: number): number {
    const curve = CURVES[routine];
    let part = 0;
    for (let h = fromHour; h < toHour; h++) part += curve[((h % 24) + 24) % 24];
    return part / curve.reduce((a, b) => a + b, 0);
  }
}
