/**
 * A floor under the gaps. A program that fires on a fixed period (± jitter) and spreads its votes
 * over a few hosts, strings or accounts leaves each host a random subset of its ticks: the gaps
 * are whole multiples of the period, never shorter than one. People arrive independently, so
 * short gaps are the commonest (a Poisson stream has about 18% of its gaps under a fifth of the
 * mean gap). A long part with almost no short gaps is a timer however its ticks are shared out.
 *
 * Gaps are measured against the mean of their neighbours (± HALF gaps), so a crowd's rising and
 * falling rate does not count; a rate that changes only adds short gaps, which is the safe side.
 */
const HALF = 10;
/** Below this share of the local mean a gap counts as short (Poisson: 1 − e^−0.2 ≈ 18% of gaps). */
const SHORT = 0.2;
const P_SHORT = 1 - Math.exp(-SHORT);

/**
 * ln of the chance that independent arrivals leave gaps this far from short ones: the smaller of
 * two tests, (a) no gap under x local means, for the smallest x seen (≈ e^−n·x for n gaps), and
 * (b) a binomial tail for the count of gaps under SHORT (which a stray pair of close votes does
 * not undo). Zero gaps (one instant, or an export in whole seconds) are short: never a floor.
 */
export function gapFloorLogOdds(times: ArrayLike<number>): number {
  const ratios = localGapRatios(times);
  const n = ratios.length;
  if (n < 2) return 0;
  let minRatio = Infinity;
  let short = 0;
  for (const ratio of ratios) {
    if (ratio < minRatio) minRatio = ratio;
    if (ratio < SHORT) short++;
  }
  return Math.min(-n * minRatio, binomialLowerTailLog(short, n, P_SHORT));
}

/** Each gap of `times` (in time order) over the mean of its ± HALF neighbouring gaps (0 where they are all 0). */
export function localGapRatios(times: ArrayLike<number>): Float64Array {
  const n = Math.max(0, times.length - 1);
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + (times[i + 1] - times[i]);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - HALF);
    const hi = Math.min(n, i + HALF + 1);
    const mean = (prefix[hi] - prefix[lo]) / (hi - lo);
    out[i] = mean > 0 ? (times[i + 1] - times[i]) / mean : 0;
  }
  return out;
}

/** ln P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialLowerTailLog(k: number, n: number, p: number): number {
  if (k >= n * p) return 0;
  const lp = Math.log(p);
  const lq = Math.log(1 - p);
  const terms: number[] = [];
  let lc = 0; // ln C(n, i), built up from i = 0
  for (let i = 0; i <= k; i++) {
    if (i > 0) lc += Math.log((n - i + 1) / i);
    terms.push(lc + i * lp + (n - i) * lq);
  }
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
}
