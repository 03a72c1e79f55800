import type { Rng } from '../../heldout/prng';
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

export interface Family {
  id: string;
  kind: 'attack' | 'legit';
  /** One line for the bench table. */
  description: string;
  seeds: readonly number[];
  /** The ballot the family needs (its places, its choice rule), drawn from the run's stream. */
  ballot?(rng: Rng): BallotShape;
  /** Organic vote attempts at scale 1. */
  organicVotes(rng: Rng): number;
  /** Adds the family's votes (an attack, an honest surge, or both) on top of the organic crowd. */
  build(ctx: FamilyContext): void;
}

/** Set H's crowd sizes: median about 60k attempts, from 28k to 170k (a family adds its own). */
export function gansuCrowd(rng: Rng): number {
  return Math.round(Math.min(170_000, Math.max(28_000, rng.logNormal(60_000, 0.5))));
}
