import { LedgerBuilder } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import { finishGeneration, type GenerateOptions, type Generated as SetGenerated } from '../heldout/set-kit';
import type { Run } from './catalogue';
import { makeBallot, type Ballot } from './model/ballot';
import { addOrganicCrowd } from './model/crowd';
import { Networks } from './model/networks';
import { People } from './model/people';
import { Rhythm } from './model/rhythm';

export type { GenerateOptions } from '../heldout/set-kit';
export type Generated = SetGenerated<Ballot>;

/** One labelled ledger: the same family, seed and scale always give the same bytes. */
export function generate(run: Run, opts: GenerateOptions = {}): Generated {
  const scale = opts.crowdScale ?? 1;
  const rng = new Rng(`heldout-s:${run.family.id}:${run.seed}`);
  // Forks of runs whose seed labels differ in one character start alike for a few draws; hashing
  // 32 hex digits of each fork again gives every sub-model a stream of its own.
  const stream = (label: string) => new Rng(`${label}:${rng.fork(label).hex(32)}`);
  const ballot = makeBallot(stream('ballot'), run.family.ballot);
  const ledger = new LedgerBuilder(stream('openids'), ballot.cal, ballot.candidates);
  const net = new Networks(stream('networks'));
  const rhythm = new Rhythm(ballot.cal);
  const people = new People(ledger, ballot, net, rhythm);
  const world = { ballot, ledger, people, net, rhythm };
  const size = run.family.organicVotes(stream('size'));
  const crowd = addOrganicCrowd(stream('crowd'), world, Math.max(300, Math.round(size * scale)));
  run.family.build({ ...world, rng: stream('family'), crowd, scale });

  return finishGeneration(run, ballot, ledger, rng);
}
