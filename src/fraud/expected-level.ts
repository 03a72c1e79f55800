import { baselineParams, expectedPerMinute } from './baseline';
import { DEFAULT_OPTIONS, type DetectorOptions } from './options';

/**
 * The detector's expected level (λ0) for one candidate, per minute, for the console's charts: the
 * same baseline the trigger compares each minute with, so the chart shows the bar the detector
 * used rather than a second opinion computed in the browser.
 *
 * @param own the candidate's votes per minute, from the ballot's first voted minute on
 * @param totals all candidates' selections per minute over the same minutes
 * @param candidateCount candidates with at least one vote (the detector's equal-share prior)
 */
export function expectedLevel(own: ArrayLike<number>, totals: ArrayLike<number>, candidateCount: number, options?: Partial<DetectorOptions>): Float64Array {
  return expectedPerMinute(own, totals, baselineParams(candidateCount, { ...DEFAULT_OPTIONS, ...options }));
}
