import { holdoutRuns } from '../heldout/holdout-runs';
import type { Family } from './families/family';
import { scriptInMobilization } from './families/x01-script-in-mobilization';
import { scriptedBurst } from './families/x02-scripted-burst';
import { proxyPool } from './families/x03-proxy-pool';
import { lockstepRing } from './families/x04-lockstep-ring';
import { phoneClickFarm } from './families/x05-phone-click-farm';
import { overseasVps } from './families/x06-overseas-vps';
import { warmedPool } from './families/x07-warmed-pool';
import { rankingTopUps } from './families/x08-ranking-top-ups';
import { nightHarbour } from './families/x09-night-harbour';
import { countyNatPush } from './families/x10-county-nat-push';
import { issuedPhones } from './families/x11-issued-phones';
import { viralRescueVideo } from './families/x12-viral-rescue-video';
import { hometownAssociations } from './families/x13-hometown-associations';
import { tulouLine } from './families/x14-tulou-line';
import { parentGroups } from './families/x15-parent-groups';
import { taiwaneseResidents } from './families/x16-taiwanese-residents';
import { fleetInPort } from './families/x17-fleet-in-port';
import { clanSlate } from './families/x18-clan-slate';

/** X1–X8 are attacks, X9–X18 honest scenarios. */
export const families: readonly Family[] = [
  scriptInMobilization,
  scriptedBurst,
  proxyPool,
  lockstepRing,
  phoneClickFarm,
  overseasVps,
  warmedPool,
  rankingTopUps,
  nightHarbour,
  countyNatPush,
  issuedPhones,
  viralRescueVideo,
  hometownAssociations,
  tulouLine,
  parentGroups,
  taiwaneseResidents,
  fleetInPort,
  clanSlate,
];

/** Set X is held out as a whole: every run is judged, none is tuned on. */
export interface Run {
  family: Family;
  seed: number;
  split: 'holdout';
}

/** Every (family, seed) run in catalogue order, narrowed by `--family` and `--seed`. */
export const runs = (filter: { family?: string; seed?: number } = {}): Run[] => holdoutRuns(families, filter);
