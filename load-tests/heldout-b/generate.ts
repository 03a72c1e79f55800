import { labelParts, toLine, type Labels, type LedgerLine, type Vote } from '../heldout/ledger';
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
  const { votes, refused } = scene.ledger.accept();
  const ids = rng.fork('vote-ids');
  const lines = votes.map((v) => toLine(v, ids.uuid()));
  const { sources } = scene.ledger;
  const labels: Labels = {
    family: run.family.id,
    seed: run.seed,
    // The whole set is held out: nothing here may be tuned on.
    split: 'holdout',
    kind: run.family.kind,
    description: run.family.description,
    opensAt: new Date(ballot.opensAt).toISOString(),
    closesAt: new Date(ballot.closesAt).toISOString(),
    candidates: ballot.candidates.length,
    totalVotes: lines.length,
    attacks: labelParts(votes, sources, ballot.candidates, 'attack'),
    honestSurges: labelParts(votes, sources, ballot.candidates, 'legit'),
    refused,
  };
  return { lines, labels, votes, sourceKinds: sources.map((s) => s.kind) };
}
