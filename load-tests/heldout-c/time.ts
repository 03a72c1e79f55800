/** Asia/Shanghai clock arithmetic (UTC+8, no DST), kept here so the set needs no other calendar. */
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

/** Days since 1970-01-01 in Shanghai: two instants share a voting day iff these are equal. */
export const shDay = (ms: number): number => Math.floor((ms + OFFSET) / DAY);
/** Hour of day in Shanghai as a real number in [0, 24). */
export const shHour = (ms: number): number => ((ms + OFFSET) % DAY) / HOUR;
/** Instant of Shanghai midnight starting day `day`. */
export const shMidnight = (day: number): number => day * DAY - OFFSET;
/** 0 = Sunday … 6 = Saturday. */
export const shWeekday = (ms: number): number => (shDay(ms) + 4) % 7;
/** A Shanghai wall-clock time `YYYY-MM-DD` + hour as an instant. */
export const shAt = (date: string, hour: number): number => Date.parse(`${date}T00:00:00+08:00`) + hour * HOUR;
