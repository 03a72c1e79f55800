import type { BenchOptions } from '../heldout/bench-kit';
import type { Family } from './families/family';
import { FAMILIES } from './families';

/** A run of set D: one family at one seed. Every run is held out: set D is never tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

export const FAMILY_IDS: readonly string[] = FAMILIES.map((f) => f.id);

export function allRuns(): Run[] {
  return FAMILIES.flatMap((family) => family.seeds.map((seed) => ({ family, seed, split: 'holdout' as const })));
}

/** The runs a bench invocation asks for: `--family` narrows to one family, `--seed` to one seed (any seed). */
export function selectRuns(opts: Pick<BenchOptions, 'family' | 'seed'>): Run[] {
  const families = FAMILIES.filter((f) => !opts.family || f.id === opts.family);
  return families.flatMap((family) => {
    const seeds = opts.seed !== undefined ? [opts.seed] : family.seeds;
    return seeds.map((seed) => ({ family, seed, split: 'holdout' as const }));
  });
}

export function describeFamily(id: string): string {
  return FAMILIES.find((f) => f.id === id)?.title ?? '';
}
