/**
 * What the held-out sets built on set A's plumbing (G onwards) share around their own model: the
 * options and result of `generate()`, its last step, and the shape of a family. Each set keeps its
 * model, its crowd sizes and its family context; only the glue that was copied set to set lives here.
 */
import { labelLedger, type Candidate, type Labels, type LedgerLine, type RunInfo, type Source, type Vote } from './ledger';
import type { Rng } from './prng';

export interface GenerateOptions {
  /** Multiplies the organic crowd and every family's volumes; 1 for the bench, small in tests. */
  crowdScale?: number;
}

/** One generated run of a set whose ballot is a `Ballot`: what the bench writes, and what tests look at. */
export interface Generated<Ballot> {
  lines: LedgerLine[];
  labels: Labels;
  ballot: Ballot;
  /** Accepted votes with their source index, and the sources, for tests. */
  votes: Vote[];
  sources: readonly Source[];
}

/** What `finishGeneration` needs of a set's ledger: its accepted votes and its sources. */
export interface AcceptingLedger {
  readonly sources: readonly Source[];
  accept(): { votes: Vote[]; refused: Record<string, number> };
}

/**
 * The last step of every set's `generate()`, once its families have run: keeps what the service
 * would accept, labels it, and draws the vote ids from the run's 'vote-ids' fork (forked here, after
 * the families, as before, so that the bytes do not move).
 */
export function finishGeneration<Ballot extends { cal: { opensAt: number; closesAt: number }; candidates: readonly Candidate[] }>(
  run: RunInfo,
  ballot: Ballot,
  ledger: AcceptingLedger,
  rng: Rng,
): Generated<Ballot> {
  const accepted = ledger.accept();
  const { lines, labels } = labelLedger(run, ballot.cal, ballot.candidates, accepted, ledger.sources, rng.fork('vote-ids'));
  return { lines, labels, ballot, votes: accepted.votes, sources: ledger.sources };
}

/**
 * One family of a held-out set: `Context` is what the set hands its builders, `BallotShape` what a
 * family may ask of the ballot (a shape, or for some sets a function drawing one from the run's stream).
 */
export interface HoldoutFamily<Context, BallotShape> {
  id: string;
  kind: 'attack' | 'legit';
  /** One line for the bench table. */
  description: string;
  seeds: readonly number[];
  /** The ballot the family needs; without it the set's model draws its usual one. */
  ballot?: BallotShape;
  /** Organic vote attempts at scale 1. */
  organicVotes(rng: Rng): number;
  /** Adds the family's votes (an attack, an honest surge, or both) on top of the organic crowd. */
  build(ctx: Context): void;
}

/** A family's head count at the context's scale (never below `min`). */
export function scaled(scale: number, count: number, min = 1): number {
  return Math.max(min, Math.round(count * scale));
}
