import { DAY, HOUR } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import type { HoldoutFamily } from '../../heldout/set-kit';
import type { BallotShape, LCandidate } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

export { scaled } from '../../heldout/set-kit';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

/** One family of set L: the shared shape, with this set's context and ballot ask. */
export type Family = HoldoutFamily<FamilyContext, BallotShape>;

/** An organic crowd of 30k–110k attempts (median about 50k). */
export function organicSize(rng: Rng, median = 50_000): number {
  return Math.round(Math.min(110_000, Math.max(30_000, rng.logNormal(median, 0.4))));
}

/** The instant of an Asia/Shanghai clock hour (fractional) on ballot day d. */
export function clock(ctx: FamilyContext, d: number, hour: number): number {
  return ctx.ballot.cal.firstMidnight + d * DAY + hour * HOUR;
}

/** A candidate of the ballot by name (the family asked for it), else by organic rank. */
export function candidate(ctx: FamilyContext, name: string | undefined, rank: number): LCandidate {
  return ctx.ballot.candidates.find((c) => name !== undefined && c.place.name === name) ?? ctx.crowd.byVolume()[Math.min(rank, ctx.ballot.candidates.length - 1)];
}
