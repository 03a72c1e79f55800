import { ballotCalendar, DAY, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { COUNTIES, PREFECTURES, county, type County } from './places';

/**
 * A Gansu demonstration ballot: counties (市县区) or towns (乡镇街道), on the provincial
 * government's official account, seven days from the push of its article. Set H places its
 * ballots in the autumn of 2025, clear of the National Day week, opening on a weekday morning or
 * evening — when the account pushes its articles.
 */
export interface HCandidate extends Candidate {
  index: number;
  place: County;
  town?: string;
}

export interface Ballot {
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: HCandidate[];
  /** Served over IPv4 and IPv6: some phones then arrive with IPv6 addresses. */
  dualStack: boolean;
  /** One candidate id array per candidate, shared by single-choice votes. */
  single: (readonly string[])[];
}

export interface BallotShape {
  category?: 'county' | 'township';
  maxChoices?: number;
  /** County keys that must have a candidate (a family's place). */
  require?: readonly string[];
  dualStack?: boolean;
}

/** Opening dates (Beijing) the ballots draw from: weekdays from late September to early December 2025. */
function openingDays(): number[] {
  const days: number[] = [];
  const start = Date.UTC(2025, 8, 22) - 8 * HOUR;
  for (let t = start; t < Date.UTC(2025, 11, 5); t += DAY) {
    const wd = new Date(t + 8 * HOUR).getUTCDay();
    const end = t + 8 * DAY;
    // Clear of the National Day and Mid-Autumn holiday, 1–8 October 2025.
    const clash = end > Date.UTC(2025, 9, 1) - 8 * HOUR && t < Date.UTC(2025, 9, 9) - 8 * HOUR;
    if (wd >= 1 && wd <= 4 && !clash) days.push(t);
  }
  return days;
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.55) ? 'county' : 'township');
  const midnight = rng.pick(openingDays());
  const pushAt = rng.pick([9 * 60, 9 * 60 + 30, 10 * 60, 11 * 60 + 30, 17 * 60 + 30, 18 * 60, 20 * 60]);
  const opensAt = midnight + pushAt * MINUTE;
  const cal = ballotCalendar(opensAt, 7);

  const places: { place: County; town?: string }[] = [];
  const used = new Set<string>();
  const add = (c: County, town?: string) => {
    const key = `${c.key}:${town ?? ''}`;
    if (used.has(key)) return;
    used.add(key);
    places.push({ place: c, town });
  };
  for (const key of shape.require ?? []) {
    const c = county(key);
    add(c, category === 'township' ? rng.pick(c.towns) : undefined);
  }
  // Every prefecture nominates: big ones more. A county ballot takes 18–24, a township one 40–60.
  const target = category === 'county' ? rng.int(18, 24) : rng.int(40, 60);
  const prefs = rng.shuffle([...PREFECTURES]);
  const popOf = (key: string) => COUNTIES.filter((c) => c.pref.key === key).reduce((n, c) => n + c.pop, 0);
  let guard = 0;
  while (places.length < target && guard++ < 5000) {
    const pref = prefs[guard % prefs.length];
    const quota = category === 'county' ? Math.max(1, Math.round(popOf(pref.key) / 150)) : Math.max(2, Math.round(popOf(pref.key) / 60));
    const have = places.filter((p) => p.place.pref.key === pref.key).length;
    if (have >= quota && guard < 2000) continue;
    const options = COUNTIES.filter((c) => c.pref.key === pref.key);
    const c = options[rng.weightedIndex(options.map((o) => Math.sqrt(o.pop)))];
    add(c, category === 'township' ? rng.pick(c.towns) : undefined);
  }
  const ordered = [...places];
  // The official list runs in the province's administrative order: by prefecture, then county.
  const prefOrder = new Map(PREFECTURES.map((p, i) => [p.key, i]));
  const countyOrder = new Map(COUNTIES.map((c, i) => [c.key, i]));
  ordered.sort((a, b) => (prefOrder.get(a.place.pref.key) as number) - (prefOrder.get(b.place.pref.key) as number) || (countyOrder.get(a.place.key) as number) - (countyOrder.get(b.place.key) as number));
  const candidates: HCandidate[] = ordered.map((p, index) => ({
    id: rng.uuid(),
    index,
    name: p.town ? `${p.place.name}${p.town}` : p.place.name,
    city: p.place.pref.name,
    place: p.place,
    town: p.town,
  }));
  const n = candidates.length;
  const seats = category === 'county' ? Math.min(n - 3, rng.int(12, 15)) : Math.min(n - 6, Math.round(n * rng.uniform(0.7, 0.82)));
  const maxChoices = shape.maxChoices ?? (rng.chance(0.5) ? 1 : category === 'county' ? rng.pick([3, 5]) : rng.pick([5, 10]));
  return {
    category,
    seats,
    maxChoices: Math.min(maxChoices, seats),
    cal,
    candidates,
    dualStack: shape.dualStack ?? rng.chance(0.35),
    single: candidates.map((c) => [c.id]),
  };
}

/** The candidate whose place is this county (the first, on a township ballot). */
export function candidateIn(ballot: Ballot, countyKey: string): HCandidate {
  const c = ballot.candidates.find((x) => x.place.key === countyKey);
  if (!c) throw new Error(`no candidate in ${countyKey}`);
  return c;
}
