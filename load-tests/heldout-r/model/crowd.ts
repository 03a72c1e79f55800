import { DAY, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { CITIES, selection, type Ballot, type RCandidate } from './ballot';
import { AWAY, type Networks, type Place } from './networks';
import type { People, Person } from './people';
import type { Rhythm, Segment } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What families may know of the organic crowd: its volumes per candidate. */
export interface Crowd {
  source: number;
  /** Organic vote attempts per candidate per ballot day. */
  perDay: Map<string, number[]>;
  /** A candidate's mean organic attempts per ballot day. */
  dailyMean(candidateId: string): number;
  /** The candidates' pull as weights, in `ballot.candidates` order (for multi-choice picks). */
  weights: number[];
}

const HOME_SEGMENTS: readonly Segment[] = ['village', 'townOffice', 'elder', 'student', 'city'];
const HOME_SHARES: readonly number[] = [0.4, 0.22, 0.15, 0.08, 0.15];

/** A person who backs `c`: mostly from its own city, some in Zhengzhou, some working outside Henan. */
function supporter(rng: Rng, w: World, c: RCandidate, offices: Map<string, string[][]>): Person {
  const r = rng.next();
  let place: Place;
  let segment: Segment;
  if (r < 0.72) {
    place = c.city;
    segment = HOME_SEGMENTS[rng.weightedIndex(HOME_SHARES)];
  } else if (r < 0.84) {
    place = '郑州';
    segment = 'city';
  } else if (r < 0.97) {
    place = rng.pick(AWAY);
    segment = 'migrant';
  } else {
    place = rng.pick(CITIES);
    segment = 'city';
  }
  let work: string[] | undefined;
  if ((segment === 'townOffice' && rng.chance(0.7)) || (segment === 'city' && rng.chance(0.5))) {
    const key = `${place}:${segment}`;
    let pool = offices.get(key);
    if (!pool) offices.set(key, (pool = Array.from({ length: rng.int(8, 20) }, () => w.net.nat(rng, place, rng.int(1, 3)))));
    work = rng.pick(pool);
  }
  const broadband = segment === 'student' ? 0.3 : segment === 'migrant' ? 0.35 : 0.6;
  return w.people.make(rng, { place, segment, home: rng.chance(broadband), work });
}

/**
 * The organic crowd: supporters of every candidate in proportion to its pull, each with a first
 * vote (the push at opening, a group forward, or a chance look) and a habit of coming back.
 * Stops once `attempts` vote attempts are made; returns the volumes families size themselves on.
 */
export function addOrganicCrowd(rng: Rng, w: World, attempts: number): Crowd {
  const { ballot, rhythm, ledger, people } = w;
  const { cal } = ballot;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const weights = ballot.candidates.map((c) => c.pull);
  const days = cal.dayCount;
  const dayWeights = Array.from({ length: days }, (_, d) => (d === 0 ? 2.6 : d >= days - 2 ? 1.7 : 1.2 / (1 + 0.12 * d)));
  // Each candidate's supporters forward the article in their groups a few times over the week.
  const forwards = ballot.candidates.map(() =>
    Array.from({ length: rng.int(3, 8) }, () => {
      const d = rng.int(0, days - 1);
      return rhythm.sample(rng, 'townOffice', d);
    }),
  );
  const perDay = new Map(ballot.candidates.map((c) => [c.id, new Array<number>(days).fill(0)]));
  const offices = new Map<string, string[][]>();
  let made = 0;
  const cast = (p: Person, at: number, c: RCandidate) => {
    if (at < cal.opensAt || at >= cal.closesAt) return;
    people.vote(rng, p, at, selection(rng, ballot, c, weights), source);
    made++;
    const d = Math.floor((at - cal.firstMidnight) / DAY);
    perDay.get(c.id)![d]++;
    if (rng.chance(0.01)) people.vote(rng, p, at + rng.uniform(800, 4000), [c.id], source);
  };
  while (made < attempts) {
    const ci = rng.weightedIndex(weights);
    const c = ballot.candidates[ci];
    const p = supporter(rng, w, c, offices);
    const r = rng.next();
    let first: number;
    if (r < 0.28) first = cal.opensAt + rng.logNormal(45 * MINUTE, 1.0);
    else if (r < 0.62) first = rng.pick(forwards[ci]) + rng.gamma(1.3, 35 * MINUTE);
    else first = rhythm.sample(rng, p.segment, rng.weightedIndex(dayWeights));
    if (first < cal.opensAt) first = cal.opensAt + rng.exponential(30 * MINUTE);
    cast(p, first, c);
    const kind = rng.next();
    const q = kind < 0.45 ? 0 : kind < 0.8 ? rng.uniform(0.2, 0.6) : rng.uniform(0.8, 0.95);
    if (q === 0) continue;
    const habit = (first - cal.firstMidnight) % DAY;
    const d0 = Math.floor((first - cal.firstMidnight) / DAY);
    for (let d = d0 + 1, k = 0; d < days; d++, k++) {
      if (!rng.chance(q * Math.pow(0.96, k))) continue;
      const at = rng.chance(0.5) ? rhythm.midnight(d) + habit + rng.normal(0, 35 * MINUTE) : rhythm.sample(rng, p.segment, d);
      cast(p, at, c);
    }
  }
  return {
    source,
    perDay,
    weights,
    dailyMean: (id) => (perDay.get(id) ?? []).reduce((a, b) => a + b, 0) / days,
  };
}
