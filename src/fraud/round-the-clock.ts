import { isoDay, type LedgerIndex } from './ledger-index';

/**
 * People sleep. Whatever brings a candidate honest extra votes (a mobilization, a forward, a rally,
 * a night shift, a diaspora abroad) follows someone's day: its extra votes in the small hours
 * (02:00–05:00 Shanghai) fall far below its daytime rate, or come only at night with none by day.
 * A program that drips votes at a set pace keeps the same rate round the clock.
 *
 * For each night: the candidate's excess over its usual share of the other candidates' votes, per
 * hour, in the small hours and in the daytime (10:00–22:00) before or after. Both must be large,
 * significant and steady (every hour above the usual share, not one crowded hour), and the small hours'
 * rate within ROUND_THE_CLOCK_RATIO of the day's, either way.
 */
export interface ClockNight {
  /** Shanghai date of the night (the small hours' date). */
  night: string;
  /** Excess votes per hour in the small hours and in the busier of the adjacent daytimes. */
  smallHoursExcessPerHour: number;
  daytimeExcessPerHour: number;
  /** Excess over the root of the expected votes, in the small hours and the daytime. */
  smallHoursZ: number;
  daytimeZ: number;
}

export interface ClockFinding {
  nights: ClockNight[];
  /** The candidate's usual share of all selections (median of its daily shares). */
  usualShare: number;
  /** Epoch ms, whole hours: from the first night's stretches to the last's. */
  start: number;
  end: number;
  /** The candidate's votes in [start, end), and what its usual share predicts. */
  observed: number;
  expected: number;
}

/** The small hours' excess rate must be within this factor of the daytime's (a rally pushing through the night still halves). */
export const ROUND_THE_CLOCK_RATIO = 0.7;
/** Both excesses must stand this many standard deviations above what the candidate's share predicts. */
export const ROUND_THE_CLOCK_MIN_Z = 10;

/** In each stretch, the median hour's excess must be at least this share of the mean hour's. */
const STEADY = 0.5;

const HOUR_MS = 3_600_000;
const SHANGHAI_OFFSET_H = 8;
const SMALL_HOURS: readonly [number, number] = [2, 5];
const DAYTIME: readonly [number, number] = [10, 22];

export function roundTheClock(index: LedgerIndex, c: number, minExcessVotes: number): ClockFinding | null {
  const { cand, others, firstHour } = hourly(index, c);
  const H = cand.length;
  if (H === 0) return null;
  const share = usualShare(cand, others, firstHour);
  if (share <= 0 || share >= 1) return null;
  const expectedAt = (h: number) => (share / (1 - share)) * others[h];
  // Hours [a, b) local, relative to firstHour; null when any of them lies outside the ledger.
  const window = (a: number, b: number) => {
    if (a < 0 || b > H) return null;
    let observed = 0;
    let expected = 0;
    const hours: number[] = [];
    for (let h = a; h < b; h++) {
      observed += cand[h];
      expected += expectedAt(h);
      hours.push(cand[h] - expectedAt(h));
    }
    const excess = observed - expected;
    const perHour = excess / (b - a);
    // A pace kept up hour after hour, not one crowded hour: the median hour carries half the mean.
    hours.sort((x, y) => x - y);
    const steady = hours[hours.length >> 1] >= STEADY * perHour && hours[0] >= 0;
    return { a, b, observed, expected, perHour, steady, z: excess / Math.sqrt(expected + 1) };
  };
  const nights: ClockNight[] = [];
  let first = H;
  let last = 0;
  const firstDay = Math.floor(firstHour / 24);
  const lastDay = Math.floor((firstHour + H - 1) / 24);
  for (let d = firstDay; d <= lastDay; d++) {
    const base = d * 24 - firstHour;
    const small = window(base + SMALL_HOURS[0], base + SMALL_HOURS[1]);
    if (!small || !small.steady || small.perHour <= 0 || small.z < ROUND_THE_CLOCK_MIN_Z || small.observed - small.expected < minExcessVotes) continue;
    const days = [window(base - 24 + DAYTIME[0], base - 24 + DAYTIME[1]), window(base + DAYTIME[0], base + DAYTIME[1])];
    const day = days.filter((w) => w !== null).sort((x, y) => y.perHour - x.perHour)[0];
    if (!day || !day.steady || day.perHour <= 0 || day.z < ROUND_THE_CLOCK_MIN_Z) continue;
    const ratio = small.perHour / day.perHour;
    if (ratio < ROUND_THE_CLOCK_RATIO || ratio > 1 / ROUND_THE_CLOCK_RATIO) continue;
    first = Math.min(first, small.a, day.a);
    last = Math.max(last, small.b, day.b);
    nights.push({
      night: isoDay(d),
      smallHoursExcessPerHour: round1(small.perHour),
      daytimeExcessPerHour: round1(day.perHour),
      smallHoursZ: round1(small.z),
      daytimeZ: round1(day.z),
    });
  }
  if (nights.length === 0) return null;
  const span = window(first, last);
  if (!span) return null;
  const toMs = (h: number) => (firstHour + h - SHANGHAI_OFFSET_H) * HOUR_MS;
  return { nights, usualShare: share, start: toMs(first), end: toMs(last), observed: span.observed, expected: span.expected };
}

/** The candidate's and the other candidates' votes per Shanghai hour; hour numbers count from 1970-01-01 local. */
function hourly(index: LedgerIndex, c: number): { cand: Float64Array; others: Float64Array; firstHour: number } {
  const M = index.minutes;
  if (M === 0) return { cand: new Float64Array(0), others: new Float64Array(0), firstHour: 0 };
  const hourOf = (m: number) => Math.floor((index.t0 + m * 60_000) / HOUR_MS) + SHANGHAI_OFFSET_H;
  const firstHour = hourOf(0);
  const H = hourOf(M - 1) - firstHour + 1;
  const cand = new Float64Array(H);
  const others = new Float64Array(H);
  const x = index.counts.subarray(c * M, (c + 1) * M);
  for (let m = 0; m < M; m++) {
    const h = hourOf(m) - firstHour;
    cand[h] += x[m];
    others[h] += index.totals[m] - x[m];
  }
  return { cand, others, firstHour };
}

/** The candidate's median daily share of all selections: a drip over a day or two does not move it. */
function usualShare(cand: Float64Array, others: Float64Array, firstHour: number): number {
  const days = new Map<number, [number, number]>();
  for (let h = 0; h < cand.length; h++) {
    const d = Math.floor((firstHour + h) / 24);
    const t = days.get(d) ?? [0, 0];
    t[0] += cand[h];
    t[1] += cand[h] + others[h];
    days.set(d, t);
  }
  const shares = [...days.values()].filter(([, n]) => n > 0).map(([k, n]) => k / n).sort((a, b) => a - b);
  return shares.length > 0 ? shares[shares.length >> 1] : 0;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
