import { MINUTE, dayRange } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import type { Networks, Province } from './networks';
import type { People, Person } from './people';
import type { Rhythm, Segment } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What families may ask of the organic crowd once it is in the ledger. */
export interface Crowd {
  /** Organic vote attempts per candidate. */
  perCandidate: number[];
  /** Organic attempts per candidate and Asia/Shanghai hour of day (all days together). */
  hourly: number[][];
  total: number;
  /** Each candidate's WeChat groups forward the article at these instants. */
  forwards: number[][];
  /** Minute of day each candidate's volunteers post their daily reminder. */
  reminder: number[];
}

/** Share of a place's voters who live and work in the Yangtze delta or further. */
const AWAY: Record<Ballot['places'][number]['region'], number> = { north: 0.33, central: 0.22, river: 0.15, south: 0.12, hefei: 0.04 };
const AWAY_PROVINCES: readonly Province[] = ['jiangsu', 'shanghai', 'zhejiang', 'guangdong', 'beijing', 'other'];
const AWAY_WEIGHTS = [35, 28, 24, 6, 2, 5];
const HOME_SEGMENTS: readonly Segment[] = ['town', 'elder', 'office', 'young'];
const HOME_WEIGHTS = [50, 15, 22, 13];

/**
 * The organic crowd: people who heard of the vote through the account's push, their groups'
 * forwards or by chance, each voting for their place on a first day and coming back on some of
 * the following days, until `attempts` votes were cast.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, ledger, people, rhythm } = world;
  const { cal } = ballot;
  const n = ballot.candidates.length;
  const src = ledger.source({ name: 'organic', kind: 'organic' });
  const dayW = rhythm.dayWeights();
  const crowd: Crowd = {
    perCandidate: new Array<number>(n).fill(0),
    hourly: Array.from({ length: n }, () => new Array<number>(24).fill(0)),
    total: 0,
    forwards: ballot.candidates.map(() => {
      const k = rng.int(4, 11);
      return Array.from({ length: k }, () => {
        const d = rng.weightedIndex(dayW.map((w, i) => w * (i < 2 ? 2 : 1)));
        return rhythm.sample(rng, 'town', d);
      }).filter((t) => t >= cal.opensAt && t < cal.closesAt);
    }),
    reminder: ballot.candidates.map(() => rng.pick([7 * 60 + 30, 8 * 60 + 10, 12 * 60, 18 * 60 + 30, 20 * 60, 21 * 60])),
  };
  const offices = new Map<string, string[][]>();
  const officeOf = (city: string): readonly string[] => {
    let list = offices.get(city);
    if (!list) offices.set(city, (list = []));
    if (list.length < 40 && (list.length === 0 || rng.chance(0.3))) list.push(world.net.nat(rng, rng.chance(0.5) ? 'gov' : rng.chance(0.5) ? 'edu' : 'enterprise', rng.int(1, 3)));
    return rng.pick(list);
  };
  const inWindow = (t: number) => t >= cal.opensAt && t < cal.closesAt;
  const cast = (p: Person, ci: number, t: number) => {
    people.vote(rng, p, t, people.selection(rng, ci, 0.45), src);
    crowd.perCandidate[ci]++;
    crowd.hourly[ci][rhythm.hourOf(t)]++;
    crowd.total++;
    // A double tap: the service refuses the second.
    if (rng.chance(0.01)) people.vote(rng, p, t + rng.int(800, 20_000), [ballot.candidates[ci].id], src);
  };

  let guard = 0;
  while (crowd.total < attempts && guard++ < attempts * 4) {
    const ci = rng.weightedIndex(ballot.pull);
    const place = ballot.places[ci];
    let p: Person;
    if (rng.chance(AWAY[place.region])) {
      const province = AWAY_PROVINCES[rng.weightedIndex(AWAY_WEIGHTS)];
      p = people.make(rng, { city: place.city, province, segment: rng.chance(0.75) ? 'migrant' : 'office' });
    } else {
      const segment = HOME_SEGMENTS[rng.weightedIndex(HOME_WEIGHTS)];
      const city = rng.chance(0.9) ? place.city : '合肥市';
      p = people.make(rng, { city, segment, office: segment === 'office' && rng.chance(0.8) ? officeOf(city) : undefined });
    }
    // First vote: the push, a group forward, or a chance look.
    let first: number;
    const how = rng.next();
    if (how < 0.22) first = cal.opensAt + rng.logNormal(40 * MINUTE, 1.1);
    else if (how < 0.67 && crowd.forwards[ci].length > 0) first = rng.pick(crowd.forwards[ci]) + rng.gamma(1.3, 20 * MINUTE);
    else {
      const d = rng.weightedIndex(dayW);
      const [lo, hi] = dayRange(cal, d);
      first = rhythm.sample(rng, p.segment, d);
      if (first < lo || first >= hi) first = lo + rng.next() * (hi - lo);
    }
    if (!inWindow(first)) continue;
    cast(p, ci, first);
    // Coming back: 45% never do, 35% now and then, 20% almost daily with some fatigue.
    const r = rng.next();
    if (r < 0.45) continue;
    let pBack = r < 0.8 ? rng.uniform(0.25, 0.6) : rng.uniform(0.8, 0.95);
    for (let d = rhythm.dayOf(first) + 1; d < cal.dayCount; d++) {
      pBack *= 0.97;
      if (!rng.chance(pBack)) continue;
      const w = rng.next();
      let t: number;
      if (w < 0.5) t = rhythm.at(d, p.habit) + rng.normal(0, 35 * MINUTE);
      else if (w < 0.8) t = rhythm.at(d, crowd.reminder[ci]) + rng.gamma(1.2, 15 * MINUTE);
      else t = rhythm.sample(rng, p.segment, d);
      if (!inWindow(t) || rhythm.dayOf(t) !== d) continue;
      cast(p, ci, t);
    }
  }
  return crowd;
}

/** A candidate's organic attempts per hour in the given hours of the day, averaged over the ballot's days. */
export function hourlyRate(crowd: Crowd, ci: number, hours: readonly number[], days: number): number {
  return hours.reduce((n, h) => n + crowd.hourly[ci][h], 0) / hours.length / days;
}

