import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/h01-script-in-mobilization';
import { phoneClickFarm } from './families/h02-phone-click-farm';
import { proxyRotation } from './families/h03-residential-proxy';
import { slowDrip } from './families/h04-slow-drip';
import { lockstepRack } from './families/h05-lockstep-rack';
import { decoySpread } from './families/h06-decoy-pool';
import { taskPlatform } from './families/h07-task-platform';
import { emulatorFarm } from './families/h08-emulator-farm';
import { nightShift } from './families/h09-night-shift';
import { natMobilization } from './families/h10-nat-mobilization';
import { officeFleet } from './families/h11-office-fleet';
import { viralForward } from './families/h12-viral-forward';
import { phoneHelpers } from './families/h13-elder-helpers';
import { campusClasses } from './families/h14-campus-classes';
import { tvSegment } from './families/h15-livestream';
import { diaspora } from './families/h16-noodle-diaspora';
import { midnightCheckIn } from './families/h17-midnight-relay';
import { herderMarketDay } from './families/h18-herder-market-day';
import { finalRally } from './families/h19-final-rally';

/** H1–H8 are attacks, H9–H19 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  proxyRotation,
  slowDrip,
  lockstepRack,
  decoySpread,
  taskPlatform,
  emulatorFarm,
  nightShift,
  natMobilization,
  officeFleet,
  viralForward,
  phoneHelpers,
  campusClasses,
  tvSegment,
  diaspora,
  midnightCheckIn,
  herderMarketDay,
  finalRally,
];

/** Set H is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
