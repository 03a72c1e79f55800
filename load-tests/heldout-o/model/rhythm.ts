import { dayRange, DAY, HOUR, MINUTE, shanghaiMinuteOfDay, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Whose day: county-town residents, migrant factory workers away in Guangdong/Zhejiang, city office workers. */
export type Profile = 'town' | 'migrant' | 'office';

/** My own hourly activity curves (Asia/Shanghai hour 0..23). */
const CURVES: Record<Profile, number[]> = {
  town: [0.6, 0.3, 0.15, 0.1, 0.15, 0.5, 1.6, 3.2, 3.8, 3.6, 3.4, 3.6, 4.4, 3.6, 2.8, 2.8, 3.0, 3.4, 4.2, 5.6, 6.2, 5.6, 3.8, 1.8],
  migrant: [1.4, 0.6, 0.25, 0.15, 0.15, 0.3, 1.0, 2.0, 1.2, 0.8, 0.8, 1.4, 4.6, 3.2, 0.9, 0.8, 0.9, 1.2, 3.8, 2.6, 2.2, 4.8, 6.0, 4.2],
  office: [2.0, 1.0, 0.4, 0.2, 0.2, 0.3, 0.8, 2.6, 3.6, 3.4, 3.0, 3.0, 4.0, 3.4, 2.6, 2.6, 2.8, 3.2, 3.6, 3.8, 4.2, 5.0, 4.8, 3.4],
};

export class Rhythm {
  private readonly cum: Record<Profile, number[]>;
  constructor(readonly cal: BallotCalendar) {
    this.cum = { town: cumulate(CURVES.town), migrant: cumulate(CURVES.migrant), office: cumulate(CURVES.office) };
  }

  weight(profile: Profile, hour: number): number {
    return CURVES[profile][hour];
  }

  /** An instant on ballot day d following the profile's curve, inside the ballot window (NaN if none). */
  timeOnDay(rng: Rng, profile: Profile, d: number): number {
    const [lo, hi] = dayRange(this.cal, d);
    if (hi <= lo) return NaN;
    for (let tries = 0; tries < 20; tries++) {
      const c = this.cum[profile];
      const r = rng.next() * c[24];
      let h = 0;
      while (c[h + 1] < r) h++;
      const at = this.cal.firstMidnight + d * DAY + h * HOUR + rng.next() * HOUR;
      if (at >= lo && at < hi) return at;
    }
    return lo + rng.next() * (hi - lo);
  }

  /** Shanghai instant of day d at minute m after midnight. */
  at(d: number, minuteOfDay: number): number {
    return this.cal.firstMidnight + d * DAY + minuteOfDay * MINUTE;
  }

  hourOf(ms: number): number {
    return Math.floor(shanghaiMinuteOfDay(ms) / 60);
  }
}

function cumulate(w: number[]): number[] {
  const c = [0];
  for (const x of w) c.push(c[c.length - 1] + x);
  return c;
}
