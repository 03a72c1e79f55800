/**
 * Asia/Shanghai wall time for the generator (UTC+8, no DST), and the daily rhythm of WeChat use
 * this set assumes: when people in Jiangxi have their phone in hand and would open an article.
 */
import type { Rng } from '../heldout/prng';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

/** Days since 1970-01-01 on the Shanghai calendar. */
export function dayNumber(ms: number): number {
  return Math.floor((ms + OFFSET) / DAY);
}

/** Shanghai hour 0..23. */
export function hourOf(ms: number): number {
  return Math.floor((((ms + OFFSET) % DAY) + DAY) % DAY / HOUR);
}

/** Minutes since Shanghai midnight. */
export function minuteOfDay(ms: number): number {
  return Math.floor((((ms + OFFSET) % DAY) + DAY) % DAY / MINUTE);
}

/** The instant at `minute` minutes after Shanghai midnight of `day`. */
export function at(day: number, minute: number): number {
  return day * DAY - OFFSET + minute * MINUTE;
}

/** ISO weekday, Monday 1 .. Sunday 7 (day 0 was a Thursday). */
export function weekday(day: number): number {
  return ((day + 3) % 7) + 1;
}

export function isWeekend(day: number): boolean {
  return weekday(day) >= 6;
}

// Relative phone-in-hand weight per Shanghai hour. Workdays: a 07–08 commute, a lunch peak, a long
// evening (20–22 h is when people read their subscriptions), a deep trough 02–05 h. Weekends start
// later and keep the evening.
const WORKDAY = [2.2, 1.1, 0.5, 0.3, 0.3, 0.5, 1.4, 3.6, 5.2, 5.6, 5.8, 6.1, 7.6, 6.4, 5.0, 5.1, 5.3, 5.6, 6.3, 7.0, 8.1, 8.6, 7.0, 4.4];
const WEEKEND = [3.0, 1.7, 0.8, 0.4, 0.3, 0.4, 0.8, 1.8, 3.3, 4.8, 5.8, 6.3, 6.9, 6.2, 5.6, 5.7, 5.9, 6.0, 6.5, 7.3, 8.2, 8.5, 7.4, 5.2];
const PEAK = Math.max(...WORKDAY, ...WEEKEND);

export function hourWeights(day: number): readonly number[] {
  return isWeekend(day) ? WEEKEND : WORKDAY;
}

/** Probability that someone who sees a message at `ms` acts on it then (a thinning factor). */
export function awake(ms: number): number {
  return hourWeights(dayNumber(ms))[hourOf(ms)] / PEAK;
}

/** A random instant of `day` drawn from the day's rhythm, optionally only within [fromHour, toHour). */
export function instantInDay(rng: Rng, day: number, fromHour = 0, toHour = 24): number {
  const w = hourWeights(day).map((x, h) => (h >= fromHour && h < toHour ? x : 0));
  const hour = rng.weightedIndex(w);
  return at(day, hour * 60) + rng.next() * HOUR;
}

/**
 * When someone who received a message at `sentAt` acts on it: a log-normal delay, redrawn (and
 * longer) while the moment falls when they would not have their phone in hand.
 */
export function reactionTime(rng: Rng, sentAt: number, medianMin: number, sigma: number): number {
  let median = medianMin;
  for (let tries = 0; tries < 8; tries++) {
    const t = sentAt + rng.logNormal(median, sigma) * MINUTE;
    if (rng.chance(awake(t))) return t;
    median *= 2;
  }
  // Asleep through it all: the next morning's first look at the phone.
  return instantInDay(rng, dayNumber(sentAt) + 1, 7, 10);
}
