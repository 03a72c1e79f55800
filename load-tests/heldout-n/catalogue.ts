import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/n01-script-in-mobilization';
import { phoneClickFarm } from './families/n02-phone-click-farm';
import { redialProxies } from './families/n03-redial-proxies';
import { cloudPhones } from './families/n04-cloud-phones';
import { taskPlatform } from './families/n05-task-platform';
import { emulatorStudio } from './families/n06-emulator-studio';
import { agedPoolDecoys } from './families/n07-aged-pool-decoys';
import { protocolDrip } from './families/n08-protocol-drip';
import { nightShift } from './families/n09-night-shift';
import { natMobilization } from './families/n10-nat-mobilization';
import { issuedPhones } from './families/n11-issued-phones';
import { viralForward } from './families/n12-viral-forward';
import { festivalLivestream } from './families/n13-festival-livestream';
import { dormitoryMigrants } from './families/n14-dormitory-migrants';
import { parentGroups } from './families/n15-parent-groups';
import { familyAccounts } from './families/n16-family-accounts';
import { marketDayBooth } from './families/n17-market-day-booth';
import { cadreCheckIn } from './families/n18-cadre-check-in';

/** N1–N8 are attacks, N9–N18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  redialProxies,
  cloudPhones,
  taskPlatform,
  emulatorStudio,
  agedPoolDecoys,
  protocolDrip,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  festivalLivestream,
  dormitoryMigrants,
  parentGroups,
  familyAccounts,
  marketDayBooth,
  cadreCheckIn,
];

/** Set N is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
