import type { Rng } from '../heldout/prng';
import type { Ballot } from './ballot';

/** One scenario: an organic crowd of some size plus what the family adds on top. */
export interface Family {
  id: string;
  kind: 'attack' | 'legit';
  /** One line for the bench table and the labels. */
  description: string;
  seeds: readonly number[];
  /** Organic votes to generate before the family's own (scaled down in tests). */
  organicVotes(rng: Rng): number;
  /** `seed` lets a family cover its variants across seeds (e.g. one timing style per seed). */
  build(rng: Rng, b: Ballot, seed: number): void;
}

export interface Run {
  family: Family;
  seed: number;
}
