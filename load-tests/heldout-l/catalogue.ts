import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/l01-script-in-mobilization';
import { phoneClickFarm } from './families/l02-phone-click-farm';
import { dialupProxies } from './families/l03-dialup-proxies';
import { cloudPhones } from './families/l04-cloud-phones';
import { exchangeGroup } from './families/l05-exchange-group';
import { shiftingJobDecoys } from './families/l06-shifting-job-decoys';
import { orderedDrip } from './families/l07-ordered-drip';
import { emulatorDawn } from './families/l08-emulator-dawn';
import { nightCity } from './families/l09-night-city';
import { natMobilization } from './families/l10-nat-mobilization';
import { issuedPhones } from './families/l11-issued-phones';
import { viralForward } from './families/l12-viral-forward';
import { elderHelpers } from './families/l13-elder-helpers';
import { guangdongDiaspora } from './families/l14-guangdong-diaspora';
import { tvCall } from './families/l15-tv-call';
import { relayChain } from './families/l16-relay-chain';
import { parentGroups } from './families/l17-parent-groups';
import { marketDay } from './families/l18-market-day';

/** L1–L8 are attacks, L9–L18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  phoneClickFarm,
  dialupProxies,
  cloudPhones,
  exchangeGroup,
  shiftingJobDecoys,
  orderedDrip,
  emulatorDawn,
  nightCity,
  natMobilization,
  issuedPhones,
  viralForward,
  elderHelpers,
  guangdongDiaspora,
  tvCall,
  relayChain,
  parentGroups,
  marketDay,
];

/** Set L is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
