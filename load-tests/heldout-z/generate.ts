import { ballotCalendar } from '../heldout/calendar';
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
  const rng = new Rng(`heldout-z:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'), run.family.ballot);
  const ledger = new LedgerBuilder(rng.fork('openids'), ballotCalendar(ballot.cal.opensAt), ballot.candidates);
  const net = new Networks(rng.fork('networks'));
  const rhythm = new Rhythm(ballot);
  const world = { ballot, ledger, net, rhythm };
  const people = new People(world);
  const size = run.family.organicVotes(rng.fork('size'));
  const crowd = addOrganicCrowd(rng.fork('crowd'), world, people, Math.max(300, Math.round(size * scale)));
  run.family.build({ ...world, people, rng: rng.fork('family'), crowd, scale });
  return finishGeneration(run, ballot, ledger, rng);
}
