import { DAY, HOUR, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { byPull, type Ballot, type Region } from './ballot';
import type { Networks } from './networks';
import type { People } from './people';
import type { Rhythm, Segment } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What families may ask of the organic crowd once it is built. */
export interface Crowd {
  /** Organic vote attempts per ballot day selecting candidate `i`. */
  daily(i: number): number;
  /** Candidate index at a rank fraction of the pull table (0 the favourite, 1 the weakest). */
  atRank(rng: Rng, from: number, to: number, exclude?: readonly number[]): number;
}

const SEGMENTS: Record<Region, Array<[Segment, number]>> = {
  chengdu: [['city', 0.6], ['town', 0.18], ['elderly', 0.14], ['student', 0.08]],
  basin: [['town', 0.6], ['city', 0.16], ['elderly', 0.16], ['student', 0.08]],
  south: [['town', 0.58], ['city', 0.18], ['elderly', 0.16], ['student', 0.08]],
  mountain: [['town', 0.62], ['city', 0.16], ['elderly', 0.14], ['student', 0.08]],
};

/**
 * The organic crowd: people come for a candidate in proportion to its pull, mostly its own
 * residents, some of them natives working in Chengdu. A first vote follows the account's push at
 * opening, one of the candidate's group forwards, or a chance look on some day; after that 45%
 * never come back, 35% come back on some days and 20% almost every day, near their habitual hour
 * or after the local group's reminder. About 1% double-tap (the service refuses the second).
 */
export function addOrganicCrowd(rng: Rng, w: World, attempts: number): Crowd {
  const { ballot, ledger, people, rhythm, net } = w;
  const cal = ballot.cal;
  const days = cal.dayCount;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const forwards = ballot.candidates.map(() => forwardMoments(rng, w));
  const offices = new Map<string, string[][]>();
  const officeFor = (city: string): readonly string[] => {
    let list = offices.get(city);
    if (!list) offices.set(city, (list = []));
    if (list.length === 0 || rng.chance(0.04)) list.push(net.natExits(rng.int(1, 3)));
    return rng.pick(list);
  };
  const counts = ballot.candidates.map(() => 0);
  const index = new Map(ballot.candidates.map((c, i) => [c.id, i]));
  const households = new Map<number, string>();
  let made = 0;
  while (made < attempts) {
    const ci = rng.weightedIndex(ballot.pull);
    const place = ballot.places[ci];
    const seg = SEGMENTS[place.region];
    const segment = seg[rng.weightedIndex(seg.map((s) => s[1]))][0];
    const inChengdu = segment === 'city' || segment === 'student' ? rng.chance(0.7) : place.region === 'chengdu';
    const city = inChengdu ? '成都' : place.city;
    const shared = households.get(ci);
    const p = people.make(rng, {
      segment,
      city,
      candidate: ci,
      home: shared !== undefined && rng.chance(0.3) ? shared : undefined,
      office: segment === 'city' && rng.chance(0.35) ? officeFor(city) : undefined,
    });
    if (p.home) households.set(ci, p.home);

    const r = rng.next();
    let first: number;
    if (r < 0.25) first = cal.opensAt + rng.logNormal(40 * MINUTE, 1.0);
    else if (r < 0.62) first = rng.pick(forwards[ci]) + rng.gamma(1.3, 25 * MINUTE);
    else first = rhythm.timeOnDay(rng, segment, rng.weightedIndex(dayWeights(days)));
    if (!Number.isFinite(first) || first >= cal.closesAt) continue;
    const cast = (t: number) => {
      people.vote(rng, p, t, source);
      made++;
      for (const c of p.picks) counts[index.get(c) ?? 0]++;
      if (rng.chance(0.01)) {
        people.vote(rng, p, t + rng.uniform(800, 5000), source);
        made++;
      }
    };
    cast(first);
    const firstDay = Math.floor((first - cal.firstMidnight) / DAY);
    const kind = rng.next();
    const p0 = kind < 0.45 ? 0 : kind < 0.8 ? rng.uniform(0.25, 0.6) : rng.uniform(0.8, 0.97);
    if (p0 === 0) continue;
    const habit = first - (cal.firstMidnight + firstDay * DAY);
    for (let d = firstDay + 1; d < days; d++) {
      if (!rng.chance(p0 * 0.97 ** (d - firstDay))) continue;
      const u = rng.next();
      const t =
        u < 0.5
          ? cal.firstMidnight + d * DAY + habit + rng.normal(0, 35 * MINUTE)
          : u < 0.75
            ? rng.pick(forwards[ci].filter((f) => f >= cal.firstMidnight + d * DAY && f < cal.firstMidnight + (d + 1) * DAY)) + rng.gamma(1.2, 20 * MINUTE)
            : rhythm.timeOnDay(rng, segment, d);
      if (Number.isFinite(t) && t >= cal.opensAt && t < cal.closesAt) cast(t);
    }
  }
  const order = byPull(ballot);
  const span = (cal.closesAt - cal.opensAt) / DAY;
  return {
    daily: (i) => counts[i] / span,
    atRank: (r, from, to, exclude = []) => {
      const pool = order.slice(Math.floor(from * order.length), Math.max(Math.floor(from * order.length) + 1, Math.ceil(to * order.length))).filter((i) => !exclude.includes(i));
      return r.pick(pool.length > 0 ? pool : order.filter((i) => !exclude.includes(i)));
    },
  };
}

/** The opening day and the last two days draw the most chance visits. */
function dayWeights(days: number): number[] {
  return Array.from({ length: days }, (_, d) => (d === 0 ? 2.2 : d >= days - 2 ? 1.5 : 1));
}

/**
 * Moments a candidate's local groups forward the vote: 3–8 over the week, one on most evenings
 * from a "daily reminder" habit, at town-curve times. Returns at least one moment a day so a
 * reminder can be found on any day.
 */
function forwardMoments(rng: Rng, w: World): number[] {
  const { rhythm, ballot } = w;
  const out: number[] = [];
  for (let d = 0; d < ballot.cal.dayCount; d++) {
    const n = d === 0 ? rng.int(1, 3) : rng.int(0, 2);
    for (let i = 0; i < n; i++) {
      const t = rhythm.timeOnDay(rng, 'town', d, 7, 23);
      if (Number.isFinite(t)) out.push(t);
    }
    const fallback = rhythm.dayStart(d) + rng.uniform(19.5, 21.5) * HOUR;
    if (fallback >= ballot.cal.opensAt && fallback < ballot.cal.closesAt) out.push(fallback);
  }
  return out.length > 0 ? out.sort((a, b) => a - b) : [ballot.cal.opensAt];
}
