import { labelLedger, type Labels, type LedgerLine, type Vote } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import { makeBallot } from './ballot-setup';
import { World } from './carriers';
import { Collector } from './collector';
import type { Family } from './families/family';
import { addOrganic } from './organic';
import { Workplaces, type Scene } from './residents';

export interface Run {
  family: Family;
  seed: number;
}

export interface Generated {
  lines: LedgerLine[];
  labels: Labels;
  /** Accepted votes with their source index, for tests. */
  votes: Vote[];
  sourceKinds: string[];
}

let world: World | undefined;

/**
 * One labelled ledger; the same (family, seed) always gives the same bytes. `organicScale` shrinks
 * the organic crowd (tests use it to stay fast); the bench always uses 1.
 */
export function generate(run: Run, organicScale = 1): Generated {
  world ??= new World();
  const rng = new Rng(`heldout-b:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'));
  const scene: Scene = { ballot, ledger: new Collector(rng.fork('accounts'), ballot.opensAt, ballot.closesAt), world, workplaces: new Workplaces(world) };
  addOrganic(rng.fork('organic'), scene, Math.round(run.family.organicVotes(rng.fork('size')) * organicScale));
  run.family.build(rng.fork('family'), scene);
  const accepted = scene.ledger.accept();
  const { votes } = accepted;
  const { sources } = scene.ledger;
  // The whole set is held out: nothing here may be tuned on.
  const { lines, labels } = labelLedger({ ...run, split: 'holdout' }, ballot, ballot.candidates, accepted, sources, rng.fork('vote-ids'));
  return { lines, labels, votes, sourceKinds: sources.map((s) => s.kind) };
}
