import { LedgerBuilder, type Candidate } from '../heldout/ledger';
import type { Rng } from '../heldout/prng';
import type { BallotCalendar } from '../heldout/calendar';
import { CITIES, TOWNS } from './geography';
import { DAY, HOUR, MINUTE, ballotCalendar } from './time';

/** One generated ballot: its window, candidates and how popular each is, and the ledger being filled. */
export interface Ballot {
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: Candidate[];
  /** City index (into CITIES) of each candidate. */
  cityOf: number[];
  /** Relative size of each candidate's home following (not a vote share). */
  popularity: number[];
  ledger: LedgerBuilder;
}

/** Candidate counts per city for a ballot of `total`, in proportion to population, each city at least one, at most `cap(city)`. */
function quotas(rng: Rng, total: number, cap: (city: number) => number): number[] {
  const q = CITIES.map(() => 1);
  for (let left = total - q.length; left > 0; ) {
    const city = rng.weightedIndex(CITIES.map((c, i) => (q[i] < cap(i) ? c.people : 0)));
    q[city]++;
    left--;
  }
  return q;
}

/** 2025-10-13 00:00 Shanghai: after the National Day week, so no holiday bends the rhythm. */
const EARLIEST_OPENING_DAY = Date.UTC(2025, 9, 12, 16);

export function makeBallot(rng: Rng): Ballot {
  const county = rng.chance(0.55);
  const total = county ? 20 : 63;
  const maxChoices = county ? rng.pick([1, 1, 3, 5]) : rng.pick([1, 5, 10]);
  // The province pushes the article at 09:00, 09:30 or 10:00 on a working day or a Saturday.
  let opensAt = EARLIEST_OPENING_DAY + rng.int(0, 42) * DAY + 9 * HOUR + rng.pick([0, 30, 60]) * MINUTE;
  if (new Date(opensAt + 8 * HOUR).getUTCDay() === 0) opensAt += DAY;
  const cal = ballotCalendar(opensAt, 7);
  const candidates: Candidate[] = [];
  const cityOf: number[] = [];
  const used = new Set<string>();
  const cap = (city: number): number => (county ? CITIES[city].counties.length : 99);
  quotas(rng, total, cap).forEach((n, city) => {
    const counties = rng.shuffle([...CITIES[city].counties]);
    for (let i = 0; i < n; i++) {
      let name = county ? counties[i] : '';
      for (let tries = 0; !county && (name === '' || used.has(name)); tries++) name = `${rng.pick(counties)}${rng.pick(TOWNS)}${tries > 50 ? tries : ''}`;
      used.add(name);
      candidates.push({ id: rng.uuid(), name, city: CITIES[city].name });
      cityOf.push(city);
    }
  });
  // Big cities' candidates draw on more people; within that, a few candidates are much better organized.
  const popularity = cityOf.map((city) => rng.logNormal(1, 0.75) * (0.7 + 0.06 * CITIES[city].people));
  return { category: county ? 'county' : 'township', seats: county ? 15 : 50, maxChoices, cal, candidates, cityOf, popularity, ledger: new LedgerBuilder(rng.fork('ledger'), cal, candidates) };
}

/** Candidate indexes from most to least popular. */
export function byPopularity(ballot: Ballot): number[] {
  return ballot.popularity.map((_, i) => i).sort((a, b) => ballot.popularity[b] - ballot.popularity[a]);
}
