import { DAY, HOUR, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Daily lives whose phone use differs by hour (Asia/Shanghai clock). */
export type Life = 'chengdu' | 'town' | 'highland' | 'yi' | 'factory' | 'xinjiang' | 'night';

/**
 * My hourly curves, hour 0..23 Beijing time. Chengdu lives late (teahouses, mahjong, 夜宵 after
 * 22:00); county towns rise early and sleep by 23:00; the Tibetan plateau is an hour of sun
 * behind Beijing, so its day starts and ends late; Yi villages use phones when back from the
 * fields; factory dorms peak at the canteen and after the evening shift; Xinjiang (cotton
 * pickers) is two hours behind; night workers live the day upside down.
 */
const CURVES: Record<Life, readonly number[]> = {
  chengdu: [1.6, 0.9, 0.45, 0.25, 0.15, 0.15, 0.3, 0.8, 1.5, 1.9, 2.0, 2.2, 2.8, 2.4, 2.0, 2.1, 2.1, 2.2, 2.4, 2.7, 3.1, 3.5, 3.6, 2.7],
  town: [0.5, 0.25, 0.12, 0.1, 0.12, 0.4, 1.3, 2.0, 2.1, 2.0, 1.9, 2.0, 2.5, 2.1, 1.6, 1.6, 1.7, 1.9, 2.3, 2.9, 3.3, 3.0, 2.0, 1.0],
  highland: [0.6, 0.3, 0.15, 0.1, 0.1, 0.1, 0.25, 0.7, 1.4, 2.0, 2.2, 2.1, 2.0, 2.3, 2.0, 1.7, 1.6, 1.6, 1.7, 2.0, 2.5, 2.9, 2.5, 1.4],
  yi: [0.5, 0.25, 0.12, 0.1, 0.1, 0.2, 0.6, 1.2, 1.3, 1.1, 1.0, 1.1, 1.6, 1.7, 1.2, 1.0, 1.0, 1.2, 1.8, 2.6, 3.3, 3.2, 2.3, 1.1],
  factory: [1.0, 0.45, 0.2, 0.12, 0.1, 0.15, 0.6, 1.2, 0.8, 0.7, 0.7, 1.1, 2.6, 1.6, 0.7, 0.7, 0.8, 1.0, 1.9, 1.6, 1.8, 2.6, 3.0, 2.2],
  xinjiang: [2.4, 1.5, 0.7, 0.3, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.2, 1.1, 1.1, 1.5, 1.8, 1.3, 1.0, 1.0, 1.1, 1.4, 1.9, 2.3, 2.8, 2.9],
  night: [2.6, 2.2, 1.6, 1.2, 0.8, 0.5, 0.3, 0.3, 0.3, 0.25, 0.3, 0.4, 0.6, 0.6, 0.6, 0.7, 0.9, 1.0, 1.1, 1.2, 1.4, 1.7, 2.1, 2.5],
};

/** Sampling a time of day from a life's curve, smoothed so no hour edge shows a step. */
export class Rhythm {
  private readonly cum = new Map<Life, number[]>();

  constructor(readonly cal: BallotCalendar) {
    for (const [life, curve] of Object.entries(CURVES) as Array<[Life, readonly number[]]>) {
      const c: number[] = [];
      let s = 0;
      for (const w of curve) c.push((s += w));
      this.cum.set(life, c);
    }
  }

  weight(life: Life, ms: number): number {
    const h = (((ms + 8 * HOUR) % DAY) + DAY) % DAY / HOUR;
    const curve = CURVES[life];
    const i = Math.floor(h - 0.5 + 24) % 24;
    const f = h - 0.5 - Math.floor(h - 0.5);
    return curve[i] * (1 - f) + curve[(i + 1) % 24] * f;
  }

  /** An instant on ballot day `d` drawn from the life's curve (weekends a little later). */
  timeOn(rng: Rng, life: Life, d: number): number {
    const c = this.cum.get(life) as number[];
    const r = rng.next() * c[23];
    let h = 0;
    while (c[h] < r) h++;
    // A triangular kernel an hour wide on either side of the hour's middle: smooth, no steps.
    let hour = h + 0.5 + (rng.next() + rng.next() - 1);
    const start = this.cal.firstMidnight + d * DAY;
    if (isWeekend(start + 12 * HOUR) && life !== 'factory' && life !== 'night' && hour < 11) hour += rng.uniform(0, 1);
    return start + ((hour + 24) % 24) * HOUR;
  }

  /** Ballot days (0-based) whose Asia/Shanghai date the ballot touches. */
  get days(): number {
    return this.cal.dayCount;
  }

  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / DAY);
  }

  dayStart(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }
}
