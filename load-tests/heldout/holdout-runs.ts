/** Every (family, seed) run of a set held out as a whole, in catalogue order, narrowed by `--family` (any case) and `--seed`. */
export function holdoutRuns<F extends { id: string; seeds: readonly number[] }>(families: readonly F[], filter: { family?: string; seed?: number } = {}): Array<{ family: F; seed: number; split: 'holdout' }> {
  return families
    .filter((f) => filter.family === undefined || f.id === filter.family.toUpperCase())
    .flatMap((family) => family.seeds.filter((seed) => filter.seed === undefined || seed === filter.seed).map((seed) => ({ family, seed, split: 'holdout' as const })));
}
