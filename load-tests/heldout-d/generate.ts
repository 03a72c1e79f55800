import { LedgerBuilder, labelLedger, type Candidate, type Labels, type LedgerLine, type Source, type Vote } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import type { Run } from './catalogue';
import { AddressPlan } from './model/address-plan';
import { makeContest } from './model/contest';
import { addOrganic } from './model/organic';
import { People } from './model/people';
import type { Scene } from './model/scene';

export interface GenerateOptions {
  /** Multiplies the organic crowd's size (tests shrink it; families stay full size). */
  organicScale?: number;
}

export interface Generated {
  lines: LedgerLine[];
  labels: Labels;
  /** Accepted votes with their source index, the sources and the ballot's rules, for tests. */
  votes: Vote[];
  sources: readonly Source[];
  ballot: { candidates: readonly Candidate[]; maxChoices: number };
}

/** One labelled ledger of set D: the same (family, seed, scale) always gives the same bytes. */
export function generate(run: Run, options: GenerateOptions = {}): Generated {
  const { family, seed } = run;
  const rng = new Rng(`heldout-d:${family.id}:${seed}`);
  // Every sub-model draws from its own fork, so a change to one leaves the others' draws alone.
  const contest = makeContest(rng.fork('contest'), family.ballot);
  const ledger = new LedgerBuilder(rng.fork('accounts'), contest.cal, contest.candidates);
  const plan = new AddressPlan(rng.fork('addresses'));
  const people = new People(rng.fork('people'), ledger, plan);
  const [lo, hi] = family.organic;
  const target = Math.round(rng.fork('size').uniform(lo, hi) * (options.organicScale ?? 1));
  const base: Scene = { contest, cal: contest.cal, ledger, plan, people, organicVotes: 0 };
  const organicVotes = addOrganic(base, rng.fork('organic'), target);
  family.build({ ...base, organicVotes }, rng.fork('family'), seed);

  const accepted = ledger.accept();
  const { votes } = accepted;
  const { lines, labels } = labelLedger({ family, seed, split: 'holdout' }, contest.cal, contest.candidates, accepted, ledger.sources, rng.fork('vote-ids'));
  return { lines, labels, votes, sources: ledger.sources, ballot: { candidates: contest.candidates, maxChoices: contest.maxChoices } };
}
