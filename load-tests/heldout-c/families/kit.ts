import type { Rng } from '../../heldout/prng';
import type { Scenario } from '../scenario';
import { HOUR, MIN, shDay, shMidnight } from '../time';

/** Helpers the families share: picking a candidate, and times of day on the ballot's days. */

/** Index of the candidate at a popularity rank given as a fraction (0 = favourite, 1 = last). */
export function byRank(s: Scenario, frac: number): number {
  const order = s.ballot.weight.map((w, i) => [w, i]).sort((a, b) => b[0] - a[0]);
  return order[Math.min(order.length - 1, Math.floor(frac * order.length))][1];
}

/** Shanghai day number of the ballot's `k`-th day (0 = opening day). */
export const ballotDay = (s: Scenario, k: number): number => shDay(s.ballot.opensAt) + k;

/** An instant on the ballot's `k`-th day at Shanghai `hour` (fractional). */
export const at = (s: Scenario, k: number, hour: number): number => shMidnight(ballotDay(s, k)) + hour * HOUR;

/** Arrivals after a message: a log-normal delay, median `medianMin` minutes. */
export const after = (rng: Rng, t: number, medianMin: number, sigma = 0.9): number => t + rng.logNormal(medianMin, sigma) * MIN;

/** `n` sorted instants of a Poisson process on [start, end). */
export function poissonTimes(rng: Rng, start: number, end: number, n: number): number[] {
  return Array.from({ length: n }, () => rng.uniform(start, end)).sort((a, b) => a - b);
}

/** A candidate's label for sources: every window of one group counts as one surge/attack. */
export const group = (s: Scenario, family: string, c: number): string => `${family}:${s.ballot.candidates[c].name}`;

/** One source per day of a multi-day shape, so its labels carry a window per day. */
export function daily(s: Scenario, name: string, kind: 'attack' | 'legit', c: number, groupName: string): (d: number) => number {
  const made = new Map<number, number>();
  return (d) => {
    let id = made.get(d);
    if (id === undefined) made.set(d, (id = s.source({ name: `${name}-day${d}`, kind, candidateId: s.ballot.candidates[c].id, group: groupName })));
    return id;
  };
}
