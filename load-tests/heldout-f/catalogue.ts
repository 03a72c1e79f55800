import type { Family, Run } from './catalogue-types';
import { F1 } from './families/f01-push-with-script';
import { F2 } from './families/f02-phone-click-farm';
import { F3 } from './families/f03-datacenter-script';
import { F4 } from './families/f04-residential-proxy';
import { F5 } from './families/f05-lockstep-rack';
import { F6 } from './families/f06-task-platform';
import { F7 } from './families/f07-drip-emulators';
import { F8 } from './families/f08-daily-autopilot';
import { F9 } from './families/f09-night-shift-city';
import { F10 } from './families/f10-township-mobilization';
import { F11 } from './families/f11-company-phones';
import { F12 } from './families/f12-viral-forward';
import { F13 } from './families/f13-helpers-one-phone';
import { F14 } from './families/f14-moving-class-groups';
import { F15 } from './families/f15-tv-segment';
import { F16 } from './families/f16-campus-nights';
import { F17 } from './families/f17-migrant-hometown';
import { F18 } from './families/f18-final-day-rally';

export type { Family, Run } from './catalogue-types';

/** Set F's families: F1–F8 attacks, F9–F18 honest surges. Every run is held out. */
export const FAMILIES: readonly Family[] = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18];

export function familyById(id: string): Family {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown family ${id}`);
  return f;
}

/** Every (family, seed) run, in catalogue order, narrowed by `--family` / `--seed`. */
export function runs(filter: { family?: string; seed?: number } = {}): Run[] {
  return FAMILIES.filter((f) => !filter.family || f.id === filter.family).flatMap((family) =>
    family.seeds.filter((s) => filter.seed === undefined || s === filter.seed).map((seed) => ({ family, seed })),
  );
}
