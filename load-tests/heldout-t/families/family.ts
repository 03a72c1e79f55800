import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import { nominee, type BallotShape, type Nominee } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set T: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 25k–70k attempts (median about 42k). */
export function organicSize(rng: Rng, median = 42_000): number {
  return Math.round(Math.min(70_000, Math.max(25_000, rng.logNormal(median, 0.35))));
}

/**
 * One source per ballot day (or night, or push) for a family's attack or honest surge, created on
 * first use, so that each gets its own labelled window.
 */
export function daySources(ctx: FamilyContext, group: string, kind: 'attack' | 'legit', candidate: Nominee): (day: number) => number {
  const made = new Map<number, number>();
  return (day) => {
    let s = made.get(day);
    if (s === undefined) made.set(day, (s = ctx.ledger.source({ name: `${group} ${day}`, kind, candidateId: candidate.id, group })));
    return s;
  };
}

export { nominee };
