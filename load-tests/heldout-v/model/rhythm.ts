/**
 * When people look at WeChat, hour by hour in Asia/Shanghai time: my own curves for couriers
 * (before the morning dispatch, a lunch stop, after the last drop), office customers, market and
 * e-commerce merchants (they work late on overseas orders), the elderly, villagers, students,
 * factory workers, and foreign traders. Europe's Zhejiang families live six or seven hours behind.
 */
import { DAY, HOUR, MINUTE, dayRange, shanghaiMinuteOfDay, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

export type Segment = 'courier' | 'urban' | 'merchant' | 'elder' | 'rural' | 'student' | 'worker' | 'foreign' | 'abroad';

//            0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
const CURVES: Record<Exclude<Segment, 'abroad'>, number[]> = {
  courier: [0.3, 0.1, 0.05, 0.03, 0.05, 0.4, 1.6, 2.2, 1.0, 0.6, 0.6, 0.8, 2.0, 1.8, 0.7, 0.5, 0.5, 0.7, 1.0, 1.4, 2.0, 2.6, 2.4, 1.2],
  urban: [1.0, 0.45, 0.2, 0.08, 0.05, 0.08, 0.35, 1.2, 1.6, 1.1, 1.0, 1.1, 1.9, 1.6, 1.0, 1.0, 1.0, 1.1, 1.4, 1.6, 2.0, 2.4, 2.5, 1.9],
  merchant: [1.6, 0.9, 0.4, 0.1, 0.05, 0.05, 0.2, 0.5, 0.9, 1.3, 1.5, 1.4, 1.6, 1.4, 1.4, 1.4, 1.3, 1.2, 1.1, 1.3, 1.7, 2.0, 2.1, 2.0],
  elder: [0.05, 0.02, 0.02, 0.03, 0.2, 0.9, 2.0, 2.4, 2.2, 1.8, 1.5, 1.2, 0.9, 0.7, 1.1, 1.3, 1.2, 1.1, 1.0, 1.5, 1.6, 1.0, 0.4, 0.15],
  rural: [0.15, 0.05, 0.03, 0.05, 0.3, 1.2, 2.0, 1.8, 1.0, 0.8, 0.8, 1.4, 1.6, 1.0, 0.7, 0.7, 0.8, 1.0, 1.5, 2.2, 2.4, 1.8, 0.9, 0.4],
  student: [1.6, 1.0, 0.4, 0.1, 0.03, 0.03, 0.1, 0.7, 0.8, 0.7, 1.0, 1.1, 2.0, 1.6, 0.8, 0.9, 1.0, 1.3, 1.5, 1.3, 1.5, 2.0, 2.6, 2.4],
  worker: [0.4, 0.15, 0.05, 0.03, 0.03, 0.1, 0.6, 1.0, 0.5, 0.4, 0.5, 1.8, 2.0, 0.8, 0.4, 0.4, 0.5, 1.4, 2.0, 2.2, 2.4, 2.4, 1.8, 0.9],
  foreign: [0.6, 0.4, 0.3, 0.3, 0.2, 0.2, 0.3, 0.6, 1.0, 1.5, 1.8, 1.7, 1.5, 1.6, 1.8, 1.7, 1.5, 1.2, 1.0, 1.0, 1.1, 1.2, 1.1, 0.9],
};

export class Rhythm {
  private readonly abroadShift: number;
  private readonly curves: Record<Segment, number[]>;

  constructor(readonly cal: BallotCalendar) {
    // Central European summer time is six hours behind Shanghai, winter time seven.
    const month = new Date(cal.opensAt).getUTCMonth();
    this.abroadShift = month >= 3 && month <= 9 ? 6 : 7;
    const abroad = CURVES.urban.map((_, h) => CURVES.urban[(h - this.abroadShift + 24) % 24]);
    this.curves = { ...CURVES, abroad };
  }

  get days(): number {
    return this.cal.dayCount;
  }

  weight(segment: Segment, ms: number): number {
    return this.curves[segment][Math.floor(shanghaiMinuteOfDay(ms) / 60)];
  }

  /** Whether someone of `segment` is plausibly awake and on the phone at `ms`. */
  awake(segment: Segment, ms: number): boolean {
    const c = this.curves[segment];
    return c[Math.floor(shanghaiMinuteOfDay(ms) / 60)] >= 0.25 * Math.max(...c);
  }

  /** A moment on ballot day `d` drawn from the segment's curve, or NaN when the day has no room. */
  onDay(rng: Rng, d: number, segment: Segment): number {
    if (d < 0 || d >= this.cal.dayCount) return NaN;
    const [start, end] = dayRange(this.cal, d);
    const midnight = this.cal.firstMidnight + d * DAY;
    const c = this.curves[segment];
    for (let i = 0; i < 8; i++) {
      const h = rng.weightedIndex(c);
      const t = midnight + h * HOUR + Math.floor(rng.next() * HOUR);
      if (t >= start && t < end) return t;
    }
    return NaN;
  }

  /** A moment on day `d` near a habitual minute of day (sd in minutes). */
  nearMinute(rng: Rng, d: number, minuteOfDay: number, sdMin: number): number {
    if (d < 0 || d >= this.cal.dayCount) return NaN;
    const midnight = this.cal.firstMidnight + d * DAY;
    const t = midnight + minuteOfDay * MINUTE + rng.normal(0, sdMin) * MINUTE + Math.floor(rng.next() * MINUTE);
    const [start, end] = dayRange(this.cal, d);
    return t >= start && t < end ? t : NaN;
  }

  /** Ballot day index of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / DAY);
  }

  /** Midnight (UTC instant of Asia/Shanghai 00:00) of ballot day `d`. */
  midnight(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** `hh:mm` Shanghai time on day `d` as an instant. */
  at(d: number, hour: number, minute = 0): number {
    return this.midnight(d) + hour * HOUR + minute * MINUTE;
  }

  /**
   * When someone reacts to something posted at `t`: a log-normal delay; if that lands while they
   * sleep, they see it in the morning and answer at a moment drawn from their curve.
   */
  reaction(rng: Rng, t: number, segment: Segment, medianMin: number, sigma: number): number {
    const at = t + rng.logNormal(medianMin, sigma) * MINUTE;
    if (this.awake(segment, at)) return at;
    let d = this.dayOf(at);
    if (shanghaiMinuteOfDay(at) >= 18 * 60) d++;
    for (let i = 0; i < 6; i++) {
      const m = this.onDay(rng, d, segment);
      if (m > at && shanghaiMinuteOfDay(m) >= 5 * 60 && shanghaiMinuteOfDay(m) < 13 * 60) return m;
    }
    return this.onDay(rng, d, segment);
  }
}
