import { HOUR, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { CITIES, type Ballot } from './ballot';
import { makeDevice, type Device, type DeviceOptions } from './devices';
import type { Networks } from './networks';
import { pushTimes, type Rhythm } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  net: Networks;
  rhythm: Rhythm;
}

/** A real voter: one WeChat account on one phone, living in one city, with or without home Wi-Fi. */
export interface Person {
  account: string;
  device: Device;
  city: number;
  /** Home broadband address before and after its lease renews on `renewDay` (null: mobile data only). */
  home: [string, string] | null;
  renewDay: number;
  /** Office or school Wi-Fi used on weekday working hours, if any. */
  work: string | null;
}

export interface PersonOptions extends DeviceOptions {
  city: number;
  /** Probability of home broadband (default 0.72; villages lower). */
  broadband?: number;
  work?: string | null;
  device?: Device;
}

export function makePerson(rng: Rng, world: World, opts: PersonOptions): Person {
  const hasHome = rng.chance(opts.broadband ?? 0.72);
  return {
    account: world.ledger.newAccount(),
    device: opts.device ?? makeDevice(rng, opts),
    city: opts.city,
    home: hasHome ? [world.net.home(rng, opts.city), world.net.home(rng, opts.city)] : null,
    renewDay: rng.int(1, 9),
    work: opts.work ?? null,
  };
}

/** Where a person is at an instant, and so the address and user agent the service sees. */
export function seen(rng: Rng, world: World, p: Person, t: number): { ip: string; userAgent: string } {
  const hour = ((t / HOUR + 8) % 24 + 24) % 24;
  const day = world.rhythm.dayOf(t);
  const home = p.home ? p.home[day >= p.renewDay ? 1 : 0] : null;
  const working = hour >= 8 && hour < 18 && new Date(t + 8 * HOUR).getUTCDay() % 6 !== 0;
  if (working && p.work && rng.chance(0.7)) return { ip: p.work, userAgent: p.device.wifi };
  const atHome = !working || rng.chance(0.2);
  if (home && atHome && rng.chance(0.8)) return { ip: home, userAgent: p.device.wifi };
  return { ip: world.net.cell(rng, p.city), userAgent: p.device.cell };
}

/** A person's ballot: the main candidate first, then up to maxChoices-1 others (same city first). */
export function selection(rng: Rng, ballot: Ballot, main: number, popularity: readonly number[], k?: number): string[] {
  const max = ballot.maxChoices;
  const n = k ?? (max === 1 || rng.chance(0.4) ? 1 : rng.chance(0.45) ? max : rng.int(2, max));
  const chosen = new Set<number>([main]);
  const city = ballot.candidates[main].cityIndex;
  const sameCity = ballot.candidates.map((c, i) => (c.cityIndex === city && i !== main ? i : -1)).filter((i) => i >= 0);
  for (let tries = 0; chosen.size < Math.min(n, ballot.candidates.length) && tries < 200; tries++) {
    const i = sameCity.length > 0 && rng.chance(0.45) ? rng.pick(sameCity) : rng.weightedIndex(popularity);
    chosen.add(i);
  }
  return [...chosen].map((i) => ballot.candidates[i].id);
}

/** The organic crowd, for families that want to size themselves or pick a candidate by standing. */
export interface Crowd {
  popularity: number[];
  /** Candidate indices, most popular first. */
  ranked: number[];
  /** Organic attempts made. */
  attempts: number;
}

/**
 * The province's ordinary voters: people who hear of the ballot from the official account, a
 * forward or a work group, vote for their own place (and, on multi-choice ballots, a few others),
 * and come back on some later days around the same hour. A quarter of them arrive in each
 * candidate's own group pushes — every county mobilises a little — so organic traffic is bursty.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, ledger, rhythm } = world;
  const popularity = ballot.candidates.map(() => rng.logNormal(1, 0.85));
  const ranked = popularity.map((_, i) => i).sort((a, b) => popularity[b] - popularity[a]);
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  let made = 0;
  const vote = (p: Person, t: number, ids: string[]) => {
    if (!Number.isFinite(t)) return;
    const { ip, userAgent } = seen(rng, world, p, t);
    ledger.add({ at: t, accountId: p.account, candidateIds: ids, ip, userAgent, source });
    made++;
    // A double tap or a retry after a slow page: the service refuses it.
    if (rng.chance(0.012)) ledger.add({ at: t + rng.int(2, 90) * 1000, accountId: p.account, candidateIds: ids, ip, userAgent, source });
  };

  const diffuse = Math.round(attempts * 0.74);
  while (made < diffuse) {
    const main = rng.weightedIndex(popularity);
    const city = rng.chance(0.62) ? ballot.candidates[main].cityIndex : rng.int(0, CITIES.length - 1);
    const elderly = rng.chance(0.22);
    const p = makePerson(rng, world, { city, elderly, urban: rng.chance(0.35), broadband: elderly ? 0.55 : 0.72 });
    const ids = selection(rng, ballot, main, popularity);
    const habit = rhythm.pickHabit(rng);
    const stay = rng.pick([0.08, 0.25, 0.45, 0.7, 0.88]);
    for (let d = rhythm.pickDay(rng); d < rhythm.dayCount; d++) {
      vote(p, rng.chance(0.75) ? rhythm.nearHabit(rng, d, habit) : rhythm.sample(rng, d), ids);
      if (!rng.chance(stay)) break;
    }
  }

  // Each candidate's own pushes: a county's work groups, a township's village groups.
  while (made < attempts) {
    const main = rng.weightedIndex(popularity.map((x) => Math.sqrt(x)));
    const day = rhythm.pickDay(rng);
    const start = rhythm.sample(rng, day);
    if (!Number.isFinite(start)) continue;
    const size = Math.max(20, Math.round(rng.logNormal(90, 0.8) * Math.sqrt(attempts / 60_000)));
    const halfLife = rng.uniform(15, 90);
    const city = ballot.candidates[main].cityIndex;
    for (const t of pushTimes(rng, start, size, rng.uniform(3, 20), halfLife)) {
      const p = makePerson(rng, world, { city, elderly: rng.chance(0.25), broadband: 0.65 });
      const ids = selection(rng, ballot, main, popularity);
      vote(p, t, ids);
      // Some come back on their own on later days, about the same time.
      let d = rhythm.dayOf(t);
      const hour = ((t - world.ballot.cal.firstMidnight) / HOUR) % 24;
      while (rng.chance(0.35) && ++d < rhythm.dayCount) vote(p, rhythm.nearHabit(rng, d, hour), ids);
    }
  }
  return { popularity, ranked, attempts: made };
}

/** Seconds-level jitter helper for families. */
export const jitter = (rng: Rng, sdSeconds: number): number => Math.round(rng.normal(0, sdSeconds) * 1000);
export { MINUTE };
