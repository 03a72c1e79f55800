import { DAY, HOUR, MINUTE, dayRange, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When people in different parts of Guangdong pick up their phones, by Asia/Shanghai hour. My own
 * reading of the province: metro office workers peak late (22:00–23:30) and at lunch; factory
 * towns run on shifts (12:00 canteen, 18:00 change, 21:00–23:00 dormitory); Chaoshan, the west
 * and the north are up early and in bed earlier; Hong Kong commuters use the crossing and the MTR.
 */
export type Profile = 'metro' | 'factory' | 'town' | 'hk' | 'abroad';

const HOURS: Record<Profile, { weekday: readonly number[]; weekend: readonly number[] }> = {
  metro: {
    weekday: [1.4, 0.7, 0.35, 0.2, 0.15, 0.2, 0.5, 1.3, 2.1, 1.8, 1.6, 1.8, 2.8, 2.3, 1.5, 1.5, 1.6, 1.8, 2.3, 2.2, 2.7, 3.3, 3.6, 2.7],
    weekend: [1.8, 1.1, 0.5, 0.25, 0.15, 0.15, 0.25, 0.6, 1.1, 1.8, 2.3, 2.5, 2.7, 2.4, 2.2, 2.2, 2.3, 2.3, 2.4, 2.6, 3.0, 3.4, 3.4, 2.6],
  },
  factory: {
    weekday: [1.1, 0.7, 0.45, 0.3, 0.3, 0.4, 0.9, 1.5, 1.0, 0.8, 0.9, 1.6, 3.0, 2.1, 0.9, 0.9, 1.0, 1.7, 2.8, 2.3, 2.4, 2.9, 3.0, 2.0],
    weekend: [1.3, 0.8, 0.5, 0.3, 0.25, 0.3, 0.6, 1.0, 1.2, 1.5, 1.8, 2.2, 2.8, 2.3, 1.8, 1.8, 1.9, 2.2, 2.6, 2.5, 2.6, 3.0, 2.9, 2.0],
  },
  town: {
    weekday: [0.6, 0.3, 0.15, 0.1, 0.2, 0.6, 1.7, 2.5, 2.5, 2.1, 1.9, 2.0, 2.4, 1.8, 1.4, 1.5, 1.7, 1.9, 2.2, 2.9, 3.3, 3.0, 1.9, 1.1],
    weekend: [0.7, 0.35, 0.15, 0.1, 0.15, 0.45, 1.3, 2.1, 2.5, 2.4, 2.2, 2.1, 2.4, 2.0, 1.7, 1.7, 1.8, 2.0, 2.2, 2.9, 3.3, 3.0, 2.0, 1.2],
  },
  hk: {
    weekday: [0.9, 0.45, 0.2, 0.1, 0.1, 0.3, 1.2, 2.7, 2.5, 1.4, 1.2, 1.4, 2.3, 1.9, 1.2, 1.2, 1.4, 1.9, 2.6, 2.7, 2.5, 2.8, 2.6, 1.7],
    weekend: [1.2, 0.7, 0.3, 0.15, 0.1, 0.15, 0.4, 0.9, 1.5, 2.0, 2.3, 2.4, 2.5, 2.3, 2.1, 2.1, 2.2, 2.3, 2.5, 2.6, 2.7, 2.9, 2.7, 1.9],
  },
  // Overseas Chinese in North America (UTC-5..-8) are awake while Guangdong sleeps, and vice versa.
  abroad: {
    weekday: [2.2, 2.4, 2.1, 1.9, 1.8, 1.6, 1.4, 1.5, 2.0, 2.6, 2.8, 2.6, 1.8, 0.9, 0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 0.8, 1.2, 1.5, 1.9],
    weekend: [2.2, 2.4, 2.1, 1.9, 1.8, 1.6, 1.4, 1.5, 2.0, 2.6, 2.8, 2.6, 1.8, 0.9, 0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 0.8, 1.2, 1.5, 1.9],
  },
};

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  get days(): number {
    return this.cal.dayCount;
  }

  /** [start, end) of ballot day d, inside the window. */
  day(d: number): [number, number] {
    return dayRange(this.cal, d);
  }

  /** Which ballot day an instant falls on. */
  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / DAY);
  }

  /** Relative activity of `profile` at instant `ms`. */
  activity(profile: Profile, ms: number): number {
    const h = Math.floor((((ms - this.cal.firstMidnight) % DAY) + DAY) % DAY / HOUR);
    return (isWeekend(ms) ? HOURS[profile].weekend : HOURS[profile].weekday)[h];
  }

  /** A moment on ballot day d, following `profile`'s hours, optionally only within [fromHour, toHour). */
  inDay(rng: Rng, d: number, profile: Profile, fromHour = 0, toHour = 24): number {
    const [start, end] = this.day(d);
    const midnight = this.cal.firstMidnight + d * DAY;
    const weights: number[] = [];
    const table = isWeekend(midnight + 12 * HOUR) ? HOURS[profile].weekend : HOURS[profile].weekday;
    for (let h = 0; h < 24; h++) {
      const a = Math.max(start, midnight + h * HOUR);
      const b = Math.min(end, midnight + (h + 1) * HOUR);
      weights.push(h >= fromHour && h < toHour && b > a ? (table[h] * (b - a)) / HOUR : 0);
    }
    if (weights.every((w) => w === 0)) return Number.NaN;
    const h = rng.weightedIndex(weights);
    const a = Math.max(start, midnight + h * HOUR);
    const b = Math.min(end, midnight + (h + 1) * HOUR);
    return Math.floor(a + rng.next() * (b - a));
  }

  /** Local clock time on ballot day d: hours since Asia/Shanghai midnight (may exceed 24). */
  at(d: number, hours: number): number {
    return this.cal.firstMidnight + d * DAY + Math.round(hours * HOUR);
  }

  /** Hours since the Asia/Shanghai midnight of the instant's own day. */
  clock(ms: number): number {
    return ((((ms - this.cal.firstMidnight) % DAY) + DAY) % DAY) / HOUR;
  }
}

export const minutes = (n: number): number => n * MINUTE;
