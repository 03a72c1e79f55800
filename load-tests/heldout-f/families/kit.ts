import type { Rng } from '../../heldout/prng';
import type { Ballot } from '../ballot';
import { MINUTE, at, inWindow } from '../time';

/**
 * Helpers the families share: labelled sources (one per day, so a multi-day attack or surge gets
 * one window per day), raw votes for scripts, and arrival curves.
 */

/** Source index per ballot day for one attack or surge, created on first use. */
export function perDay(b: Ballot, group: string, kind: 'attack' | 'legit', candidate: number): (d: number) => number {
  const made = new Map<number, number>();
  return (d) => {
    let s = made.get(d);
    if (s === undefined) {
      s = b.ledger.source({ name: `${group}:d${d}`, kind, candidateId: b.candidates[candidate].id, group });
      made.set(d, s);
    }
    return s;
  };
}

/** One source for a single-window attack or surge. */
export function single(b: Ballot, group: string, kind: 'attack' | 'legit', candidate: number): number {
  return b.ledger.source({ name: group, kind, candidateId: b.candidates[candidate].id, group });
}

/** A vote exactly as a script or a farm phone sends it. */
export function rawVote(b: Ballot, t: number, account: string, choice: readonly string[], ip: string, userAgent: string, source: number): void {
  b.ledger.add({ at: Math.round(t), accountId: account, candidateIds: choice, ip, userAgent, source });
}

/** Arrival instants after a notice: people read it with a log-normal delay. */
export function waveTimes(rng: Rng, start: number, count: number, medianMin: number, sigma: number): number[] {
  return Array.from({ length: count }, () => start + rng.logNormal(medianMin, sigma) * MINUTE);
}

/** A random instant on day d between wall-clock hours, or NaN outside the ballot. */
export function between(rng: Rng, b: Ballot, d: number, fromH: number, toH: number): number {
  const t = at(b.cal, d, rng.uniform(fromH, toH));
  return inWindow(b.cal, t) ? t : NaN;
}

/** Only the target, or the target padded with a few others, as a script picks them. */
export function scriptedChoice(rng: Rng, b: Ballot, target: number, padding: number): string[] {
  const picked = new Set([target]);
  const k = Math.min(b.maxChoices, 1 + padding, b.candidates.length);
  while (picked.size < k) picked.add(rng.int(0, b.candidates.length - 1));
  return [...picked].map((i) => b.candidates[i].id);
}

/** Full days the ballot is open from morning to night (day 0 opens mid-morning, the last is a stub). */
export function fullDays(b: Ballot): number[] {
  return Array.from({ length: b.cal.dayCount - 2 }, (_, i) => i + 1);
}
