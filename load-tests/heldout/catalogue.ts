import { a1ScriptInMobilization } from './families/a1-script-in-mobilization';
import { a2ClickFarm } from './families/a2-click-farm';
import { a3SlowDrip } from './families/a3-slow-drip';
import { a4ProxyRotation } from './families/a4-proxy-rotation';
import { a5LockstepCohort } from './families/a5-lockstep-cohort';
import { a6ScriptInPush } from './families/a6-script-in-push';
import { a7AgedAccounts } from './families/a7-aged-accounts';
import type { Family, Split } from './families/family';
import { l1NightShift } from './families/l1-night-shift';
import { l2OfficeStaff } from './families/l2-office-staff';
import { l3CountyMobilization } from './families/l3-county-mobilization';
import { l4ViralForward } from './families/l4-viral-forward';
import { l5SharedFamilyPhone } from './families/l5-shared-family-phone';
import { l6SchoolParents } from './families/l6-school-parents';
import { l7LateCity } from './families/l7-late-city';

/** Every family, in report order. The split is documented in README.md beside this file. */
export const families: readonly Family[] = [
  a1ScriptInMobilization,
  a2ClickFarm,
  a3SlowDrip,
  a4ProxyRotation,
  a5LockstepCohort,
  a6ScriptInPush,
  a7AgedAccounts,
  l1NightShift,
  l2OfficeStaff,
  l3CountyMobilization,
  l4ViralForward,
  l5SharedFamilyPhone,
  l6SchoolParents,
  l7LateCity,
];

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
