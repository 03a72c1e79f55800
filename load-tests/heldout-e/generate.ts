import { labelLedger, type Labels, type LedgerLine, type Vote } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import { makeBallot } from './ballot';
import type { Run } from './catalogue';
import { addOrganic } from './crowd/organic';
import { Population } from './crowd/person';

export interface GenerateOptions {
  /** Scales the organic crowd (tests use 0.1); families keep their own sizes. */
  organicScale?: number;
}

export interface Generated {
  lines: LedgerLine[];
  labels: Labels;
  /** Accepted votes with their source index, and each source's kind, for tests. */
  votes: Vote[];
  sourceKinds: string[];
  /** Each source's label group (its name when it has none). */
  sourceGroups: string[];
  /** The ballot's candidates and how many one vote may tick, for tests. */
  candidateIds: string[];
  maxChoices: number;
}

/** Organic votes a run aims for before families add theirs. */
export function organicTarget(rng: Rng): number {
  return Math.round(rng.uniform(26_000, 38_000));
}

/** One labelled ledger; the same (family, seed) always gives the same bytes. */
export function generate(run: Run, opts: GenerateOptions = {}): Generated {
  const rng = new Rng(`heldout-e:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(rng.fork('ballot'));
  const population = new Population(ballot);
  addOrganic(rng.fork('organic'), ballot, population, organicTarget(rng.fork('size')) * (opts.organicScale ?? 1));
  run.family.build({ rng: rng.fork('family'), seed: run.seed, ballot, population });
  const accepted = ballot.ledger.accept();
  const { votes } = accepted;
  const { sources } = ballot.ledger;
  const { lines, labels } = labelLedger(run, ballot.cal, ballot.candidates, accepted, sources, rng.fork('vote-ids'));
  return { lines, labels, votes, sourceKinds: sources.map((s) => s.kind), sourceGroups: sources.map((s) => s.group ?? s.name), candidateIds: ballot.candidates.map((c) => c.id), maxChoices: ballot.maxChoices };
}
