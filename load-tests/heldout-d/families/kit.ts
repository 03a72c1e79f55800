import type { Rng } from '../../heldout/prng';
import { ballotDay, clockTime, DAY, HOUR, isRestDay } from '../model/clock';
import { androidDevice, pickAndroidModel, pickAndroidVersion, pickRelease, type NetType } from '../model/handsets';
import type { Scene } from '../model/scene';

/** Small things several families need: their labelled sources, days of the week, frozen user agents. */

/** A source whose votes are an attack on `candidate`; sources sharing `group` form one attack. */
export function attackSource(scene: Scene, name: string, candidate: number, group: string): number {
  return scene.ledger.source({ name, kind: 'attack', candidateId: scene.contest.candidates[candidate].id, group });
}

/** A source whose votes are an honest surge for `candidate` (labelled so a flag on it counts as false). */
export function surgeSource(scene: Scene, name: string, candidate: number, group: string): number {
  return scene.ledger.source({ name, kind: 'legit', candidateId: scene.contest.candidates[candidate].id, group });
}

/** Honest votes a surge leaves behind (people coming back later on their own): not labelled. */
export function aftermathSource(scene: Scene, name: string): number {
  return scene.ledger.source({ name, kind: 'organic' });
}

/** Ballot days in [from, to] that are workdays and start inside the window. */
export function workdays(scene: Scene, from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d <= to && d < scene.cal.dayCount; d++) {
    const noon = clockTime(scene.cal, d, 12);
    if (!isRestDay(noon) && noon > scene.cal.opensAt && noon < scene.cal.closesAt) out.push(d);
  }
  return out;
}

/** Ballot days in [from, to] that are weekends and start inside the window. */
export function restDays(scene: Scene, from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d <= to && d < scene.cal.dayCount; d++) {
    const noon = clockTime(scene.cal, d, 12);
    if (isRestDay(noon) && noon > scene.cal.opensAt && noon < scene.cal.closesAt) out.push(d);
  }
  return out;
}

/** A ballot day whose clock hour `hour` lies inside the window, from [from, to]. */
export function dayWithHour(scene: Scene, rng: Rng, from: number, to: number, hour: number): number {
  const ok: number[] = [];
  for (let d = from; d <= to; d++) {
    const t = clockTime(scene.cal, d, hour);
    if (t > scene.cal.opensAt && t + 6 * HOUR < scene.cal.closesAt) ok.push(d);
  }
  return ok.length ? rng.pick(ok) : ballotDay(scene.cal, scene.cal.opensAt + DAY);
}

/** A user agent lifted from one real phone and replayed verbatim (what a script sends). */
export function frozenUa(rng: Rng, net: NetType = rng.chance(0.6) ? 'WIFI' : '4G'): string {
  const model = pickAndroidModel(rng);
  return androidDevice(rng, { model, android: pickAndroidVersion(rng, model), release: pickRelease(rng) }).ua(net);
}
