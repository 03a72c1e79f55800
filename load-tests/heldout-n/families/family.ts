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

/** One family of set N: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 35k–100k attempts, most ballots modest (median about 56k). */
export function organicSize(rng: Rng, median = 56_000): number {
  return Math.round(Math.min(100_000, Math.max(35_000, rng.logNormal(median, 0.4))));
}

/** Adds a vote with a hand-made address and user agent (attack tooling, shared devices). */
export function rawVote(ctx: FamilyContext, at: number, accountId: string, candidateIds: readonly string[], ip: string, userAgent: string, source: number): void {
  ctx.ledger.add({ at: Math.round(at), accountId, candidateIds, ip, userAgent, source });
}
