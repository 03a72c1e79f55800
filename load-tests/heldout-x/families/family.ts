import { MINUTE } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import { byPull, type BallotShape, type XCandidate } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';
import type { Person } from '../model/people';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set X: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** Organic attempts at scale 1: 30k–52k, median about 36k (the ballot's families add the rest). */
export function organicSize(rng: Rng, median = 36_000): number {
  return Math.round(Math.min(52_000, Math.max(30_000, rng.logNormal(median, 0.2))));
}

/** A candidate between pull ranks `from` and `to` (1 = strongest): who a vendor's client usually is. */
export function rankedBetween(ctx: FamilyContext, from: number, to: number): XCandidate {
  const list = byPull(ctx.ballot);
  return list[ctx.rng.int(from - 1, Math.min(list.length, to) - 1)];
}

/** A labelled source: one window per source, sources of a group form one attack or surge. */
export function labelled(ctx: FamilyContext, name: string, kind: 'attack' | 'legit', candidate: XCandidate, group: string): number {
  return ctx.ledger.source({ name, kind, candidateId: candidate.id, group });
}

/** Poisson arrival instants at `perHour` between two instants. */
export function poissonTimes(rng: Rng, start: number, end: number, perHour: number): number[] {
  const out: number[] = [];
  if (perHour <= 0) return out;
  for (let t = start + rng.exponential(60 / perHour) * MINUTE; t < end; t += rng.exponential(60 / perHour) * MINUTE) out.push(t);
  return out;
}

/** Minutes after a Beijing midnight of ballot day `d`. */
export function at(ctx: FamilyContext, d: number, hour: number, minute = 0): number {
  return ctx.rhythm.dayStart(d) + (hour * 60 + minute) * MINUTE;
}

/**
 * A surge voter's later days, as part of the organic crowd (unlabelled): each day after `fromDay`
 * with probability `p` (fading), at about the same minute as their surge vote or anywhere in their day.
 */
export function laterDays(ctx: FamilyContext, person: Person, candidate: XCandidate, first: number, p: number): void {
  const { rng, rhythm, crowd, people } = ctx;
  const d0 = rhythm.dayOf(first);
  const minute = (first - rhythm.dayStart(d0)) / MINUTE;
  for (let d = d0 + 1; d < rhythm.days; d++) {
    if (!rng.chance(p * Math.pow(0.9, d - d0 - 1))) continue;
    const t = rng.chance(0.5) ? rhythm.habitOnDay(rng, d, minute, 50) : rhythm.timeOnDay(rng, d, person.segment, person.shift);
    if (t >= ctx.ballot.cal.closesAt) continue;
    people.vote(rng, person, t, crowd.selection(rng, candidate), crowd.source);
  }
}
