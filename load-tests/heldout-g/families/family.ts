import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set G: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** A crowd of 30k–190k votes, median about 62k: most ballots are modest, a few draw a province. */
export function typicalCrowd(rng: Rng): number {
  return Math.round(Math.min(190_000, Math.max(30_000, rng.logNormal(62_000, 0.5))));
}
