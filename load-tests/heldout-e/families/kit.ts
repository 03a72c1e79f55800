import type { Rng } from '../../heldout/prng';
import type { Ballot } from '../ballot';
import { byPopularity } from '../ballot';
import type { Population } from '../crowd/person';
import { MINUTE, ballotDay } from '../time';

/** What a family's builder gets: its own random stream, the ballot (organic crowd already in), the people. */
export interface Scene {
  rng: Rng;
  /** The run's seed, for families whose seeds pick a variant. */
  seed: number;
  ballot: Ballot;
  population: Population;
}

export interface Family {
  /** E1, E2, … */
  id: string;
  kind: 'attack' | 'legit';
  /** Short name, for tables and file names. */
  title: string;
  /** One line: who does what, from where, when. */
  description: string;
  seeds: readonly number[];
  build(scene: Scene): void;
}

/**
 * Sources of one attack or surge, one per ballot day it touches, so its labels get one window per
 * day (a three-day attack is three windows of one labelled part).
 */
export class DailySources {
  private readonly byDay = new Map<number, number>();

  constructor(
    private readonly ballot: Ballot,
    private readonly group: string,
    private readonly kind: 'attack' | 'legit',
    private readonly candidate: number,
  ) {}

  at(t: number): number {
    const day = ballotDay(this.ballot.cal, t);
    let s = this.byDay.get(day);
    if (s === undefined) {
      s = this.ballot.ledger.source({ name: `${this.group}:day${day}`, kind: this.kind, candidateId: this.ballot.candidates[this.candidate].id, group: this.group });
      this.byDay.set(day, s);
    }
    return s;
  }
}

/** A single-window source (a burst that never crosses midnight, or must be one window by design). */
export function oneSource(ballot: Ballot, group: string, kind: 'attack' | 'legit', candidate: number): number {
  return ballot.ledger.source({ name: group, kind, candidateId: ballot.candidates[candidate].id, group });
}

/**
 * A candidate by popularity rank (0 = most popular), among ranks [from, to], skipping `avoid`. Who
 * buys votes is usually a mid-table candidate who wants a place; who mobilizes honestly can be anyone.
 */
export function candidateByRank(rng: Rng, ballot: Ballot, from: number, to: number, avoid: readonly number[] = []): number {
  const order = byPopularity(ballot).filter((c) => !avoid.includes(c));
  const hi = Math.min(to, order.length - 1);
  return order[rng.int(Math.min(from, hi), hi)];
}

/**
 * Arrival instants of a Poisson process with a time-varying rate (per minute) on [start, end), by
 * thinning: what honest crowds look like at any scale.
 */
export function poissonArrivals(rng: Rng, start: number, end: number, perMinute: (t: number) => number, maxPerMinute: number): number[] {
  const out: number[] = [];
  for (let t = start + rng.exponential(MINUTE / maxPerMinute); t < end; t += rng.exponential(MINUTE / maxPerMinute)) {
    if (rng.next() * maxPerMinute < perMinute(t)) out.push(t);
  }
  return out;
}

/** Indexes of `count` candidates other than `target`, for scripts that tick decoys to look human. */
export function decoys(rng: Rng, ballot: Ballot, target: number, count: number): number[] {
  const others = ballot.candidates.map((_, i) => i).filter((i) => i !== target);
  return rng.shuffle(others).slice(0, Math.max(0, Math.min(count, ballot.maxChoices - 1)));
}
