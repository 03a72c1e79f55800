import { DAY, HOUR, MINUTE, isWeekend, shanghaiMinuteOfDay, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * When people in Gansu pick up their phones, by way of life. Each curve is the relative chance of
 * being on the phone in each Beijing-time hour for someone living on Lanzhou's day; a county's
 * people run a few minutes earlier or later (`localShiftMin`), the east coast about half an hour
 * earlier, Xinjiang more than an hour later. Gansu's day runs late: offices open at 8:30, the long
 * lunch break lasts until 14:30 (14:00 in winter), dinner is at 19:30 and the evening peak is
 * 21:00–22:30. Values are between hour midpoints linearly interpolated, so no hour edge shows.
 */
export type Life = 'adult' | 'office' | 'elder' | 'student' | 'herder' | 'shop' | 'shift';

const CURVES: Record<Life, { weekday: number[]; weekend: number[] }> = {
  adult: {
    weekday: [0.34, 0.16, 0.07, 0.04, 0.03, 0.04, 0.09, 0.28, 0.52, 0.64, 0.68, 0.7, 0.82, 0.8, 0.58, 0.56, 0.6, 0.64, 0.68, 0.74, 0.9, 1.0, 0.95, 0.66],
    weekend: [0.42, 0.22, 0.1, 0.05, 0.03, 0.03, 0.05, 0.14, 0.32, 0.52, 0.66, 0.72, 0.8, 0.76, 0.68, 0.66, 0.66, 0.68, 0.7, 0.76, 0.9, 1.0, 0.94, 0.7],
  },
  office: {
    weekday: [0.24, 0.1, 0.04, 0.02, 0.02, 0.03, 0.1, 0.34, 0.7, 0.8, 0.56, 0.52, 0.86, 0.76, 0.62, 0.74, 0.56, 0.58, 0.62, 0.7, 0.86, 1.0, 0.86, 0.5],
    weekend: [0.36, 0.18, 0.08, 0.04, 0.02, 0.03, 0.05, 0.14, 0.32, 0.52, 0.66, 0.72, 0.8, 0.76, 0.68, 0.66, 0.66, 0.68, 0.7, 0.76, 0.9, 1.0, 0.9, 0.62],
  },
  elder: {
    weekday: [0.08, 0.04, 0.02, 0.02, 0.03, 0.12, 0.42, 0.76, 0.92, 0.96, 0.9, 0.84, 0.7, 0.5, 0.54, 0.72, 0.82, 0.8, 0.74, 0.84, 0.86, 0.62, 0.3, 0.14],
    weekend: [0.08, 0.04, 0.02, 0.02, 0.03, 0.12, 0.42, 0.76, 0.92, 0.96, 0.9, 0.84, 0.7, 0.5, 0.54, 0.72, 0.82, 0.8, 0.74, 0.84, 0.86, 0.62, 0.3, 0.14],
  },
  student: {
    weekday: [0.62, 0.36, 0.14, 0.05, 0.02, 0.02, 0.04, 0.32, 0.28, 0.22, 0.26, 0.44, 0.92, 0.74, 0.3, 0.26, 0.3, 0.5, 0.84, 0.74, 0.72, 0.86, 1.0, 0.9],
    weekend: [0.72, 0.48, 0.24, 0.1, 0.04, 0.02, 0.03, 0.08, 0.18, 0.36, 0.56, 0.7, 0.86, 0.8, 0.7, 0.66, 0.66, 0.7, 0.8, 0.8, 0.84, 0.92, 1.0, 0.92],
  },
  herder: {
    weekday: [0.06, 0.03, 0.02, 0.02, 0.03, 0.1, 0.34, 0.56, 0.6, 0.56, 0.5, 0.5, 0.56, 0.52, 0.46, 0.46, 0.5, 0.6, 0.7, 0.82, 0.88, 0.72, 0.4, 0.16],
    weekend: [0.06, 0.03, 0.02, 0.02, 0.03, 0.1, 0.34, 0.56, 0.6, 0.56, 0.5, 0.5, 0.56, 0.52, 0.46, 0.46, 0.5, 0.6, 0.7, 0.82, 0.88, 0.72, 0.4, 0.16],
  },
  // A noodle shop: dough at six, customers 7–14 and 17–21, a rest in the afternoon, free after closing.
  shop: {
    weekday: [0.58, 0.3, 0.08, 0.03, 0.02, 0.06, 0.2, 0.2, 0.16, 0.2, 0.24, 0.18, 0.1, 0.16, 0.62, 0.7, 0.5, 0.18, 0.12, 0.1, 0.2, 0.66, 1.0, 0.92],
    weekend: [0.58, 0.3, 0.08, 0.03, 0.02, 0.06, 0.2, 0.2, 0.16, 0.2, 0.24, 0.18, 0.1, 0.16, 0.62, 0.7, 0.5, 0.18, 0.12, 0.1, 0.2, 0.66, 1.0, 0.92],
  },
  // Three-shift industry (mines, smelters, steel): the night shift's phones wake at the 0:00 change,
  // the meal break around 2:30 and before the 8:00 change; days are for sleep.
  shift: {
    weekday: [0.9, 0.7, 0.8, 1.0, 0.6, 0.5, 0.62, 0.84, 0.5, 0.16, 0.06, 0.04, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.56, 0.6, 0.6, 0.62, 0.7, 0.86],
    weekend: [0.9, 0.7, 0.8, 1.0, 0.6, 0.5, 0.62, 0.84, 0.5, 0.16, 0.06, 0.04, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.56, 0.6, 0.6, 0.62, 0.7, 0.86],
  },
};

/** Per-minute weights of a curve, max 1, linear between hour midpoints. */
function perMinute(hours: readonly number[]): Float64Array {
  const out = new Float64Array(1440);
  let max = 0;
  for (let mm = 0; mm < 1440; mm++) {
    const x = mm / 60 - 0.5;
    const h0 = Math.floor(x);
    const f = x - h0;
    const a = hours[(h0 + 24) % 24];
    const b = hours[(h0 + 1) % 24];
    out[mm] = a + (b - a) * f;
    if (out[mm] > max) max = out[mm];
  }
  for (let mm = 0; mm < 1440; mm++) out[mm] /= max;
  return out;
}

function cumulative(w: Float64Array): Float64Array {
  const c = new Float64Array(w.length);
  let s = 0;
  for (let i = 0; i < w.length; i++) c[i] = s += w[i];
  return c;
}

export class Rhythm {
  private readonly weights = new Map<string, Float64Array>();
  private readonly cdfs = new Map<string, Float64Array>();

  constructor(readonly cal: BallotCalendar) {
    for (const [life, c] of Object.entries(CURVES)) {
      for (const part of ['weekday', 'weekend'] as const) {
        const w = perMinute(c[part]);
        this.weights.set(`${life}:${part}`, w);
        this.cdfs.set(`${life}:${part}`, cumulative(w));
      }
    }
  }

  /** Ballot days the window touches (day 0 opens at the opening instant). */
  get days(): number {
    return this.cal.dayCount;
  }

  /** Instant of Beijing time hh:mm (minutes may overflow) on ballot day d. */
  at(d: number, minuteOfDay: number): number {
    return this.cal.firstMidnight + d * DAY + minuteOfDay * MINUTE;
  }

  dayOf(t: number): number {
    return Math.floor((t - this.cal.firstMidnight) / DAY);
  }

  inWindow(t: number): boolean {
    return t >= this.cal.opensAt && t < this.cal.closesAt;
  }

  /** How likely someone of this life is on the phone at t (0..1), given their shift in minutes. */
  weight(life: Life, t: number, shiftMin: number): number {
    const local = t - shiftMin * MINUTE;
    const w = this.weights.get(`${life}:${isWeekend(local) ? 'weekend' : 'weekday'}`) as Float64Array;
    return w[shanghaiMinuteOfDay(local)];
  }

  /** A minute of the day (Beijing clock, before the person's shift) drawn from the curve. */
  sampleMinute(rng: Rng, life: Life, weekend: boolean): number {
    const cdf = this.cdfs.get(`${life}:${weekend ? 'weekend' : 'weekday'}`) as Float64Array;
    const r = rng.next() * cdf[cdf.length - 1];
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo + rng.next();
  }

  /** An instant on ballot day d drawn from the curve, for someone living shiftMin later than Lanzhou. */
  sampleOnDay(rng: Rng, life: Life, d: number, shiftMin: number): number {
    const noon = this.at(d, 720);
    return this.at(d, this.sampleMinute(rng, life, isWeekend(noon)) + shiftMin);
  }

  /**
   * When someone who got a message at t actually looks at it: now if they are up (more likely the
   * busier their hour), else when they next pick up the phone, drawn from their curve.
   */
  whenSeen(rng: Rng, life: Life, t: number, shiftMin: number): number {
    const w = this.weight(life, t, shiftMin);
    if (rng.next() < Math.pow(w, 0.6)) return t;
    // Asleep or busy: scan forward in quarter hours for a moment they pick up the phone.
    let u = t;
    for (let i = 0; i < 96; i++) {
      u += 15 * MINUTE;
      if (rng.next() < Math.pow(this.weight(life, u, shiftMin), 1.5) * 0.35) return u + rng.next() * 15 * MINUTE;
    }
    return u;
  }

  /** A poisson process over [from, to) whose rate follows a curve: n expected events. */
  curveTimes(rng: Rng, life: Life, from: number, to: number, n: number, shiftMin: number): number[] {
    const out: number[] = [];
    const step = 5 * MINUTE;
    let total = 0;
    for (let t = from; t < to; t += step) total += this.weight(life, t, shiftMin);
    if (total <= 0) return out;
    for (let t = from; t < to; t += step) {
      const k = rng.poisson((n * this.weight(life, t, shiftMin)) / total);
      for (let i = 0; i < k; i++) out.push(Math.min(to - 1, t + rng.next() * step));
    }
    return out.sort((a, b) => a - b);
  }
}

export { DAY, HOUR, MINUTE };
