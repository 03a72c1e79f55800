import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import { byPull, type BallotShape, type Nominee } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set W: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 28k-55k vote attempts (median about 36k): a provincial vote, not a national one. */
export function organicSize(rng: Rng, median = 36_000): number {
  return Math.round(Math.min(55_000, Math.max(28_000, rng.logNormal(median, 0.3))));
}

/** A nominee ranked between `from` and `to` by pull (1 = strongest), optionally filtered. */
export function rankedTarget(ctx: FamilyContext, from: number, to: number, ok: (n: Nominee) => boolean = () => true): Nominee {
  const ranked = byPull(ctx.ballot).filter(ok);
  const lo = Math.min(from, ranked.length) - 1;
  const hi = Math.min(to, ranked.length) - 1;
  return ranked[ctx.rng.int(lo, hi)];
}

/** A source of the family: one per day, night or session, so each gets its own window. */
export function source(ctx: FamilyContext, name: string, kind: 'legit' | 'attack' | 'organic', target?: Nominee, group?: string): number {
  return ctx.ledger.source({ name, kind, candidateId: target?.id, group });
}

/** Sources made on first use, one per key (a day, a night, a session), all in one group. */
export function sourcesBy(ctx: FamilyContext, prefix: string, kind: 'legit' | 'attack' | 'organic', target?: Nominee): (key: number | string) => number {
  const made = new Map<string, number>();
  return (key) => {
    const k = String(key);
    let s = made.get(k);
    if (s === undefined) made.set(k, (s = source(ctx, `${prefix}-${k}`, kind, target, prefix)));
    return s;
  };
}
