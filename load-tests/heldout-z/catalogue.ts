import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/z01-script-in-mobilization';
import { scriptedBurst } from './families/z02-scripted-burst';
import { residentialProxies } from './families/z03-residential-proxies';
import { lockstepRing } from './families/z04-lockstep-ring';
import { clickFarm } from './families/z05-click-farm';
import { sumuBatchMimic } from './families/z06-sumu-batch-mimic';
import { borderSimPool } from './families/z07-border-sim-pool';
import { shiftCover } from './families/z08-shift-cover';
import { nightMiners } from './families/z09-night-miners';
import { fewNats } from './families/z10-few-nats';
import { issuedPhones } from './families/z11-issued-phones';
import { viralForward } from './families/z12-viral-forward';
import { herderBatches } from './families/z13-herder-batches';
import { beijingMigrants } from './families/z14-beijing-migrants';
import { borderTraders } from './families/z15-border-traders';
import { naadam } from './families/z16-naadam';
import { mongolianRadio } from './families/z17-mongolian-radio';
import { lastDayRally } from './families/z18-last-day-rally';

/** Z1–Z8 are attacks, Z9–Z18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  scriptedBurst,
  residentialProxies,
  lockstepRing,
  clickFarm,
  sumuBatchMimic,
  borderSimPool,
  shiftCover,
  nightMiners,
  fewNats,
  issuedPhones,
  viralForward,
  herderBatches,
  beijingMigrants,
  borderTraders,
  naadam,
  mongolianRadio,
  lastDayRally,
];

/** Set Z is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
