import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set S: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 25k–75k attempts (median about 45k): a provincial vote of modest reach. */
export function organicSize(rng: Rng, median = 45_000): number {
  return Math.round(Math.min(75_000, Math.max(25_000, rng.logNormal(median, 0.35))));
}

/** Adds one raw vote (a script's, or a phone whose UA the family fixed itself). */
export function rawVote(ctx: FamilyContext, source: number, at: number, accountId: string, candidateIds: readonly string[], ip: string, userAgent: string): void {
  ctx.ledger.add({ at, accountId, candidateIds, ip, userAgent, source });
}

/** One source of a family: one window in the labels (a day, a night, an evening, a session). */
export function partSource(ctx: FamilyContext, kind: 'attack' | 'legit', group: string, candidateId: string, part: string | number): number {
  return ctx.ledger.source({ name: `${group}:${part}`, kind, candidateId, group });
}

/** Full ballot days (neither the opening nor the closing one), from `from` on. */
export function fullDays(ctx: FamilyContext, from = 1): number[] {
  return Array.from({ length: Math.max(0, ctx.rhythm.days - 1 - from) }, (_, i) => from + i);
}
