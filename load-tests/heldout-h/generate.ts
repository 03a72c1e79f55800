import { LedgerBuilder } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import { finishGeneration, type GenerateOptions, type Generated as SetGenerated } from '../heldout/set-kit';
import type { Run } from './catalogue';
import { makeBallot, type Ballot } from './model/ballot';
import { addOrganicCrowd } from './model/crowd';
import { DeviceMarket } from './model/devices';
import { Networks } from './model/networks';
import { People, type World } from './model/people';
import { Rhythm } from './model/rhythm';

export type { GenerateOptions } from '../heldout/set-kit';
export type Generated = SetGenerated<Ballot>;

/** One labelled ledger: the same family, seed and scale always give the same bytes. */
export function generate(run: Run, opts: GenerateOptions = {}): Generated {
  const scale = opts.crowdScale ?? 1;
  const rng = new Rng(`heldout-h:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'), run.family.ballot?.(rng.fork('shape')));
  const ledger = new LedgerBuilder(rng.fork('openids'), ballot.cal, ballot.candidates);
  const v6 = rng.fork('v6');
  const nets = new Networks(rng.fork('networks'), ballot.dualStack ? v6.uniform(0.25, 0.45) : 0, ballot.dualStack ? v6.uniform(0.1, 0.25) : 0);
  const rhythm = new Rhythm(ballot.cal);
  const market = DeviceMarket.forDate(ballot.cal.opensAt);
  const people = new People(rng.fork('people'), ballot, ledger, nets, market, rhythm);
  const world: World = { ballot, ledger, nets, market, rhythm, people };
  const size = run.family.organicVotes(rng.fork('size'));
  const crowd = addOrganicCrowd(rng.fork('crowd'), world, Math.max(300, Math.round(size * scale)));
  run.family.build({ ...world, rng: rng.fork('family'), crowd, scale });

  return finishGeneration(run, ballot, ledger, rng);
}
