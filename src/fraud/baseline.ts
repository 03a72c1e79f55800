import type { DetectorOptions } from './options';

/**
 * The expected per-minute count of one candidate: its baseline SHARE of the ballot times what the
 * OTHER candidates received in that very minute. Scaling by the others' live rate makes a
 * province-wide surge (the official account pushes the article) and the daily cycle cancel out:
 * only a candidate pulling away from everyone else is unexpected.
 *
 * The share comes from the candidate's own trailing history (a sliding window that stops a few
 * minutes short of now, so a burst cannot raise its own bar), with each past minute clipped to a
 * small multiple of what was expected then, so the candidate's earlier bursts do not inflate it.
 * With little history an equal-share prior dominates.
 */
export interface BaselineParams {
  windowMinutes: number;
  gapMinutes: number;
  priorShare: number;
  priorWeight: number;
  clipFactor: number;
  floorFraction: number;
  floorRate: number;
}

/**
 * The baseline parameters for a ballot with `candidateCount` voted candidates: the one definition
 * the trigger (detector.ts) and the console's expected level (expected-level.ts) both use.
 */
export function baselineParams(candidateCount: number, o: DetectorOptions): BaselineParams {
  return {
    windowMinutes: o.baselineWindowMinutes,
    gapMinutes: o.baselineGapMinutes,
    // With no history every candidate is presumed to get an equal share of the others' votes.
    priorShare: 1 / Math.max(1, candidateCount - 1),
    priorWeight: o.priorWeight,
    clipFactor: o.clipFactor,
    floorFraction: o.floorFraction,
    floorRate: o.floorRate,
  };
}

/**
 * @param x the candidate's votes per minute
 * @param totals all candidates' selections per minute (x included)
 * @returns expected votes per minute (λ0), floored for quiet periods
 */
export function expectedPerMinute(x: ArrayLike<number>, totals: ArrayLike<number>, p: BaselineParams): Float64Array {
  const M = x.length;
  const lambda = new Float64Array(M);
  const clipped = new Float64Array(M);
  const W = p.windowMinutes;
  const g = p.gapMinutes;
  let sumX = 0;
  let sumO = 0;
  for (let m = 0; m < M; m++) {
    const add = m - g;
    if (add >= 0) {
      sumX += clipped[add];
      sumO += totals[add] - x[add];
    }
    const rem = add - W;
    if (rem >= 0) {
      sumX -= clipped[rem];
      sumO -= totals[rem] - x[rem];
    }
    const share = (Math.max(0, sumX) + p.priorShare * p.priorWeight) / (Math.max(0, sumO) + p.priorWeight);
    const span = Math.max(1, Math.min(W, add + 1));
    // Quiet minutes (night, a lull) would give λ0 ≈ 0 and let a handful of votes look infinite.
    const floor = Math.max(p.floorRate, p.floorFraction * share * (Math.max(0, sumO) / span));
    const lam = Math.max(share * (totals[m] - x[m]), floor);
    lambda[m] = lam;
    clipped[m] = Math.min(x[m], p.clipFactor * lam + 2 * Math.sqrt(lam) + 1);
  }
  return lambda;
}
