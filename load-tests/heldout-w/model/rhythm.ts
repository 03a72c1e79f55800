import { DAY, HOUR, MINUTE, dayRange, isWeekend, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/** Relative activity per Asia/Shanghai hour (index 0 = 00:00-01:00). */
export type Curve = readonly number[];

/** KST is one hour ahead: a curve drawn in Korean local hours, moved to Shanghai hours. */
function fromKst(kst: Curve): Curve {
  return kst.map((_, h) => kst[(h + 1) % 24]);
}

/**
 * My own curves for Jilin. The northeast rises early (sunrise is before 04:30 in May in Yanbian)
 * and goes to bed early outside Changchun; evenings after dinner are the peak everywhere.
 */
export const CURVES = {
  /** Changchun and Jilin City: office hours, lunch, a late evening. */
  city: [0.35, 0.15, 0.08, 0.05, 0.05, 0.15, 0.6, 1.3, 1.5, 1.2, 1.1, 1.2, 1.8, 1.4, 1.0, 1.0, 1.1, 1.4, 1.6, 2.0, 2.4, 2.5, 1.9, 1.0],
  /** Smaller cities and county towns: early up, dinner early, bed by ten. */
  town: [0.2, 0.08, 0.04, 0.04, 0.15, 0.6, 1.3, 1.6, 1.3, 1.1, 1.1, 1.3, 1.7, 1.2, 0.9, 0.9, 1.0, 1.3, 1.8, 2.4, 2.5, 1.9, 1.0, 0.45],
  /** Retirees and patients at home: up at five, park in the morning, television after dinner. */
  elderly: [0.08, 0.04, 0.03, 0.06, 0.4, 1.3, 2.0, 2.1, 1.8, 1.5, 1.3, 1.1, 0.9, 0.7, 0.9, 1.2, 1.3, 1.2, 1.3, 1.6, 1.4, 0.8, 0.3, 0.12],
  /** Students and young people: late nights. */
  young: [1.0, 0.5, 0.2, 0.08, 0.05, 0.08, 0.3, 0.8, 1.0, 1.0, 1.0, 1.2, 1.6, 1.3, 1.0, 1.0, 1.1, 1.3, 1.5, 1.8, 2.1, 2.5, 2.6, 1.8],
  /** Chaoxianzu working in South Korea (factories, restaurants, care work), in KST then shifted. */
  korea: fromKst([0.9, 0.4, 0.15, 0.05, 0.05, 0.2, 0.6, 1.0, 0.9, 0.6, 0.6, 0.8, 1.6, 1.2, 0.6, 0.6, 0.7, 0.8, 1.2, 1.8, 2.2, 2.4, 2.2, 1.6]),
  /** Relatives elsewhere in China (Beijing, Shenyang, Dalian, Shandong): office rhythm. */
  away: [0.5, 0.2, 0.1, 0.05, 0.05, 0.1, 0.4, 1.0, 1.3, 1.2, 1.1, 1.2, 1.8, 1.4, 1.0, 1.0, 1.1, 1.3, 1.5, 1.9, 2.3, 2.4, 2.0, 1.2],
} as const satisfies Record<string, Curve>;

/** Nurses' APN rota: A 08-16, P 16-24, N 00-08; D is day staff (doctors, outpatients, office). */
export type Shift = 'A' | 'P' | 'N' | 'D' | 'off';

export const SHIFT_CURVES: Record<Shift, Curve> = {
  A: [0, 0, 0, 0, 0, 0.1, 0.9, 1.6, 1.0, 0.5, 0.9, 0.6, 1.5, 0.8, 0.4, 0.6, 1.4, 1.0, 1.1, 1.5, 1.8, 1.6, 0.8, 0.2],
  P: [0.6, 0.3, 0.05, 0, 0, 0, 0.1, 0.5, 0.9, 1.2, 1.4, 1.3, 1.4, 1.0, 1.1, 1.5, 0.9, 0.6, 1.0, 0.8, 0.6, 0.8, 0.9, 0.7],
  N: [1.3, 0.8, 0.5, 0.6, 0.6, 0.5, 0.6, 1.0, 1.3, 0.6, 0.2, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.2, 1.5, 1.6, 1.4, 1.2, 1.0, 1.2],
  D: [0.1, 0.05, 0, 0, 0, 0.1, 0.6, 1.3, 1.6, 1.1, 1.0, 0.9, 1.6, 1.1, 0.8, 0.8, 0.9, 1.3, 1.2, 1.6, 1.8, 1.6, 0.9, 0.3],
  off: CURVES.town,
};

/** Is a shift at the hospital during this Shanghai hour. */
export function onDuty(shift: Shift, hour: number, restDay: boolean): boolean {
  switch (shift) {
    case 'A':
      return hour >= 8 && hour < 16;
    case 'P':
      return hour >= 16;
    case 'N':
      return hour < 8;
    case 'D':
      return !restDay && hour >= 8 && hour < 17 && hour !== 12;
    case 'off':
      return false;
    default: {
      const never: never = shift;
      return never;
    }
  }
}

/** An eight-day rota: two days, two evenings, a day to sleep before two nights, a day off. */
const ROTA: readonly Shift[] = ['A', 'A', 'P', 'P', 'off', 'N', 'N', 'off'];

export function rotaShift(offset: number, day: number): Shift {
  return ROTA[(day + offset) % ROTA.length];
}

/** The ballot's days and the helpers that turn a day and a time of day into an instant. */
export class Rhythm {
  readonly days: number;

  constructor(readonly cal: BallotCalendar) {
    this.days = cal.dayCount;
  }

  /** Shanghai midnight that starts ballot day d. */
  midnight(d: number): number {
    return this.cal.firstMidnight + d * DAY;
  }

  /** Ballot day d at `minute` minutes after its Shanghai midnight (may fall outside the window). */
  at(d: number, minute: number): number {
    return this.midnight(d) + minute * MINUTE;
  }

  range(d: number): [number, number] {
    return dayRange(this.cal, d);
  }

  dayOf(ms: number): number {
    return Math.floor((ms - this.cal.firstMidnight) / DAY);
  }

  minuteOf(ms: number): number {
    return (ms - this.cal.firstMidnight) / MINUTE - this.dayOf(ms) * 1440;
  }

  /** Saturday or Sunday (the May Day make-up workday of 2025 fell in April, outside any ballot). */
  isRest(d: number): boolean {
    return isWeekend(this.midnight(d) + 12 * HOUR);
  }

  /** An instant in ballot day d drawn from `curve`, inside the ballot's window. */
  sample(rng: Rng, d: number, curve: Curve): number {
    const [start, end] = this.range(d);
    const base = this.midnight(d);
    const weights = curve.map((w, h) => {
      const lo = Math.max(start, base + h * HOUR);
      const hi = Math.min(end, base + (h + 1) * HOUR);
      return hi > lo ? (w * (hi - lo)) / HOUR : 0;
    });
    if (weights.every((w) => w === 0)) return start;
    const h = rng.weightedIndex(weights);
    const lo = Math.max(start, base + h * HOUR);
    const hi = Math.min(end, base + (h + 1) * HOUR);
    return Math.floor(lo + rng.next() * (hi - lo));
  }

  /** A day drawn from per-day weights (opening and closing days are partial). */
  pickDay(rng: Rng, weights?: readonly number[]): number {
    const w = Array.from({ length: this.days }, (_, d) => {
      const [s, e] = this.range(d);
      return (Math.max(0, e - s) / DAY) * (weights?.[d] ?? 1);
    });
    return rng.weightedIndex(w);
  }

  /** Days with any time inside the window. */
  openDays(): number[] {
    return Array.from({ length: this.days }, (_, d) => d).filter((d) => {
      const [s, e] = this.range(d);
      return e > s;
    });
  }
}
