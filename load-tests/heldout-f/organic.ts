import type { Rng } from '../heldout/prng';
import type { Ballot } from './ballot';
import type { Home } from './networks';
import { castBy, makePerson, type Person } from './people';
import { HOUR, MINUTE, SECOND, at, dayOf, inWindow, rhythmInstant } from './time';

/**
 * The organic crowd: people arrive through the official account's push, reminder pushes,
 * forwards of a county's own article in WeChat groups (which bring that county's people in a
 * wave), and a background trickle that follows the daily rhythm. Many vote once; the loyal come
 * back on later days near their habitual hour. Households share a home line, and some people vote
 * on a relative's account right after their own, on the same phone.
 */

interface Exposure {
  start: number;
  weight: number;
  /** Median delay between exposure and voting, and its log-spread. */
  medianMin: number;
  sigma: number;
  candidate?: number;
}

function exposures(rng: Rng, b: Ballot): Exposure[] {
  const { cal } = b;
  const list: Exposure[] = [{ start: cal.opensAt + rng.int(0, 20) * MINUTE, weight: 0.2, medianMin: 40, sigma: 1.25 }];
  list.push({ start: at(cal, rng.int(2, 4), rng.pick([12.1, 20.0, 20.5])), weight: 0.07, medianMin: 30, sigma: 1.1 });
  list.push({ start: at(cal, 6, rng.pick([9.5, 12.0, 19.8])), weight: 0.05, medianMin: 30, sigma: 1.1 });
  // County forwards: each county's staff and boosters share its article a few times during the week.
  const total = b.popularity.reduce((s, x) => s + x, 0);
  b.popularity.forEach((pop, i) => {
    const waves = 1 + rng.poisson(1.5 + (4 * pop * b.candidates.length) / total);
    for (let k = 0; k < waves; k++) {
      const start = rhythmInstant(rng, cal, rng.int(0, 6), 7, 23);
      if (Number.isFinite(start)) list.push({ start, weight: (0.38 * pop) / total / waves, medianMin: rng.uniform(12, 45), sigma: rng.uniform(0.7, 1.2), candidate: i });
    }
  });
  return list;
}

/** Interest over the week: strong at launch, a mid-week sag, a final-day lift. */
const DAY_INTEREST = [1.0, 0.8, 0.66, 0.58, 0.55, 0.58, 0.85, 0.4];

function arrival(rng: Rng, b: Ballot, events: readonly Exposure[]): { t: number; candidate?: number } {
  if (rng.chance(0.3)) {
    const d = rng.weightedIndex(DAY_INTEREST.slice(0, b.cal.dayCount));
    return { t: rhythmInstant(rng, b.cal, d) };
  }
  const e = events[rng.weightedIndex(events.map((x) => x.weight))];
  return { t: e.start + rng.logNormal(e.medianMin, e.sigma) * MINUTE, candidate: e.candidate };
}

/**
 * Later-day visits of someone who voted on `firstDay`: each day they come back with a chance that
 * decays, near their habit hour. `sourceOn(d)` names the source to credit (a surge labels per day).
 */
export function returnVisits(rng: Rng, b: Ballot, p: Person, firstDay: number, sourceOn: (d: number) => number, decay = 0.93): void {
  for (let d = firstDay + 1; d < b.cal.dayCount; d++) {
    if (!rng.chance(p.loyalty * decay ** (d - firstDay - 1))) continue;
    const t = at(b.cal, d, p.habitHour + rng.normal(0, 0.9));
    // A late habit can spill past midnight: credit the day the vote actually falls on.
    if (inWindow(b.cal, t)) castBy(rng, b, p, t, sourceOn(dayOf(b.cal, t)));
  }
}

/** Adds about `target` organic votes. */
export function addOrganic(rng: Rng, b: Ballot, target: number): void {
  const source = b.ledger.source({ name: 'organic', kind: 'organic' });
  const events = exposures(rng, b);
  const households: Home[][] = Array.from({ length: b.nets.cities }, () => []);
  let added = 0;
  while (added < target) {
    const before = b.ledger.added().length;
    let { t, candidate } = arrival(rng, b, events);
    if (!inWindow(b.cal, t)) ({ t, candidate } = { t: rhythmInstant(rng, b.cal, rng.int(1, 6)), candidate: undefined });
    if (!Number.isFinite(t)) continue;
    const favourite = candidate !== undefined && rng.chance(0.85) ? candidate : rng.weightedIndex(b.popularity);
    const city = rng.chance(0.8) ? b.cityOf[favourite] : rng.int(0, b.nets.cities - 1);
    // A third of voters live with another voter: same home line, same re-dials.
    const homes = households[city];
    const home = homes.length > 0 && rng.chance(0.33) ? rng.pick(homes) : undefined;
    const p = makePerson(rng, b, { favourite, city, ...(home ? { home } : {}) });
    if (!home && p.home) {
      homes.push(p.home);
      if (homes.length > 400) homes.splice(0, 100);
    }
    if (rng.chance(0.55)) p.habitHour = Math.max(6.5, ((t - b.cal.firstMidnight) / HOUR) % 24);
    castBy(rng, b, p, t, source);
    returnVisits(rng, b, p, dayOf(b.cal, t), () => source);
    // A relative's account used on the same phone a minute later (a parent's, a spouse's).
    if (rng.chance(0.035)) {
      const relative = makePerson(rng, b, { favourite, city, device: p.device, home: p.home, owner: 'elder', habitHour: p.habitHour, loyalty: p.loyalty * 0.8 });
      relative.choice = p.choice;
      castBy(rng, b, relative, t + rng.logNormal(70, 0.5) * SECOND, source);
      returnVisits(rng, b, relative, dayOf(b.cal, t), () => source);
    }
    added += b.ledger.added().length - before;
  }
}
