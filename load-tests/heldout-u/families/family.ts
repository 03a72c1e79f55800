import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape, Teacher } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set U: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 28k–50k attempts (median about 36k): a provincial vote for rural teachers is not huge. */
export function organicSize(rng: Rng, median = 36_000): number {
  return Math.round(Math.min(50_000, Math.max(28_000, rng.logNormal(median, 0.22))));
}

/** A candidate by organic rank, drawn between `from` and `to` (1 = the most voted). */
export function byRank(ctx: FamilyContext, from: number, to: number): Teacher {
  const i = ctx.rng.int(from - 1, Math.min(to, ctx.crowd.ranked.length) - 1);
  return ctx.crowd.ranked[i];
}

/** The teacher the family's ballot shape asked for (falls back to a mid-table one). */
export function featured(ctx: FamilyContext): Teacher {
  return ctx.ballot.featured ?? byRank(ctx, 5, 14);
}

/**
 * Sources of one labelled part, one per key (a day, a session, an evening), made on first use so
 * each window is tight: the labels give one window per source.
 */
export function sourcesPer(ctx: FamilyContext, o: { name: string; kind: 'attack' | 'legit'; teacher: Teacher; group?: string }): (key: string | number) => number {
  const made = new Map<string, number>();
  return (key) => {
    const k = String(key);
    let s = made.get(k);
    if (s === undefined) made.set(k, (s = ctx.ledger.source({ name: `${o.name}:${k}`, kind: o.kind, candidateId: o.teacher.id, group: o.group ?? o.name })));
    return s;
  };
}
