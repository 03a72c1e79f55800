import { dayRange, HOUR, isWeekend, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Whose day it is: Changsha office workers, county and lake towns, mountain villages, migrants in Guangdong factories, students. */
export type Profile = 'office' | 'town' | 'mountain' | 'migrant' | 'student';

/** Relative activity by Asia/Shanghai hour 0..23, written for each life (weekday). */
const CURVES: Record<Profile, number[]> = {
  // Late nights, a commute look, lunch at the desk, the long evening on the sofa.
  office: [5, 2.5, 1.2, 0.6, 0.4, 0.4, 0.9, 2.5, 5, 5, 4.5, 4.5, 7, 5.5, 4, 4, 4, 4.5, 6, 6.5, 7.5, 9, 9.5, 8],
  // Early risers (markets, fields), a nap after lunch, the 19:00 news and the evening square dance.
  town: [1, 0.5, 0.3, 0.3, 0.5, 1.5, 4, 6, 6, 5, 4.5, 4.5, 6, 4, 3.5, 4, 4, 5, 7, 9, 9, 7.5, 5, 2.5],
  // Earlier nights still; signal is on the farm or the tourist street by day.
  mountain: [0.6, 0.3, 0.2, 0.2, 0.4, 1.2, 4, 6, 5.5, 4.5, 4, 4, 6, 4.5, 3.5, 3.5, 4, 5, 7.5, 9, 8.5, 6, 3.5, 1.5],
  // Factory lines: canteen at 12:00 and 18:00, the dormitory from 20:30 to past midnight.
  migrant: [5, 2, 0.8, 0.4, 0.3, 0.4, 1.2, 3.5, 2, 1.2, 1.2, 2, 8, 4, 1.2, 1.2, 1.2, 2, 7, 4, 5, 9, 10, 8.5],
  // Phones in the pocket in class: breaks, lunch, and the dormitory before lights-out.
  student: [3, 1, 0.3, 0.2, 0.2, 0.2, 1, 3, 1.5, 2.5, 1.5, 3, 7, 5, 1.5, 2.5, 1.5, 4, 6, 3, 3, 5, 8, 6],
};

/** Weekends: later mornings, more daytime. */
function weekend(curve: number[]): number[] {
  return curve.map((w, h) => (h >= 7 && h <= 10 ? w * 0.6 : h >= 11 && h <= 17 ? w * 1.3 : w));
}

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  curve(profile: Profile, at: number): number[] {
    return isWeekend(at) ? weekend(CURVES[profile]) : CURVES[profile];
  }

  /** Activity (relative) of a profile at an instant. */
  at(profile: Profile, ms: number): number {
    const h = Math.floor(((((ms + 8 * HOUR) % (24 * HOUR)) + 24 * HOUR) % (24 * HOUR)) / HOUR);
    return this.curve(profile, ms)[h];
  }

  /** A time on ballot day d following a profile's curve (NaN if the day is outside the window). */
  inDay(rng: Rng, profile: Profile, d: number): number {
    const [start, end] = dayRange(this.cal, d);
    if (end <= start) return NaN;
    const midnight = this.cal.firstMidnight + d * 24 * HOUR;
    const curve = this.curve(profile, midnight + 12 * HOUR);
    for (let tries = 0; tries < 20; tries++) {
      const h = rng.weightedIndex(curve);
      const t = midnight + h * HOUR + rng.next() * HOUR;
      if (t >= start && t < end) return t;
    }
    return start + rng.next() * (end - start);
  }

  /** A time near a habitual minute of the day on day d (± a normal spread). */
  habitual(rng: Rng, minuteOfDay: number, d: number, sdMin = 35): number {
    return this.cal.firstMidnight + d * 24 * HOUR + (minuteOfDay + rng.normal(0, sdMin)) * MINUTE;
  }
}
