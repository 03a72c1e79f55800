import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/k01-script-in-mobilization';
import { phoneClickFarm } from './families/k02-phone-click-farm';
import { residentialProxies } from './families/k03-residential-proxies';
import { rotatingJobList } from './families/k04-rotating-job-list';
import { cloudPhoneDrip } from './families/k05-cloud-phone-drip';
import { phoneWallLunch } from './families/k06-phone-wall-lunch';
import { taskPlatform } from './families/k07-task-platform';
import { decoyPool } from './families/k08-decoy-pool';
import { nightPopulation } from './families/k09-night-population';
import { natMobilization } from './families/k10-nat-mobilization';
import { issuedPhones } from './families/k11-issued-phones';
import { viralForward } from './families/k12-viral-forward';
import { elderHelpers } from './families/k13-elder-helpers';
import { migrantLaoxiang } from './families/k14-migrant-laoxiang';
import { loudspeaker } from './families/k15-loudspeaker';
import { monasteryLink } from './families/k16-monastery-link';
import { parentGroups } from './families/k17-parent-groups';
import { marketDay } from './families/k18-market-day';

/** K1–K8 are attacks, K9–K18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  residentialProxies,
  rotatingJobList,
  cloudPhoneDrip,
  phoneWallLunch,
  taskPlatform,
  decoyPool,
  nightPopulation,
  natMobilization,
  issuedPhones,
  viralForward,
  elderHelpers,
  migrantLaoxiang,
  loudspeaker,
  monasteryLink,
  parentGroups,
  marketDay,
];

/** Set K is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
