import type { Labels, LedgerLine } from '../heldout/ledger';
import { Rng } from '../heldout/prng';
import { makeBallot } from './ballot';
import { organic } from './crowd';
import type { CFamily } from './families/kind';
import { Scenario } from './scenario';

export interface CRun {
  family: CFamily;
  seed: number;
  /** Scales the organic crowd (tests shrink it; the bench uses 1). */
  scale?: number;
}

/** A run's ledger and labels: a pure function of (family, seed, scale). */
export function generate(run: CRun): { lines: LedgerLine[]; labels: Labels } {
  const root = new Rng(`heldout-c:${run.family.id}:${run.seed}`);
  const ballot = makeBallot(root.fork('ballot'), run.family.ballot);
  const s = new Scenario(root.fork('scenario'), ballot);
  organic(root.fork('organic'), s, Math.round(run.family.organic(root.fork('size')) * (run.scale ?? 1)));
  run.family.build(root.fork('family'), s);
  return s.finish({ family: run.family.id, seed: run.seed, kind: run.family.kind, description: run.family.description });
}
