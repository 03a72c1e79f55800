import type { BallotCalendar } from '../heldout/calendar';
import type { Rng } from '../heldout/prng';

/**
 * Set F's own clock helpers: the ballot's calendar and the crowd's daily rhythm. Only the
 * Asia/Shanghai date helpers the shared ledger uses come from set A; the rhythm is this set's own.
 */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

/** The shared ledger's calendar shape, built here so the window arithmetic is this set's own. */
export function ballotWindow(opensAt: number, days = 7): BallotCalendar {
  const closesAt = opensAt + days * DAY;
  const firstMidnight = Math.floor((opensAt + SHANGHAI) / DAY) * DAY - SHANGHAI;
  return { opensAt, closesAt, firstMidnight, dayCount: Math.ceil((closesAt - firstMidnight) / DAY) };
}

/** UTC instant of Shanghai midnight starting ballot day d (day 0 is the opening day). */
export function midnight(cal: BallotCalendar, d: number): number {
  return cal.firstMidnight + d * DAY;
}

/** Instant of Shanghai wall-clock hour h (fractional, may exceed 24) on ballot day d. */
export function at(cal: BallotCalendar, d: number, h: number): number {
  return midnight(cal, d) + Math.round(h * HOUR);
}

/** Shanghai wall-clock hour of an instant, fractional. */
export function hourOf(ms: number): number {
  return ((((ms + SHANGHAI) % DAY) + DAY) % DAY) / HOUR;
}

/** Ballot day index of an instant. */
export function dayOf(cal: BallotCalendar, ms: number): number {
  return Math.floor((ms - cal.firstMidnight) / DAY);
}

export function weekend(ms: number): boolean {
  const wd = new Date(ms + SHANGHAI).getUTCDay();
  return wd === 0 || wd === 6;
}

export function inWindow(cal: BallotCalendar, ms: number): boolean {
  return ms >= cal.opensAt && ms < cal.closesAt;
}

/**
 * How much a province's phone users open WeChat articles per Shanghai hour. Workdays have a
 * morning-commute bump, a lunch peak and a long evening peak that fades after 23:00; weekends
 * sleep in and stay up later. Numbers are relative, tuned by eye against typical WeChat curves.
 */
const WORKDAY = [0.62, 0.3, 0.15, 0.09, 0.08, 0.14, 0.42, 1.05, 1.55, 1.6, 1.45, 1.5, 2.05, 1.75, 1.3, 1.3, 1.4, 1.5, 1.75, 1.95, 2.3, 2.45, 2.0, 1.25];
const RESTDAY = [0.9, 0.5, 0.24, 0.12, 0.08, 0.1, 0.22, 0.55, 1.0, 1.45, 1.7, 1.75, 1.95, 1.7, 1.55, 1.6, 1.6, 1.65, 1.8, 2.05, 2.4, 2.5, 2.15, 1.5];

export function hourWeights(dayStartMs: number): readonly number[] {
  return weekend(dayStartMs + 12 * HOUR) ? RESTDAY : WORKDAY;
}

/**
 * An instant on ballot day d drawn from the day's rhythm, optionally limited to hours [fromH, toH).
 * Inside the hour it is uniform, then smeared by a few minutes so hour edges leave no step.
 */
export function rhythmInstant(rng: Rng, cal: BallotCalendar, d: number, fromH = 0, toH = 24): number {
  const base = midnight(cal, d);
  const w = hourWeights(base).map((x, h) => (h >= Math.floor(fromH) && h < Math.ceil(toH) ? x : 0));
  for (let tries = 0; tries < 20; tries++) {
    const h = rng.weightedIndex(w) + rng.next();
    const t = base + Math.round((h + rng.normal(0, 0.12)) * HOUR);
    if (inWindow(cal, t) && hourOf(t) >= fromH && hourOf(t) < toH) return t;
  }
  return NaN;
}

/** Poisson arrivals at `perHour` over [from, to): exponential gaps, the way independent people arrive. */
export function poissonTimes(rng: Rng, from: number, to: number, perHour: number): number[] {
  const out: number[] = [];
  if (perHour <= 0) return out;
  for (let t = from + rng.exponential(HOUR / perHour); t < to; t += rng.exponential(HOUR / perHour)) out.push(Math.round(t));
  return out;
}
