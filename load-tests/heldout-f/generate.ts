import { labelLedger, type Labels, type LedgerLine, type Source, type Vote } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import { makeBallot } from './ballot';
import type { Run } from './catalogue-types';
import { addOrganic } from './organic';

export interface Generated {
  lines: LedgerLine[];
  labels: Labels;
  /** Accepted votes with their source index, and the sources, for tests. */
  votes: Vote[];
  sources: readonly Source[];
}

export interface GenerateOptions {
  /** Multiplies the organic crowd's size: tests use a small crowd to stay fast. */
  crowdScale?: number;
}

/** One labelled ledger: the same (family, seed, scale) always gives the same bytes. */
export function generate(run: Run, opts: GenerateOptions = {}): Generated {
  const rng = new Rng(`heldout-f:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'));
  const size = Math.round(run.family.organicVotes(rng.fork('size')) * (opts.crowdScale ?? 1));
  addOrganic(rng.fork('organic'), ballot, size);
  run.family.build(rng.fork('family'), ballot, run.seed);
  const accepted = ballot.ledger.accept();
  const { votes } = accepted;
  const { sources } = ballot.ledger;
  const { lines, labels } = labelLedger({ ...run, split: 'holdout' }, ballot.cal, ballot.candidates, accepted, sources, rng.fork('vote-ids'));
  return { lines, labels, votes, sources };
}
