import type { Rng } from '../../heldout/prng';
import type { Scene } from '../residents';

/** One shape of traffic, attack or legitimate, added to a fresh organic ballot per seed. */
export interface Family {
  id: string;
  kind: 'attack' | 'legit';
  /** One line for the table: what happens. */
  description: string;
  seeds: readonly number[];
  /** Organic votes under the scenario. */
  organicVotes(rng: Rng): number;
  /** Adds the family's own sources (after the organic crowd is in the scene). */
  build(rng: Rng, scene: Scene): void;
}
