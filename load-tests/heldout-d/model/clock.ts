import type { BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';

/**
 * Set D's own sense of time: the ballot's calendar in Asia/Shanghai and the daily rhythm of people
 * reading WeChat. Only the calendar's shape (BallotCalendar, which LedgerBuilder takes) comes from
 * set A; the rhythm below is set D's own guess at how a Jiangxi crowd spends its day.
 */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** China Standard Time is UTC+8 all year. */
const CST = 8 * HOUR;

/** UTC instant of the Asia/Shanghai midnight that starts the day of `ms`. */
export function shanghaiMidnight(ms: number): number {
  return Math.floor((ms + CST) / DAY) * DAY - CST;
}

export function makeCalendar(opensAt: number, days = 7): BallotCalendar {
  const closesAt = opensAt + days * DAY;
  const firstMidnight = shanghaiMidnight(opensAt);
  return { opensAt, closesAt, firstMidnight, dayCount: Math.ceil((closesAt - firstMidnight) / DAY) };
}

/** Hours since Asia/Shanghai midnight, fractional. */
export function clockHour(ms: number): number {
  return ((((ms + CST) % DAY) + DAY) % DAY) / HOUR;
}

/** Saturday and Sunday (make-up workdays are ignored: the model does not know the year's holiday swaps). */
export function isRestDay(ms: number): boolean {
  const weekday = new Date(ms + CST).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Calendar day of the ballot an instant falls on: 0 is the opening day. */
export function ballotDay(cal: BallotCalendar, ms: number): number {
  return Math.floor((ms - cal.firstMidnight) / DAY);
}

/** The instant at Shanghai clock time `hour` (fractional, may exceed 24) on ballot day `day`. */
export function clockTime(cal: BallotCalendar, day: number, hour: number): number {
  return cal.firstMidnight + day * DAY + hour * HOUR;
}

/** Start and end (exclusive) of ballot day `day`, cut to the voting window. */
export function dayWindow(cal: BallotCalendar, day: number): [number, number] {
  const start = cal.firstMidnight + day * DAY;
  return [Math.max(start, cal.opensAt), Math.min(start + DAY, cal.closesAt)];
}

/** [centre hour, spread in hours, height]: one habit of the day. */
type Habit = readonly [number, number, number];

// Workdays: a look at the phone on waking, desk-time reading, the lunch break, the ride home and
// the long evening on the sofa, which is when most forwarded articles get opened.
const WORKDAY: readonly Habit[] = [
  [7.3, 0.7, 0.8],
  [10.1, 1.5, 1.0],
  [12.5, 0.8, 1.6],
  [15.6, 1.7, 0.9],
  [18.2, 0.8, 1.1],
  [21.2, 1.3, 2.5],
  [23.5, 0.8, 0.8],
];
// Rest days: a late start, a longer afternoon, the same evening.
const REST_DAY: readonly Habit[] = [
  [9.4, 1.3, 1.1],
  [12.9, 1.3, 1.4],
  [16.2, 2.1, 1.3],
  [21.0, 1.5, 2.4],
  [23.8, 1.0, 1.0],
];
/** Some people are always awake: night workers, insomniacs, parents of babies. */
const NIGHT_FLOOR = 0.06;

function minuteCurve(habits: readonly Habit[]): Float32Array {
  const curve = new Float32Array(24 * 60);
  for (let m = 0; m < curve.length; m++) {
    const h = m / 60;
    let w = NIGHT_FLOOR;
    for (const [centre, spread, height] of habits) {
      // Distance on the 24-hour circle, so 23:30 habits spill past midnight.
      const d = Math.min(Math.abs(h - centre), 24 - Math.abs(h - centre));
      w += height * Math.exp(-0.5 * (d / spread) ** 2);
    }
    curve[m] = w;
  }
  return curve;
}

const WORKDAY_CURVE = minuteCurve(WORKDAY);
const REST_DAY_CURVE = minuteCurve(REST_DAY);
const PEAK = Math.max(...WORKDAY_CURVE, ...REST_DAY_CURVE);

/** Relative chance that someone who means to vote today does it at this instant. */
export function rhythm(ms: number): number {
  const curve = isRestDay(ms) ? REST_DAY_CURVE : WORKDAY_CURVE;
  return curve[Math.floor(clockHour(ms) * 60) % curve.length];
}

/** Whether someone is looking at their phone at `t`: true with chance rhythm(t) / peak. */
export function awake(rng: Rng, t: number): boolean {
  return rng.next() * PEAK < rhythm(t);
}

/** An instant in [from, to) drawn along the daily rhythm (rejection sampling against its peak). */
export function sampleRhythm(rng: Rng, from: number, to: number): number {
  for (let tries = 0; tries < 400; tries++) {
    const t = rng.uniform(from, to);
    if (rng.next() * PEAK < rhythm(t)) return Math.floor(t);
  }
  // A window that lies wholly in the night trough: any instant in it will do.
  return Math.floor(rng.uniform(from, to));
}
