import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { vpsBurst } from './families/r01-vps-burst';
import { proxyPool } from './families/r02-proxy-pool';
import { lockstepGroup } from './families/r03-lockstep-group';
import { scriptInMobilization } from './families/r04-script-in-mobilization';
import { phoneFarm } from './families/r05-phone-farm';
import { redPacketWorkers } from './families/r06-red-packet-workers';
import { cloudPhones } from './families/r07-cloud-phones';
import { coverPicks } from './families/r08-cover-picks';
import { nightShift } from './families/r09-night-shift';
import { govNat } from './families/r10-gov-nat';
import { issuedPhones } from './families/r11-issued-phones';
import { viralForward } from './families/r12-viral-forward';
import { campusWifi } from './families/r13-campus-wifi';
import { familyPhone } from './families/r14-family-phone';
import { migrantLate } from './families/r15-migrant-late';
import { livestream } from './families/r16-livestream';
import { volunteerHelpers } from './families/r17-volunteer-helpers';
import { closeRace } from './families/r18-close-race';

/** R1–R8 are attacks, R9–R18 honest scenarios. */
export const families: readonly Family[] = [
  vpsBurst,
  proxyPool,
  lockstepGroup,
  scriptInMobilization,
  phoneFarm,
  redPacketWorkers,
  cloudPhones,
  coverPicks,
  nightShift,
  govNat,
  issuedPhones,
  viralForward,
  campusWifi,
  familyPhone,
  migrantLate,
  livestream,
  volunteerHelpers,
  closeRace,
];

/** Set R is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
