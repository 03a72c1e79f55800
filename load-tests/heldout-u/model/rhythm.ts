import { DAY, HOUR, MINUTE, dayRange, isWeekend, shanghaiMinuteOfDay, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When people in this set pick up their phones, hour by hour (Beijing time; Heilongjiang's sun is
 * about an hour ahead of the clock, and in December it sets before 16:00). My own curves:
 *
 * - village: farmers in the idle winter (猫冬): up at six, phones all day long, supper at dusk,
 *   television and phones 18:00–21:00, asleep by 22:00.
 * - elder: grandparents minding left-behind children: 05:30–08:00 is their busiest time, again
 *   after the school run at 16:00, in bed early.
 * - parent: pupils' parents in the township: morning school run, lunch, and the evening after
 *   homework (19:00–21:30) when the class group is busiest.
 * - teacher: before the first bell, the 10:00 long break, lunch, after dismissal, then evening.
 * - migrant: natives working in Harbin, Dalian, Beijing or Shandong: lunch and late evening.
 * - urban: former pupils in office jobs: commute, lunch, and a late peak.
 * - student: university students: late mornings, late nights.
 */
export type Life = 'village' | 'elder' | 'parent' | 'teacher' | 'migrant' | 'urban' | 'student';

// prettier-ignore
const WEEKDAY: Record<Life, readonly number[]> = {
  village: [0.3, 0.15, 0.1, 0.1, 0.2, 0.9, 2.6, 4.5, 5.5, 6, 6, 5.5, 6.5, 6, 5.5, 5.5, 6, 7.5, 9, 10, 9, 6.5, 3, 1],
  elder:   [0.2, 0.1, 0.1, 0.2, 0.9, 3.2, 6.5, 7.5, 7, 6, 5, 4.5, 4.5, 4, 4.5, 5.5, 6, 5.5, 6, 5, 3, 1.2, 0.4, 0.2],
  parent:  [0.4, 0.2, 0.1, 0.1, 0.2, 0.6, 2.4, 4.2, 3.8, 3.6, 3.8, 4.2, 6.2, 5, 4, 4.2, 5.6, 6.4, 8, 10, 10.5, 8.5, 5, 1.8],
  teacher: [0.2, 0.1, 0.05, 0.05, 0.1, 0.5, 2.6, 5.8, 3, 3.8, 6.2, 3.8, 7, 5, 3.4, 3.2, 6.4, 6, 6, 8, 8.5, 6.5, 3, 0.8],
  migrant: [1.2, 0.5, 0.25, 0.15, 0.2, 0.5, 2, 4, 3.8, 3, 3, 3.5, 6.2, 5, 3, 3, 3, 3.5, 5, 7, 8.5, 9, 7.5, 3.5],
  urban:   [1.6, 0.6, 0.3, 0.15, 0.15, 0.3, 1.2, 3.6, 4.6, 3.6, 3.5, 4, 6.6, 5, 3.5, 3.5, 3.5, 4, 5, 6.5, 8, 9.5, 9, 4.6],
  student: [4.2, 2, 1, 0.4, 0.2, 0.2, 0.4, 1.4, 3, 3, 3.5, 4, 5.5, 5, 4, 4, 4, 4.5, 5.5, 6.5, 7.5, 8.5, 9, 7.6],
};

// Weekends: teachers live like parents, office workers sleep in, everyone else much the same.
// prettier-ignore
const WEEKEND: Record<Life, readonly number[]> = {
  ...WEEKDAY,
  teacher: [0.3, 0.15, 0.1, 0.05, 0.1, 0.4, 1.5, 3.5, 5, 5.5, 5.5, 5, 6, 5, 4.5, 4.5, 5, 6, 7, 8.5, 9, 7, 3.5, 1],
  urban:   [2.2, 1, 0.4, 0.2, 0.15, 0.2, 0.6, 1.5, 3, 4.5, 5.5, 6, 6.5, 5.5, 5, 5, 5, 5.5, 6, 7, 8, 9, 8.5, 5],
  migrant: [1.5, 0.6, 0.3, 0.15, 0.2, 0.4, 1.2, 2.5, 3.5, 4.5, 5, 5.5, 6.5, 5.5, 5, 5, 5, 5.5, 6, 7, 8, 8.5, 7.5, 3.8],
};

const PEAK: Record<Life, number> = Object.fromEntries(
  (Object.keys(WEEKDAY) as Life[]).map((l) => [l, Math.max(...WEEKDAY[l], ...WEEKEND[l])]),
) as Record<Life, number>;

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  get days(): number {
    return this.cal.dayCount;
  }

  /** Ballot day index (0 = the opening day) of an instant. */
  dayOf(t: number): number {
    return Math.floor((t - this.cal.firstMidnight) / DAY);
  }

  /** The instant `minute` minutes after Asia/Shanghai midnight of ballot day `d`. */
  at(d: number, minute: number): number {
    return this.cal.firstMidnight + d * DAY + minute * MINUTE;
  }

  /** Relative activity (0..1] of a life at an instant. */
  weight(life: Life, t: number): number {
    const table = isWeekend(t) ? WEEKEND[life] : WEEKDAY[life];
    return table[Math.floor(shanghaiMinuteOfDay(t) / 60)] / PEAK[life];
  }

  /** A moment of ballot day `d` drawn from the life's curve, inside the ballot window; NaN if the day has no room. */
  inDay(rng: Rng, life: Life, d: number, fromMinute = 0, toMinute = 24 * 60): number {
    const [lo, hi] = dayRange(this.cal, d);
    const start = Math.max(lo, this.at(d, fromMinute));
    const end = Math.min(hi, this.at(d, toMinute));
    if (end <= start) return NaN;
    const weights: number[] = [];
    const base = this.at(d, 0);
    for (let h = 0; h < 24; h++) {
      const a = Math.max(start, base + h * HOUR);
      const b = Math.min(end, base + (h + 1) * HOUR);
      weights.push(b > a ? this.weight(life, base + h * HOUR) * (b - a) : 0);
    }
    const h = rng.weightedIndex(weights);
    const a = Math.max(start, base + h * HOUR);
    const b = Math.min(end, base + (h + 1) * HOUR);
    return a + rng.next() * (b - a);
  }

  /**
   * When someone who was sent a link at `t` actually opens it: at once if they are about at that
   * hour, else they notice it later (each miss costs an exponential wait, mean 50 min).
   */
  pickUp(rng: Rng, life: Life, t: number): number {
    let at = t;
    for (let i = 0; i < 40; i++) {
      if (rng.chance(this.weight(life, at))) return at;
      at += rng.exponential(50 * MINUTE);
    }
    return at;
  }

  /** Habitual minute of day drawn once per person from their life's weekday curve. */
  habit(rng: Rng, life: Life): number {
    const h = rng.weightedIndex(WEEKDAY[life]);
    return h * 60 + rng.next() * 60;
  }
}
