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

/** One family of set V: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/**
 * Organic attempts of a ballot: 26k-50k (median about 35k), so that with a family's votes on top a
 * ledger holds 25k-75k accepted votes.
 */
export function organicSize(rng: Rng, median = 35_000): number {
  return Math.round(Math.min(50_000, Math.max(27_000, rng.logNormal(median, 0.22))));
}
