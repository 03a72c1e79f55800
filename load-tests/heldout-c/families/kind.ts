import type { Rng } from '../../heldout/prng';
import type { BallotOptions } from '../ballot';
import type { Scenario } from '../scenario';

/** One scenario shape of set C: an organic ballot per seed, and the family's own sources on it. */
export interface CFamily {
  id: string;
  kind: 'attack' | 'legit';
  description: string;
  seeds: readonly number[];
  ballot?: BallotOptions;
  /** Organic votes under the scenario. */
  organic(rng: Rng): number;
  build(rng: Rng, s: Scenario): void;
}
