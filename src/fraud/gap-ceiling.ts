import { binomialLowerTailLog, localGapRatios } from './gap-floor';

/**
 * A ceiling over the gaps. A script paced to look human (a vote every 30 to 90 seconds, or a
 * day's quota spread evenly over its hours) never leaves a long gap: its longest is at most about
 * twice its mean. Laid under a candidate's own crowd, whose arrivals are independent, it still
 * caps every gap of the merged stream, while a Poisson stream leaves about e^−x of its gaps
 * longer than x local means, whatever the crowd's rate does through the day. Unique addresses and
 * strings hide such a script from every per-source test; this one needs none.
 *
 * The more crowd is mixed in, the higher the cap sits in local means, so the count is taken at
 * three lengths and the smallest odds kept, paying for the three looks.
 */
const LONGS = [2, 3, 4];
/** Poisson's share of gaps over x local means, e^−x, taken a little low (the local mean holds the
 * gap itself, which pulls long ratios down), so the test errs towards no flag. */
const pLong = (x: number) => 0.85 * Math.exp(-x);
/** Timestamps in whole seconds or minutes bend gap lengths that are only a few steps long (a
 * busy stream, a rounded export), which can thin the long ones: such a stream is not tested. */
const MIN_STEPS_PER_GAP = 10;

export interface GapCeiling {
  gaps: number;
  /** The length, in local means, the count was taken at. */
  longerThan: number;
  longGaps: number;
  expectedLongGaps: number;
  /** ln of the chance that independent arrivals leave this few long gaps. */
  logOdds: number;
}

/** A day's gaps and how many are longer than each of LONGS local means; null when not testable. */
export interface CeilingCounts {
  gaps: number;
  longGaps: number[];
}

export function ceilingCounts(times: ArrayLike<number>): CeilingCounts | null {
  const ratios = localGapRatios(times);
  const gaps = ratios.length;
  if (gaps === 0 || times[gaps] - times[0] < MIN_STEPS_PER_GAP * gaps * timeStep(times)) return null;
  const longGaps = LONGS.map((x) => {
    let n = 0;
    for (const r of ratios) if (r > x) n++;
    return n;
  });
  return { gaps, longGaps };
}

/**
 * The smallest odds over LONGS for these counts, after paying for the three looks and `looks`
 * more, counting only lengths with at most `maxShare` of the long gaps expected.
 */
function oddsOf(c: CeilingCounts, looks = 1, maxShare = 1): GapCeiling {
  let best: GapCeiling = { gaps: c.gaps, longerThan: LONGS[0], longGaps: 0, expectedLongGaps: 0, logOdds: 0 };
  LONGS.forEach((x, i) => {
    if (c.longGaps[i] > maxShare * c.gaps * pLong(x)) return;
    const logOdds = binomialLowerTailLog(c.longGaps[i], c.gaps, pLong(x)) + Math.log(LONGS.length * looks);
    if (logOdds < best.logOdds) best = { gaps: c.gaps, longerThan: x, longGaps: c.longGaps[i], expectedLongGaps: c.gaps * pLong(x), logOdds };
  });
  return best;
}

export function gapCeiling(times: ArrayLike<number>): GapCeiling {
  return ceilingOf(ceilingCounts(times));
}

/** gapCeiling from a day's counts (no test, odds 1, when the day was not testable). */
export function ceilingOf(counts: CeilingCounts | null): GapCeiling {
  return counts ? oddsOf(counts) : { gaps: 0, longerThan: LONGS[0], longGaps: 0, expectedLongGaps: 0, logOdds: 0 };
}

/**
 * Over a run of days the ceiling must also be deep: people who take turns (a relay in group chats,
 * helpers going through elders one after another) leave a candidate fewer long gaps than Poisson,
 * day after day, and a week of them adds up to long odds (a close race fought with relays: 60% of
 * the expected long gaps over eight days, e^-27). A script that carries a candidate's days leaves
 * a fifth to a third of them.
 */
const RUN_MAX_SHARE = 0.4;

/**
 * The same ceiling over a run of days: a script paced under a candidate's own crowd may cap
 * each day's gaps too little to be sure of that day, and do it four days running. The run of two
 * or more consecutive tested days with the smallest odds is kept, paying for every run looked at.
 */
export function ceilingOverDays(days: readonly CeilingCounts[]): { first: number; last: number; ceiling: GapCeiling } | null {
  const runs = (days.length * (days.length - 1)) / 2;
  let best: { first: number; last: number; ceiling: GapCeiling } | null = null;
  for (let i = 0; i < days.length; i++) {
    const sum: CeilingCounts = { gaps: days[i].gaps, longGaps: [...days[i].longGaps] };
    for (let j = i + 1; j < days.length; j++) {
      sum.gaps += days[j].gaps;
      days[j].longGaps.forEach((n, k) => (sum.longGaps[k] += n));
      const ceiling = oddsOf(sum, runs, RUN_MAX_SHARE);
      if (ceiling.logOdds < (best?.ceiling.logOdds ?? 0)) best = { first: i, last: j, ceiling };
    }
  }
  return best;
}

/** The coarsest of a minute, a second and a millisecond that every timestamp is a whole number of. */
function timeStep(times: ArrayLike<number>): number {
  for (const step of [60_000, 1_000]) {
    let whole = true;
    for (let i = 0; i < times.length && whole; i++) whole = times[i] % step === 0;
    if (whole) return step;
  }
  return 1;
}
