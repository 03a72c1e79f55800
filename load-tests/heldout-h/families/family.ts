import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape } from '../model/ballot';
import type { Crowd } from '../model/crowd';
import type { World } from '../model/people';

/** What a family's builder works with: the ballot's world, its organic crowd, its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set H: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, (rng: Rng) => BallotShape>;

/** Set H's crowd sizes: median about 60k attempts, from 28k to 170k (a family adds its own). */
export function gansuCrowd(rng: Rng): number {
  return Math.round(Math.min(170_000, Math.max(28_000, rng.logNormal(60_000, 0.5))));
}
