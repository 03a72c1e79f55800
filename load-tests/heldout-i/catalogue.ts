import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/i01-script-in-mobilization';
import { phoneClickFarm } from './families/i02-phone-click-farm';
import { residentialProxies } from './families/i03-residential-proxies';
import { modemPoolDrip } from './families/i04-modem-pool-drip';
import { lockstepRack } from './families/i05-lockstep-rack';
import { decoyPool } from './families/i06-decoy-pool';
import { taskPlatform } from './families/i07-task-platform';
import { emulatorFleet } from './families/i08-emulator-fleet';
import { nightShift } from './families/i09-night-shift';
import { natMobilization } from './families/i10-nat-mobilization';
import { issuedPhones } from './families/i11-issued-phones';
import { viralForward } from './families/i12-viral-forward';
import { familyHelpers } from './families/i13-family-helpers';
import { taishanDiaspora } from './families/i14-taishan-diaspora';
import { tvCall } from './families/i15-tv-call';
import { midnightCheckIn } from './families/i16-midnight-check-in';
import { campusNat } from './families/i17-campus-nat';
import { shiftChange } from './families/i18-shift-change';

/** I1–I8 are attacks, I9–I18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  residentialProxies,
  modemPoolDrip,
  lockstepRack,
  decoyPool,
  taskPlatform,
  emulatorFleet,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  familyHelpers,
  taishanDiaspora,
  tvCall,
  midnightCheckIn,
  campusNat,
  shiftChange,
];

/** Set I is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
