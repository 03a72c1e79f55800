import type { BallotCalendar } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { AddressPlan } from './address-plan';
import { ballotDay, clockHour, clockTime, dayWindow, HOUR, sampleRhythm } from './clock';
import { choosePicks, type Contest } from './contest';
import { reach, type People, type Person } from './people';

/** Everything a family builds on: the ballot, its ledger, its address world, its people. */
export interface Scene {
  readonly contest: Contest;
  readonly cal: BallotCalendar;
  readonly ledger: LedgerBuilder;
  readonly plan: AddressPlan;
  readonly people: People;
  /** Votes the organic crowd cast before the family ran (families size some surges on it). */
  readonly organicVotes: number;
}

/** A person votes at `at` from wherever they are then. */
export function cast(scene: Scene, source: number, person: Person, at: number, picks: readonly string[], rng: Rng): void {
  const { ip, net } = reach(scene.plan, person, at, rng);
  scene.ledger.add({ at: Math.floor(at), accountId: person.account, candidateIds: picks, ip, userAgent: person.device.ua(net), source });
}

/** A vote whose address and user agent the caller fixes (scripts, farms, proxies). */
export function castRaw(scene: Scene, source: number, account: string, at: number, picks: readonly string[], ip: string, userAgent: string): void {
  scene.ledger.add({ at: Math.floor(at), accountId: account, candidateIds: picks, ip, userAgent, source });
}

/** How a voter comes back on the days after the first vote. */
export interface Habit {
  /** Chance of voting again on the next day; it fades by `fatigue` each further day. */
  loyalty: number;
  fatigue: number;
  /** Share of return votes cast near the hour of the first (a routine), the rest whenever. */
  routine: number;
  /** A day's return chance is multiplied by this when the day has a reminder (push, group nudge). */
  nudged?: (day: number) => number;
  /** Chance the voter ticks a different set on a return day. */
  changeMind: number;
}

export const ONE_OFF: Habit = { loyalty: 0.04, fatigue: 0.9, routine: 0.5, changeMind: 0.1 };
export const CASUAL: Habit = { loyalty: 0.3, fatigue: 0.93, routine: 0.5, changeMind: 0.12 };
export const DEVOTED: Habit = { loyalty: 0.8, fatigue: 0.97, routine: 0.65, changeMind: 0.06 };

/** Casts the return votes of someone who first voted at `firstAt`; returns how many. */
export function castReturns(scene: Scene, source: number, person: Person, firstAt: number, first: number, picks: readonly string[], habit: Habit, rng: Rng): number {
  const cal = scene.cal;
  const hour = clockHour(firstAt);
  let chance = habit.loyalty;
  let ticks = picks;
  let votes = 0;
  for (let day = ballotDay(cal, firstAt) + 1; day < cal.dayCount; day++, chance *= habit.fatigue) {
    if (!rng.chance(Math.min(1, chance * (habit.nudged?.(day) ?? 1)))) continue;
    const [from, to] = dayWindow(cal, day);
    if (to <= from) continue;
    let t = rng.chance(habit.routine) ? clockTime(cal, day, hour) + rng.normal(0, 1.2) * HOUR : NaN;
    if (!(t >= from && t < to)) t = sampleRhythm(rng, from, to);
    if (rng.chance(habit.changeMind)) ticks = choosePicks(rng, scene.contest, first);
    cast(scene, source, person, t, ticks, rng);
    votes++;
  }
  return votes;
}
