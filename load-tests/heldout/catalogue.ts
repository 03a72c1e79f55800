import { a1ScriptInMobilization } from './families/a1-script-in-mobilization';
import { a2ClickFarm } from './families/a2-click-farm';
import type { Family, Split } from './families/family';
import { l1NightShift } from './families/l1-night-shift';
import { l2OfficeStaff } from './families/l2-office-staff';

/** Every family, in report order. The split is documented in README.md beside this file. */
export const families: readonly Family[] = [a1ScriptInMobilization, a2ClickFarm, l1NightShift, l2OfficeStaff];

export interface Run {
  family: Family;
  seed: number;
  split: Split;
}

export function splitOf(family: Family, seed: number): Split {
  return family.tuneSeeds.includes(seed) ? 'tune' : 'holdout';
}

export function runs(filter: { split?: Split | 'all'; family?: string; seed?: number } = {}): Run[] {
  const out: Run[] = [];
  for (const family of families) {
    if (filter.family !== undefined && family.id !== filter.family) continue;
    for (const seed of family.seeds) {
      if (filter.seed !== undefined && seed !== filter.seed) continue;
      const split = splitOf(family, seed);
      if (filter.split !== undefined && filter.split !== 'all' && filter.split !== split) continue;
      out.push({ family, seed, split });
    }
  }
  return out;
}
