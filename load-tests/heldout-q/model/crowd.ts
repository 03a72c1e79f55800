import { MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Candidate } from './ballot';
import type { Abroad, Elsewhere, Networks } from './networks';
import type { Person, People } from './people';
import type { Rhythm, Segment } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What families may know of the organic crowd: its size per candidate. */
export interface Crowd {
  source: number;
  /** Organic vote attempts per ballot day, for each candidate (ballot order). */
  perDay: number[];
  /** A candidate's organic attempts per daytime hour (07:00-23:00), on an average day. */
  hourly(candidate: number): number;
}

const MIGRANT_PROVINCES: readonly Elsewhere[] = ['zhejiang', 'guangdong', 'guangdong', 'shanghai', 'fujian', 'sichuan'];
const ABROAD: readonly Abroad[] = ['thailand', 'thailand', 'malaysia', 'laos', 'myanmar', 'singapore'];

/** Who backs a township: mostly its own villagers, some in the prefecture seat or Kunming, migrants and a few abroad. */
function segmentFor(rng: Rng, c: Candidate): Segment {
  const r = rng.next();
  if (c.region === 'kunming') return r < 0.5 ? 'city' : r < 0.84 ? 'village' : r < 0.93 ? 'migrant' : r < 0.98 ? 'student' : 'abroad';
  const abroad = c.region === 'border' ? 0.05 : 0.012;
  return r < 0.58 ? 'village' : r < 0.72 ? 'city' : r < 0.9 ? 'migrant' : r < 0.98 - abroad ? 'student' : 'abroad';
}

/** A supporter of candidate `c`: their segment decides where they are, their phone and their day. */
export function supporter(rng: Rng, people: People, c: Candidate, segment = segmentFor(rng, c), home?: string | null): Person {
  if (segment === 'migrant') return people.make(rng, { place: c.city, region: c.region, segment, home: null, away: { kind: 'elsewhere', province: rng.pick(MIGRANT_PROVINCES) } });
  if (segment === 'abroad') return people.make(rng, { place: c.city, region: c.region, segment, home: null, away: { kind: 'abroad', country: rng.pick(ABROAD) } });
  if (segment === 'student') return people.make(rng, { place: '昆明市', region: 'kunming', segment, home: null });
  return people.make(rng, { place: c.city, region: c.region, segment, home });
}

/**
 * The organic crowd: every candidate's supporters, sized by its pull, each with a first vote
 * (after the push at opening, after a group forward, or by chance on some day) and a habit of
 * coming back (once, sometimes, or nearly every day) at their usual time, after the village
 * group's evening reminder, or whenever. About 1% double-tap (refused).
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, ledger, people, rhythm } = world;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const days = rhythm.days;
  const totalPull = ballot.pull.reduce((a, b) => a + b, 0);
  const perCandidate = ballot.candidates.map(() => 0);

  ballot.candidates.forEach((c, ci) => {
    const r = rng.fork(`candidate-${ci}`);
    const target = (attempts * ballot.pull[ci]) / totalPull;
    // Forward moments: the article moves through village and hometown groups, mostly early in the week.
    const forwards = Array.from({ length: r.int(3, 8) }, () => {
      const d = Math.min(days - 1, Math.floor(r.exponential(1.6)));
      return rhythm.timeOnDay(r, 'village', d);
    }).filter(Number.isFinite);
    // Each day the village cadre posts a reminder in the group, in the evening or first thing.
    const reminders = Array.from({ length: days }, (_, d) => rhythm.at(d, r.chance(0.7) ? r.uniform(19.3, 21) : r.uniform(7.8, 9)));
    let previousHome: string | undefined;
    let made = 0;
    while (made < target) {
      const segment = segmentFor(r, c);
      const shareHome = segment === 'village' && previousHome !== undefined && r.chance(0.3);
      const p = supporter(r, people, c, segment, shareHome ? previousHome : undefined);
      if (p.home) previousHome = p.home;
      const u = r.next();
      let first: number;
      if (u < 0.28) first = ballot.cal.opensAt + r.logNormal(45 * MINUTE, 1.0);
      else if (u < 0.68 && forwards.length > 0) first = r.pick(forwards) + r.gamma(1.2, 25 * MINUTE);
      else first = rhythm.timeOnDay(r, p.segment, r.weightedIndex(Array.from({ length: days }, (_, d) => (d === 0 ? 2.6 : d === days - 1 ? 2.2 : 1))));
      if (!Number.isFinite(first)) continue;
      const emit = (at: number) => {
        people.vote(r, p, at, people.selection(r, ci), source);
        made++;
        if (r.chance(0.01)) {
          people.vote(r, p, at + r.uniform(800, 4000), people.selection(r, ci), source);
          made++;
        }
      };
      emit(first);
      const kind = r.next();
      let keep = kind < 0.45 ? 0 : kind < 0.8 ? r.uniform(0.25, 0.6) : r.uniform(0.8, 0.96);
      const habit = first - rhythm.midnight(rhythm.dayOf(first));
      for (let d = rhythm.dayOf(first) + 1; d < days && keep > 0; d++, keep *= 0.96) {
        if (!r.chance(keep)) continue;
        const w = r.next();
        const at = w < 0.5 ? rhythm.midnight(d) + habit + r.normal(0, 30 * MINUTE) : w < 0.75 ? reminders[d] + r.gamma(1.3, 20 * MINUTE) : rhythm.timeOnDay(r, p.segment, d);
        if (Number.isFinite(at)) emit(at);
      }
    }
    perCandidate[ci] = made;
  });

  const perDay = perCandidate.map((n) => n / days);
  return { source, perDay, hourly: (ci) => perDay[ci] / 16 };
}
