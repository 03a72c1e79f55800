import { C1, C2, C3 } from './families/attacks-hidden';
import { C4, C5, C6, C7 } from './families/attacks-ops';
import type { CFamily } from './families/kind';
import { C10, C11, C8, C9 } from './families/legit-crowds';
import { C12, C13, C14, C15 } from './families/legit-places';
import type { CRun } from './generate';

/** Set C: every run is held out (no tune split). */
export const families: readonly CFamily[] = [C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15];

export function runs(filter: { family?: string; seed?: number } = {}): CRun[] {
  return families
    .filter((f) => !filter.family || f.id === filter.family)
    .flatMap((f) => f.seeds.filter((seed) => filter.seed === undefined || seed === filter.seed).map((seed) => ({ family: f, seed })));
}
