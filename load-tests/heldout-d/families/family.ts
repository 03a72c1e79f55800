import type { Rng } from '../../heldout/prng';
import type { BallotShape } from '../model/contest';
import type { Scene } from '../model/scene';

/** One scenario of set D: a ballot shape, an organic crowd size, and what happens on top of it. */
export interface Family {
  id: string;
  kind: 'attack' | 'legit';
  /** One line for the result table. */
  title: string;
  /** What happens, for the labels file. */
  description: string;
  seeds: readonly number[];
  ballot: BallotShape;
  /** Organic votes at full scale: the run draws a size in this range. */
  organic: readonly [number, number];
  /** Adds the family's votes; `seed` only for families whose seeds pick a variant. */
  build(scene: Scene, rng: Rng, seed: number): void;
}
