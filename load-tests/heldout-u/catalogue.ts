import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/u01-script-in-mobilization';
import { finalSprint } from './families/u02-final-sprint';
import { tunnelProxy } from './families/u03-tunnel-proxy';
import { driftingLockstep } from './families/u04-drifting-lockstep';
import { phoneClickFarm } from './families/u05-phone-click-farm';
import { rivalTracker } from './families/u06-rival-tracker';
import { localAccountPool } from './families/u07-local-account-pool';
import { paidHumanCrowd } from './families/u08-paid-human-crowd';
import { mineNightShift } from './families/u09-mine-night-shift';
import { countyNatPush } from './families/u10-county-nat-push';
import { forestryIssuedPhones } from './families/u11-forestry-issued-phones';
import { viralForward } from './families/u12-viral-forward';
import { winterBreakHelpers } from './families/u13-winter-break-helpers';
import { villageSharedLine } from './families/u14-village-shared-line';
import { hainanSnowbirds } from './families/u15-hainan-snowbirds';
import { classGroupDismissal } from './families/u16-class-group-dismissal';
import { kuaishouLivestream } from './families/u17-kuaishou-livestream';
import { russiaTraders } from './families/u18-russia-traders';

/** U1–U8 are attacks, U9–U18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  finalSprint,
  tunnelProxy,
  driftingLockstep,
  phoneClickFarm,
  rivalTracker,
  localAccountPool,
  paidHumanCrowd,
  mineNightShift,
  countyNatPush,
  forestryIssuedPhones,
  viralForward,
  winterBreakHelpers,
  villageSharedLine,
  hainanSnowbirds,
  classGroupDismissal,
  kuaishouLivestream,
  russiaTraders,
];

/** Set U is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
