import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape, Officer } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set Y: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** Organic attempts at scale 1: 30k–42k, so that with a family's votes a ledger holds 30k–60k. */
export function organicSize(rng: Rng, lo = 30_000, hi = 42_000): number {
  return Math.round(rng.uniform(lo, hi));
}

/**
 * Sources of one attack or honest surge, one per window key (a day, a session): the labels give
 * each source its own window, from its first to its last accepted vote.
 */
export function windows(ctx: FamilyContext, kind: 'attack' | 'legit', group: string, officer: Officer): (key: string | number) => number {
  const made = new Map<string, number>();
  return (key) => {
    const k = String(key);
    let s = made.get(k);
    if (s === undefined) made.set(k, (s = ctx.ledger.source({ name: `${group}:${k}`, kind, candidateId: officer.id, group })));
    return s;
  };
}

/** The candidate ranked `lo`..`hi` (0 = most organic votes) by the crowd, for families that pick a mid-table officer. */
export function midTable(ctx: FamilyContext, lo: number, hi: number): Officer {
  const ranked = ctx.crowd.ranked();
  return ranked[Math.min(ranked.length - 1, ctx.rng.int(lo, hi))];
}

/** Ballot day index of an instant. */
export function dayOf(ctx: FamilyContext, at: number): number {
  return Math.floor((at - ctx.ballot.cal.firstMidnight) / 86_400_000);
}
