import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape, RCandidate } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set R: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 20k–90k attempts (median about 40k). */
export function organicSize(rng: Rng, median = 40_000): number {
  return Math.round(Math.min(90_000, Math.max(20_000, rng.logNormal(median, 0.4))));
}

/** A source of an attack on `c`; sources sharing `group` are one attack with one window each. */
export function attackSource(ctx: FamilyContext, name: string, c: RCandidate, group: string): number {
  return ctx.ledger.source({ name, kind: 'attack', candidateId: c.id, group });
}

/** A source of an honest surge for `c` (what a detector must leave alone). */
export function surgeSource(ctx: FamilyContext, name: string, c: RCandidate, group: string): number {
  return ctx.ledger.source({ name, kind: 'legit', candidateId: c.id, group });
}

/** A day of the ballot between `from` and `to` (clamped to the ballot's last whole day). */
export function dayBetween(ctx: FamilyContext, from: number, to: number): number {
  return ctx.rng.int(from, Math.min(to, ctx.rhythm.days - 2));
}

/** A candidate's organic attempts per hour in the daytime (07:00–23:00 carry nearly all of them). */
export function daytimeHourly(ctx: FamilyContext, c: RCandidate): number {
  return ctx.crowd.dailyMean(c.id) / 16;
}
