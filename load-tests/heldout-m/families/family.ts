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

/** One family of set M: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 30k–100k attempts, most ballots modest (median about 50k). */
export function organicSize(rng: Rng, median = 50_000): number {
  return Math.round(Math.min(100_000, Math.max(30_000, rng.logNormal(median, 0.35))));
}

/** A candidate whose organic pull ranks between the fractions `lo` and `hi` of the table (0 = the leader). */
export function rankedCandidate(ctx: FamilyContext, lo: number, hi: number): number {
  const order = byPull(ctx.ballot);
  const a = Math.floor(lo * (order.length - 1));
  const b = Math.max(a, Math.floor(hi * (order.length - 1)));
  return order[ctx.rng.int(a, b)];
}

/** An attack source for candidate `ci`; sources sharing `group` are one attack with a window each. */
export function attackSource(ctx: FamilyContext, name: string, ci: number, group?: string): number {
  return ctx.ledger.source({ name, kind: 'attack', candidateId: ctx.ballot.candidates[ci].id, group });
}

/** An honest surge's source for candidate `ci`. */
export function honestSource(ctx: FamilyContext, name: string, ci: number, group?: string): number {
  return ctx.ledger.source({ name, kind: 'legit', candidateId: ctx.ballot.candidates[ci].id, group });
}

/** A weekday ballot day in [lo, hi], or the first day in range if none is. */
export function weekday(ctx: FamilyContext, lo: number, hi: number): number {
  const days = [];
  for (let d = lo; d <= hi; d++) if (!ctx.rhythm.isWeekend(ctx.rhythm.at(d, 720))) days.push(d);
  return days.length ? ctx.rng.pick(days) : lo;
}
