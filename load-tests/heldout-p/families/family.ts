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

/** One family of set P: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 22k–80k attempts, most ballots modest (median about 40k). */
export function organicSize(rng: Rng, median = 40_000): number {
  return Math.round(Math.min(80_000, Math.max(22_000, rng.logNormal(median, 0.4))));
}

/** A ballot day's Shanghai midnight plus `hours` (fractional). */
export function at(ctx: FamilyContext, day: number, hours: number): number {
  return ctx.rhythm.dayStart(day) + hours * 3_600_000;
}

/** The last ballot day that has a full daytime (the closing day is cut at the opening hour). */
export function lastFullDay(ctx: FamilyContext): number {
  return ctx.ballot.cal.dayCount - 2;
}
