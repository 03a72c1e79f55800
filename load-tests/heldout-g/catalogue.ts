import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/g01-script-in-mobilization';
import { phoneClickFarm } from './families/g02-phone-click-farm';
import { proxyRotation } from './families/g03-proxy-rotation';
import { slowDrip } from './families/g04-slow-drip';
import { lockstepRack } from './families/g05-lockstep-rack';
import { decoySpread } from './families/g06-decoy-spread';
import { taskPlatform } from './families/g07-task-platform';
import { emulatorFarm } from './families/g08-emulator-farm';
import { nightShift } from './families/g09-night-shift';
import { natMobilization } from './families/g10-nat-mobilization';
import { officeFleet } from './families/g11-office-fleet';
import { viralForward } from './families/g12-viral-forward';
import { phoneHelpers } from './families/g13-phone-helpers';
import { tvSegment } from './families/g14-tv-segment';
import { campusNights } from './families/g15-campus-nights';
import { diaspora } from './families/g16-diaspora';
import { finalRally } from './families/g17-final-rally';
import { midnightCheckIn } from './families/g18-midnight-check-in';

/** G1–G8 are attacks, G9–G18 honest scenarios. */
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
  tvSegment,
  campusNights,
  diaspora,
  finalRally,
  midnightCheckIn,
];

/** Set G is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
