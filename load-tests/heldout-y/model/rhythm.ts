import { DAY, HOUR, dayRange, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** How a person's day goes: which hours of an Asia/Shanghai day they have their phone out. */
export type Life = 'office' | 'town' | 'elder' | 'student' | 'shift' | 'commuter' | 'police';

/**
 * My own hourly curves (Asia/Shanghai hour 0..23) for Hebei in winter: towns rise early and sleep
 * by 23:00; city office workers peak late in the evening; steel and port crews on four-crew,
 * three-shift rotas are awake at every hour; Yanjiao and Gu'an commuters leave for Beijing at six.
 */
const CURVES: Record<Life, number[]> = {
  town: [2, 1, 0.5, 0.5, 1, 3, 7, 9, 8, 7, 7, 7, 9, 7, 5, 5, 6, 7, 9, 11, 12, 10, 6, 3],
  office: [4, 2, 1, 0.5, 0.5, 1, 3, 7, 9, 6, 5, 6, 10, 8, 5, 5, 5, 6, 7, 9, 11, 12, 11, 8],
  elder: [0.5, 0.3, 0.3, 0.5, 2, 6, 10, 11, 10, 9, 8, 7, 6, 5, 5, 6, 7, 8, 9, 9, 7, 4, 1.5, 0.8],
  student: [6, 3, 1, 0.5, 0.3, 0.3, 1, 4, 4, 3, 4, 6, 11, 8, 4, 4, 5, 8, 8, 7, 8, 10, 12, 10],
  shift: [5, 5, 3, 2, 3, 3, 5, 7, 7, 5, 4, 4, 6, 5, 4, 5, 7, 6, 6, 6, 7, 6, 6, 6],
  police: [4, 3, 2, 2, 2, 3, 5, 7, 8, 6, 5, 5, 8, 6, 5, 5, 6, 7, 8, 8, 9, 8, 6, 5],
  commuter: [1, 0.5, 0.3, 0.3, 1, 5, 10, 11, 6, 3, 3, 3, 6, 4, 3, 3, 3, 4, 7, 9, 9, 10, 8, 4],
};

export class Rhythm {
  private readonly cum = new Map<Life, number[]>();

  constructor(readonly cal: BallotCalendar) {
    for (const [life, w] of Object.entries(CURVES) as Array<[Life, number[]]>) {
      let t = 0;
      this.cum.set(life, w.map((x) => (t += x)));
    }
  }

  /** An hour of the day drawn from a life's curve (commuters live like a town on weekends). */
  hour(rng: Rng, life: Life, dayStart: number): number {
    const key = life === 'commuter' && isWeekend(dayStart + 12 * HOUR) ? 'town' : life;
    const c = this.cum.get(key) ?? [];
    const r = rng.next() * c[c.length - 1];
    let h = 0;
    while (c[h] <= r) h++;
    return h;
  }

  /** An instant on ballot day d drawn from a life's curve, inside the ballot's window. */
  at(rng: Rng, life: Life, d: number): number {
    const [lo, hi] = dayRange(this.cal, d);
    const dayStart = this.cal.firstMidnight + d * DAY;
    for (let i = 0; i < 6; i++) {
      const t = dayStart + this.hour(rng, life, dayStart) * HOUR + rng.next() * HOUR;
      if (t >= lo && t < hi) return t;
    }
    return rng.uniform(lo, hi);
  }

  dayStart(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** Asia/Shanghai clock time (hours, may be fractional) on ballot day d. */
  clock(d: number, hours: number): number {
    return this.cal.firstMidnight + d * DAY + hours * HOUR;
  }
}
