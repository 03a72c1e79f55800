import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/j01-script-in-mobilization';
import { phoneClickFarm } from './families/j02-phone-click-farm';
import { residentialProxyDrip } from './families/j03-residential-proxy-drip';
import { lockstepRack } from './families/j04-lockstep-rack';
import { taskPlatform } from './families/j05-task-platform';
import { agedPoolDecoys } from './families/j06-aged-pool-decoys';
import { emulatorFleet } from './families/j07-emulator-fleet';
import { modemPoolShadow } from './families/j08-modem-pool-shadow';
import { nightShiftCity } from './families/j09-night-shift-city';
import { villageNatMobilization } from './families/j10-village-nat-mobilization';
import { issuedPhonesOffice } from './families/j11-issued-phones-office';
import { viralForward } from './families/j12-viral-forward';
import { helpersForElders } from './families/j13-helpers-for-elders';
import { schoolParentGroups } from './families/j14-school-parent-groups';
import { marketDayBooth } from './families/j15-market-day-booth';
import { migrantDiaspora } from './families/j16-migrant-diaspora';
import { countyBroadcast } from './families/j17-county-broadcast';
import { relayChains } from './families/j18-relay-chains';

/** J1–J8 are attacks, J9–J18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  residentialProxyDrip,
  lockstepRack,
  taskPlatform,
  agedPoolDecoys,
  emulatorFleet,
  modemPoolShadow,
  nightShiftCity,
  villageNatMobilization,
  issuedPhonesOffice,
  viralForward,
  helpersForElders,
  schoolParentGroups,
  marketDayBooth,
  migrantDiaspora,
  countyBroadcast,
  relayChains,
];

/** Set J is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
