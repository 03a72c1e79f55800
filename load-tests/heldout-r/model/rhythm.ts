import { DAY, HOUR, MINUTE, dayRange, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Who keeps which day: the hour of the day someone is likely to open WeChat and vote. */
export type Segment = 'village' | 'townOffice' | 'city' | 'migrant' | 'elder' | 'student';

/** Relative activity per Asia/Shanghai hour, 00..23 (my own guesses, not measured). */
const CURVES: Record<Segment, readonly number[]> = {
  // Farmers and town folk: up early, a noon rest, the evening after dinner, asleep by 22:30.
  village: [0.3, 0.1, 0.05, 0.05, 0.1, 0.6, 2.2, 3.5, 3.2, 2.6, 2.4, 2.8, 4.2, 3.6, 2.2, 2.0, 2.2, 2.8, 3.6, 5.6, 6.4, 5.2, 2.8, 1.0],
  // County-town cadres and teachers: the 08:30 arrival, the noon break, the evening on the sofa.
  townOffice: [0.6, 0.2, 0.08, 0.05, 0.05, 0.2, 1.2, 3.0, 4.6, 3.8, 3.2, 3.4, 4.4, 3.0, 2.4, 2.8, 2.6, 3.2, 3.0, 3.8, 4.6, 4.8, 3.4, 1.6],
  // Zhengzhou and the city districts: late evenings, the commute, lunch.
  city: [2.0, 0.9, 0.4, 0.2, 0.1, 0.2, 0.8, 2.4, 3.6, 3.0, 2.8, 3.0, 4.0, 3.2, 2.6, 2.6, 2.8, 3.0, 3.4, 3.6, 4.2, 4.8, 4.6, 3.4],
  // Natives on building sites and in factories in the east and south: lunch, then after 21:00.
  migrant: [2.6, 1.0, 0.3, 0.1, 0.1, 0.3, 1.0, 1.4, 1.0, 0.8, 0.8, 1.2, 3.6, 2.0, 0.8, 0.8, 0.9, 1.0, 1.6, 2.4, 3.4, 4.8, 5.6, 4.6],
  // The elderly: dawn to mid-morning, a little in the afternoon, asleep by nine.
  elder: [0.05, 0.02, 0.02, 0.05, 0.3, 1.8, 4.4, 5.6, 5.2, 4.4, 3.6, 2.6, 1.8, 1.2, 1.8, 2.4, 2.6, 2.2, 2.0, 2.4, 1.6, 0.6, 0.2, 0.1],
  // County high-school students: phones at lunch and in the evening (boarders hand them in).
  student: [0.4, 0.1, 0.02, 0.02, 0.02, 0.1, 0.8, 0.8, 0.4, 0.4, 0.4, 0.8, 4.4, 3.0, 0.5, 0.4, 0.6, 2.4, 3.6, 2.8, 2.6, 3.2, 4.4, 1.6],
};

function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const w of weights) out.push((sum += w));
  return out;
}

const CUMULATIVE = Object.fromEntries(Object.entries(CURVES).map(([k, v]) => [k, cumulative(v)])) as Record<Segment, number[]>;

export class Rhythm {
  constructor(readonly cal: BallotCalendar) {}

  /** Ballot day d's Shanghai midnight (UTC ms). */
  midnight(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** An instant on ballot day d drawn from a segment's curve (weekends flatten the morning). */
  sample(rng: Rng, segment: Segment, d: number): number {
    const cum = CUMULATIVE[segment];
    const start = this.midnight(d);
    let hour = 0;
    const r = rng.next() * cum[23];
    while (cum[hour] < r) hour++;
    if (isWeekend(start + 12 * HOUR) && hour >= 7 && hour <= 9 && rng.chance(0.3)) hour += 2;
    return start + hour * HOUR + rng.next() * HOUR;
  }

  /** Relative activity of a segment at an instant (for thinning a constant-rate process). */
  weight(segment: Segment, at: number): number {
    const h = Math.floor(((at - this.cal.firstMidnight) % DAY) / HOUR);
    return CURVES[segment][h] / 6.4;
  }

  /** Uniform instant between two clock hours (fractional, may pass 24) on ballot day d. */
  between(rng: Rng, d: number, fromHour: number, toHour: number): number {
    return this.midnight(d) + fromHour * HOUR + rng.next() * (toHour - fromHour) * HOUR;
  }

  /** The ballot days (indices) that have any open time, and the open range of one. */
  get days(): number {
    return this.cal.dayCount;
  }

  range(d: number): [number, number] {
    return dayRange(this.cal, d);
  }

  /** Clock time on ballot day d. */
  at(d: number, hour: number, minute = 0): number {
    return this.midnight(d) + hour * HOUR + minute * MINUTE;
  }
}
