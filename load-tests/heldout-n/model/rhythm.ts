import { dayRange, HOUR, isWeekend, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When people of each kind pick up their phones, hour by hour (Asia/Shanghai), from how they live:
 * my own curves, not measured data.
 * - town: county towns and villages: up at six, the midday meal, the evening after dinner, early bed.
 * - city: Nanning and Liuzhou office workers: commute, lunch, a long evening until after midnight.
 * - factory: Guangxi natives on Guangdong assembly lines: canteen at 12:00, dinner at 17:30,
 *   after overtime from 21:00 in the dormitory; the day barely differs at weekends.
 * - student: lunch, after the last class, dormitory evening until lights-out.
 * - elder: early morning and mid-morning, the afternoon nap, early evening.
 * - abroad: Malaysia and Singapore share the clock; the rest are in the Guangxi small hours.
 */
export type Profile = 'town' | 'city' | 'factory' | 'student' | 'elder' | 'abroad';

const CURVES: Record<Profile, readonly number[]> = {
  //      0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
  town: [0.5, 0.2, 0.1, 0.1, 0.1, 0.4, 2.2, 4.5, 5.0, 4.2, 3.6, 3.8, 5.5, 4.8, 2.8, 2.6, 3.0, 3.6, 4.6, 6.4, 7.4, 6.8, 4.2, 1.8],
  city: [2.2, 0.9, 0.4, 0.2, 0.2, 0.3, 0.9, 2.8, 4.4, 3.8, 3.2, 3.4, 5.6, 4.6, 3.0, 3.0, 3.2, 3.4, 4.6, 4.8, 5.8, 6.8, 7.2, 5.0],
  factory: [1.4, 0.6, 0.2, 0.1, 0.1, 0.2, 0.8, 2.4, 1.0, 0.8, 0.9, 2.6, 6.8, 4.2, 0.9, 0.8, 1.0, 5.2, 5.8, 2.4, 2.6, 6.4, 7.6, 4.8],
  student: [1.6, 0.4, 0.1, 0.0, 0.0, 0.1, 0.5, 2.2, 1.6, 1.8, 2.4, 1.6, 6.2, 4.4, 1.6, 1.8, 2.4, 4.8, 5.0, 3.4, 3.6, 5.6, 7.0, 4.2],
  elder: [0.2, 0.1, 0.1, 0.1, 0.3, 1.4, 4.6, 6.6, 6.8, 6.0, 5.2, 3.8, 2.6, 1.2, 1.6, 3.2, 3.8, 3.6, 4.4, 5.2, 4.6, 2.4, 0.8, 0.3],
  abroad: [3.0, 2.4, 1.6, 1.2, 1.6, 2.6, 3.4, 3.8, 3.8, 3.2, 3.0, 3.2, 3.8, 3.2, 2.6, 2.4, 2.4, 2.6, 3.0, 3.4, 3.8, 4.2, 4.4, 3.8],
};

/** Weekend days: towns and cities sleep in and spread out; factories work on. */
const WEEKEND_SHIFT: Record<Profile, number> = { town: 1, city: 2, factory: 0, student: 2, elder: 0, abroad: 0 };

function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let t = 0;
  for (const w of weights) out.push((t += w));
  return out;
}

export class Rhythm {
  private readonly cum = new Map<string, number[]>();

  constructor(readonly cal: BallotCalendar) {}

  private curve(profile: Profile, weekend: boolean): number[] {
    const key = `${profile}:${weekend}`;
    let c = this.cum.get(key);
    if (!c) {
      const base = CURVES[profile];
      const shift = weekend ? WEEKEND_SHIFT[profile] : 0;
      // A weekend moves the morning later by `shift` hours and flattens the day a little.
      const w = base.map((_, h) => (h < 11 ? base[(h - shift + 24) % 24] : base[h]) * (weekend ? 0.85 : 1) + (weekend ? 0.6 : 0));
      this.cum.set(key, (c = cumulative(w)));
    }
    return c;
  }

  /** Days of the ballot, 0-based: the opening day is 0, the closing day `dayCount - 1`. */
  get days(): number {
    return this.cal.dayCount;
  }

  /** Asia/Shanghai midnight starting ballot day d. */
  midnight(d: number): number {
    return this.cal.firstMidnight + d * 24 * HOUR;
  }

  /** A time on ballot day d drawn from the profile's curve (may fall outside the window at the edge days; the ledger drops it). */
  at(rng: Rng, profile: Profile, d: number): number {
    const start = this.midnight(d);
    const c = this.curve(profile, isWeekend(start + 12 * HOUR));
    const r = rng.next() * c[23];
    let h = 0;
    while (c[h] < r) h++;
    return start + h * HOUR + Math.floor(rng.next() * HOUR);
  }

  /** A time on day d inside the window, drawn from the curve (retries a few times, then clamps). */
  within(rng: Rng, profile: Profile, d: number): number {
    const [lo, hi] = dayRange(this.cal, d);
    for (let i = 0; i < 6; i++) {
      const t = this.at(rng, profile, d);
      if (t >= lo && t < hi) return t;
    }
    return lo + Math.floor(rng.next() * Math.max(1, hi - lo));
  }

  /** The instant h:mm on ballot day d. */
  clock(d: number, hour: number, minute = 0): number {
    return this.midnight(d) + hour * HOUR + minute * MINUTE;
  }

  /** Ballot day (0-based) of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / (24 * HOUR));
  }
}
