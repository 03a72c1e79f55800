import { ballotCalendar } from '../heldout/calendar';
import { labelLedger, LedgerBuilder, type Labels, type LedgerLine, type Source, type Vote } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import type { Run } from './catalogue';
import { makeBallot, type Ballot } from './model/ballot';
import { addOrganicCrowd } from './model/crowd';
import { Networks } from './model/networks';
import { People } from './model/people';
import { Rhythm } from './model/rhythm';

export interface GenerateOptions {
  /** Multiplies the organic crowd and every family's volumes; 1 for the bench, small in tests. */
  crowdScale?: number;
}

export interface Generated {
  lines: LedgerLine[];
  labels: Labels;
  ballot: Ballot;
  /** Accepted votes with their source index, and the sources, for tests. */
  votes: Vote[];
  sources: readonly Source[];
}

/** One labelled ledger: the same family, seed and scale always give the same bytes. */
export function generate(run: Run, opts: GenerateOptions = {}): Generated {
  const scale = opts.crowdScale ?? 1;
  const rng = new Rng(`heldout-k:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'), run.family.ballot);
  const ledger = new LedgerBuilder(rng.fork('openids'), ballotCalendar(ballot.cal.opensAt), ballot.candidates);
  const net = new Networks(rng.fork('networks'));
  const rhythm = new Rhythm(ballot.cal);
  const people = new People(ledger, ballot, net, rhythm);
  const world = { ballot, ledger, people, net, rhythm };
  const size = run.family.organicVotes(rng.fork('size'));
  const crowd = addOrganicCrowd(rng.fork('crowd'), world, Math.max(300, Math.round(size * scale)));
  run.family.build({ ...world, rng: rng.fork('family'), crowd, scale });

  const accepted = ledger.accept();
  const { lines, labels } = labelLedger(run, ballot.cal, ballot.candidates, accepted, ledger.sources, rng.fork('vote-ids'));
  return { lines, labels, ballot, votes: accepted.votes, sources: ledger.sources };
}
