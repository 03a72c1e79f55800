import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptedBurst } from './families/p01-scripted-burst';
import { proxyScript } from './families/p02-proxy-script';
import { lockstepGroup } from './families/p03-lockstep-group';
import { scriptInMobilization } from './families/p04-script-in-mobilization';
import { phoneClickFarm } from './families/p05-phone-click-farm';
import { cloudPhoneFleet } from './families/p06-cloud-phone-fleet';
import { agedAccountPool } from './families/p07-aged-account-pool';
import { modemPoolDrip } from './families/p08-modem-pool-drip';
import { nightShift } from './families/p09-night-shift';
import { natMobilization } from './families/p10-nat-mobilization';
import { issuedPhones } from './families/p11-issued-phones';
import { viralForward } from './families/p12-viral-forward';
import { schoolParents } from './families/p13-school-parents';
import { relativesPhone } from './families/p14-relatives-phone';
import { campusWifi } from './families/p15-campus-wifi';
import { livestream } from './families/p16-livestream';
import { communityCentre } from './families/p17-community-centre';
import { closeRace } from './families/p18-close-race';

/** P1–P8 are attacks, P9–P18 honest scenarios. */
export const families: readonly Family[] = [
  scriptedBurst,
  proxyScript,
  lockstepGroup,
  scriptInMobilization,
  phoneClickFarm,
  cloudPhoneFleet,
  agedAccountPool,
  modemPoolDrip,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  schoolParents,
  relativesPhone,
  campusWifi,
  livestream,
  communityCentre,
  closeRace,
];

/** Set P is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
