import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/o01-script-in-mobilization';
import { phoneClickFarm } from './families/o02-phone-click-farm';
import { dialupRotation } from './families/o03-dialup-rotation';
import { cloudPhones } from './families/o04-cloud-phones';
import { mutualAidGroup } from './families/o05-mutual-aid-group';
import { decoyMultiChoice } from './families/o06-decoy-multi-choice';
import { modemPoolShadow } from './families/o07-modem-pool-shadow';
import { emulatorCafe } from './families/o08-emulator-cafe';
import { nightShift } from './families/o09-night-shift';
import { natMobilization } from './families/o10-nat-mobilization';
import { issuedPhones } from './families/o11-issued-phones';
import { viralForward } from './families/o12-viral-forward';
import { familyProxy } from './families/o13-family-proxy';
import { migrantChamber } from './families/o14-migrant-chamber';
import { livestream } from './families/o15-livestream';
import { parentGroups } from './families/o16-parent-groups';
import { marketDay } from './families/o17-market-day';
import { scenicWifi } from './families/o18-scenic-wifi';

/** O1–O8 are attacks, O9–O18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  dialupRotation,
  cloudPhones,
  mutualAidGroup,
  decoyMultiChoice,
  modemPoolShadow,
  emulatorCafe,
  nightShift,
  natMobilization,
  issuedPhones,
  viralForward,
  familyProxy,
  migrantChamber,
  livestream,
  parentGroups,
  marketDay,
  scenicWifi,
];

/** Set O is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
