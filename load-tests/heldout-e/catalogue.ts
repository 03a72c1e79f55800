import type { Family } from './families/kit';
import { e01 } from './families/attacks/e01-script-in-mobilization';
import { e02 } from './families/attacks/e02-phone-farm-relogin';
import { e03 } from './families/attacks/e03-datacenter-burst';
import { e04 } from './families/attacks/e04-residential-proxy';
import { e05 } from './families/attacks/e05-lockstep-waves';
import { e06 } from './families/attacks/e06-task-platform';
import { e07 } from './families/attacks/e07-drip-feed';
import { e08 } from './families/attacks/e08-cloud-phone-dialup';
import { e09 } from './families/attacks/e09-cron-account-pool';
import { e10 } from './families/legit/e10-night-shift-city';
import { e11 } from './families/legit/e11-mobilization-few-nats';
import { e12 } from './families/legit/e12-employer-same-model';
import { e13 } from './families/legit/e13-viral-forward';
import { e14 } from './families/legit/e14-helper-phones';
import { e15 } from './families/legit/e15-rotating-shift-reminders';
import { e16 } from './families/legit/e16-parents-groups';
import { e17 } from './families/legit/e17-livestream-rally';
import { e18 } from './families/legit/e18-expo-venue';
import { e19 } from './families/legit/e19-hometown-association';

/** Set E's families, attacks first. Every run is held out: nothing here was used to tune anything. */
export const FAMILIES: readonly Family[] = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19];

export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

export const RUNS: readonly Run[] = FAMILIES.flatMap((family) => family.seeds.map((seed) => ({ family, seed, split: 'holdout' as const })));

export function familyById(id: string): Family | undefined {
  return FAMILIES.find((f) => f.id === id);
}
