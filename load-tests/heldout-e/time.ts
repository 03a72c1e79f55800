import type { BallotCalendar } from '../heldout/calendar';

/** Set E's own clock arithmetic: everything is Asia/Shanghai wall time (UTC+8, no DST). */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;

/** Hours since the Shanghai midnight of `ms`, fractional (13.5 is 13:30). */
export function localHour(ms: number): number {
  return ((((ms + SHANGHAI) % DAY) + DAY) % DAY) / HOUR;
}

/** 0 = Sunday … 6 = Saturday, in Shanghai. */
export function localWeekday(ms: number): number {
  return new Date(ms + SHANGHAI).getUTCDay();
}

/** The ballot's calendar in the shape the shared ledger builder takes. */
export function ballotCalendar(opensAt: number, durationDays: number): BallotCalendar {
  const closesAt = opensAt + durationDays * DAY;
  const firstMidnight = opensAt - ((((opensAt + SHANGHAI) % DAY) + DAY) % DAY);
  return { opensAt, closesAt, firstMidnight, dayCount: Math.ceil((closesAt - firstMidnight) / DAY) };
}

/** Instant of hh:mm (fractional hours allowed, 25 = 01:00 next day) on ballot day `day` (0 = opening day). */
export function wallClock(cal: BallotCalendar, day: number, hours: number): number {
  return cal.firstMidnight + day * DAY + Math.round(hours * HOUR);
}

/** Ballot day index (0 = opening day) of an instant. */
export function ballotDay(cal: BallotCalendar, ms: number): number {
  return Math.floor((ms - cal.firstMidnight) / DAY);
}

/** Last ballot day index (the closing day, cut short at the closing time). */
export function lastDay(cal: BallotCalendar): number {
  return cal.dayCount - 1;
}

/** Days since 1970-01-01 in Shanghai: leases and data sessions renew on local days. */
export function localDay(ms: number): number {
  return Math.floor((ms + SHANGHAI) / DAY);
}

export function isRestDay(ms: number): boolean {
  const wd = localWeekday(ms);
  return wd === 0 || wd === 6;
}

/** The first ballot day at or after `day` that is a working day (offices act on working days). */
export function workdayFrom(cal: BallotCalendar, day: number): number {
  let d = day;
  while (isRestDay(wallClock(cal, d, 12)) && d < day + 2) d++;
  return d;
}
