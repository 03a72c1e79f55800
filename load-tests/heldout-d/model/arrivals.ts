import type { Rng } from '../../heldout/prng';
import { awake, MINUTE } from './clock';

/**
 * Shapes of arrival in time. Honest people arrive because something reached them (a push, a group
 * message, a forward) and they open it when they next look at their phone; scripts arrive on a
 * timer. Both are built here so families describe who arrives, not how to draw instants.
 */

/** When someone who got a message at `t0` opens it: a log-normal delay, deferred while they sleep. */
export function opensMessage(rng: Rng, t0: number, medianMin: number, sigma: number): number {
  let t = t0;
  for (let tries = 0; tries < 40; tries++) {
    t = t0 + rng.logNormal(medianMin, sigma) * MINUTE;
    if (awake(rng, t)) return Math.floor(t);
  }
  return Math.floor(t);
}

/** Arrival instants of a Poisson process whose rate per hour is `rate(t)`, bounded by `peakRate` (thinning). */
export function poissonArrivals(rng: Rng, from: number, to: number, rate: (t: number) => number, peakRate: number): number[] {
  const out: number[] = [];
  const meanGap = (60 * MINUTE) / peakRate;
  for (let t = from + rng.exponential(meanGap); t < to; t += rng.exponential(meanGap)) {
    if (rng.next() * peakRate < rate(t)) out.push(Math.floor(t));
  }
  return out;
}

/** `count` instants from `start`, `gapMs` apart, each moved by up to ±`jitterMs` (a timer loop). */
export function timerTicks(rng: Rng, start: number, count: number, gapMs: number, jitterMs: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(start + i * gapMs + rng.uniform(-jitterMs, jitterMs)));
}
