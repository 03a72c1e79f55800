import type { Rng } from '../../heldout/prng';
import { scaled as scaledBy } from '../../heldout/set-kit';
import type { HCandidate } from '../model/ballot';
import type { Age } from '../model/devices';
import type { Voter } from '../model/people';
import { votingDays } from '../model/crowd';
import { MINUTE, type Life } from '../model/rhythm';
import { county as countyByKey } from '../model/places';
import type { FamilyContext } from './family';

/** A family's volume at the run's scale, never below `min`. */
export function scaled(ctx: FamilyContext, n: number, min = 1): number {
  return scaledBy(ctx.scale, n, min);
}

/** Candidates ordered by how strong their organic campaign is (0: the favourite). */
export function byStrength(ctx: FamilyContext): HCandidate[] {
  return [...ctx.crowd.campaigns].sort((a, b) => b.strength - a.strength).map((c) => c.candidate);
}

/** A candidate ranked between lo and hi (0-based) by organic strength, not in `avoid`. */
export function rankedCandidate(ctx: FamilyContext, rng: Rng, lo: number, hi: number, avoid: readonly HCandidate[] = []): HCandidate {
  const ranked = byStrength(ctx).filter((c) => !avoid.includes(c));
  return ranked[rng.int(Math.min(lo, ranked.length - 1), Math.min(hi, ranked.length - 1))];
}

/** The candidate of the first listed county the ballot has. */
export function candidateOf(ctx: FamilyContext, keys: readonly string[]): HCandidate {
  for (const k of keys) {
    const c = ctx.ballot.candidates.find((x) => x.place.key === k);
    if (c) return c;
  }
  throw new Error(`no candidate in ${keys.join(', ')}`);
}

export function attackSource(ctx: FamilyContext, name: string, c: HCandidate, group: string): number {
  return ctx.ledger.source({ name, kind: 'attack', candidateId: c.id, group });
}

export function legitSource(ctx: FamilyContext, name: string, c: HCandidate, group: string): number {
  return ctx.ledger.source({ name, kind: 'legit', candidateId: c.id, group });
}

/** Ballot days whose noon falls in the window, optionally weekdays only. */
export function ballotDays(ctx: FamilyContext, weekdaysOnly = false): number[] {
  const out: number[] = [];
  for (let d = 0; d < ctx.rhythm.days; d++) {
    const noon = ctx.rhythm.at(d, 12 * 60);
    if (!ctx.rhythm.inWindow(noon)) continue;
    const wd = new Date(noon + 8 * 3_600_000).getUTCDay();
    if (weekdaysOnly && (wd === 0 || wd === 6)) continue;
    out.push(d);
  }
  return out;
}

/** Beijing time hh:mm (as hours, e.g. 20.5) on ballot day d. */
export function clock(ctx: FamilyContext, d: number, hours: number): number {
  return ctx.rhythm.at(d, hours * 60);
}

/** Someone from the candidate's own county (or a given county), with their own phone and home. */
export function local(ctx: FamilyContext, rng: Rng, c: HCandidate, age: Age = 'adult', life?: Life, countyKey?: string): Voter {
  const place = countyKey ? countyByKey(countyKey) : c.place;
  const hh = ctx.people.household(rng, place);
  return ctx.people.voter(rng, hh, age, c.index, life);
}

/** A voter whose ballot is always just the candidate (a mobilised or paid vote). */
export function only(ctx: FamilyContext, c: HCandidate): readonly string[] {
  return ctx.ballot.single[c.index];
}

/** Times of a decaying burst after `at`: n events, exponential with mean tauMin minutes. */
export function burst(rng: Rng, at: number, n: number, tauMin: number): number[] {
  return Array.from({ length: n }, () => at + rng.exponential(tauMin) * MINUTE).sort((a, b) => a - b);
}

/** The candidate's share of all votes added so far over [from, to) that matched `pick`. */
export function addedShare(ctx: FamilyContext, c: HCandidate, pick: (at: number) => boolean): { all: number; mine: number } {
  let all = 0;
  let mine = 0;
  for (const v of ctx.ledger.added()) {
    if (!pick(v.at)) continue;
    all++;
    if (v.candidateIds.includes(c.id)) mine++;
  }
  return { all, mine };
}

export const SECOND = 1000;
export { MINUTE };

/** A county push: when it lands, what share of the mobilised it reaches, and whose votes they are. */
export interface Push {
  at: number;
  share: number;
  medianMin: number;
  source: number;
}

/**
 * Real residents of a county answering pushes: households (members often voting together), each
 * reading the push when they next pick up their phone. A first vote on the push's day counts for
 * the push's source; later votes (their own returns, stragglers) are ordinary organic votes.
 * Stops once `total` first votes fell on the push days.
 */
export function mobilize(ctx: FamilyContext, rng: Rng, c: HCandidate, pushes: readonly Push[], total: number, countyKey?: string): { onPush: number; voters: Voter[] } {
  const { people, rhythm } = ctx;
  const place = countyKey ? countyByKey(countyKey) : c.place;
  const reminders = ctx.crowd.campaigns[c.index].reminders;
  const voters: Voter[] = [];
  let onPush = 0;
  // Households whose votes all miss the push days (a push too close to the end) still end the loop.
  for (let households = 0; onPush < total && households < total * 4; households++) {
    const p = pushes[rng.weightedIndex(pushes.map((x) => x.share))];
    const hh = people.household(rng, place);
    const size = [1, 2, 3, 4][rng.weightedIndex([0.4, 0.32, 0.18, 0.1])];
    const together = rng.chance(0.5);
    const endOfDay = rhythm.at(rhythm.dayOf(p.at) + 1, 0);
    let lead = 0;
    for (let i = 0; i < size; i++) {
      const age: Age = i === 0 ? (rng.chance(0.2) ? 'youth' : 'adult') : rng.chance(0.35) ? 'elder' : rng.chance(0.4) ? 'youth' : 'adult';
      const v = people.voter(rng, hh, age, c.index);
      const first = i > 0 && together ? lead + rng.exponential(2.5) * MINUTE : rhythm.whenSeen(rng, v.life, p.at + rng.logNormal(p.medianMin, 1) * MINUTE, hh.shiftMin);
      if (i === 0) lead = first;
      const times = votingDays(rng, ctx, v, first, reminders);
      for (const [k, t] of times.entries()) {
        const pushVote = t < endOfDay && (k === 0 || rhythm.dayOf(t) === rhythm.dayOf(first));
        people.cast(rng, v, t, pushVote ? p.source : ctx.crowd.source);
        if (pushVote && k === 0) onPush++;
      }
      voters.push(v);
    }
  }
  return { onPush, voters };
}
