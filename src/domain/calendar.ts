/**
 * The vote calendar. A "day" is a calendar date in Asia/Shanghai. China Standard Time is UTC+8
 * all year (no daylight saving since 1991), so a fixed offset is exact and far cheaper than a
 * time-zone database lookup on every vote.
 */
export const TIMEZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;

/** The instant the Asia/Shanghai day containing epoch-ms `t` starts. */
function dayStartMs(t: number): number {
  return Math.floor((t + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

// The last day asked for: a vote asks for its day several times, and nearly every instant the
// service sees falls on the same day, so formatting a date string each time is wasted work.
let lastDay = { start: 0, end: 0, day: '1970-01-01' };

/** The Asia/Shanghai calendar date (`YYYY-MM-DD`) of an instant. */
export function dayOf(at: Date): string {
  const t = at.getTime();
  if (t >= lastDay.start && t < lastDay.end) return lastDay.day;
  const start = dayStartMs(t);
  const day = new Date(start + OFFSET_MS).toISOString().slice(0, 10);
  lastDay = { start, end: start + DAY_MS, day };
  return day;
}

/** The instant an Asia/Shanghai day starts (its 00:00:00.000 local time). */
export function startOfDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day: ${day}`);
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - OFFSET_MS);
}

/** The next Asia/Shanghai midnight strictly after `at`. */
export function nextMidnight(at: Date): Date {
  return new Date(dayStartMs(at.getTime()) + DAY_MS);
}

/** Hour of day (0..23) in Asia/Shanghai. */
export function localHour(at: Date): number {
  return new Date(at.getTime() + OFFSET_MS).getUTCHours();
}

/** A ballot closes `durationDays` whole days after it opens. */
export function closesAt(opensAt: Date, durationDays: number): Date {
  return new Date(opensAt.getTime() + durationDays * DAY_MS);
}

export type BallotStatus = 'draft' | 'published' | 'finalized';
export type Phase = 'draft' | 'upcoming' | 'open' | 'closed' | 'finalized';

/** The phase follows from the stored status and the clock; it is never stored. */
export function phaseOf(b: { status: BallotStatus; opensAt: Date; closesAt: Date }, now: Date): Phase {
  switch (b.status) {
    case 'draft':
      return 'draft';
    case 'finalized':
      return 'finalized';
    case 'published': {
      const t = now.getTime();
      if (t < b.opensAt.getTime()) return 'upcoming';
      if (t < b.closesAt.getTime()) return 'open';
      return 'closed';
    }
    default: {
      const never: never = b.status;
      throw new Error(`unknown status ${String(never)}`);
    }
  }
}

/**
 * When an account may vote again after voting at `now`: the next Asia/Shanghai midnight,
 * or null when the ballot closes at or before it.
 */
export function nextVoteAt(now: Date, ballotClosesAt: Date): Date | null {
  const next = nextMidnight(now);
  return next.getTime() < ballotClosesAt.getTime() ? next : null;
}
