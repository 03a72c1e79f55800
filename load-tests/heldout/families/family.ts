import type { Ballot } from '../ballot';
import type { Rng } from '../prng';

export type Split = 'tune' | 'holdout';

/** One shape of traffic, attack or legitimate, generated over a fresh organic ballot per seed. */
export interface Family {
  id: string;
  kind: 'attack' | 'legit';
  /** One line: what happens, as a reader of the labels needs to know. */
  description: string;
  seeds: readonly number[];
  /** Seeds the detector may be tuned on; every other seed (and every seed of a family with none) is held out. */
  tuneSeeds: readonly number[];
  /** Organic votes under the scenario. */
  organicVotes(rng: Rng): number;
  /** Adds the family's own sources to the ballot's ledger. */
  build(rng: Rng, ballot: Ballot): void;
}
