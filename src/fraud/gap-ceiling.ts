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

export function gapCeiling(times: ArrayLike<number>): GapCeiling {
  const ratios = localGapRatios(times);
  const gaps = ratios.length;
  let best: GapCeiling = { gaps, longerThan: LONGS[0], longGaps: 0, expectedLongGaps: 0, logOdds: 0 };
  if (gaps === 0 || times[gaps] - times[0] < MIN_STEPS_PER_GAP * gaps * timeStep(times)) return best;
  for (const x of LONGS) {
    let longGaps = 0;
    for (const r of ratios) if (r > x) longGaps++;
    const logOdds = binomialLowerTailLog(longGaps, gaps, pLong(x)) + Math.log(LONGS.length);
    if (logOdds < best.logOdds) best = { gaps, longerThan: x, longGaps, expectedLongGaps: gaps * pLong(x), logOdds };
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
