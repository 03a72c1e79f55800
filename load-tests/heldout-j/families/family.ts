import type { Rng } from '../../heldout/prng';
import type { BallotShape } from '../model/ballot';
import type { Crowd, World } from '../model/crowd';

/** What a family's builder works with: the ballot, its organic crowd, and its own random stream. */
export interface FamilyContext extends World {
  rng: Rng;
  crowd: Crowd;
  /** 1 for the bench; tests shrink the crowd and every family's volumes with it. */
  scale: number;
}

export interface Family {
  id: string;
  kind: 'attack' | 'legit';
  /** One line for the bench table. */
  description: string;
  seeds: readonly number[];
  ballot?: BallotShape;
  /** Organic vote attempts at scale 1. */
  organicVotes(rng: Rng): number;
  /** Adds the family's votes (an attack, an honest surge, or both) on top of the organic crowd. */
  build(ctx: FamilyContext): void;
}

/** An organic crowd of 30k–140k attempts, most ballots modest (median about 55k). */
export function organicSize(rng: Rng, median = 55_000): number {
  return Math.round(Math.min(140_000, Math.max(30_000, rng.logNormal(median, 0.4))));
}

/** A family's head count at the context's scale (never below `min`). */
export function scaled(scale: number, count: number, min = 1): number {
  return Math.max(min, Math.round(count * scale));
}
