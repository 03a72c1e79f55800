import { MINUTE } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import type { GCandidate } from '../model/ballot';
import type { Person } from '../model/people';
import type { FamilyContext } from './family';

/** A volume drawn from [lo, hi] and scaled with the crowd (never below `floor`). */
export function volume(ctx: FamilyContext, lo: number, hi: number, floor = 3): number {
  return Math.max(floor, Math.round(ctx.rng.int(lo, hi) * ctx.scale));
}

/** A candidate ranked between lo and hi (1 = most organic votes), not among `exclude`. */
export function byRank(ctx: FamilyContext, lo: number, hi: number, exclude: readonly GCandidate[] = []): GCandidate {
  const ranked = ctx.crowd.ranked.filter((c) => !exclude.includes(c));
  const from = Math.min(lo - 1, ranked.length - 1);
  const to = Math.min(hi - 1, ranked.length - 1);
  return ranked[ctx.rng.int(from, to)];
}

/** A full ballot day between the given positions among full days (clamped), optionally a weekday only. */
export function fullDay(ctx: FamilyContext, from = 0, to = 99, weekdayOnly = false): number {
  let days = ctx.rhythm.fullDays();
  if (weekdayOnly) {
    const weekdays = days.filter((d) => {
      const noon = new Date(ctx.rhythm.at(d, 12 * 60) + 8 * 3600_000).getUTCDay();
      return noon !== 0 && noon !== 6;
    });
    if (weekdays.length > 0) days = weekdays;
  }
  const lo = Math.min(from, days.length - 1);
  const hi = Math.min(to, days.length - 1);
  return days[ctx.rng.int(lo, hi)];
}

/** A delay with a lognormal spread: how people answer a message, minutes to hours later. */
export function after(rng: Rng, medianMin: number, sigma: number): number {
  return rng.logNormal(medianMin, sigma) * MINUTE;
}

/** Casts one vote of `person` at `at`, over the line `connect` chooses. */
export function castAs(ctx: FamilyContext, source: number, person: Person, at: number, candidateIds: readonly string[], conn = ctx.people.connect(ctx.rng, person, at)): void {
  ctx.ledger.cast({ at, accountId: person.account, candidateIds, ip: conn.ip, userAgent: conn.userAgent, source });
}

/** Whether `at` falls on ballot day d and inside the window. */
export function onDay(ctx: FamilyContext, at: number, d: number): boolean {
  return ctx.rhythm.holds(at, d);
}

/** Organic vote attempts in the instants `keep` accepts: for the candidate and for everyone. */
export function organicCounts(ctx: FamilyContext, candidateId: string, keep: (at: number) => boolean): { candidate: number; all: number } {
  let candidate = 0;
  let all = 0;
  for (const c of ctx.ledger.all()) {
    if (ctx.ledger.sources[c.source].kind !== 'organic' || !keep(c.at)) continue;
    all++;
    if (c.candidateIds.includes(candidateId)) candidate++;
  }
  return { candidate, all };
}
