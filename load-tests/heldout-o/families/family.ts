import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape, OCandidate } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set O. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 30k–110k attempts, median about 52k. */
export function organicSize(rng: Rng, median = 52_000): number {
  return Math.round(Math.min(110_000, Math.max(30_000, rng.logNormal(median, 0.35))));
}

/** A mid-table candidate (not the favourite, not the tail): who families most often back. */
export function midCandidate(ctx: FamilyContext, rng: Rng = ctx.rng): OCandidate {
  const sorted = [...ctx.ballot.candidates].sort((a, b) => b.pull - a.pull);
  return sorted[rng.int(2, Math.min(sorted.length - 1, 8))];
}
