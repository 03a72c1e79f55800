import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptedBurst } from './families/v01-scripted-burst';
import { proxyPool } from './families/v02-proxy-pool';
import { lockstepRoster } from './families/v03-lockstep-roster';
import { scriptInRally } from './families/v04-script-in-rally';
import { yiwuPhoneFarm } from './families/v05-yiwu-phone-farm';
import { rentedPhones } from './families/v06-rented-phones';
import { echoSimPool } from './families/v07-echo-sim-pool';
import { warmedPivot } from './families/v08-warmed-pivot';
import { transitNightShift } from './families/v09-transit-night-shift';
import { countyNoticeNat } from './families/v10-county-notice-nat';
import { issuedWorkPhones } from './families/v11-issued-work-phones';
import { rainstormVideo } from './families/v12-rainstorm-video';
import { stationQrCode } from './families/v13-station-qr-code';
import { companySlate } from './families/v14-company-slate';
import { redPacketGroup } from './families/v15-red-packet-group';
import { canteenHelpers } from './families/v16-canteen-helpers';
import { hometownVillage } from './families/v17-hometown-village';
import { yiwuMarket } from './families/v18-yiwu-market';

/** V1–V8 are attacks, V9–V18 honest scenarios. */
export const families: readonly Family[] = [
  scriptedBurst,
  proxyPool,
  lockstepRoster,
  scriptInRally,
  yiwuPhoneFarm,
  rentedPhones,
  echoSimPool,
  warmedPivot,
  transitNightShift,
  countyNoticeNat,
  issuedWorkPhones,
  rainstormVideo,
  stationQrCode,
  companySlate,
  redPacketGroup,
  canteenHelpers,
  hometownVillage,
  yiwuMarket,
];

/** Set V is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
