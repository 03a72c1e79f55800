import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/w01-script-in-mobilization';
import { scriptedBurst } from './families/w02-scripted-burst';
import { proxyScript } from './families/w03-proxy-script';
import { lockstepGroup } from './families/w04-lockstep-group';
import { phoneClickFarm } from './families/w05-phone-click-farm';
import { fakeDiaspora } from './families/w06-fake-diaspora';
import { midnightDoubleDip } from './families/w07-midnight-double-dip';
import { simPoolPatients } from './families/w08-sim-pool-patients';
import { nightShift } from './families/w09-night-shift';
import { oilfieldNat } from './families/w10-oilfield-nat';
import { issuedPhones } from './families/w11-issued-phones';
import { viralForward } from './families/w12-viral-forward';
import { dialysisWard } from './families/w13-dialysis-ward';
import { koreanFamilies } from './families/w14-korean-families';
import { shiftHandover } from './families/w15-shift-handover';
import { cappingCeremony } from './families/w16-capping-ceremony';
import { villageHelpers } from './families/w17-village-helpers';
import { familyPhone } from './families/w18-family-phone';

/** W1–W8 are attacks, W9–W18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  scriptedBurst,
  proxyScript,
  lockstepGroup,
  phoneClickFarm,
  fakeDiaspora,
  midnightDoubleDip,
  simPoolPatients,
  nightShift,
  oilfieldNat,
  issuedPhones,
  viralForward,
  dialysisWard,
  koreanFamilies,
  shiftHandover,
  cappingCeremony,
  villageHelpers,
  familyPhone,
];

/** Set W is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
