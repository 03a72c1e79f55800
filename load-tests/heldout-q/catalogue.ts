import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { vpsBurst } from './families/q01-vps-burst';
import { proxyScript } from './families/q02-proxy-script';
import { lockstepRig } from './families/q03-lockstep-rig';
import { scriptInMobilization } from './families/q04-script-in-mobilization';
import { phoneClickFarm } from './families/q05-phone-click-farm';
import { redialDrip } from './families/q06-redial-drip';
import { agedPoolCover } from './families/q07-aged-pool-cover';
import { cloudPhones } from './families/q08-cloud-phones';
import { nightShift } from './families/q09-night-shift';
import { natMobilization } from './families/q10-nat-mobilization';
import { issuedPhones } from './families/q11-issued-phones';
import { viralForward } from './families/q12-viral-forward';
import { hospitalShifts } from './families/q13-hospital-shifts';
import { groupRelay } from './families/q14-group-relay';
import { sharedFamilyPhone } from './families/q15-shared-family-phone';
import { campus } from './families/q16-campus';
import { migrantsAbroad } from './families/q17-migrants-abroad';
import { closeRace } from './families/q18-close-race';

/** Q1–Q8 are attacks, Q9–Q18 honest scenarios. */
export const families: readonly Family[] = [
  vpsBurst,
  proxyScript,
  lockstepRig,
  scriptInMobilization,
  phoneClickFarm,
  redialDrip,
  agedPoolCover,
  cloudPhones,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  hospitalShifts,
  groupRelay,
  sharedFamilyPhone,
  campus,
  migrantsAbroad,
  closeRace,
];

/** Set Q is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
