import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/m01-script-in-mobilization';
import { phoneClickFarm } from './families/m02-phone-click-farm';
import { dialupVps } from './families/m03-dialup-vps';
import { taskPlatform } from './families/m04-task-platform';
import { cloudPhones } from './families/m05-cloud-phones';
import { groupControlDecoys } from './families/m06-group-control-decoys';
import { emulatorProxies } from './families/m07-emulator-proxies';
import { lastDayModemPool } from './families/m08-last-day-modem-pool';
import { nightPopulation } from './families/m09-night-population';
import { natMobilization } from './families/m10-nat-mobilization';
import { issuedPhones } from './families/m11-issued-phones';
import { viralForward } from './families/m12-viral-forward';
import { classParentGroups } from './families/m13-class-parent-groups';
import { deltaHometownAssociations } from './families/m14-delta-hometown-associations';
import { countyLivestream } from './families/m15-county-livestream';
import { villageCadreHotspot } from './families/m16-village-cadre-hotspot';
import { scheduledGroupSends } from './families/m17-scheduled-group-sends';
import { rivalTowns } from './families/m18-rival-towns';

/** M1–M8 are attacks, M9–M18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  dialupVps,
  taskPlatform,
  cloudPhones,
  groupControlDecoys,
  emulatorProxies,
  lastDayModemPool,
  nightPopulation,
  natMobilization,
  issuedPhones,
  viralForward,
  classParentGroups,
  deltaHometownAssociations,
  countyLivestream,
  villageCadreHotspot,
  scheduledGroupSends,
  rivalTowns,
];

/** Set M is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
