import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/t01-script-in-mobilization';
import { phoneClickFarm } from './families/t02-phone-click-farm';
import { cloudBurst } from './families/t03-cloud-burst';
import { proxyPool } from './families/t04-proxy-pool';
import { lockstepGroup } from './families/t05-lockstep-group';
import { rentedAccounts } from './families/t06-rented-accounts';
import { coverVotes } from './families/t07-cover-votes';
import { redEnvelopeTasks } from './families/t08-red-envelope-tasks';
import { nightShift } from './families/t09-night-shift';
import { natMobilization } from './families/t10-nat-mobilization';
import { issuedPhones } from './families/t11-issued-phones';
import { viralForward } from './families/t12-viral-forward';
import { familyPhone } from './families/t13-family-phone';
import { campus } from './families/t14-campus';
import { closeRace } from './families/t15-close-race';
import { livestream } from './families/t16-livestream';
import { migrantsLate } from './families/t17-migrants-late';
import { dawnCrew } from './families/t18-dawn-crew';

/** T1–T8 are attacks, T9–T18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  cloudBurst,
  proxyPool,
  lockstepGroup,
  rentedAccounts,
  coverVotes,
  redEnvelopeTasks,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  familyPhone,
  campus,
  closeRace,
  livestream,
  migrantsLate,
  dawnCrew,
];

/** Set T is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
