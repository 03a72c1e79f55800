import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set K: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 36k–140k attempts, median about 55k. */
export function organicSize(rng: Rng, median = 55_000): number {
  return Math.round(Math.min(140_000, Math.max(36_000, rng.logNormal(median, 0.4))));
}

/** One source per ballot day (so each day is one labelled window), made when first used. */
export function daySources(ctx: FamilyContext, name: string, kind: 'attack' | 'legit', candidate: number, group = name): (day: number) => number {
  const made = new Map<number, number>();
  const candidateId = ctx.ballot.candidates[candidate].id;
  return (day) => {
    let s = made.get(day);
    if (s === undefined) made.set(day, (s = ctx.ledger.source({ name: `${name}-d${day}`, kind, candidateId, group })));
    return s;
  };
}

/** The candidate at a given rank of organic pull (0 = strongest), for families that need a mid-table place. */
export function byRank(ctx: FamilyContext, fraction: number, exclude: readonly number[] = []): number {
  const order = ctx.ballot.pull
    .map((p, i) => ({ p, i }))
    .filter(({ i }) => !exclude.includes(i))
    .sort((a, b) => b.p - a.p);
  return order[Math.min(order.length - 1, Math.floor(fraction * order.length))].i;
}
