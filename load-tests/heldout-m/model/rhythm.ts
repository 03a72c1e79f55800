import { DAY, MINUTE, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * Who keeps which hours. `town`: county-town and village residents (up early, a lunch look, the
 * 19:00–21:30 peak after the news and dinner, early to bed). `elder`: grandparents at home (a
 * morning peak after the market, in bed by 21:00). `office`: civil servants, teachers and
 * Hefei's office workers (08:30 arrival, lunch, late evening on the sofa). `migrant`: factory
 * and building-site workers in the Yangtze delta (canteen at 11:30, off at 18:00–19:00, dorm
 * evening till midnight, weekends barely different). `young`: students and young workers who
 * are up till 01:00.
 */
export type Segment = 'town' | 'elder' | 'office' | 'migrant' | 'young';

const HOURLY: Record<Segment, readonly number[]> = {
  //      0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
  town: [0.8, 0.3, 0.15, 0.1, 0.1, 0.4, 1.8, 3.2, 3.6, 3.4, 3.2, 3.3, 4.6, 3.6, 2.6, 2.6, 2.8, 3.2, 4.0, 5.6, 6.4, 5.6, 3.6, 1.8],
  elder: [0.2, 0.1, 0.05, 0.05, 0.2, 1.2, 4.0, 5.6, 5.6, 5.0, 4.4, 3.6, 3.2, 2.4, 2.2, 2.6, 3.0, 3.2, 3.6, 4.0, 3.6, 2.2, 0.8, 0.4],
  office: [1.0, 0.4, 0.15, 0.1, 0.1, 0.2, 0.8, 2.2, 4.4, 4.0, 3.2, 3.0, 4.6, 3.8, 2.8, 2.6, 2.6, 3.0, 3.4, 3.6, 4.6, 5.4, 5.0, 2.8],
  migrant: [1.2, 0.5, 0.2, 0.1, 0.1, 0.3, 1.2, 2.0, 1.4, 1.2, 1.4, 3.8, 4.2, 2.2, 1.4, 1.4, 1.6, 2.6, 4.4, 5.0, 5.2, 5.8, 5.4, 3.4],
  young: [3.0, 1.6, 0.6, 0.2, 0.1, 0.1, 0.4, 1.2, 1.8, 2.2, 2.4, 2.6, 3.6, 3.0, 2.4, 2.4, 2.6, 2.8, 3.2, 3.8, 4.6, 5.4, 6.0, 5.0],
};
/** Weekend office workers sleep in and stay out of the office. */
const OFFICE_WEEKEND: readonly number[] = [1.4, 0.6, 0.2, 0.1, 0.1, 0.1, 0.4, 1.2, 2.2, 3.2, 3.8, 3.8, 4.2, 3.6, 3.2, 3.2, 3.2, 3.4, 3.6, 4.0, 4.8, 5.4, 4.8, 2.8];

function cdf(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  return weights.map((w) => (run += w / total));
}

export class Rhythm {
  private readonly tables = new Map<string, number[]>();

  constructor(readonly cal: BallotCalendar) {
    for (const s of Object.keys(HOURLY) as Segment[]) this.tables.set(s, cdf(HOURLY[s]));
    this.tables.set('office:weekend', cdf(OFFICE_WEEKEND));
  }

  /** UTC instant of minute `minuteOfDay` of ballot day `d` (Asia/Shanghai). */
  at(d: number, minuteOfDay: number): number {
    return this.cal.firstMidnight + d * DAY + minuteOfDay * MINUTE;
  }

  /** A random instant on ballot day `d` following the segment's hours (seconds uniform). */
  sample(rng: Rng, segment: Segment, d: number): number {
    const weekend = isWeekend(this.at(d, 720));
    const table = this.tables.get(segment === 'office' && weekend ? 'office:weekend' : segment) as number[];
    const u = rng.next();
    let h = 0;
    while (h < 23 && table[h] < u) h++;
    return this.at(d, h * 60) + Math.floor(rng.next() * 60 * MINUTE);
  }

  /** Weight of a ballot day for someone who has heard of the vote: first two days and the last are busiest. */
  dayWeights(): number[] {
    const n = this.cal.dayCount;
    return Array.from({ length: n }, (_, d) => (d === 0 ? 1.6 : d === 1 ? 1.4 : d === n - 1 || d === n - 2 ? 1.3 : 1));
  }

  hourOf(ms: number): number {
    return Math.floor((((ms - this.cal.firstMidnight) % DAY) + DAY) % DAY / (60 * MINUTE));
  }

  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / DAY);
  }

  isWeekend(ms: number): boolean {
    return isWeekend(ms);
  }
}
