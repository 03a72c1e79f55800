import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import { byPull, type BallotShape } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set Q: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 25k–85k attempts, most ballots modest (median about 45k). */
export function organicSize(rng: Rng, median = 45_000): number {
  return Math.round(Math.min(85_000, Math.max(25_000, rng.logNormal(median, 0.4))));
}

/**
 * A candidate by standing: `top` is one of the two strongest, `upper` the next few, `mid` the
 * middle of the table, `low` the weaker half's lower part. Returns its ballot index.
 */
export function pickCandidate(ctx: FamilyContext, rank: 'top' | 'upper' | 'mid' | 'low', avoid: readonly number[] = []): number {
  const order = byPull(ctx.ballot).filter((i) => !avoid.includes(i));
  const n = order.length;
  const [lo, hi] = rank === 'top' ? [0, 1] : rank === 'upper' ? [2, 5] : rank === 'mid' ? [Math.floor(n * 0.3), Math.floor(n * 0.6)] : [Math.floor(n * 0.6), n - 2];
  return order[ctx.rng.int(lo, Math.max(lo, Math.min(hi, n - 1)))];
}

/** One labelled source: an attack (or honest surge) window of the group, for candidate `ci`. */
export function source(ctx: FamilyContext, kind: 'attack' | 'legit', name: string, ci: number, group: string): number {
  return ctx.ledger.source({ name, kind, candidateId: ctx.ballot.candidates[ci].id, group });
}

/** Ballot days that start on or after day `from`, fully or partly open. */
export function daysFrom(ctx: FamilyContext, from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i).filter((d) => d >= 0 && d < ctx.rhythm.days);
}
