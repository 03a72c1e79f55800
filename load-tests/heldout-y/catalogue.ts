import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/y01-script-in-mobilization';
import { scriptedBurst } from './families/y02-scripted-burst';
import { residentialProxies } from './families/y03-residential-proxies';
import { lockstepRing } from './families/y04-lockstep-ring';
import { phoneClickFarm } from './families/y05-phone-click-farm';
import { modemPoolCatchUp } from './families/y06-modem-pool-catch-up';
import { cloudPhoneDrip } from './families/y07-cloud-phone-drip';
import { dualAppAuxiliaries } from './families/y08-dual-app-auxiliaries';
import { steelNightShift } from './families/y09-steel-night-shift';
import { countyNoticeNats } from './families/y10-county-notice-nats';
import { issuedPolicePhones } from './families/y11-issued-police-phones';
import { viralForward } from './families/y12-viral-forward';
import { yanjiaoCommuters } from './families/y13-yanjiao-commuters';
import { trainWifi } from './families/y14-train-wifi';
import { villageHelpDesk } from './families/y15-village-help-desk';
import { parentGroups } from './families/y16-parent-groups';
import { xionganCamp } from './families/y17-xiongan-camp';
import { finalRally } from './families/y18-final-rally';

/** Y1–Y8 are attacks, Y9–Y18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  scriptedBurst,
  residentialProxies,
  lockstepRing,
  phoneClickFarm,
  modemPoolCatchUp,
  cloudPhoneDrip,
  dualAppAuxiliaries,
  steelNightShift,
  countyNoticeNats,
  issuedPolicePhones,
  viralForward,
  yanjiaoCommuters,
  trainWifi,
  villageHelpDesk,
  parentGroups,
  xionganCamp,
  finalRally,
];

/** Set Y is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
