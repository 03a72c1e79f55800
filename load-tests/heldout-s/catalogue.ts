import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/s01-script-in-mobilization';
import { phoneClickFarm } from './families/s02-phone-click-farm';
import { hostingBurst } from './families/s03-hosting-burst';
import { proxyPool } from './families/s04-proxy-pool';
import { lockstepGroup } from './families/s05-lockstep-group';
import { agedAccountsDrip } from './families/s06-aged-accounts-drip';
import { dialupReplay } from './families/s07-dialup-replay';
import { paidHumanVoters } from './families/s08-paid-human-voters';
import { nightShift } from './families/s09-night-shift';
import { natMobilization } from './families/s10-nat-mobilization';
import { issuedPhones } from './families/s11-issued-phones';
import { viralForward } from './families/s12-viral-forward';
import { familyPhone } from './families/s13-family-phone';
import { campusWifi } from './families/s14-campus-wifi';
import { migrantsLate } from './families/s15-migrants-late';
import { livestreamQr } from './families/s16-livestream-qr';
import { closeRace } from './families/s17-close-race';
import { marketDay } from './families/s18-market-day';

/** S1–S8 are attacks, S9–S18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  hostingBurst,
  proxyPool,
  lockstepGroup,
  agedAccountsDrip,
  dialupReplay,
  paidHumanVoters,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  familyPhone,
  campusWifi,
  migrantsLate,
  livestreamQr,
  closeRace,
  marketDay,
];

/** Set S is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
