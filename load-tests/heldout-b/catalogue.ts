import { b01ScriptInMobilization } from './families/b01-script-in-mobilization';
import { b02ClickFarm } from './families/b02-click-farm';
import { b03SlowSessions } from './families/b03-slow-sessions';
import { b04TaskPlatform } from './families/b04-task-platform';
import { b05ModemPool } from './families/b05-modem-pool';
import { b06CloudPhones } from './families/b06-cloud-phones';
import { b07PushDecoys } from './families/b07-push-decoys';
import { b08NightCity } from './families/b08-night-city';
import { b09CompanyPhones } from './families/b09-company-phones';
import { b10GovMobilization } from './families/b10-gov-mobilization';
import { b11ViralForward } from './families/b11-viral-forward';
import { b12FactoryShifts } from './families/b12-factory-shifts';
import { b13Campus } from './families/b13-campus';
import { b14HometownMigrants } from './families/b14-hometown-migrants';
import type { Family } from './families/family';
import type { Run } from './generate';

/** Every family, in report order: attacks B1-B7, legitimate shapes B8-B14. All held out. */
export const families: readonly Family[] = [
  b01ScriptInMobilization,
  b02ClickFarm,
  b03SlowSessions,
  b04TaskPlatform,
  b05ModemPool,
  b06CloudPhones,
  b07PushDecoys,
  b08NightCity,
  b09CompanyPhones,
  b10GovMobilization,
  b11ViralForward,
  b12FactoryShifts,
  b13Campus,
  b14HometownMigrants,
];

export function runs(filter: { family?: string; seed?: number } = {}): Run[] {
  const out: Run[] = [];
  for (const family of families) {
    if (filter.family !== undefined && family.id !== filter.family) continue;
    for (const seed of family.seeds) if (filter.seed === undefined || seed === filter.seed) out.push({ family, seed });
  }
  return out;
}
