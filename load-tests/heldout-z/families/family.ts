import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape, League, ZCandidate } from '../model/ballot';
import type { Crowd } from '../model/crowd';
import type { People, World } from '../model/people';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the world, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  people: People;
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set Z: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 32k–42k attempts: a regional ballot, not a national one. */
export function organicSize(rng: Rng, lo = 32_000, hi = 42_000): number {
  return Math.round(rng.uniform(lo, hi));
}

/**
 * A candidate of one of the leagues (or any league), by pull rank among them: 0 the most popular,
 * 0.5 the middle, 1 the least. Families pick a mid-table candidate so a surge matters.
 */
export function candidateIn(ctx: FamilyContext, leagues: readonly League[] | null, rank = 0.5): ZCandidate {
  const pool = ctx.ballot.candidates.filter((c) => leagues === null || leagues.includes(c.league)).sort((a, b) => b.pull - a.pull);
  return pool[Math.min(pool.length - 1, Math.floor(rank * pool.length))];
}

export function attackSource(ctx: FamilyContext, name: string, c: ZCandidate, group: string): number {
  return ctx.ledger.source({ name, kind: 'attack', candidateId: c.id, group });
}

export function surgeSource(ctx: FamilyContext, name: string, c: ZCandidate, group: string): number {
  return ctx.ledger.source({ name, kind: 'legit', candidateId: c.id, group });
}

/** The ballot's full days (not the opening or closing part-day), as indexes. */
export function fullDays(ctx: FamilyContext): number[] {
  const { cal } = ctx.ballot;
  const out: number[] = [];
  for (let d = 0; d < cal.dayCount; d++) {
    const start = cal.firstMidnight + d * 86_400_000;
    if (start >= cal.opensAt && start + 86_400_000 <= cal.closesAt) out.push(d);
  }
  return out;
}

/** Organic attempts per day for a candidate (at least 1). */
export function dailyOf(ctx: FamilyContext, c: ZCandidate): number {
  return Math.max(1, ctx.crowd.daily.get(c.id) ?? 1);
}

/** A vote as a script writes it: account, selection, address and user agent all given. */
export function raw(ctx: FamilyContext, t: number, account: string, ids: readonly string[], ip: string, userAgent: string, source: number): void {
  ctx.ledger.add({ at: t, accountId: account, candidateIds: ids, ip, userAgent, source });
}
